"""The children's awareness flow: entry (class code or age), stories, quiz, closing.

action_child_start: a class code ("SCHOOL 4821") or an age under 18 puts the conversation in
child mode (`audience` = child: the texts' child variants from then on) and shows the menu.
action_child_activity: one step of bot.awareness.flow for the child's choice (a button, or a
number on SMS). Every story and the quiz end with "talk to an adult you trust" and the child
helpline of the class's country. Only anonymous counts per class code are stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import COUNTRY, default_catalog, latest
from bot.awareness.content import Activities
from bot.awareness.flow import MENU, Outcome, Say, step
from bot.awareness.results import AwarenessResults
from bot.hotlines import HotlineDirectory, child_lines
from bot.i18n import Catalog
from bot.settings import get_settings
from bot.store.migrate import ready_sessions

AUDIENCE, ACTIVITY, SESSION = "audience", "child_activity", "child_session"
CHILD, ADULT = "child", "adult"
ADULT_AGE = 18


def payload(choice: str) -> str:
    return "/child_activity" + json.dumps({"choice": choice}, ensure_ascii=False)


class AwarenessParts:
    """What the awareness actions share, built on first use (no import-time side effects)."""

    def __init__(
        self,
        catalog: Catalog | None = None,
        activities: Activities | None = None,
        results: AwarenessResults | None = None,
        hotlines: HotlineDirectory | None = None,
    ) -> None:
        self._catalog, self._activities, self._results, self._hotlines = (
            catalog,
            activities,
            results,
            hotlines,
        )

    @property
    def catalog(self) -> Catalog:
        return self._catalog or default_catalog()

    @property
    def activities(self) -> Activities:
        if self._activities is None:
            self._activities = Activities.load()
        return self._activities

    @property
    def results(self) -> AwarenessResults:
        if self._results is None:
            self._results = AwarenessResults(ready_sessions(get_settings().db_url))
        return self._results

    @property
    def hotlines(self) -> HotlineDirectory:
        if self._hotlines is None:
            self._hotlines = HotlineDirectory.load()
        return self._hotlines

    def buttons(self, pairs: tuple[tuple[str, str], ...], language: str | None) -> list[dict[str, str]]:
        out = []
        for title_key, choice in pairs:
            title = self.catalog.response(title_key, language)
            out.append({"title": title.text if title else title_key, "payload": payload(choice)})
        return out

    def say(self, dispatcher: CollectingDispatcher, said: Say, language: str | None) -> None:
        buttons = self.buttons(said.buttons, language) if said.buttons else None
        dispatcher.utter_message(response=said.key, buttons=buttons, **said.variables)

    def closing(
        self, dispatcher: CollectingDispatcher, country: str | None, language: str | None, today: date
    ) -> None:
        """Every path ends here: a trusted adult, the child helpline, what next."""
        dispatcher.utter_message(response="msg_child_trusted_adult")
        lines = child_lines(self.hotlines, country, today, language=language)
        if lines.lines:
            dispatcher.utter_message(response="msg_child_helpline", lines=lines.text())
        else:
            dispatcher.utter_message(response="msg_child_no_helpline")
        self.say(dispatcher, Say("msg_child_next", buttons=MENU), language)


class ActionChildStart(Action):
    def __init__(self, parts: AwarenessParts | None = None) -> None:
        self.parts = parts or AwarenessParts()

    def name(self) -> str:
        return "action_child_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = tracker.get_slot("language")
        events: list[dict[str, Any]] = []
        codes = latest(tracker, "session_code")
        ages = latest(tracker, "age")
        if codes:
            code = codes[0]
            self.parts.results.count(code, [("started", "")])
            dispatcher.utter_message(response="msg_child_session_started", code=code)
            events.append(SlotSet(SESSION, code))
            country = self.parts.results.country(code)
            if country:
                events.append(SlotSet(COUNTRY, country))
        elif ages and int(ages[0]) >= ADULT_AGE:
            dispatcher.utter_message(response="msg_child_not_child")
            return [SlotSet(AUDIENCE, ADULT)]
        elif not ages:
            dispatcher.utter_message(response="utter_anything_else")
            return []
        self.parts.say(dispatcher, Say("msg_child_welcome", buttons=MENU), language)
        return [*events, SlotSet(AUDIENCE, CHILD), SlotSet(ACTIVITY, None)]


class ActionChildActivity(Action):
    def __init__(self, parts: AwarenessParts | None = None, today: Callable[[], date] = date.today) -> None:
        self.parts = parts or AwarenessParts()
        self.today = today

    def name(self) -> str:
        return "action_child_activity"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = tracker.get_slot("language")
        choices = latest(tracker, "choice")
        outcome: Outcome = step(
            self.parts.activities, tracker.get_slot(ACTIVITY), choices[0] if choices else None
        )
        for said in outcome.says:
            self.parts.say(dispatcher, said, language)
        if outcome.closing:
            self.parts.closing(dispatcher, tracker.get_slot(COUNTRY), language, self.today())
        code = tracker.get_slot(SESSION)
        if code and outcome.counts:
            self.parts.results.count(str(code), outcome.counts)
        return [SlotSet(ACTIVITY, outcome.state)]
