"""The handoff actions: consent says what is shared; yes queues a ticket, honestly about hours."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session, sessionmaker

from actions.handoff import ActionHandoffConsent, ActionOfferHandoff, HandoffParts
from bot.handoff.hours import OpeningHours
from bot.handoff.service import HandoffService
from bot.hotlines import HotlineDirectory

MONDAY_NOON = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
SUNDAY_NOON = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


def tracker(intent: str, **slots: Any) -> Tracker:
    message = {"intent": {"name": intent}, "entities": []}
    events = [{"event": "user", "input_channel": "twilio"}]
    return Tracker("sms-abc", {"language": "fr", **slots}, message, events, False, None, {}, "action_listen")


@pytest.fixture
def service(sessions: sessionmaker[Session]) -> HandoffService:
    return HandoffService(sessions)


def parts(service: HandoffService, now: datetime) -> HandoffParts:
    hours = OpeningHours.parse("mon-fri 09:00-17:00", "Africa/Casablanca")
    return HandoffParts(service, hours, HotlineDirectory.load(), now=lambda: now)


def run(action: Any, t: Tracker) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, dispatcher.messages


def test_the_offer_asks_for_consent() -> None:
    slots, messages = run(ActionOfferHandoff(), tracker("talk_to_counsellor"))
    assert slots == {"handoff_status": "requested", "pending_question": "handoff"}
    assert [m["response"] for m in messages] == ["msg_handoff_consent"]


def test_yes_queues_a_ticket_with_the_context(service: HandoffService) -> None:
    t = tracker("affirm", risk_level="concern", red_flags=["isolation"], matched_pathways=["de_study"])
    slots, messages = run(ActionHandoffConsent(parts(service, MONDAY_NOON)), t)
    assert slots["handoff_status"] == "queued"
    assert messages[0]["response"] == "msg_handoff_queued" and messages[0]["hours"] == "mon-fri 09:00-17:00"
    ticket = service.open_ticket_of("sms-abc")
    assert ticket is not None
    assert (ticket.language, ticket.risk_level, ticket.red_flags, ticket.priority) == (
        "fr",
        "concern",
        ("isolation",),
        2,
    )


def test_outside_hours_the_person_is_told_and_high_risk_gets_numbers_first(service: HandoffService) -> None:
    t = tracker("affirm", risk_level="urgent", country="it")
    _, messages = run(ActionHandoffConsent(parts(service, SUNDAY_NOON)), t)
    assert [m["response"] for m in messages] == ["msg_urgent_numbers", "msg_handoff_centre_closed"]
    assert service.open_ticket_of("sms-abc") is not None  # the ticket is kept


def test_no_opens_nothing(service: HandoffService) -> None:
    slots, messages = run(ActionHandoffConsent(parts(service, MONDAY_NOON)), tracker("deny"))
    assert slots == {"handoff_status": "none", "pending_question": None}
    assert [m["response"] for m in messages] == ["msg_handoff_declined"]
    assert service.open_ticket_of("sms-abc") is None


@pytest.mark.parametrize(
    ("spec", "when", "open_"),
    [
        ("mon-fri 09:00-17:00", MONDAY_NOON, True),
        ("mon-fri 09:00-17:00", SUNDAY_NOON, False),
        ("sat-sun 10:00-13:00", SUNDAY_NOON, True),
        ("fri-mon 08:00-09:00", datetime(2026, 11, 30, 8, 30, tzinfo=timezone.utc), True),  # wraps the week
    ],
)
def test_opening_hours(spec: str, when: datetime, open_: bool) -> None:
    assert OpeningHours.parse(spec).is_open(when) is open_


@pytest.mark.parametrize(
    ("spec", "zone"),
    [("", "UTC"), ("mon 9-17", "UTC"), ("mon 17:00-09:00", "UTC"), ("mon 09:00-17:00", "Mars/Base")],
)
def test_bad_opening_hours_fail_loudly(spec: str, zone: str) -> None:
    from bot.errors import ConfigError

    with pytest.raises(ConfigError):
        OpeningHours.parse(spec, zone)
