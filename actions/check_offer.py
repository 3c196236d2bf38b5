"""The verdict of the "check a job offer" questionnaire (check_offer_form).

The form asks the six questions of bot.redflags.offer (responses utter_ask_offer_*); this
action scores the answers, adds the signs to `red_flags`, and says why, what to ask the
recruiter and how to check a licence. The answers are cleared so the check can be run again.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import COUNSELLOR, PENDING, RED_FLAGS, RISK_LEVEL, slot_list, taxonomy, turn_events
from bot.redflags.offer import SLOTS, YES, score
from bot.redflags.taxonomy import Taxonomy
from bot.redflags.turn import sign_keys, sign_name_keys, take


class ActionOfferVerdict(Action):
    def __init__(self, signs: Taxonomy | None = None) -> None:
        self._taxonomy = signs

    def name(self) -> str:
        return "action_offer_verdict"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        answers = {slot: tracker.get_slot(slot) for slot in SLOTS}
        verdict = score(answers)
        turn = take(
            self._taxonomy or taxonomy(),
            slot_list(tracker, RED_FLAGS),
            verdict.codes,
            risk_before=tracker.get_slot(RISK_LEVEL),
        )
        if verdict.codes:
            dispatcher.utter_message(
                response="msg_offer_verdict_warn",
                count=len(verdict.codes),
                signs=sign_name_keys(verdict.codes),
            )
            for key in sign_keys(verdict.codes):
                dispatcher.utter_message(response=key)
        else:
            dispatcher.utter_message(response="msg_offer_verdict_ok")
        if verdict.unknown:
            dispatcher.utter_message(
                response="msg_offer_unknowns", question_lines=list(verdict.questions_to_ask)
            )
        if verdict.codes or verdict.unknown:
            dispatcher.utter_message(response="msg_offer_ask_recruiter")
        if answers.get("offer_licence") != YES:
            dispatcher.utter_message(response="msg_offer_verify_licence")
        dispatcher.utter_message(response="msg_offer_counsellor")
        cleared = [SlotSet(slot, None) for slot in SLOTS]
        return turn_events(turn) + cleared + [SlotSet(PENDING, COUNSELLOR)]
