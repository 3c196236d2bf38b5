from __future__ import annotations

import pytest

from bot.channels.inbound import MAX_MESSAGE_CHARS, InboundError, clean_text, parse_rest_body, token_ok


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  hello  ", "hello"),
        ("stop\x00\x07\x1b[31m", "stop[31m"),
        ("\u202eevil\u200f", "evil"),
        ("line1\nline2\tx", "line1\nline2\tx"),
        ("مرحبا", "مرحبا"),
        ("🙂", "🙂"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == (clean, False)


def test_long_texts_are_cut() -> None:
    text, truncated = clean_text("a" * 10_000)
    assert truncated and len(text) == MAX_MESSAGE_CHARS


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        "hi",
        {"message": "hi"},
        {"sender": "", "message": "hi"},
        {"sender": 5, "message": "hi"},
        {"sender": "x" * 200, "message": "hi"},
        {"sender": "a", "message": 3},
        {"sender": "a"},
        {"sender": "a", "message": "hi", "metadata": "x"},
    ],
)
def test_malformed_bodies_are_refused(body) -> None:
    with pytest.raises(InboundError):
        parse_rest_body(body)


def test_a_good_body() -> None:
    inbound = parse_rest_body({"sender": " u1 ", "message": " hi\x00 ", "metadata": {"k": 1}})
    assert (inbound.sender, inbound.text, inbound.metadata) == ("u1", "hi", {"k": 1})


@pytest.mark.parametrize(
    ("expected", "header", "query", "ok"),
    [
        ("", None, None, True),
        ("s3cret", None, None, False),
        ("s3cret", "Bearer s3cret", None, True),
        ("s3cret", "Bearer wrong", None, False),
        ("s3cret", None, "s3cret", True),
        ("s3cret", None, "", False),
        ("s3cret", "Basic s3cret", None, False),
    ],
)
def test_token(expected: str, header: str | None, query: str | None, ok: bool) -> None:
    assert token_ok(expected, header, query) is ok
