"""Tickets, counsellor actions, the relay outbox and erasure, on a real (SQLite) database."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.service import ACTIVE, CLOSED, QUEUED, TO_COUNSELLOR, TO_USER, HandoffRefused, HandoffService

ADMIN, AMINA, KOFI, STRANGER = 1001, 2002, 3003, 9999


@pytest.fixture
def service(sessions: sessionmaker[Session]) -> HandoffService:
    handoff = HandoffService(sessions)
    handoff.add_admin(ADMIN, "Admin")
    handoff.register(ADMIN, AMINA, "Amina", ["fr", "ar"])
    handoff.register(ADMIN, KOFI, "Kofi", ["en"])
    return handoff


def test_consent_opens_one_queued_ticket_with_priority_from_risk(service: HandoffService) -> None:
    ticket = service.open_ticket("sms-abc", "sms", "fr", "high", ["retention_of_documents"])
    assert (ticket.status, ticket.priority, ticket.red_flags) == (QUEUED, 1, ("retention_of_documents",))
    assert service.open_ticket("sms-abc", "sms", "fr").id == ticket.id  # asking twice: the same ticket
    urgent = service.open_ticket("wa-xyz", "whatsapp", "ar", "urgent")
    assert [t.id for t in service.queue()] == [urgent.id, ticket.id]  # most urgent first


def test_a_counsellor_claims_transfers_and_closes(service: HandoffService) -> None:
    ticket = service.open_ticket("rest-1", "rest", "fr")
    assert service.claim(ticket.id, AMINA).status == ACTIVE
    with pytest.raises(HandoffRefused):
        service.claim(ticket.id, KOFI)  # already claimed
    kofi = next(iter(service.counsellors_for("en")))
    assert kofi == KOFI
    with pytest.raises(HandoffRefused):
        service.close(ticket.id, KOFI)  # not his ticket
    assert service.close(ticket.id, AMINA).status == CLOSED
    assert service.open_ticket_of("rest-1") is None
    assert [a for a, _, _ in service.audit(ticket.id)] == ["claim", "refused:claim", "refused:close", "close"]


def test_a_stranger_can_do_nothing_and_is_audited(service: HandoffService) -> None:
    ticket = service.open_ticket("rest-2", "rest", "en")
    for act in (lambda: service.claim(ticket.id, STRANGER), lambda: service.close(ticket.id, STRANGER)):
        with pytest.raises(HandoffRefused):
            act()
    with pytest.raises(HandoffRefused):
        service.register(STRANGER, 5555, "Me", ["en"])
    refused = [(a, who) for a, who, _ in service.audit() if a.startswith("refused")]
    assert refused == [
        ("refused:claim", STRANGER),
        ("refused:close", STRANGER),
        ("refused:register", STRANGER),
    ]
    assert service.open_ticket_of("rest-2") is not None  # untouched


def test_the_outbox_relays_each_message_once(service: HandoffService) -> None:
    ticket = service.open_ticket("rest-3", "rest", "en")
    first = service.relay(ticket.id, TO_COUNSELLOR, "they still have my passport", "in:msg-1")
    assert first is not None
    assert service.relay(ticket.id, TO_COUNSELLOR, "they still have my passport", "in:msg-1") is None  # retry
    reply = service.relay(ticket.id, TO_USER, "I can help. Where are you?", "desk:77")
    assert [m.id for m in service.pending(TO_COUNSELLOR)] == [first.id]
    service.attempt_failed(first.id)
    assert service.pending(TO_COUNSELLOR)[0].attempts == 1  # still pending after a failure
    service.sent(first.id, "tg-5")
    assert service.pending(TO_COUNSELLOR) == []
    assert reply is not None and [m.direction for m in service.history(ticket.id)] == [TO_COUNSELLOR, TO_USER]


def test_erasure_deletes_tickets_and_messages_but_keeps_the_audit_anonymous(service: HandoffService) -> None:
    ticket = service.open_ticket("sms-del", "sms", "en")
    service.relay(ticket.id, TO_COUNSELLOR, "hello", "in:1")
    service.claim(ticket.id, KOFI)
    assert service.erase("sms-del") == 2
    assert service.open_ticket_of("sms-del") is None and service.history(ticket.id) == []
    assert ("claim", KOFI, "") in service.audit()
    assert service.erase("nobody") == 0


def test_only_the_assigned_counsellor_replies(service: HandoffService) -> None:
    ticket = service.open_ticket("rest-4", "rest", "fr")
    with pytest.raises(HandoffRefused):
        service.reply(ticket.id, AMINA, "bonjour", "desk:1")  # not claimed yet
    service.claim(ticket.id, AMINA)
    with pytest.raises(HandoffRefused):
        service.reply(ticket.id, KOFI, "hello", "desk:2")
    assert service.reply(ticket.id, AMINA, "bonjour", "desk:3") is not None
    assert [m.text for m in service.pending_for("rest-4")] == ["bonjour"]


def test_the_person_leaving_closes_their_ticket(service: HandoffService) -> None:
    service.open_ticket("rest-5", "rest", "en")
    assert service.close_by_person("rest-5") is True
    assert service.open_ticket_of("rest-5") is None
    assert service.close_by_person("rest-5") is False


def test_deliverable_gives_claimed_tickets_messages_with_their_counsellor(service: HandoffService) -> None:
    waiting = service.open_ticket("sms-w", "sms", "fr")
    claimed = service.open_ticket("rest-c", "rest", "fr")
    service.relay(waiting.id, TO_COUNSELLOR, "nobody has claimed this yet", "k-w")
    service.relay(claimed.id, TO_COUNSELLOR, "hello", "k-c")
    service.claim(claimed.id, AMINA)
    assert [(m.text, chat) for m, chat in service.deliverable()] == [("hello", AMINA)]


def test_pending_messages_can_be_limited_to_some_channels(service: HandoffService) -> None:
    sms = service.open_ticket("sms-p", "sms", "en")
    rest = service.open_ticket("rest-p", "rest", "en")
    service.relay(sms.id, TO_USER, "to the phone", "p1")
    service.relay(rest.id, TO_USER, "to the web", "p2")
    assert [m.text for m in service.pending(TO_USER, channels=("sms", "whatsapp"))] == ["to the phone"]
    assert len(service.pending(TO_USER)) == 2
