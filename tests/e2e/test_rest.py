"""The assistant over Rasa's REST channel and HTTP API, as a client sees it."""

from __future__ import annotations

import json
import sqlite3
import urllib.error
import urllib.request
import uuid
from typing import Any

import pytest

from bot.i18n import Catalog
from tests.e2e.conftest import Assistant

CONTRACT_SLOTS = {
    "language": None,
    "audience": "adult",
    "red_flags": [],
    "risk_level": "none",
    "handoff_status": "none",
    "matched_pathways": [],
}


# a first message that sets the conversation's language
OPENING = {
    "en": "hello I want to work abroad legally, what are my options",
    "fr": "bonjour je veux aller travailler au canada legalement",
    "ar": "مرحبا اريد العمل في الخارج بطريقة قانونية",
}


def post(base: str, body: bytes, content_type: str = "application/json") -> tuple[int, Any]:
    req = urllib.request.Request(
        f"{base}/webhooks/rest/webhook", data=body, headers={"Content-Type": content_type}
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def say(assistant: Assistant, sender: str, text: Any) -> list[dict[str, Any]]:
    status, replies = post(assistant.base, json.dumps({"sender": sender, "message": text}).encode())
    assert status == 200, replies
    return replies


def tracker(assistant: Assistant, sender: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{assistant.base}/conversations/{sender}/tracker", timeout=30) as r:
        return json.loads(r.read())


def text_of(catalog: Catalog, key: str, lang: str) -> str:
    rendered = catalog.render(key, lang)
    assert rendered is not None
    return rendered["text"]


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:10]}"


def test_contract_slots_exist_from_the_start(assistant: Assistant) -> None:
    sender = new_sender()
    say(assistant, sender, "hello")
    slots = tracker(assistant, sender)["slots"]
    for name, initial in CONTRACT_SLOTS.items():
        assert name in slots
        if name != "language":
            assert slots[name] == initial, name


@pytest.mark.parametrize(
    ("lang", "greeting"),
    [
        ("en", "hello there, good morning to you"),
        ("fr", "bonjour, comment allez-vous ce matin"),
        ("ar", "السلام عليكم، صباح الخير"),
    ],
)
def test_greeting_in_each_language_with_privacy_note(
    assistant: Assistant, catalog: Catalog, lang: str, greeting: str
) -> None:
    sender = new_sender()
    replies = say(assistant, sender, greeting)
    assert replies[0]["text"] == text_of(catalog, "utter_greet", lang)
    assert tracker(assistant, sender)["slots"]["language"] == lang


@pytest.mark.parametrize(
    ("lang", "message", "key"),
    [
        ("en", "how can i go to work in germany legally", "msg_pathways_list"),
        ("fr", "je voudrais faire verifier une offre de travail", "msg_check_offer_start"),
        ("ar", "اريد ان اتكلم مع مستشار من فضلك", "msg_handoff_consent"),
        ("en", "what is human trafficking exactly", "utter_learn_trafficking_soon"),
    ],
)
def test_entry_points_answer_in_the_message_language(
    assistant: Assistant, catalog: Catalog, lang: str, message: str, key: str
) -> None:
    replies = say(assistant, new_sender(), message)
    assert [r["text"] for r in replies] == [text_of(catalog, key, lang)]


def test_switching_language_at_any_time(assistant: Assistant, catalog: Catalog) -> None:
    sender = new_sender()
    say(assistant, sender, "hello, I would like some information please")
    assert say(assistant, sender, "français")[0]["text"] == text_of(catalog, "utter_language_switched", "fr")
    assert tracker(assistant, sender)["slots"]["language"] == "fr"
    # a short, unclear message keeps French
    assert say(assistant, sender, "menu")[0]["text"] == text_of(catalog, "utter_main_menu", "fr")
    assert say(assistant, sender, "عربي")[0]["text"] == text_of(catalog, "utter_language_switched", "ar")
    assert say(assistant, sender, "english please")[0]["text"] == text_of(
        catalog, "utter_language_switched", "en"
    )


def test_language_menu_lists_every_locale(assistant: Assistant, catalog: Catalog) -> None:
    replies = say(assistant, new_sender(), "/switch_language")
    assert replies[0]["text"] == text_of(catalog, "msg_choose_language", "en")
    assert [b["title"] for b in replies[0]["buttons"]] == [loc.name for loc in catalog.locales.values()]
    sender = new_sender()
    say(assistant, sender, "hello there friend")
    [payload] = [b["payload"] for b in replies[0]["buttons"] if '"fr"' in b["payload"]]
    assert say(assistant, sender, payload)[0]["text"] == text_of(catalog, "utter_language_switched", "fr")


@pytest.mark.parametrize(("word", "lang"), [("STOP", "en"), ("quitter", "fr"), ("خروج", "ar")])
def test_quick_exit_ends_at_once_and_resets(
    assistant: Assistant, catalog: Catalog, word: str, lang: str
) -> None:
    sender = new_sender()
    say(assistant, sender, OPENING[lang])
    replies = say(assistant, sender, word)
    assert [r["text"] for r in replies] == [text_of(catalog, "utter_quick_exit", lang)]
    # the tracker API shows events after the last restart: nothing of the conversation is left
    after = tracker(assistant, sender)
    assert [e for e in after["events"] if e["event"] in ("user", "bot")] == []
    assert after["slots"]["language"] is None


def stored_events(assistant: Assistant, sender: str) -> int:
    with sqlite3.connect(assistant.db_path) as db:
        return int(db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0])


@pytest.mark.parametrize(
    ("lang", "request_text"),
    [("en", "please delete all my data"), ("fr", "supprime mes donnees stp"), ("ar", "امسح بياناتي")],
)
def test_delete_my_data_erases_the_conversation(
    assistant: Assistant, catalog: Catalog, lang: str, request_text: str
) -> None:
    sender, other = new_sender(), new_sender()
    say(assistant, sender, OPENING[lang])
    say(assistant, other, OPENING[lang])
    assert stored_events(assistant, sender) > 0
    replies = say(assistant, sender, request_text)
    assert [r["text"] for r in replies] == [text_of(catalog, "utter_data_deleted", lang)]
    assert stored_events(assistant, sender) == 0
    assert stored_events(assistant, other) > 0


def test_two_stage_fallback(assistant: Assistant, catalog: Catalog) -> None:
    sender = new_sender()
    say(assistant, sender, "hello there, good evening")
    first = say(assistant, sender, "???")
    assert [r["text"] for r in first] == [text_of(catalog, "utter_ask_rephrase", "en")]
    second = say(assistant, sender, "🤷🤷")
    assert second[0]["text"] == text_of(catalog, "utter_fallback_menu", "en")
    assert "/talk_to_counsellor" in [b["payload"] for b in second[0]["buttons"]]


def test_out_of_scope(assistant: Assistant, catalog: Catalog) -> None:
    replies = say(assistant, new_sender(), "who won the football match yesterday")
    assert [r["text"] for r in replies] == [text_of(catalog, "utter_out_of_scope", "en")]


@pytest.mark.parametrize(
    "message",
    ["", "   \n\t ", "a" * 10_000, "مرحبا " * 2000, "🙂🙏🔥", "\x00\x01\x02 stop\x1b[31m", "\u202e\u200f"],
    ids=["empty", "whitespace", "10k", "10k-arabic", "emoji", "control", "bidi"],
)
def test_odd_text_gets_a_reply_not_an_error(assistant: Assistant, message: str) -> None:
    status, replies = post(assistant.base, json.dumps({"sender": new_sender(), "message": message}).encode())
    assert status == 200
    assert isinstance(replies, list) and replies and all(r.get("text") for r in replies)


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({"sender": "x", "message": 123}).encode(),
        json.dumps({"sender": "x", "message": None}).encode(),
        json.dumps({"sender": "x", "message": ["hi"]}).encode(),
        json.dumps({"sender": "x", "message": {"text": "hi"}}).encode(),
        json.dumps({"sender": ["x"], "message": "hi"}).encode(),
        json.dumps({"message": "hi"}).encode(),
        json.dumps(["hi"]).encode(),
        b"{not json",
        b"\xff\xfe\x00binary",
        b"",
    ],
    ids=[
        "int",
        "null",
        "list",
        "object",
        "sender-list",
        "no-sender",
        "array",
        "bad-json",
        "binary",
        "no-body",
    ],
)
def test_malformed_requests_get_a_4xx(assistant: Assistant, body: bytes) -> None:
    status, _ = post(assistant.base, body)
    assert 400 <= status < 500


def test_wrong_content_type_gets_a_4xx(assistant: Assistant) -> None:
    status, _ = post(assistant.base, b"sender=x&message=hi", "application/x-www-form-urlencoded")
    assert 400 <= status < 500


def test_message_texts_are_not_logged(assistant: Assistant) -> None:
    secret = "my passport number is XK4471 and I live at 12 Rue Sidi"
    say(assistant, new_sender(), secret)
    assert "XK4471" not in assistant.log_path.read_text("utf-8", errors="replace")
