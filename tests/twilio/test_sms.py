"""SMS arithmetic: encodings, segment counts, splitting at sentence ends, numbered options."""

from __future__ import annotations

import pytest

from bot.channels.twilio.sms import (
    Option,
    encoding,
    fold_for_gsm,
    numbered,
    pick,
    segments,
    split_for_sms,
    units,
)


@pytest.mark.parametrize(
    ("text", "enc", "count"),
    [
        ("Hello", "gsm7", 5),
        ("Prix: 10€ [net]", "gsm7", 18),  # € [ ] cost two septets each
        ("مرحبا", "ucs2", 5),
        ("😀", "ucs2", 2),  # outside the BMP: two UTF-16 units
        ("forêt", "ucs2", 5),
    ],
)
def test_encoding_and_units(text: str, enc: str, count: int) -> None:
    assert encoding(text) == enc
    assert units(text) == count


@pytest.mark.parametrize(
    ("length", "char", "expected"),
    [
        (160, "a", 1),
        (161, "a", 2),
        (306, "a", 2),
        (307, "a", 3),
        (70, "ب", 1),
        (71, "ب", 2),
        (134, "ب", 2),
        (135, "ب", 3),
    ],
)
def test_segments_follow_the_gsm_and_ucs2_limits(length: int, char: str, expected: int) -> None:
    assert segments(char * length) == expected


def test_short_text_is_one_part() -> None:
    assert split_for_sms("Hello. How are you?") == ["Hello. How are you?"]
    assert split_for_sms("   ") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I am SafeRoute. I give free information on safe and legal migration.\n"
        "Privacy: I keep only this chat, to answer you. Send DELETE to erase it, or STOP to leave at once.",
        "مرحبا، أنا سيف روت. أقدم معلومات مجانية عن الهجرة الآمنة والقانونية. "
        "الخصوصية: أحتفظ بهذه المحادثة فقط، لأجيبك. أرسل حذف لمسحها أو خروج للمغادرة فورا.",
        "word " * 200,
        "See https://example.org/" + "a" * 300 + " now.",
    ],
)
def test_every_part_fits_one_segment_and_nothing_is_lost(text: str) -> None:
    parts = split_for_sms(text)
    assert len(parts) > 1
    assert all(segments(p) == 1 for p in parts)
    assert "".join("".join(p.split()) for p in parts) == "".join(text.split())


def test_splits_fall_on_sentence_ends_when_sentences_fit() -> None:
    text = "First sentence is here. " * 5 + "Second part follows now. " * 5
    for part in split_for_sms(text):
        assert part.endswith(".")


def test_accents_are_folded_only_when_that_makes_the_text_gsm() -> None:
    assert fold_for_gsm("Sûre, forêt, garçon « oui »") == 'Sure, foret, garcon " oui "'
    assert fold_for_gsm("é è à ù restent") == "é è à ù restent"  # already GSM-7
    assert fold_for_gsm("forêt مرحبا") == "forêt مرحبا"  # Arabic stays UCS-2: keep the accents


def test_numbered_options_and_picking_them_back() -> None:
    options = [Option("Show the menu", "/main_menu"), Option("Emergency help", "/emergency")]
    assert numbered("Choose:", options) == "Choose:\n1 Show the menu\n2 Emergency help"
    payloads = [o.payload for o in options]
    assert pick("2", payloads) == "/emergency"
    assert pick(" 1. ", payloads) == "/main_menu"
    assert pick("٢", payloads) == "/emergency"  # Arabic-Indic digit
    assert pick("3", payloads) is None
    assert pick("0", payloads) is None
    assert pick("2 please", payloads) is None
    assert pick("2", []) is None
