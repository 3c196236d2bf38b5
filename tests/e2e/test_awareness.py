"""The children's awareness flow over REST: class code, stories, quiz, class results, privacy."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest

from bot.awareness.content import Activities
from bot.awareness.results import AwarenessResults
from bot.i18n import Catalog
from bot.store.db import make_engine, session_factory
from tests.e2e.conftest import Assistant
from tests.e2e.test_rest import say, text_of, tracker


def choose(choice: str) -> str:
    return "/child_activity" + json.dumps({"choice": choice})


@pytest.fixture(scope="module")
def activities() -> Activities:
    return Activities.load()


@pytest.mark.parametrize(
    ("lang", "code_message"), [("en", "SCHOOL 4821"), ("fr", "ecole 4821"), ("ar", "مدرسة ٤٨٢١")]
)
def test_a_class_code_starts_child_mode_in_the_childs_language(
    assistant: Assistant, catalog: Catalog, lang: str, code_message: str
) -> None:
    sender = f"kid-{uuid.uuid4().hex[:8]}"
    say(assistant, sender, {"en": "hello", "fr": "bonjour", "ar": "مرحبا"}[lang])
    replies = say(assistant, sender, code_message)
    welcome = catalog.render("msg_child_session_started", lang, {"code": "4821"})
    assert welcome is not None and replies[0]["text"] == welcome["text"]
    assert replies[1]["text"] == text_of(catalog, "msg_child_welcome", lang)
    assert [b["payload"] for b in replies[1]["buttons"]][:2] == [choose("stories"), choose("quiz")]
    slots = tracker(assistant, sender)["slots"]
    assert slots["audience"] == "child" and slots["child_session"] == "4821"
    menu = say(assistant, sender, "MENU")  # the child variant of the menu from now on
    response = catalog.response("utter_main_menu", lang)
    assert response is not None and response.child is not None
    assert menu[0]["text"] == response.child.text


def test_a_child_plays_the_quiz_and_the_class_results_count_it(
    assistant: Assistant, catalog: Catalog, activities: Activities
) -> None:
    sender = f"kid-{uuid.uuid4().hex[:8]}"
    say(assistant, sender, "school 5150")
    replies = say(assistant, sender, choose("quiz"))
    assert replies[-1]["text"] == text_of(catalog, activities.quiz[0].question, "en")
    for index, question in enumerate(activities.quiz):
        number = question.answer if index else (question.answer % len(question.options)) + 1  # miss q1
        replies = say(assistant, sender, choose(str(number)))
    texts = [r["text"] for r in replies]
    score = catalog.render(
        "msg_child_score", "en", {"score": len(activities.quiz) - 1, "total": len(activities.quiz)}
    )
    assert score is not None and score["text"] in texts
    assert texts[-3] == text_of(catalog, "msg_child_trusted_adult", "en")
    results = AwarenessResults(session_factory(make_engine(f"sqlite:///{assistant.db_path}")))
    report = results.report("5150")
    assert (report.started, report.quiz_finished) == (1, 1)
    assert report.missed == [(activities.quiz[0].id, 1)]
    assert report.scores == {len(activities.quiz) - 1: 1}


def test_a_story_can_be_played_to_its_end(
    assistant: Assistant, catalog: Catalog, activities: Activities
) -> None:
    sender = f"kid-{uuid.uuid4().hex[:8]}"
    say(assistant, sender, "i am 12")
    assert tracker(assistant, sender)["slots"]["audience"] == "child"
    story = activities.stories[1]
    replies = say(assistant, sender, choose(f"story:{story.id}"))
    for _ in range(10):
        if not replies[-1].get("buttons") or tracker(assistant, sender)["slots"]["child_activity"] is None:
            break
        replies = say(assistant, sender, choose("1"))
    texts = [r["text"] for r in replies]
    assert text_of(catalog, story.signs, "en") in texts
    assert text_of(catalog, "msg_child_trusted_adult", "en") in texts


def test_what_a_child_writes_is_not_stored(assistant: Assistant) -> None:
    sender = f"kid-{uuid.uuid4().hex[:8]}"
    say(assistant, sender, "SCHOOL 4821")
    say(assistant, sender, "a man online asked me to keep our chats secret")
    with sqlite3.connect(assistant.db_path) as db:
        rows = db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (sender,)
        ).fetchall()
    assert rows and all("keep our chats secret" not in data for (data,) in rows)
    assert all(json.loads(data)["text"] is None for (data,) in rows[1:])
