"""Answers to questions about legal pathways, from the sourced facts only.

Every fact said comes with its official source and the date it was last checked. A fact past
its expiry date is never stated as current: the answer says the information may have changed,
gives the source and offers a counsellor. What the knowledge base does not hold is said
plainly ("I do not have checked information on this"), never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.pathways.knowledge import Fact, Knowledge, Route
from bot.pathways.terms import Named

MAX_LISTED = 5
OVERVIEW_FACTS = ("min_salary", "language", "qualification", "job_offer", "quota", "max_stay", "duration")
OVERVIEW_COUNT = 2


@dataclass(frozen=True)
class Say:
    key: str
    variables: dict[str, Any] = field(default_factory=dict)
    routes: tuple[str, ...] = ()  # route ids to offer as buttons


@dataclass(frozen=True)
class Answer:
    says: tuple[Say, ...]
    offered: tuple[str, ...] = ()  # the `matched_pathways` slot
    counsellor: bool = False  # end with the counsellor offer


def resolve(knowledge: Knowledge, named: Named, country: str | None) -> list[Route]:
    """The routes a question is about, national before EU-wide."""
    routes = list(knowledge.routes.values())
    if named.route:
        routes = [r for r in routes if r.id.endswith(f"_{named.route}")]
        if country:
            routes = [r for r in routes if r.country == country] or [r for r in routes if r.country == "eu"]
    elif country:
        routes = [r for r in routes if r.country == country]
    elif named.fact or named.purpose:
        routes = [r for r in routes if r.country == "eu"]
    else:
        return []
    if named.fact and not named.route:  # the fact asked about is the most specific clue
        routes = [r for r in routes if _fact(knowledge, r, named.fact)] or routes
    if named.purpose and not named.route and len(routes) > 1:
        routes = [r for r in routes if r.purpose == named.purpose] or routes
    return sorted(routes, key=lambda r: (r.country == "eu", r.id))


def _fact(knowledge: Knowledge, route: Route, key: str) -> tuple[Route, Fact] | None:
    """The route's fact, or the EU rule's when the national record does not hold it."""
    fact = route.fact(key)
    if fact is not None:
        return route, fact
    base = knowledge.routes.get(route.based_on or "")
    if base is not None and base.fact(key) is not None:
        return base, base.fact(key)  # type: ignore[return-value]
    return None


def say_fact(route: Route, owner: Route, fact: Fact, language: str | None, today: date) -> Say:
    common = {
        "route": route.name.get(language or "en") or route.name["en"],
        "source": fact.provenance.source,
        "date": fact.provenance.last_checked.isoformat(),
    }
    if not fact.is_current(today):
        return Say("msg_pathway_expired", common)
    key = "msg_pathway_fact" if owner is route else "msg_pathway_fact_eu"
    return Say(key, {**common, "fact": fact.say(language)})


def answer(
    knowledge: Knowledge, named: Named, country: str | None, language: str | None, today: date
) -> Answer:
    routes = resolve(knowledge, named, country)
    if not routes:
        return Answer((Say("msg_pathways_ask"),))
    if len(routes) > 1 and not (named.route and named.fact):
        listed = tuple(r.id for r in routes[:MAX_LISTED])
        return Answer((Say("msg_pathways_list", routes=listed),), offered=listed)
    route = routes[0]
    name = route.name.get(language or "en") or route.name["en"]
    if named.fact:
        found = _fact(knowledge, route, named.fact)
        if found is None:
            return Answer((Say("msg_pathway_no_fact", {"route": name}),), (route.id,), counsellor=True)
        said = say_fact(route, found[0], found[1], language, today)
        return Answer((said,), (route.id,), counsellor=said.key == "msg_pathway_expired")
    says = [Say("msg_pathway_route", {"route": name, "summary": route.summary.get(language or "en")})]
    shown = [f for key in OVERVIEW_FACTS if (f := route.fact(key)) is not None][:OVERVIEW_COUNT]
    says += [say_fact(route, route, fact, language, today) for fact in shown]
    expired = any(s.key == "msg_pathway_expired" for s in says)
    return Answer(tuple(says), (route.id,), counsellor=expired)
