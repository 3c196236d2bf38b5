"""Counsellor handoff over REST: consent, a queued ticket, the relay both ways, STOP."""

from __future__ import annotations

import json
import urllib.request
import uuid

from bot.handoff.service import TO_COUNSELLOR, HandoffService
from bot.i18n import Catalog
from bot.store.db import make_engine, session_factory
from tests.e2e.conftest import Assistant
from tests.e2e.test_rest import say, text_of, tracker


def outbox(assistant: Assistant, sender: str) -> list[dict[str, str]]:
    with urllib.request.urlopen(f"{assistant.base}/webhooks/rest/outbox?sender={sender}", timeout=30) as r:
        return json.loads(r.read())


def test_consent_queues_a_ticket_and_messages_are_relayed_both_ways(
    assistant: Assistant, catalog: Catalog
) -> None:
    sender = f"hand-{uuid.uuid4().hex[:8]}"
    say(assistant, sender, "hello")
    replies = say(assistant, sender, "i want to talk to a counsellor please")
    assert replies[0]["text"] == text_of(catalog, "msg_handoff_consent", "en")
    assert tracker(assistant, sender)["slots"]["handoff_status"] == "requested"
    replies = say(assistant, sender, "yes")
    told = {text_of(catalog, "msg_handoff_centre_closed", "en").split("(")[0], "Thank you. A counsellor will"}
    assert any(replies[-1]["text"].startswith(start) for start in told)
    assert tracker(assistant, sender)["slots"]["handoff_status"] == "queued"

    service = HandoffService(session_factory(make_engine(f"sqlite:///{assistant.db_path}")))
    ticket = service.open_ticket_of(sender)
    assert ticket is not None and ticket.language == "en"
    events_before = len(tracker(assistant, sender)["events"])
    replies = say(assistant, sender, "my boss took my passport and i am scared")
    assert [r["text"] for r in replies] == [text_of(catalog, "msg_handoff_relayed", "en")]
    assert len(tracker(assistant, sender)["events"]) == events_before  # the assistant stayed silent
    assert [(m.direction, m.text) for m in service.history(ticket.id)] == [
        (TO_COUNSELLOR, "my boss took my passport and i am scared")
    ]

    desk = 4242
    service.add_admin(desk, "Desk")
    service.claim(ticket.id, desk)
    service.reply(ticket.id, desk, "I am here. Are you safe now?", "desk:1")
    assert [m["text"] for m in outbox(assistant, sender)] == ["I am here. Are you safe now?"]
    assert outbox(assistant, sender) == []  # handed over once

    replies = say(assistant, sender, "STOP")
    assert replies[0]["text"] == text_of(catalog, "utter_quick_exit", "en")
    assert service.open_ticket_of(sender) is None


def test_saying_no_leaves_no_ticket(assistant: Assistant, catalog: Catalog) -> None:
    sender = f"hand-{uuid.uuid4().hex[:8]}"
    say(assistant, sender, "je veux parler a un conseiller")
    replies = say(assistant, sender, "non")
    assert replies[0]["text"] == text_of(catalog, "msg_handoff_declined", "fr")
    assert tracker(assistant, sender)["slots"]["handoff_status"] == "none"
    service = HandoffService(session_factory(make_engine(f"sqlite:///{assistant.db_path}")))
    assert service.open_ticket_of(sender) is None
