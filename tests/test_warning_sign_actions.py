"""The warning-sign actions: events and messages for a tracker that carries NLU entities."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.check_offer import ActionOfferVerdict
from actions.emergency import ActionCountry, ActionEmergency
from actions.warning_signs import ActionCheckOffer, ActionConfirmSign
from bot.hotlines import FALLBACK_FILE, HotlineDirectory

TODAY = date(2026, 11, 27)


def tracker(
    intent: str = "check_offer",
    entities: list[tuple[str, str]] = (),  # type: ignore[assignment]
    **slots: Any,
) -> Tracker:
    message = {
        "intent": {"name": intent, "confidence": 1.0},
        "entities": [{"entity": name, "value": value} for name, value in entities],
        "text": "...",
    }
    base = {"language": "en", "red_flags": [], "risk_level": "none"}
    return Tracker("s", {**base, **slots}, message, [], False, None, {}, "action_listen")


def run(action: Any, t: Tracker) -> tuple[list[dict[str, Any]], list[str], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return events, [m["response"] for m in dispatcher.messages], dispatcher.messages


def slots_of(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


# --- a described situation -------------------------------------------------------------------


def test_a_sign_is_named_explained_and_its_risk_given_in_the_same_turn() -> None:
    events, keys, messages = run(ActionCheckOffer(), tracker(entities=[("red_flag", "recruitment_fees")]))
    assert slots_of(events)["red_flags"] == ["recruitment_fees"]
    assert slots_of(events)["risk_level"] == "caution"
    assert keys == [
        "msg_signs_found",
        "msg_sign_recruitment_fees",
        "msg_risk_caution",
        "msg_offer_counsellor",
    ]
    assert messages[0]["signs"] == ["msg_sign_name_recruitment_fees"]
    assert slots_of(events)["pending_question"] == "counsellor"


def test_a_general_questions_signs_are_explained_but_not_recorded() -> None:
    t = tracker(entities=[("sign_asked", "retention_of_documents")], red_flags=["deception"])
    events, keys, messages = run(ActionCheckOffer(), t)
    assert keys == [
        "msg_signs_asked",
        "msg_sign_retention_of_documents",
        "msg_signs_asked_yours",
        "msg_offer_counsellor",
    ]
    assert messages[0]["signs"] == ["msg_sign_name_retention_of_documents"]
    assert "red_flags" not in slots_of(events) and "risk_level" not in slots_of(events)


def test_a_found_sign_wins_over_an_asked_one() -> None:
    t = tracker(entities=[("red_flag", "recruitment_fees"), ("sign_asked", "deception")])
    events, keys, _ = run(ActionCheckOffer(), t)
    assert slots_of(events)["red_flags"] == ["recruitment_fees"] and "msg_signs_asked" not in keys


def test_one_dimension_asks_a_confirming_question_instead_of_the_offer() -> None:
    events, keys, _ = run(ActionCheckOffer(), tracker(entities=[("red_flag", "retention_of_documents")]))
    assert keys[-2:] == ["msg_risk_concern", "msg_confirm_deceived"]
    assert slots_of(events) | {} == {
        "red_flags": ["retention_of_documents"],
        "risk_level": "concern",
        "pending_question": "confirm",
        "asked_sign": "msg_confirm_deceived",
    }


def test_signs_accumulate_across_turns_without_repeats() -> None:
    t = tracker(
        entities=[("red_flag", "deception"), ("red_flag", "withholding_of_wages")],
        red_flags=["withholding_of_wages"],
        risk_level="concern",
    )
    events, keys, messages = run(ActionCheckOffer(), t)
    assert slots_of(events)["red_flags"] == ["deception", "withholding_of_wages"]
    assert slots_of(events)["risk_level"] == "high"
    assert messages[0]["signs"] == ["msg_sign_name_deception"]  # only what is new
    assert "msg_risk_high" in keys


def test_no_sign_found_offers_the_questionnaire() -> None:
    events, keys, _ = run(ActionCheckOffer(), tracker())
    assert keys == ["msg_check_offer_start"]
    assert slots_of(events) == {"pending_question": "offer_check", "asked_sign": None}


@pytest.mark.parametrize(
    ("intent", "asked", "keys", "slots"),
    [
        (
            "affirm",
            "msg_confirm_deceived",
            ["msg_signs_found", "msg_sign_deception", "msg_risk_high", "msg_offer_counsellor"],
            {"red_flags": ["deception", "retention_of_documents"], "risk_level": "high"},
        ),
        ("deny", "msg_confirm_deceived", ["msg_confirm_hours"], {"asked_sign": "msg_confirm_hours"}),
        ("dont_know", "msg_confirm_deceived", ["msg_confirm_hours"], {"pending_question": "confirm"}),
        ("deny", "msg_confirm_hours", ["msg_offer_counsellor"], {"pending_question": "counsellor"}),
        ("affirm", None, ["msg_offer_counsellor"], {"pending_question": "counsellor"}),
    ],
)
def test_answers_to_confirming_questions(
    intent: str, asked: str | None, keys: list[str], slots: dict[str, Any]
) -> None:
    t = tracker(intent, red_flags=["retention_of_documents"], risk_level="concern", asked_sign=asked)
    events, said, _ = run(ActionConfirmSign(), t)
    assert said == keys
    assert slots.items() <= slots_of(events).items()


# --- emergency -------------------------------------------------------------------------------


def write(directory: Path, name: str, country: str, lines: list[dict[str, Any]]) -> None:
    (directory / name).write_text(yaml.safe_dump({"country": country, "lines": lines}), "utf-8")


def hotline(kind: str, number: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "number": number,
        "name": {"en": kind.replace("_", " ").title(), "fr": "Urgences"},
        "source": "https://example.gov/numbers",
        "evidence": f"call {number}",
        "last_checked": date(2026, 11, 1),
        "expires": date(2027, 4, 1),
    }


@pytest.fixture
def hotlines(tmp_path: Path) -> HotlineDirectory:
    lines = [
        hotline("child_helpline", "116 111"),
        hotline("emergency", "112"),
        hotline("anti_trafficking", "0800"),
    ]
    write(tmp_path, "xx.yml", "xx", lines)
    write(tmp_path, "ly.yml", "ly", [])
    write(tmp_path, FALLBACK_FILE, "_fallback", [hotline("emergency", "112")])
    return HotlineDirectory.load(tmp_path)


def emergency(hotlines: HotlineDirectory) -> ActionEmergency:
    return ActionEmergency(hotlines, today=lambda: TODAY)


def test_urgent_danger_leads_with_the_country_numbers(hotlines: HotlineDirectory) -> None:
    t = tracker(
        "emergency", [("danger", "locked_in_now"), ("red_flag", "restriction_of_movement")], country="xx"
    )
    events, keys, messages = run(emergency(hotlines), t)
    assert keys[0] == "msg_urgent_numbers"
    assert messages[0]["lines"] == "Emergency: 112\nAnti Trafficking: 0800\nChild Helpline: 116 111"
    assert keys[1:] == ["msg_signs_found", "msg_urgent_then"]
    assert slots_of(events)["risk_level"] == "urgent"
    assert slots_of(events)["red_flags"] == ["restriction_of_movement"]


def test_a_general_question_sent_to_emergency_gets_the_numbers_then_the_signs_explained(
    hotlines: HotlineDirectory,
) -> None:
    # the intent classifier's own emergency, no danger found: nothing is recorded as the person's
    t = tracker("emergency", [("sign_asked", "retention_of_documents")], country="xx")
    events, keys, _ = run(emergency(hotlines), t)
    assert keys == [
        "msg_urgent_numbers",
        "msg_signs_asked",
        "msg_sign_retention_of_documents",
        "msg_signs_asked_yours",
        "msg_urgent_then",
    ]
    assert "red_flags" not in slots_of(events) and "risk_level" not in slots_of(events)


def test_a_child_at_risk_gets_the_child_helpline_right_after_emergency(hotlines: HotlineDirectory) -> None:
    t = tracker("emergency", [("danger", "child_at_risk")], country="xx")
    _, _, messages = run(emergency(hotlines), t)
    assert messages[0]["lines"].splitlines()[:2] == ["Emergency: 112", "Child Helpline: 116 111"]


def test_unknown_country_gets_the_fallback_then_the_question(hotlines: HotlineDirectory) -> None:
    events, keys, messages = run(emergency(hotlines), tracker("emergency", [("danger", "violence_now")]))
    assert keys == ["msg_hotline_fallback", "msg_ask_country", "msg_urgent_then"]
    assert messages[0]["lines"] == "Emergency: 112"
    assert "country" not in slots_of(events)


def test_the_country_named_in_the_message_is_used_and_kept(hotlines: HotlineDirectory) -> None:
    events, keys, messages = run(emergency(hotlines), tracker("inform_country", [("country", "xx")]))
    assert keys[0] == "msg_urgent_numbers"
    assert slots_of(events)["country"] == "xx"
    assert "risk_level" not in slots_of(events)  # the number was asked for, no danger described


def test_a_country_without_a_verified_number_is_told_to_call_the_local_police(
    hotlines: HotlineDirectory,
) -> None:
    _, keys, _ = run(emergency(hotlines), tracker("emergency", [("country", "ly")]))
    assert keys == ["msg_urgent_no_number", "msg_urgent_then"]


def test_a_country_nobody_asked_for_is_kept_quietly() -> None:
    events, keys, _ = run(ActionCountry(), tracker("inform_country", [("country", "ma")]))
    assert keys == ["msg_country_noted"]
    assert slots_of(events) == {"country": "ma"}


# --- the job-offer verdict -------------------------------------------------------------------


def test_the_verdict_names_each_sign_and_clears_the_answers() -> None:
    answers = {
        "offer_fees": "yes",
        "offer_contract": "yes",
        "offer_visa": "unknown",
        "offer_passport": "no",
        "offer_salary": "no",
        "offer_licence": "no",
    }
    events, keys, messages = run(ActionOfferVerdict(), tracker("affirm", **answers))
    assert keys == [
        "msg_offer_verdict_warn",
        "msg_sign_recruitment_fees",
        "msg_sign_unverifiable_recruiter",
        "msg_offer_unknowns",
        "msg_offer_ask_recruiter",
        "msg_offer_verify_licence",
        "msg_offer_counsellor",
    ]
    assert messages[0]["count"] == 2
    assert messages[3]["question_lines"] == ["utter_ask_offer_visa"]
    slots = slots_of(events)
    assert slots["red_flags"] == ["recruitment_fees", "unverifiable_recruiter"]
    assert slots["risk_level"] == "caution"
    assert all(slots[name] is None for name in answers)


def test_a_clean_offer_still_gets_the_safety_advice() -> None:
    answers = {
        "offer_fees": "no",
        "offer_contract": "yes",
        "offer_visa": "yes",
        "offer_passport": "no",
        "offer_salary": "no",
        "offer_licence": "yes",
    }
    events, keys, _ = run(ActionOfferVerdict(), tracker("affirm", **answers))
    assert keys == ["msg_offer_verdict_ok", "msg_offer_counsellor"]
    assert slots_of(events)["risk_level"] == "none"
    assert SlotSet("red_flags", []) in events


def test_a_child_in_danger_gets_the_child_helpline_right_after_emergency(hotlines: HotlineDirectory) -> None:
    t = tracker("emergency", [("danger", "violence_now")], country="xx", audience="child")
    _, _, messages = run(emergency(hotlines), t)
    assert messages[0]["lines"].splitlines()[:2] == ["Emergency: 112", "Child Helpline: 116 111"]
