"""Offline language identification for short, misspelled SMS/WhatsApp messages.

Arabic is told apart by its script. Latin-script messages go to a character n-gram model
(lingua) restricted to the supported languages (see bench/langid.py for the comparison that chose
it). Short or low-confidence messages are not decided: the conversation keeps its language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# share of letters in Arabic script above which a message is Arabic
ARABIC_SHARE = 0.5
# a Latin-script message needs this many letters and this confidence to switch language
MIN_LETTERS = 6
MIN_CONFIDENCE = 0.70


def _is_arabic_letter(ch: str) -> bool:
    code = ord(ch)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def letters(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch).startswith("L")]


def arabic_share(text: str) -> float:
    found = letters(text)
    if not found:
        return 0.0
    return sum(_is_arabic_letter(ch) for ch in found) / len(found)


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [getattr(IsoCode639_1, code.upper()) for code in languages]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).with_preloaded_language_models().build()


class LanguageDetector:
    """Decides the language of one message, or abstains."""

    def __init__(self, supported: Iterable[str] = ("en", "fr", "ar")) -> None:
        self.supported = tuple(sorted(set(supported)))

    def guess(self, text: str) -> tuple[str | None, float]:
        """Best guess and its confidence, without abstaining (for measurement)."""
        found = letters(text)
        if not found:
            return None, 0.0
        if "ar" in self.supported and arabic_share(text) >= ARABIC_SHARE:
            return "ar", 1.0
        if len(self.supported) == 1:
            return self.supported[0], 1.0
        values = _identifier(self.supported).compute_language_confidence_values(text)
        if not values:
            return None, 0.0
        best = values[0]
        return best.language.iso_code_639_1.name.lower(), float(best.value)

    def detect(self, text: str) -> str | None:
        """The message's language when it is clear enough to switch to, else None."""
        lang, confidence = self.guess(text)
        if lang == "ar" and confidence >= 1.0 and len(letters(text)) >= 3:
            return lang
        if lang is None or len(letters(text)) < MIN_LETTERS or confidence < MIN_CONFIDENCE:
            return None
        return lang
