"""The awareness actions: child mode on entry, buttons in the child's language, the closing."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session, sessionmaker

from actions.awareness import ActionChildActivity, ActionChildStart, AwarenessParts
from bot.awareness.content import Activities
from bot.awareness.results import AwarenessResults
from bot.hotlines import FALLBACK_FILE, HotlineDirectory
from bot.i18n import Catalog

TODAY = date(2026, 11, 27)


def tracker(intent: str, entities: list[tuple[str, str]] = (), **slots: Any) -> Tracker:  # type: ignore[assignment]
    message = {"intent": {"name": intent}, "entities": [{"entity": n, "value": v} for n, v in entities]}
    return Tracker("s", {"language": "fr", **slots}, message, [], False, None, {}, "action_listen")


def line(kind: str, number: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "number": number,
        "name": {"en": "Child helpline", "fr": "Allo enfants"},
        "source": "https://example.gov/numbers",
        "evidence": f"call {number}",
        "last_checked": date(2026, 11, 1),
        "expires": date(2027, 4, 1),
    }


@pytest.fixture
def parts(tmp_path: Path, catalog: Catalog, sessions: sessionmaker[Session]) -> AwarenessParts:
    for name, country, lines in (
        ("ma.yml", "ma", [line("emergency", "19"), line("child_helpline", "2511")]),
        (FALLBACK_FILE, "_fallback", [line("emergency", "112")]),
    ):
        (tmp_path / name).write_text(yaml.safe_dump({"country": country, "lines": lines}), "utf-8")
    results = AwarenessResults(sessions)
    results.open("4821", "ma")
    return AwarenessParts(catalog, Activities.load(), results, HotlineDirectory.load(tmp_path))


def run(action: Any, t: Tracker) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, dispatcher.messages


def test_a_class_code_enters_child_mode_with_the_class_country(parts: AwarenessParts) -> None:
    slots, messages = run(ActionChildStart(parts), tracker("child_session", [("session_code", "4821")]))
    assert slots == {"child_session": "4821", "country": "ma", "audience": "child", "child_activity": None}
    assert [m["response"] for m in messages] == ["msg_child_session_started", "msg_child_welcome"]
    assert messages[0]["code"] == "4821"
    assert parts.results.report("4821").started == 1


def test_menu_buttons_are_titled_in_the_childs_language(parts: AwarenessParts, catalog: Catalog) -> None:
    _, messages = run(ActionChildStart(parts), tracker("tell_age", [("age", "13")]))
    buttons = messages[-1]["buttons"]
    assert buttons[0]["title"] == catalog.response("msg_child_menu_stories", "fr").text  # type: ignore[union-attr]
    intent, _, body = buttons[1]["payload"].partition("{")
    assert intent == "/child_activity" and json.loads("{" + body) == {"choice": "quiz"}


@pytest.mark.parametrize(
    ("age", "audience"), [("13", "child"), ("17", "child"), ("18", "adult"), ("40", "adult")]
)
def test_an_age_decides_child_mode(parts: AwarenessParts, age: str, audience: str) -> None:
    slots, _ = run(ActionChildStart(parts), tracker("tell_age", [("age", age)]))
    assert slots["audience"] == audience


def test_a_finished_story_ends_with_a_trusted_adult_and_the_class_helpline(parts: AwarenessParts) -> None:
    story = parts.activities.stories[0]
    action = ActionChildActivity(parts, today=lambda: TODAY)
    slots, _ = run(action, tracker("child_activity", [("choice", f"story:{story.id}")], child_session="4821"))
    state = slots["child_activity"]
    messages: list[dict[str, Any]] = []
    while state:
        slots, messages = run(
            action,
            tracker(
                "child_activity", [("choice", "1")], child_session="4821", country="ma", child_activity=state
            ),
        )
        state = slots["child_activity"]
    keys = [m["response"] for m in messages]
    assert keys[-3:] == ["msg_child_trusted_adult", "msg_child_helpline", "msg_child_next"]
    assert messages[-2]["lines"] == "Allo enfants: 2511"
    report = parts.results.report("4821")
    assert report.stories_started == {story.id: 1} and report.stories_finished == {story.id: 1}


def test_without_a_known_country_the_closing_says_who_to_talk_to(parts: AwarenessParts) -> None:
    _, messages = run(
        ActionChildActivity(parts, today=lambda: TODAY), tracker("child_activity", [("choice", "help")])
    )
    assert [m["response"] for m in messages] == [
        "msg_child_trusted_adult",
        "msg_child_no_helpline",
        "msg_child_next",
    ]
