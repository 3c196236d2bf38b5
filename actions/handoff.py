"""Asking for a counsellor: one consent question, then a queued ticket (bot.handoff).

action_offer_handoff says what will be shared and that the person can stop, and asks for
consent (`handoff_status` = requested). action_handoff_consent reads the answer: yes opens the
ticket (queued) with the context the counsellor needs, and tells the usual wait and the
opening hours, honestly when the centre is closed; with high or urgent risk the emergency
numbers come first. No sets `handoff_status` back to none.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import COUNTRY, PENDING, RED_FLAGS, RISK_LEVEL, slot_list
from bot.handoff.hours import OpeningHours
from bot.handoff.service import HandoffService
from bot.hotlines import HotlineDirectory, emergency_lines
from bot.pathways import profile as questionnaire
from bot.settings import get_settings
from bot.store.migrate import ready_sessions

HANDOFF_STATUS, HANDOFF = "handoff_status", "handoff"
URGENT_RISKS = ("high", "urgent")
PACKET_MESSAGES = 5  # the person's last messages shown to the counsellor, so they need not repeat


def channel_of(tracker: Tracker) -> str:
    """rest, sms or whatsapp: the Twilio channel says which in the message's metadata."""
    metadata = tracker.latest_message.get("metadata") or {}
    return str(metadata.get("channel") or tracker.get_latest_input_channel() or "rest")


def last_messages(tracker: Tracker, count: int = PACKET_MESSAGES) -> list[str]:
    """The person's last texts (none for a child: their texts are never stored)."""
    texts = [
        str(e["text"])
        for e in tracker.events
        if e.get("event") == "user" and e.get("text") and not str(e["text"]).startswith("/")
    ]
    return texts[-count - 1 : -1] if texts else []  # not the "yes" that consented


class HandoffParts:
    """The service, the hours and the hotlines, built on first use."""

    def __init__(
        self,
        service: HandoffService | None = None,
        hours: OpeningHours | None = None,
        hotlines: HotlineDirectory | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self._service, self._hours, self._hotlines, self.now = service, hours, hotlines, now

    @property
    def service(self) -> HandoffService:
        if self._service is None:
            self._service = HandoffService(ready_sessions(get_settings().db_url))
        return self._service

    @property
    def hours(self) -> OpeningHours:
        if self._hours is None:
            settings = get_settings().handoff
            self._hours = OpeningHours.parse(settings.centre_hours, settings.centre_timezone)
        return self._hours

    @property
    def hotlines(self) -> HotlineDirectory:
        if self._hotlines is None:
            self._hotlines = HotlineDirectory.load()
        return self._hotlines


class ActionOfferHandoff(Action):
    def name(self) -> str:
        return "action_offer_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="msg_handoff_consent")
        return [SlotSet(HANDOFF_STATUS, "requested"), SlotSet(PENDING, HANDOFF)]


class ActionHandoffConsent(Action):
    def __init__(self, parts: HandoffParts | None = None) -> None:
        self.parts = parts or HandoffParts()

    def name(self) -> str:
        return "action_handoff_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if (tracker.latest_message.get("intent") or {}).get("name") != "affirm":
            dispatcher.utter_message(response="msg_handoff_declined")
            return [SlotSet(HANDOFF_STATUS, "none"), SlotSet(PENDING, None)]
        risk = tracker.get_slot(RISK_LEVEL) or "none"
        language = tracker.get_slot("language") or get_settings().default_language
        if risk in URGENT_RISKS:  # danger first, even before the queue
            self.say_numbers(dispatcher, tracker.get_slot(COUNTRY), language)
        self.parts.service.open_ticket(
            tracker.sender_id,
            channel_of(tracker),
            language,
            risk,
            slot_list(tracker, RED_FLAGS),
            {
                "matched_pathways": slot_list(tracker, "matched_pathways"),
                "pathway_answers": questionnaire.parse(tracker.get_slot("pathway_profile")),
                "last_messages": [] if tracker.get_slot("audience") == "child" else last_messages(tracker),
                "country": tracker.get_slot(COUNTRY),
            },
        )
        handoff = get_settings().handoff
        if self.parts.hours.is_open(self.parts.now()):
            dispatcher.utter_message(
                response="msg_handoff_queued", wait=handoff.wait_minutes, hours=self.parts.hours.spec
            )
        else:
            dispatcher.utter_message(response="msg_handoff_centre_closed", hours=self.parts.hours.spec)
        return [SlotSet(HANDOFF_STATUS, "queued"), SlotSet(PENDING, None)]

    def say_numbers(self, dispatcher: CollectingDispatcher, country: str | None, language: str) -> None:
        plan = emergency_lines(self.parts.hotlines, country, date.today(), language=language)
        if plan.numbers_key:
            dispatcher.utter_message(response=plan.numbers_key, lines=plan.text())
