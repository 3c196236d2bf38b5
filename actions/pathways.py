"""Answers about legal pathways (intent ask_pathways), from bot.pathways only.

Reads the entities of bot.rasa_plugins.pathways (route, fact, purpose), the `country` entity
or slot, or a button's `pathway_id`; says the facts with their source and check date, lists
routes as buttons, and sets `matched_pathways` to the routes offered. A question that names
no route runs the profile questionnaire (bot.pathways.profile, one button answer per turn,
`profile_answer` entities) and answers with the routes that fit, requirement by requirement.
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
from bot.i18n import Catalog
from bot.pathways import profile as questionnaire
from bot.pathways.answers import answer
from bot.pathways.knowledge import Knowledge, Route, load
from bot.pathways.matching import MET, MISSING, REQUIREMENTS, UNKNOWN, Match, best, clusters
from bot.pathways.terms import Named

MATCHED, PROFILE = "matched_pathways", "pathway_profile"
CLUSTER_MESSAGES = {
    "no_language": "msg_profile_no_language",
    "no_quota": "msg_profile_no_quota",
    "salary_reached": "msg_profile_salary_reached",
}


def payload(entity: str, value: str) -> str:
    return "/ask_pathways" + json.dumps({entity: value}, ensure_ascii=False)


class ActionPathways(Action):
    def __init__(
        self,
        knowledge: Knowledge | None = None,
        catalog: Catalog | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._knowledge = knowledge
        self._catalog = catalog
        self.today = today

    @property
    def knowledge(self) -> Knowledge:
        if self._knowledge is None:
            self._knowledge = load()
        return self._knowledge

    @property
    def catalog(self) -> Catalog:
        return self._catalog or default_catalog()

    def name(self) -> str:
        return "action_pathways"

    def title(self, key: str, language: str | None) -> str:
        found = self.catalog.response(key, language)
        return found.text if found else key

    def route_name(self, route: Route, language: str | None) -> str:
        return route.name.get(language or "en") or route.name["en"]

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = tracker.get_slot("language")
        answers = questionnaire.parse(tracker.get_slot(PROFILE))
        given = latest(tracker, "profile_answer")
        if given:
            field, _, value = given[0].partition("=")
            return self.ask_or_match(dispatcher, questionnaire.answer(answers, field, value), language)
        entities = ("pathway_route", "pathway_fact", "purpose", "occupation")
        first: dict[str, str | None] = {name: next(iter(latest(tracker, name)), None) for name in entities}
        chosen = latest(tracker, "pathway_id")
        countries = latest(tracker, COUNTRY)
        country = countries[0] if countries else tracker.get_slot(COUNTRY)
        if chosen and chosen[0] in self.knowledge.routes:
            country, first["pathway_route"] = chosen[0].split("_", 1)
        named = Named(first["pathway_route"], first["pathway_fact"], first["purpose"], first["occupation"])
        result = answer(self.knowledge, named, country, language, self.today())
        if result.says[0].key == "msg_pathways_ask":  # nothing named: find what fits
            start: dict[str, str] = {}
            if country in questionnaire.DESTINATION_LANGUAGE:
                start["destination"] = country
            if named.purpose:
                start["purpose"] = named.purpose
            if named.occupation:
                start["occupation"] = named.occupation
            dispatcher.utter_message(response="msg_profile_intro")
            return self.ask_or_match(dispatcher, start, language)
        for said in result.says:
            buttons = [
                {
                    "title": self.route_name(self.knowledge.routes[r], language),
                    "payload": payload("pathway_id", r),
                }
                for r in said.routes
            ]
            dispatcher.utter_message(response=said.key, buttons=buttons or None, **said.variables)
        if result.counsellor:  # its buttons lead on; no yes/no question is pending
            dispatcher.utter_message(response="msg_offer_counsellor")
        return [SlotSet(MATCHED, list(result.offered))]

    def ask_or_match(
        self, dispatcher: CollectingDispatcher, answers: dict[str, str], language: str | None
    ) -> list[dict[str, Any]]:
        question = questionnaire.next_question(answers)
        if question is not None:
            options = [*question.options, ("msg_profile_skip", questionnaire.SKIP)]
            buttons = [
                {
                    "title": self.title(key, language),
                    "payload": payload("profile_answer", f"{question.field}={value}"),
                }
                for key, value in options
            ]
            dispatcher.utter_message(response=question.key, buttons=buttons)
            return [SlotSet(PROFILE, questionnaire.dump(answers))]
        today = self.today()
        matches = best(self.knowledge, questionnaire.profile(answers), today)
        if not matches:
            dispatcher.utter_message(response="msg_profile_none")
            dispatcher.utter_message(response="msg_offer_counsellor")
            return [SlotSet(PROFILE, None), SlotSet(MATCHED, [])]
        for match in matches:
            self.say_match(dispatcher, match, language, today)
        names = {m.route.id: self.route_name(m.route, language) for m in matches}
        for group, ids in clusters(matches, today).items():
            if ids:
                dispatcher.utter_message(response=CLUSTER_MESSAGES[group], routes=[names[i] for i in ids])
        buttons = [
            {"title": names[m.route.id], "payload": payload("pathway_id", m.route.id)} for m in matches
        ]
        buttons.append(
            {"title": self.title("msg_profile_counsellor", language), "payload": "/talk_to_counsellor"}
        )
        dispatcher.utter_message(response="msg_profile_next", buttons=buttons)
        return [SlotSet(PROFILE, None), SlotSet(MATCHED, [m.route.id for m in matches])]

    def say_match(
        self, dispatcher: CollectingDispatcher, match: Match, language: str | None, today: date
    ) -> None:
        requirement_facts = [f for k in REQUIREMENTS if (f := match.route.fact(k)) is not None]
        shown = next((f for f in [*requirement_facts, *match.route.facts] if f.is_current(today)), None)
        if shown is None:  # every fact expired: say nothing as current
            return
        dispatcher.utter_message(
            response="msg_profile_match",
            route=self.route_name(match.route, language),
            met=[f"msg_req_{k}" for k in match.keys(MET)],
            missing=[f"msg_req_{k}" for k in match.keys(MISSING)],
            unknown=[f"msg_req_{k}" for k in match.keys(UNKNOWN)],
            source=shown.provenance.source,
            date=shown.provenance.last_checked.isoformat(),
        )
