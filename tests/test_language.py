from __future__ import annotations

import pytest

from bot.language import LanguageDetector, arabic_share


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector(("en", "fr", "ar"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the agency wants my passport before i travel is it normal", "en"),
        ("pls i want to work in germany how do i get visa", "en"),
        ("bjr jveux aller travailler en france svp comment faire", "fr"),
        ("le monsieur ma dit de payer 2000 euros pour le visa c normal?", "fr"),
        ("السلام عليكم بغيت نمشي نخدم فاسبانيا", "ar"),
        ("عايز اسافر ايطاليا بعقد عمل ازاي", "ar"),
        ("بغيت visa ديال العمل", "ar"),
    ],
)
def test_clear_messages(detector: LanguageDetector, text: str, lang: str) -> None:
    assert detector.detect(text) == lang


@pytest.mark.parametrize("text", ["ok", "1", "🙂🙂🙂", "", "   ", "Hi", "merci", "\x00\x01"])
def test_short_or_empty_messages_keep_the_current_language(detector: LanguageDetector, text: str) -> None:
    assert detector.detect(text) is None


def test_arabic_share() -> None:
    assert arabic_share("مرحبا") == 1.0
    assert arabic_share("hello") == 0.0
    assert arabic_share("123 !!") == 0.0


def test_a_single_supported_language_needs_no_model() -> None:
    assert LanguageDetector(("fr",)).guess("n'importe quoi ici") == ("fr", 1.0)
