"""The answer to a message that describes warning signs, and the confirming questions.

action_check_offer: names the signs the NLU found (entities `red_flag`), explains them, gives
the risk, then asks one confirming question (only one ILO dimension shown) or offers a
counsellor. A general question's signs (entities `sign_asked`: "is it legal for an employer to
keep the passport?") are explained without being recorded as the person's, with an invitation
to tell what happened. With no sign found, it offers the job-offer questionnaire or a free
description.
action_confirm_sign: the answer to a confirming question; "yes" adds that question's sign.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    ASKED,
    CONFIRM,
    COUNSELLOR,
    OFFER_CHECK,
    PENDING,
    RED_FLAGS,
    RISK_LEVEL,
    latest,
    slot_list,
    taxonomy,
    turn_events,
)
from bot.redflags.taxonomy import Taxonomy
from bot.redflags.turn import (
    Turn,
    following,
    ordered,
    question_for,
    risk_key,
    sign_keys,
    sign_name_keys,
    take,
)

AFFIRM = "affirm"


def name_and_explain(dispatcher: CollectingDispatcher, response: str, shown: tuple[str, ...]) -> None:
    """`response` naming the signs ({signs}), then each sign's plain-words explanation."""
    dispatcher.utter_message(response=response, signs=sign_name_keys(shown))
    for key in sign_keys(shown):
        dispatcher.utter_message(response=key)


def say_signs(dispatcher: CollectingDispatcher, turn: Turn, shown: tuple[str, ...]) -> None:
    """Name the signs, explain each, then give the risk in plain words."""
    if shown:
        name_and_explain(dispatcher, "msg_signs_found", shown)
    summary = risk_key(turn.risk)
    if summary:
        dispatcher.utter_message(response=summary)


def explain_asked(dispatcher: CollectingDispatcher, shown: tuple[str, ...]) -> None:
    """Signs a general question names: what they mean, and an invitation to tell one's own case
    (`red_flags` and `risk_level` are left as they are)."""
    name_and_explain(dispatcher, "msg_signs_asked", shown)
    dispatcher.utter_message(response="msg_signs_asked_yours")


def ask_or_offer(dispatcher: CollectingDispatcher, question: tuple[str, str] | None) -> list[dict[str, Any]]:
    if question:
        dispatcher.utter_message(response=question[0])
        return [SlotSet(PENDING, CONFIRM), SlotSet(ASKED, question[0])]
    dispatcher.utter_message(response="msg_offer_counsellor")
    return [SlotSet(PENDING, COUNSELLOR), SlotSet(ASKED, None)]


class ActionCheckOffer(Action):
    def __init__(self, signs: Taxonomy | None = None) -> None:
        self._taxonomy = signs

    def name(self) -> str:
        return "action_check_offer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        tax = self._taxonomy or taxonomy()
        found = latest(tracker, "red_flag")
        asked = ordered(tax, latest(tracker, "sign_asked"))
        if not found and asked:
            explain_asked(dispatcher, asked)
            return ask_or_offer(dispatcher, None)
        if not found:
            dispatcher.utter_message(response="msg_check_offer_start")
            return [SlotSet(PENDING, OFFER_CHECK), SlotSet(ASKED, None)]
        turn = take(tax, slot_list(tracker, RED_FLAGS), found, risk_before=tracker.get_slot(RISK_LEVEL))
        say_signs(dispatcher, turn, turn.new or tuple(c for c in turn.codes if c in found))
        return turn_events(turn) + ask_or_offer(dispatcher, turn.question)


class ActionConfirmSign(Action):
    def __init__(self, signs: Taxonomy | None = None) -> None:
        self._taxonomy = signs

    def name(self) -> str:
        return "action_confirm_sign"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        tax = self._taxonomy or taxonomy()
        asked = tracker.get_slot(ASKED)
        question = question_for(asked) if isinstance(asked, str) else None
        if question is None:  # nothing left to confirm: the counsellor is the next step
            return ask_or_offer(dispatcher, None)
        if (tracker.latest_message.get("intent") or {}).get("name") == AFFIRM:
            turn = take(
                tax,
                slot_list(tracker, RED_FLAGS),
                [question[1]],
                risk_before=tracker.get_slot(RISK_LEVEL),
            )
            say_signs(dispatcher, turn, turn.new)
            return turn_events(turn) + ask_or_offer(dispatcher, None)
        return ask_or_offer(dispatcher, following(question[0]))
