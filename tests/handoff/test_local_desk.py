"""The counsellor's side of the terminal chat, and how the assistant follows it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.handoff.local_desk import LOCAL_COUNSELLOR, LocalDesk
from bot.handoff.service import ACTIVE, CLOSED, TO_COUNSELLOR, TO_USER, HandoffService
from bot.handoff.watch import StatusWatch

NAMES = {"retention_of_documents": "they keep your passport"}


@pytest.fixture
def service(sessions: sessionmaker[Session]) -> HandoffService:
    return HandoffService(sessions)


def test_the_local_counsellor_is_created_once(service: HandoffService) -> None:
    LocalDesk(service, ["ar", "en", "fr"], NAMES)
    LocalDesk(service, ["ar", "en", "fr"], NAMES)
    assert service.counsellors_for("ar") == [LOCAL_COUNSELLOR]


@pytest.mark.parametrize(
    ("line", "command"),
    [(":claim 3", True), (":REPLY hello", True), (":close", True), (":)", False), ("claim 3", False)],
)
def test_only_known_colon_words_are_desk_commands(line: str, command: bool) -> None:
    assert LocalDesk.is_command(line) is command


def test_a_ticket_from_announcement_to_close(service: HandoffService) -> None:
    desk = LocalDesk(service, ["en"], NAMES)
    ticket = service.open_ticket("local-1", "rest", "en", "high", ["retention_of_documents"])
    service.relay(ticket.id, TO_COUNSELLOR, "my boss has my passport", "rest:1")
    [announced] = desk.poll()
    assert f"Ticket #{ticket.id}" in announced and "they keep your passport" in announced
    assert desk.poll() == []  # announced once; the message waits for a claim

    assert "is yours" in desk.command(f":claim {ticket.id}")
    assert desk.poll() == [f"#{ticket.id} person: my boss has my passport"]
    assert desk.poll() == []  # each message once
    assert desk.command(":reply Are you safe now?") == f"Sent to #{ticket.id}."
    assert [(m.direction, m.text) for m in service.history(ticket.id)][-1] == (TO_USER, "Are you safe now?")
    assert "closed" in desk.command(":close")
    assert service.open_ticket_of("local-1") is None


def test_refusals_and_usage_are_answered_not_raised(service: HandoffService) -> None:
    desk = LocalDesk(service, ["en"], NAMES)
    assert desk.command(":claim") == "Which ticket? :claim <ticket>"
    assert desk.command(":claim 99").startswith("Not done: no such open ticket")
    assert desk.command(":reply hello").startswith("Usage:")  # no active ticket
    assert desk.command(":queue") == "No ticket is waiting."


def test_the_assistant_follows_claims_and_closes_from_the_audit_log(service: HandoffService) -> None:
    desk = LocalDesk(service, ["fr"], NAMES)
    old = service.open_ticket("local-old", "rest", "fr")
    desk.command(f":claim {old.id}")
    watch = StatusWatch(service, timedelta(minutes=30))
    assert watch.changes() == []  # what happened before the start is not told again

    ticket = service.open_ticket("local-2", "rest", "fr")
    desk.command(f":claim {ticket.id}")
    desk.command(f":close {ticket.id}")
    assert [(t.id, status) for t, status in watch.changes()] == [(ticket.id, ACTIVE), (ticket.id, CLOSED)]
    assert watch.changes() == []

    service.close_by_person("local-old")  # STOP: the person left, nobody hands them back
    assert watch.changes() == []


def test_an_unclaimed_ticket_is_reported_once(service: HandoffService) -> None:
    watch = StatusWatch(service, timedelta(0))
    ticket = service.open_ticket("local-3", "sms", "ar")
    assert [t.id for t in watch.unclaimed.new()] == [ticket.id]
    watch.unclaimed.told(ticket.id)
    assert watch.unclaimed.new() == []
