"""Emergency numbers and help lines per country, from data/knowledge/hotlines/<cc>.yml.

Every line carries where it was seen (an official https page), a verbatim quote from that
page and an expiry date; expired lines are never returned. See the README in that folder
for the file format and the sourcing rule. `for_country` gives the lines of one country,
emergency numbers first; `fallback` gives what can be said when the country is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KnowledgeError
from bot.settings import PROJECT_ROOT
from bot.sourced import Provenance, names_by_language, parse_provenance, required_text

HOTLINES_DIR = PROJECT_ROOT / "data" / "knowledge" / "hotlines"
FALLBACK_FILE = "_fallback.yml"
FALLBACK = "_fallback"  # the `country` value of the fallback file
DEFAULT_LANGUAGE = "en"

# Order in which lines are offered to someone in danger; a file's order is kept within a kind.
# `emergency` is any number that sends help now (police, fire, ambulance, unified 112/911);
# `police` is a non-emergency police line.
KINDS = (
    "emergency",
    "anti_trafficking",
    "child_helpline",
    "missing_children",
    "violence_against_women",
    "migrant_support",
    "police",
)
_RANK = {kind: i for i, kind in enumerate(KINDS)}
_NUMBER = re.compile(r"^\+?\d(?:[\d -]*\d)?$")
_COUNTRY = re.compile(r"^[a-z]{2}$")
_FIELDS = {"kind", "number", "name", "hours", "free", "source", "evidence", "last_checked", "expires"}


@dataclass(frozen=True)
class Hotline:
    country: str  # ISO 3166-1 alpha-2, lower case; FALLBACK for the fallback file
    kind: str
    number: str  # as written for people: digits, spaces, + and -
    names: Mapping[str, str] = field(hash=False)  # language code -> name
    provenance: Provenance
    evidence: str
    hours: str | None = None
    free: bool | None = None

    @property
    def dial(self) -> str:
        """The number as dialled: digits and a leading +, no spaces or dashes."""
        return re.sub(r"[ -]", "", self.number)

    def name(self, language: str | None, default: str = DEFAULT_LANGUAGE) -> str:
        """The name in `language`, else in `default`, else any."""
        if language and language in self.names:
            return self.names[language]
        return self.names.get(default) or next(iter(self.names.values()))

    def is_current(self, today: date) -> bool:
        return self.provenance.is_current(today)


def parse_hotline(raw: Any, country: str, where: str, *, today: date | None = None) -> Hotline:
    """One validated line of a hotline file; raises KnowledgeError."""
    if not isinstance(raw, Mapping):
        raise KnowledgeError(f"{where}: a line must be a mapping")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise KnowledgeError(f"{where}: unknown fields {sorted(unknown)}")
    kind = raw.get("kind")
    if kind not in _RANK:
        raise KnowledgeError(f"{where}: 'kind' must be one of {KINDS}, got {kind!r}")
    number = raw.get("number")
    if not isinstance(number, str) or not _NUMBER.match(number.strip()):
        raise KnowledgeError(
            f"{where}: 'number' must be quoted text of digits, spaces, + and -, got {number!r}"
        )
    free = raw.get("free")
    if free is not None and not isinstance(free, bool):
        raise KnowledgeError(f"{where}: 'free' must be true or false, got {free!r}")
    hours = raw.get("hours")
    return Hotline(
        country=country,
        kind=kind,
        number=number.strip(),
        names=names_by_language(raw.get("name"), where, DEFAULT_LANGUAGE),
        provenance=parse_provenance(raw, where, today=today),
        evidence=required_text(raw.get("evidence"), where, "evidence"),
        hours=None if hours is None else required_text(hours, where, "hours"),
        free=free,
    )


def load_file(path: Path, *, today: date | None = None) -> tuple[str, tuple[Hotline, ...]]:
    """(country, lines) of one file; the fallback file's country is FALLBACK."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path.name}: not a mapping")
    expected = FALLBACK if path.name == FALLBACK_FILE else path.stem
    if expected != FALLBACK and not _COUNTRY.match(expected):
        raise KnowledgeError(f"{path.name}: file name must be a lower-case ISO 3166-1 alpha-2 code")
    if data.get("country") != expected:
        raise KnowledgeError(f"{path.name}: 'country' must be '{expected}'")
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list):
        raise KnowledgeError(f"{path.name}: 'lines' must be a list (use [] when none is verified)")
    lines = tuple(
        parse_hotline(raw, expected, f"{path.name}, line {i}", today=today)
        for i, raw in enumerate(raw_lines, start=1)
    )
    seen: set[tuple[str, str]] = set()
    for line in lines:
        key = (line.kind, line.dial)
        if key in seen:
            raise KnowledgeError(f"{path.name}: {line.kind} {line.number} is listed twice")
        seen.add(key)
    return expected, lines


def _ordered(lines: Iterable[Hotline], today: date) -> list[Hotline]:
    current = [line for line in lines if line.is_current(today)]
    return sorted(current, key=lambda line: _RANK[line.kind])  # stable: file order within a kind


@dataclass(frozen=True)
class HotlineDirectory:
    by_country: Mapping[str, tuple[Hotline, ...]]
    fallback_lines: tuple[Hotline, ...] = ()

    @classmethod
    def load(cls, path: Path | None = None, *, today: date | None = None) -> HotlineDirectory:
        """Every <cc>.yml and the _fallback.yml of `path` (default HOTLINES_DIR)."""
        directory = path or HOTLINES_DIR
        if not directory.is_dir():
            raise KnowledgeError(f"no hotline directory at {directory}")
        by_country: dict[str, tuple[Hotline, ...]] = {}
        fallback: tuple[Hotline, ...] = ()
        for file in sorted(directory.glob("*.yml")):
            country, lines = load_file(file, today=today)
            if country == FALLBACK:
                fallback = lines
            else:
                by_country[country] = lines
        if not (directory / FALLBACK_FILE).is_file():
            raise KnowledgeError(f"{directory}: {FALLBACK_FILE} is missing")
        return cls(by_country=by_country, fallback_lines=fallback)

    def countries(self) -> tuple[str, ...]:
        """Codes that have a file (some may have no verified line yet)."""
        return tuple(sorted(self.by_country))

    def for_country(self, country: str | None, today: date) -> list[Hotline]:
        """Current lines of a country, emergency first ([] for an unknown country)."""
        code = (country or "").strip().lower()
        return _ordered(self.by_country.get(code, ()), today)

    def fallback(self, today: date) -> list[Hotline]:
        """Current lines that hold whatever the user's country (see _fallback.yml)."""
        return _ordered(self.fallback_lines, today)

    def for_user(self, country: str | None, today: date) -> list[Hotline]:
        """The country's current lines; the fallback only if the country is unknown or has no file.

        A country with a file but no current line gets [] (the fallback's numbers may not
        hold there, e.g. 112 in Libya): say "call the local police / emergency number".
        """
        code = (country or "").strip().lower()
        if code in self.by_country:
            return self.for_country(code, today)
        return self.fallback(today)

    def all_lines(self) -> list[Hotline]:
        lines = [line for code in self.countries() for line in self.by_country[code]]
        return lines + list(self.fallback_lines)

    def expiring(self, within_days: int, today: date) -> list[Hotline]:
        """Lines (expired ones included) whose expiry is within `within_days`, soonest first."""
        limit = today + timedelta(days=within_days)
        due = [line for line in self.all_lines() if line.provenance.expires <= limit]
        return sorted(due, key=lambda line: (line.provenance.expires, line.country, line.number))


MAX_LINES = 4  # an emergency reply must fit a few SMS and be read at a glance


@dataclass(frozen=True)
class EmergencyLines:
    lines: tuple[Hotline, ...]
    known_country: bool  # the country has a file (its lines may still be none)
    language: str | None = None

    @property
    def numbers_key(self) -> str | None:
        """The text that gives these lines: the country's numbers, or the fallback's when the
        country is unknown; None when there is no line to give."""
        if not self.lines:
            return None
        return "msg_urgent_numbers" if self.known_country else "msg_hotline_fallback"

    def text(self) -> str:
        """One line per number, "name: number", in the user's language."""
        return "\n".join(f"{line.name(self.language)}: {line.number}" for line in self.lines)


def emergency_lines(
    directory: HotlineDirectory,
    country: str | None,
    today: date,
    *,
    child: bool = False,
    language: str | None = None,
    limit: int = MAX_LINES,
) -> EmergencyLines:
    """The lines to give someone in danger: emergency first, then (for a child) the child
    helpline, then the others; at most `limit`."""
    code = (country or "").strip().lower()
    lines = directory.for_user(code, today)
    if child:
        lines = sorted(lines, key=lambda line: line.kind not in ("emergency", "child_helpline"))
    return EmergencyLines(tuple(lines[:limit]), code in directory.by_country, language)


def child_lines(
    directory: HotlineDirectory, country: str | None, today: date, *, language: str | None = None
) -> EmergencyLines:
    """The child helplines of a country (116 111 where it exists); none when unknown."""
    code = (country or "").strip().lower()
    lines = [line for line in directory.for_country(code, today) if line.kind == "child_helpline"]
    return EmergencyLines(tuple(lines[:MAX_LINES]), code in directory.by_country, language)
