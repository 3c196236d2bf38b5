from __future__ import annotations

import pytest

from bot.keywords import KeywordMatcher, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  STOP!!! ", "stop"),
        ("Français", "francais"),
        ("إنهاء", "انهاء"),
        ("مكتبة", "مكتبه"),
        ("عـــربي", "عربي"),
        ("stop\x00\x07", "stop"),
        ("🙂🙂", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("STOP", "quick_exit"),
        ("stop!!", "quick_exit"),
        (" Exit ", "quick_exit"),
        ("EXIT EXIT", "quick_exit"),
        ("quitter", "quick_exit"),
        ("خروج", "quick_exit"),
        ("DELETE", "delete_my_data"),
        ("supprimer", "delete_my_data"),
        ("menu", "main_menu"),
    ],
)
def test_one_word_commands(matcher: KeywordMatcher, text: str, intent: str) -> None:
    assert matcher.command(text) == intent


@pytest.mark.parametrize(
    "text",
    ["stop the agency from taking my passport", "", "   ", "I want to exit Libya safely", "123"],
)
def test_sentences_are_not_commands(matcher: KeywordMatcher, text: str) -> None:
    assert matcher.command(text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Français", "fr"), ("francais", "fr"), ("عربي", "ar"), ("ENGLISH", "en"), ("بالعربية", "ar")],
)
def test_a_bare_language_name(matcher: KeywordMatcher, text: str, lang: str) -> None:
    assert matcher.only_language_name(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("can you speak french please", "fr"),
        ("en français stp", "fr"),
        ("reply in arabic pls", "ar"),
        ("كلمني بالفرنسية", "fr"),
        ("parle anglais stp", "en"),
    ],
)
def test_the_language_a_request_names(matcher: KeywordMatcher, text: str, lang: str) -> None:
    assert matcher.named_language(text) == lang


def test_two_named_languages_are_ambiguous(matcher: KeywordMatcher) -> None:
    assert matcher.named_language("french or english?") is None
