"""Emergency numbers first, for the country the user is in.

action_emergency answers the `emergency` intent, which the NLU also forces when the engine
finds danger now (entities `danger`). Its first message is always numbers: the country's
verified lines, or, when the country is unknown, the fallback lines and the question "which
country are you in?". A country whose file has no verified line gets "call the local police"
instead of a number that may not work there. Then the signs found are named (or, for a general
question the classifier sent here with no danger, the signs it asks about are explained), and a
counsellor is offered. action_country keeps the country a user gives when nothing asked for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    COUNSELLOR,
    COUNTRY,
    PENDING,
    RED_FLAGS,
    RISK_LEVEL,
    latest,
    slot_list,
    taxonomy,
    turn_events,
)
from actions.warning_signs import explain_asked
from bot.hotlines import HotlineDirectory, emergency_lines
from bot.redflags.taxonomy import Taxonomy
from bot.redflags.turn import ordered, sign_name_keys, take


class ActionEmergency(Action):
    def __init__(
        self,
        hotlines: HotlineDirectory | None = None,
        signs: Taxonomy | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._hotlines = hotlines
        self._taxonomy = signs
        self._today = today

    @property
    def hotlines(self) -> HotlineDirectory:
        if self._hotlines is None:
            self._hotlines = HotlineDirectory.load()
        return self._hotlines

    def name(self) -> str:
        return "action_emergency"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        named = latest(tracker, COUNTRY)
        country = named[0] if named else tracker.get_slot(COUNTRY)
        if named:
            events.append(SlotSet(COUNTRY, country))
        dangers = latest(tracker, "danger")
        plan = emergency_lines(
            self.hotlines,
            country,
            self._today(),
            child="child_at_risk" in dangers or tracker.get_slot("audience") == "child",
            language=tracker.get_slot("language"),
        )
        if plan.numbers_key:
            dispatcher.utter_message(response=plan.numbers_key, lines=plan.text())
        elif plan.known_country:
            dispatcher.utter_message(response="msg_urgent_no_number")
        if not plan.known_country:
            dispatcher.utter_message(response="msg_ask_country")
        found = latest(tracker, "red_flag")
        tax = self._taxonomy or taxonomy()
        asked = ordered(tax, latest(tracker, "sign_asked"))
        if dangers or found:
            turn = take(
                tax,
                slot_list(tracker, RED_FLAGS),
                found,
                urgent=bool(dangers),
                risk_before=tracker.get_slot(RISK_LEVEL),
            )
            events += turn_events(turn)
            if turn.new:
                dispatcher.utter_message(response="msg_signs_found", signs=sign_name_keys(turn.new))
        elif asked:
            # the intent classifier's own `emergency` on a general question ("what number do i
            # call if the agency keeps my passport?"): the numbers, then what the signs mean
            explain_asked(dispatcher, asked)
        dispatcher.utter_message(response="msg_urgent_then")
        return events + [SlotSet(PENDING, COUNSELLOR)]


class ActionCountry(Action):
    def name(self) -> str:
        return "action_country"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        named = latest(tracker, COUNTRY)
        dispatcher.utter_message(response="msg_country_noted")
        return [SlotSet(COUNTRY, named[0])] if named else []
