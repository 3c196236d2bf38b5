"""Finds warning signs in what people write, in every language that has a pattern file.

Every language's patterns run on every message: people mix languages, and a wrongly
detected language must not hide a sign. A match preceded (within the language's window) by
one of its negation cues does not count: "they did not take my passport". A negation stops
at the end of its clause: in "no contract. they took my passport" or "il me paie pas, il me
frappe" the cue stands in an earlier clause and does not cancel the sign.

A general or hypothetical question about a practice ("is it legal for an employer to keep the
passport?") that does not speak of the writer's own case names signs that are not the
person's: they come back as `asked`, to be explained, not recorded (`general_question`).

Danger now also shows an ILO indicator: someone locked in now is restricted in movement, and
violence now is physical violence, so those codes are added with the danger (IMPLIED).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from bot.keywords import normalize
from bot.redflags.patterns import LanguagePatterns, load_all
from bot.redflags.risk import assess, missing_dimension
from bot.redflags.taxonomy import Taxonomy

# ends a clause for negation: sentence ends, commas, semicolons, colons, line breaks (Latin and Arabic)
# the indicator a kind of danger now always shows (threat_to_life also covers "I want to die")
IMPLIED = {"locked_in_now": "restriction_of_movement", "violence_now": "physical_sexual_violence"}
_CLAUSE_END = re.compile(r"[.!?;:,\n\r\u060c\u061b\u061f\u06d4]+")


@dataclass(frozen=True)
class Detection:
    codes: frozenset[str] = field(default_factory=frozenset)
    urgent: frozenset[str] = field(default_factory=frozenset)  # kinds of danger now
    asked: frozenset[str] = field(default_factory=frozenset)  # signs a general question names

    @property
    def is_urgent(self) -> bool:
        return bool(self.urgent)


@dataclass(frozen=True)
class Normalized:
    """The normalised message and where each of its clauses starts in it."""

    text: str
    clause_starts: tuple[int, ...] = (0,)

    def clause_start(self, position: int) -> int:
        return self.clause_starts[bisect_right(self.clause_starts, position) - 1]


def normalize_clauses(text: str) -> Normalized:
    """`normalize(text)`, remembering the clause boundaries that normalising erases."""
    parts = [p for p in (normalize(s) for s in _CLAUSE_END.split(text)) if p]
    starts: list[int] = []
    offset = 0
    for part in parts:
        starts.append(offset)
        offset += len(part) + 1
    return Normalized(" ".join(parts), tuple(starts) or (0,))


def _negated(norm: Normalized, start: int, cues: tuple[str, ...], window: int) -> bool:
    clause = norm.text[norm.clause_start(start) : start]
    before = clause.split()[-window:] if window > 0 else []
    if not before:
        return False
    padded = f" {' '.join(before)} "
    return any(f" {cue} " in padded for cue in cues)


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[a-z]")
_ESCAPES = re.compile(r"\\[A-Za-z]")


def needs_script(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The script a pattern cannot match without: Arabic for a pattern written only in Arabic
    letters, Latin for one written only in Latin letters; None when it mixes both or neither."""
    source = _ESCAPES.sub("", pattern.pattern)  # \b \s \w are not Latin letters
    arabic, latin = bool(_ARABIC.search(source)), bool(_LATIN.search(source))
    if arabic and not latin:
        return _ARABIC
    if latin and not arabic:
        return _LATIN
    return None


Planned = tuple[tuple[re.Pattern[str], str | None], ...]  # (pattern, the script it needs)


def plan(patterns: tuple[re.Pattern[str], ...]) -> Planned:
    return tuple((p, script.pattern if (script := needs_script(p)) else None) for p in patterns)


def _fires(
    norm: Normalized, planned: Planned, cues: tuple[str, ...], window: int, scripts: frozenset[str]
) -> bool:
    for pattern, script in planned:
        if script is not None and script not in scripts:
            continue  # e.g. an Arabic-only pattern on a message without Arabic letters
        for match in pattern.finditer(norm.text):
            if not _negated(norm, match.start(), cues, window):
                return True
    return False


def scripts_in(text: str) -> frozenset[str]:
    """Which of the scripts patterns may need the text has (keys: the script regexes' sources)."""
    return frozenset(s.pattern for s in (_ARABIC, _LATIN) if s.search(text))


class RedFlagEngine:
    def __init__(self, taxonomy: Taxonomy, languages: dict[str, LanguagePatterns]) -> None:
        self.taxonomy = taxonomy
        self.languages = languages
        # per language, per code: the patterns with the script each needs, worked out once
        self.plans = {
            name: (
                {code: plan(pats) for code, pats in lang.codes.items()},
                {kind: plan(pats) for kind, pats in lang.urgent.items()},
            )
            for name, lang in languages.items()
        }
        self.minor_plan = tuple(p for lang in languages.values() for p in plan(lang.minors))
        self.asking_plan = tuple(p for lang in languages.values() for p in plan(lang.asking))
        self.own_case_plan = tuple(p for lang in languages.values() for p in plan(lang.own_case))

    @classmethod
    def load(cls) -> RedFlagEngine:
        taxonomy = Taxonomy.load()
        return cls(taxonomy, load_all(taxonomy.codes()))

    def detect(self, text: str) -> Detection:
        norm = normalize_clauses(text)
        if not norm.text:
            return Detection()
        codes: set[str] = set()
        urgent: set[str] = set()
        scripts = scripts_in(norm.text)
        for name, lang in self.languages.items():
            code_plans, urgent_plans = self.plans[name]
            cues, window = lang.negation_cues, lang.window
            codes.update(c for c, p in code_plans.items() if _fires(norm, p, cues, window, scripts))
            urgent.update(k for k, p in urgent_plans.items() if _fires(norm, p, cues, window, scripts))
        codes.update(IMPLIED[k] for k in urgent if k in IMPLIED)
        if codes and not urgent and self._general(norm, scripts):
            return Detection(asked=frozenset(codes))
        return Detection(frozenset(codes), frozenset(urgent))

    def mentions_minor(self, text: str) -> bool:
        """Whether the message names a child or someone under 18, in any language's `minors`
        (no negation: "she is not a child anymore" is rare, and a child helpline too many is
        the cheap error)."""
        norm = normalize_clauses(text)
        return _fires(norm, self.minor_plan, (), 0, scripts_in(norm.text))

    def general_question(self, text: str) -> bool:
        """Whether the message asks about a practice in general or as a hypothesis ("is it legal
        for an employer to keep the passport?", "si un patron garde le passeport c'est illégal ?")
        without speaking of the writer's or a known person's own case ("my", "on m'a pris",
        "جوازي"): its signs are then explained, not recorded as the person's. Any language's
        question counts, and any language's own case vetoes it (no negation either way)."""
        norm = normalize_clauses(text)
        return self._general(norm, scripts_in(norm.text))

    def own_case(self, text: str) -> bool:
        """Whether the message speaks of the writer's or a known person's own case, in any
        language's `own_case` ("my", "we", "on m'a", "جوازي", "the agency took")."""
        norm = normalize_clauses(text)
        return self._own_case(norm, scripts_in(norm.text))

    def _own_case(self, norm: Normalized, scripts: frozenset[str]) -> bool:
        return _fires(norm, self.own_case_plan, (), 0, scripts)

    def _general(self, norm: Normalized, scripts: frozenset[str]) -> bool:
        return _fires(norm, self.asking_plan, (), 0, scripts) and not self._own_case(norm, scripts)

    def risk(self, codes: set[str] | frozenset[str], urgent: bool = False) -> str:
        return assess(self.taxonomy, codes, urgent)

    def ask_about(self, codes: set[str] | frozenset[str]) -> str | None:
        return missing_dimension(self.taxonomy, codes)
