"""Which routes fit a person's profile, requirement by requirement.

A profile holds what the person told (each part may be unknown). For each route, every
requirement fact is met, missing or unknown: unknown when the person did not say, or when the
fact has expired (it may have changed). Routes with nothing missing come first. Clusters follow
the Migration Partnership Facility's grouping of EU labour pathways by common requirements:
routes that need no language, routes without a quota, routes your salary reaches.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from bot.pathways.knowledge import Fact, Knowledge, Route

CEFR_ORDER = ("A1", "A2", "B1", "B2", "C1", "C2")
QUALIFICATION_ORDER = ("none", "vocational", "university")
MET, MISSING, UNKNOWN = "met", "missing", "unknown"
REQUIREMENTS = ("qualification", "language", "min_salary", "job_offer", "sectors")
PER_YEAR = {"year": 1, "month": 12}


@dataclass(frozen=True)
class Profile:
    destination: str | None = None  # ISO alpha-2, None = any
    purpose: str | None = None  # work, seasonal, study, family
    occupation: str | None = None  # one of knowledge.OCCUPATIONS
    qualification: str | None = None  # none, vocational, university
    languages: Mapping[str, str] = field(default_factory=dict)  # language code -> CEFR level
    job_offer: bool | None = None
    salary_per_year: float | None = None  # gross, in the route's currency (EUR for now)


@dataclass(frozen=True)
class Match:
    route: Route
    status: Mapping[str, str]  # requirement key -> met / missing / unknown

    def keys(self, state: str) -> tuple[str, ...]:
        return tuple(k for k in REQUIREMENTS if self.status.get(k) == state)

    @property
    def fits(self) -> bool:
        return not self.keys(MISSING)


def _level(order: tuple[str, ...], value: str | None) -> int:
    return order.index(value) if value in order else -1


def requirement(fact: Fact, profile: Profile, today: date) -> str:
    """Met, missing or unknown, for one requirement fact of a route."""
    if not fact.is_current(today):
        return UNKNOWN
    value = fact.value
    if fact.key == "qualification":
        if value.get("level") == "none":
            return MET
        if profile.qualification is None:
            return UNKNOWN
        needed = _level(QUALIFICATION_ORDER, value.get("level"))
        return MET if _level(QUALIFICATION_ORDER, profile.qualification) >= needed else MISSING
    if fact.key == "language":
        if value.get("required") is False:
            return MET
        has = profile.languages.get(str(value.get("language")))
        if has is None:
            return UNKNOWN
        return MET if _level(CEFR_ORDER, has) >= _level(CEFR_ORDER, value.get("cefr")) else MISSING
    if fact.key == "min_salary":
        if profile.salary_per_year is None or value.get("per") not in PER_YEAR:
            return UNKNOWN
        threshold = float(value["amount"]) * PER_YEAR[value["per"]]
        return MET if profile.salary_per_year >= threshold else MISSING
    if fact.key == "job_offer":
        if not value.get("required"):
            return MET
        if profile.job_offer is None:
            return UNKNOWN
        return MET if profile.job_offer else MISSING
    if fact.key == "sectors":  # the route is open only to these sectors
        if profile.occupation is None:
            return UNKNOWN
        return MET if profile.occupation in value.get("sectors", ()) else MISSING
    return UNKNOWN


def match(route: Route, profile: Profile, today: date) -> Match:
    status = {}
    for key in REQUIREMENTS:
        fact = route.fact(key)
        if fact is not None:
            status[key] = requirement(fact, profile, today)
    return Match(route, status)


def candidates(knowledge: Knowledge, profile: Profile) -> list[Route]:
    """National routes for the destination (any country if none) and the purpose."""
    routes = [r for r in knowledge.routes.values() if r.country != "eu"]
    if profile.destination:
        routes = [r for r in routes if r.country == profile.destination]
    if profile.purpose:
        wanted = {profile.purpose, "job_search"} if profile.purpose == "work" else {profile.purpose}
        routes = [r for r in routes if r.purpose in wanted]
    return routes


def best(knowledge: Knowledge, profile: Profile, today: date, limit: int = 3) -> list[Match]:
    """The routes that fit best: nothing missing first, then fewest unknowns."""
    matches = [match(r, profile, today) for r in candidates(knowledge, profile)]
    matches.sort(key=lambda m: (len(m.keys(MISSING)), len(m.keys(UNKNOWN)), m.route.id))
    return matches[:limit]


def clusters(matches: Iterable[Match], today: date) -> dict[str, list[str]]:
    """Route ids grouped as the MPF does: no language needed, no quota, salary reached."""
    out: dict[str, list[str]] = {"no_language": [], "no_quota": [], "salary_reached": []}
    for m in matches:
        language, quota = m.route.fact("language"), m.route.fact("quota")
        if language and language.is_current(today) and language.value.get("required") is False:
            out["no_language"].append(m.route.id)
        if quota and quota.is_current(today) and quota.value.get("exists") is False:
            out["no_quota"].append(m.route.id)
        if m.status.get("min_salary") == MET:
            out["salary_reached"].append(m.route.id)
    return out
