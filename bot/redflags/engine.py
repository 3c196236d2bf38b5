"""Finds warning signs in what people write, in every language that has a pattern file.

Every language's patterns run on every message: people mix languages, and a wrongly
detected language must not hide a sign. A match preceded (within the language's window) by
one of its negation cues does not count: "they did not take my passport". A negation stops
at the end of its clause: in "no contract. they took my passport" or "il me paie pas, il me
frappe" the cue stands in an earlier clause and does not cancel the sign.
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
_CLAUSE_END = re.compile(r"[.!?;:,\n\r\u060c\u061b\u061f\u06d4]+")


@dataclass(frozen=True)
class Detection:
    codes: frozenset[str] = field(default_factory=frozenset)
    urgent: frozenset[str] = field(default_factory=frozenset)  # kinds of danger now

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


def _fires(norm: Normalized, patterns: tuple[re.Pattern[str], ...], lang: LanguagePatterns) -> bool:
    for pattern in patterns:
        for match in pattern.finditer(norm.text):
            if not _negated(norm, match.start(), lang.negation_cues, lang.window):
                return True
    return False


class RedFlagEngine:
    def __init__(self, taxonomy: Taxonomy, languages: dict[str, LanguagePatterns]) -> None:
        self.taxonomy = taxonomy
        self.languages = languages

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
        for lang in self.languages.values():
            codes.update(c for c, pats in lang.codes.items() if _fires(norm, pats, lang))
            urgent.update(k for k, pats in lang.urgent.items() if _fires(norm, pats, lang))
        return Detection(frozenset(codes), frozenset(urgent))

    def risk(self, codes: set[str] | frozenset[str], urgent: bool = False) -> str:
        return assess(self.taxonomy, codes, urgent)

    def ask_about(self, codes: set[str] | frozenset[str]) -> str | None:
        return missing_dimension(self.taxonomy, codes)
