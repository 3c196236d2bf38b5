"""The routes of data/knowledge/pathways/<id>.yml, every fact sourced, quoted and dated.

See that folder's README for the format. `load` refuses a file that breaks it (a fact without
an official https source, a verbatim quote, `last_checked` and `expires` at most six months
apart, a value of the wrong shape, a text missing a language or too long for an SMS).
`Fact.is_current(today)` is false from the expiry date on: such a fact is never stated as
current (see bot.pathways.answers).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KnowledgeError
from bot.settings import PROJECT_ROOT
from bot.sourced import Provenance, parse_provenance

PATHWAYS_DIR = PROJECT_ROOT / "data" / "knowledge" / "pathways"
LANGUAGES = ("en", "fr", "ar")
MAX_TEXT = 160
PURPOSES = ("work", "seasonal", "study", "family", "job_search", "intra_corporate")
# the work a person does (pathway_terms.yml `occupations`, the profile's occupation question,
# a route's `sectors` fact)
OCCUPATIONS = (
    "agriculture",
    "tourism",
    "health",
    "it",
    "construction",
    "transport",
    "domestic",
    "education",
    "manufacturing",
    "other",
)
_ID = re.compile(r"^(eu|[a-z]{2})_[a-z0-9_]+$")
_CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
_FACT_FIELDS = {"key", "value", "text", "source", "evidence", "last_checked", "expires"}
_ROUTE_FIELDS = {"id", "country", "purpose", "based_on", "name", "summary", "facts"}


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _money(v: Mapping[str, Any]) -> bool:
    return (_is_int(v.get("amount")) or isinstance(v.get("amount"), float)) and isinstance(
        v.get("currency"), str
    )


def _salary(v: Mapping[str, Any]) -> bool:
    return _money(v) and v.get("per") in ("year", "month", "hour") and _is_int(v.get("year"))


def _months(v: Mapping[str, Any]) -> bool:
    return v.get("months") is None or _is_int(v.get("months"))


# what each fact's `value` must look like
VALUE_CHECKS: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "qualification": lambda v: (
        v.get("level") in ("none", "vocational", "university")
        and isinstance(v.get("recognition", False), bool)
    ),
    "language": lambda v: (
        v.get("required") is False or (isinstance(v.get("language"), str) and v.get("cefr") in _CEFR)
    ),
    "min_salary": _salary,
    "min_salary_reduced": lambda v: _salary(v) and isinstance(v.get("for"), str),
    "job_offer": lambda v: isinstance(v.get("required"), bool),
    "quota": lambda v: isinstance(v.get("exists"), bool),
    "duration": _months,
    "max_stay": lambda v: _is_int(v.get("months")) and _is_int(v.get("within_months", 12)),
    "family": lambda v: isinstance(v.get("allowed"), bool),
    "work_rights": lambda v: v.get("hours_per_week") is None or _is_int(v.get("hours_per_week")),
    "stay_after": lambda v: _is_int(v.get("months")),
    "cost": _money,
    "sectors": lambda v: (
        isinstance(v.get("sectors"), list) and bool(v["sectors"]) and set(v["sectors"]) <= set(OCCUPATIONS)
    ),
    "where_to_apply": lambda v: True,
    "documents": lambda v: True,
}


@dataclass(frozen=True)
class Fact:
    key: str
    value: Mapping[str, Any]
    text: Mapping[str, str]
    provenance: Provenance
    evidence: str

    def is_current(self, today: date) -> bool:
        return self.provenance.is_current(today)

    def say(self, language: str | None) -> str:
        return self.text.get(language or "en") or self.text["en"]


@dataclass(frozen=True)
class Route:
    id: str
    country: str
    purpose: str
    name: Mapping[str, str]
    summary: Mapping[str, str]
    facts: tuple[Fact, ...]
    based_on: str | None = None

    def fact(self, key: str) -> Fact | None:
        return next((f for f in self.facts if f.key == key), None)


@dataclass(frozen=True)
class Knowledge:
    routes: Mapping[str, Route] = field(default_factory=dict)

    def countries(self) -> set[str]:
        return {r.country for r in self.routes.values()}

    def facts(self) -> list[tuple[Route, Fact]]:
        return [(r, f) for r in self.routes.values() for f in r.facts]


def _texts(raw: Any, where: str, limit: int = MAX_TEXT) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise KnowledgeError(f"{where}: must map {LANGUAGES} to texts")
    out = {}
    for lang in LANGUAGES:
        text = raw.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise KnowledgeError(f"{where}: the '{lang}' text is missing")
        if len(text.strip()) > limit:
            raise KnowledgeError(f"{where}: the '{lang}' text is over {limit} characters")
        out[lang] = text.strip()
    return out


def parse_fact(raw: Any, where: str, *, today: date | None = None) -> Fact:
    if not isinstance(raw, Mapping):
        raise KnowledgeError(f"{where}: a fact must be a mapping")
    unknown = set(raw) - _FACT_FIELDS
    if unknown:
        raise KnowledgeError(f"{where}: unknown fields {sorted(unknown)}")
    key = raw.get("key")
    if key not in VALUE_CHECKS:
        raise KnowledgeError(f"{where}: 'key' must be one of {sorted(VALUE_CHECKS)}, got {key!r}")
    where = f"{where} ({key})"
    value = raw.get("value") or {}
    if not isinstance(value, Mapping) or not VALUE_CHECKS[key](value):
        raise KnowledgeError(f"{where}: 'value' has the wrong shape for {key}: {value!r}")
    evidence = raw.get("evidence")
    if not isinstance(evidence, str) or len(evidence.strip()) < 8:
        raise KnowledgeError(f"{where}: 'evidence' must quote the source")
    provenance = parse_provenance(raw, where, today=today)
    return Fact(key, dict(value), _texts(raw.get("text"), f"{where}.text"), provenance, evidence.strip())


def parse_route(data: Any, name: str, *, today: date | None = None) -> Route:
    if not isinstance(data, Mapping):
        raise KnowledgeError(f"{name}: not a mapping")
    unknown = set(data) - _ROUTE_FIELDS
    if unknown:
        raise KnowledgeError(f"{name}: unknown fields {sorted(unknown)}")
    route_id = data.get("id")
    if not isinstance(route_id, str) or not _ID.match(route_id) or route_id != Path(name).stem:
        raise KnowledgeError(f"{name}: 'id' must be the file name without .yml, as <country>_<route>")
    country = data.get("country")
    if country != route_id.split("_", 1)[0]:
        raise KnowledgeError(f"{name}: 'country' must be '{route_id.split('_', 1)[0]}'")
    purpose = data.get("purpose")
    if purpose not in PURPOSES:
        raise KnowledgeError(f"{name}: 'purpose' must be one of {PURPOSES}")
    facts_raw = data.get("facts")
    if not isinstance(facts_raw, list) or not facts_raw:
        raise KnowledgeError(f"{name}: 'facts' must be a non-empty list")
    facts = tuple(parse_fact(f, f"{name}, fact {i}", today=today) for i, f in enumerate(facts_raw, 1))
    based_on = data.get("based_on")
    return Route(
        id=route_id,
        country=str(country),
        purpose=str(purpose),
        name=_texts(data.get("name"), f"{name}.name", 80),
        summary=_texts(data.get("summary"), f"{name}.summary"),
        facts=facts,
        based_on=str(based_on) if based_on else None,
    )


def load(directory: Path = PATHWAYS_DIR, *, today: date | None = None) -> Knowledge:
    routes: dict[str, Route] = {}
    for path in sorted(directory.glob("*.yml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise KnowledgeError(f"cannot read {path}: {exc}") from exc
        route = parse_route(data, path.name, today=today)
        routes[route.id] = route
    for route in routes.values():
        if route.based_on and route.based_on not in routes:
            raise KnowledgeError(f"{route.id}: based_on '{route.based_on}' is not a route here")
    return Knowledge(routes)
