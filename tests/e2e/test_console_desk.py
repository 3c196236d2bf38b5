"""The whole handoff without a Telegram bot token, in English, French and Arabic: the person
talks over REST, the counsellor works from the local console desk (what `./saferoute run`
offers in its terminal), and the assistant follows the console's claims and closes."""

from __future__ import annotations

import json
import urllib.request
import uuid

import pytest

from bot.handoff.local_desk import LocalDesk
from bot.handoff.packet import sign_names
from bot.handoff.service import HandoffService
from bot.i18n import Catalog
from bot.store.migrate import ready_sessions
from tests.e2e.conftest import Assistant, until
from tests.e2e.test_rest import say, text_of, tracker

CASES = {
    "en": ("hello", "i want to talk to a counsellor", "yes", "my boss keeps my passport", "thank you"),
    "fr": ("bonjour", "je veux parler a un conseiller", "oui", "mon patron garde mon passeport", "merci"),
    "ar": ("مرحبا", "بدي احكي مع مستشار", "نعم", "صاحب العمل اخذ جواز سفري", "شكرا"),
}
ANSWER = {
    "en": "I am here. Are you safe?",
    "fr": "Je suis là. Êtes-vous en sécurité ?",
    "ar": "أنا هنا. هل أنت بأمان؟",
}


def outbox(assistant: Assistant, sender: str) -> list[str]:
    with urllib.request.urlopen(f"{assistant.base}/webhooks/rest/outbox?sender={sender}", timeout=30) as r:
        return [m["text"] for m in json.loads(r.read())]


def status(assistant: Assistant, sender: str) -> str:
    return str(tracker(assistant, sender)["slots"]["handoff_status"])


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_handoff_through_the_console_desk(assistant: Assistant, catalog: Catalog, lang: str) -> None:
    hello, ask, yes, story, thanks = CASES[lang]
    service = HandoffService(ready_sessions(f"sqlite:///{assistant.db_path}"))
    desk = LocalDesk(service, sorted(catalog.locales), sign_names(catalog))
    sender = f"console-{lang}-{uuid.uuid4().hex[:8]}"

    say(assistant, sender, hello)
    assert say(assistant, sender, ask)[0]["text"] == text_of(catalog, "msg_handoff_consent", lang)
    say(assistant, sender, yes)
    assert status(assistant, sender) == "queued"
    ticket = service.open_ticket_of(sender)
    assert ticket is not None and ticket.language == lang
    assert any(f"Ticket #{ticket.id}" in line and f"Language: {lang}" in line for line in desk.poll())

    relayed = text_of(catalog, "msg_handoff_relayed", lang)
    assert [r["text"] for r in say(assistant, sender, story)] == [relayed]
    assert "is yours" in desk.command(f":claim {ticket.id}")
    until(lambda: status(assistant, sender) == "active")
    assert f"#{ticket.id} person: {story}" in desk.poll()

    assert desk.command(f":reply {ticket.id} {ANSWER[lang]}") == f"Sent to #{ticket.id}."
    heard: list[str] = []
    until(lambda: heard.extend(outbox(assistant, sender)) or heard)
    assert heard == [ANSWER[lang]]

    assert "closed" in desk.command(f":close {ticket.id}")
    until(lambda: status(assistant, sender) == "closed")
    back: list[str] = []
    until(lambda: back.extend(outbox(assistant, sender)) or back)
    assert back == [text_of(catalog, "msg_handoff_handback", lang)]
    replies = say(assistant, sender, thanks)  # the assistant answers again
    assert replies and replies[0]["text"] != text_of(catalog, "msg_handoff_relayed", lang)
