"""Warning signs over REST, as a user sees them: named in the same turn, accumulated, the
two-dimension question, emergency numbers first, and the job-offer questionnaire."""

from __future__ import annotations

import uuid
from datetime import date

from bot.hotlines import HotlineDirectory, emergency_lines
from bot.i18n import Catalog
from bot.redflags.engine import RedFlagEngine
from tests.e2e.conftest import Assistant
from tests.e2e.test_rest import say, text_of, tracker


def new_sender() -> str:
    return f"signs-{uuid.uuid4().hex[:10]}"


def slots(assistant: Assistant, sender: str) -> dict[str, object]:
    return tracker(assistant, sender)["slots"]


def sign_names(catalog: Catalog, lang: str, *codes: str, response: str = "msg_signs_found") -> str:
    keys = [f"msg_sign_name_{code}" for code in codes]
    rendered = catalog.render(response, lang, {"signs": keys})
    assert rendered is not None
    return rendered["text"]


def test_a_sign_is_named_in_the_same_turn_and_a_yes_completes_the_ilo_rule(
    assistant: Assistant, catalog: Catalog
) -> None:
    sender = new_sender()
    replies = say(assistant, sender, "my boss has kept my passport since i arrived in Jeddah")
    texts = [r["text"] for r in replies]
    assert texts[0] == sign_names(catalog, "en", "retention_of_documents")
    assert texts[1] == text_of(catalog, "msg_sign_retention_of_documents", "en")
    assert texts[-1] == text_of(catalog, "msg_confirm_deceived", "en")
    state = slots(assistant, sender)
    assert state["red_flags"] == ["retention_of_documents"] and state["risk_level"] == "concern"

    replies = say(assistant, sender, "yes")
    assert replies[0]["text"] == sign_names(catalog, "en", "deception")
    assert replies[-1]["text"] == text_of(catalog, "msg_offer_counsellor", "en")
    state = slots(assistant, sender)
    assert state["red_flags"] == ["deception", "retention_of_documents"]
    assert state["risk_level"] == "high"


def test_signs_accumulate_across_turns_once_each(assistant: Assistant, catalog: Catalog) -> None:
    sender = new_sender()
    say(assistant, sender, "the agent says i must pay 3000 dollars for the visa")
    say(assistant, sender, "he also wants my original passport before i travel and i have to pay him")
    state = slots(assistant, sender)
    assert state["red_flags"] == ["recruitment_fees", "documents_requested"]
    assert state["risk_level"] == "caution"


def test_a_denied_sign_is_not_a_sign(assistant: Assistant, catalog: Catalog) -> None:
    sender = new_sender()
    say(assistant, sender, "they did not take my passport, i keep it with me")
    assert slots(assistant, sender)["red_flags"] == []
    assert slots(assistant, sender)["risk_level"] == "none"


def test_a_general_question_is_answered_without_making_the_sign_the_persons(
    assistant: Assistant, catalog: Catalog
) -> None:
    sender = new_sender()
    replies = say(assistant, sender, "si un patron garde le passeport c'est illégal au Qatar ?")
    texts = [r["text"] for r in replies]
    assert texts[0] == sign_names(catalog, "fr", "retention_of_documents", response="msg_signs_asked")
    assert texts[1] == text_of(catalog, "msg_sign_retention_of_documents", "fr")
    assert text_of(catalog, "msg_signs_asked_yours", "fr") in texts
    state = slots(assistant, sender)
    assert state["red_flags"] == [] and state["risk_level"] == "none"

    say(assistant, sender, "mon patron a pris mon passeport quand je suis arrivé")  # then the own case
    assert slots(assistant, sender)["red_flags"] == ["retention_of_documents"]


def test_danger_now_leads_with_the_numbers_of_the_country_named(
    assistant: Assistant, catalog: Catalog
) -> None:
    sender = new_sender()
    replies = say(assistant, sender, "aidez moi le patron m'a enfermée dans la chambre, je suis en italie")
    plan = emergency_lines(HotlineDirectory.load(), "it", date.today(), language="fr")
    assert plan.lines, "Italy has verified lines"
    expected = catalog.render("msg_urgent_numbers", "fr", {"lines": plan.text()})
    assert expected is not None
    assert replies[0]["text"] == expected["text"]
    state = slots(assistant, sender)
    assert state["risk_level"] == "urgent"
    assert "restriction_of_movement" in state["red_flags"]  # type: ignore[operator]
    assert state["country"] == "it"


def test_unknown_country_gets_the_fallback_first_then_the_country_numbers(
    assistant: Assistant, catalog: Catalog
) -> None:
    sender = new_sender()
    replies = say(assistant, sender, "الحقوني الكفيل قفل علي الباب وضربني")
    directory = HotlineDirectory.load()
    fallback = emergency_lines(directory, None, date.today(), language="ar")
    first = catalog.render("msg_hotline_fallback", "ar", {"lines": fallback.text()})
    assert first is not None and replies[0]["text"] == first["text"]
    assert replies[1]["text"] == text_of(catalog, "msg_ask_country", "ar")
    assert slots(assistant, sender)["risk_level"] == "urgent"

    replies = say(assistant, sender, "أنا في تركيا")
    turkey = emergency_lines(directory, "tr", date.today(), language="ar")
    numbers = catalog.render("msg_urgent_numbers", "ar", {"lines": turkey.text()})
    assert numbers is not None and replies[0]["text"] == numbers["text"]
    assert slots(assistant, sender)["country"] == "tr"


def test_the_job_offer_questionnaire_scores_the_answers(assistant: Assistant, catalog: Catalog) -> None:
    sender = new_sender()
    replies = say(assistant, sender, "je voudrais faire verifier une offre de travail")
    assert replies[0]["text"] == text_of(catalog, "msg_check_offer_start", "fr")
    replies = say(assistant, sender, "oui")
    assert [r["text"] for r in replies] == [
        text_of(catalog, "utter_offer_intro", "fr"),
        text_of(catalog, "utter_ask_offer_fees", "fr"),
    ]
    for answer, next_key in [
        ("oui", "utter_ask_offer_contract"),
        ("non", "utter_ask_offer_visa"),
        ("je sais pas", "utter_ask_offer_passport"),
        ("non", "utter_ask_offer_salary"),
        ("/deny", "utter_ask_offer_licence"),  # a button, as SMS numbered replies send it
    ]:
        replies = say(assistant, sender, answer)
        assert replies[-1]["text"] == text_of(catalog, next_key, "fr"), answer
    replies = say(assistant, sender, "oui")
    warn = catalog.render(
        "msg_offer_verdict_warn",
        "fr",
        {"count": 2, "signs": ["msg_sign_name_recruitment_fees", "msg_sign_name_no_written_contract"]},
    )
    assert warn is not None and replies[0]["text"] == warn["text"]
    texts = [r["text"] for r in replies]
    assert text_of(catalog, "msg_offer_ask_recruiter", "fr") in texts
    state = slots(assistant, sender)
    assert state["red_flags"] == ["recruitment_fees", "no_written_contract"]
    assert state["offer_fees"] is None  # cleared: the check can be run again


def test_the_menu_leaves_the_questionnaire(assistant: Assistant, catalog: Catalog) -> None:
    sender = new_sender()
    say(assistant, sender, "i want to check a job offer")
    say(assistant, sender, "yes")
    replies = say(assistant, sender, "MENU")
    assert replies[-1]["text"] == text_of(catalog, "utter_main_menu", "en")
    assert tracker(assistant, sender)["active_loop"] in ({}, None)


def test_danger_no_pattern_knows_still_leads_with_the_numbers(assistant: Assistant, catalog: Catalog) -> None:
    text = "he locked the door from outside and took my phone, i am writing from his sons tablet"
    assert not RedFlagEngine.load().detect(text).is_urgent, "this test is about the urgency model"
    sender = new_sender()
    replies = say(assistant, sender, text)
    fallback = emergency_lines(HotlineDirectory.load(), None, date.today(), language="en")
    first = catalog.render("msg_hotline_fallback", "en", {"lines": fallback.text()})
    assert first is not None and replies[0]["text"] == first["text"]
    assert replies[1]["text"] == text_of(catalog, "msg_ask_country", "en")
    state = tracker(assistant, sender)
    assert state["slots"]["risk_level"] == "urgent"
    entities = state["latest_message"]["entities"]
    assert [e["value"] for e in entities if e["entity"] == "danger"] == ["described_danger"]
