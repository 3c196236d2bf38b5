"""Finds warning signs in what people write, in every language that has a pattern file.

Every language's patterns run on every message: people mix languages, and a wrongly
detected language must not hide a sign. A match preceded (within the language's window) by
one of its negation cues does not count: "they did not take my passport".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.keywords import normalize
from bot.redflags.patterns import LanguagePatterns, load_all
from bot.redflags.risk import assess, missing_dimension
from bot.redflags.taxonomy import Taxonomy


@dataclass(frozen=True)
class Detection:
    codes: frozenset[str] = field(default_factory=frozenset)
    urgent: frozenset[str] = field(default_factory=frozenset)  # kinds of danger now

    @property
    def is_urgent(self) -> bool:
        return bool(self.urgent)


def _negated(text: str, start: int, cues: tuple[str, ...], window: int) -> bool:
    before = text[:start].split()[-window:] if window > 0 else []
    if not before:
        return False
    padded = f" {' '.join(before)} "
    return any(f" {cue} " in padded for cue in cues)


def _fires(text: str, patterns: tuple[re.Pattern[str], ...], lang: LanguagePatterns) -> bool:
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not _negated(text, match.start(), lang.negation_cues, lang.window):
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
        norm = normalize(text)
        if not norm:
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
