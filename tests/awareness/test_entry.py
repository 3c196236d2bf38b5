"""Class codes and stated ages, as the NLU component reads them."""

from __future__ import annotations

import pytest

from bot.rasa_plugins.awareness import SessionCodes, stated_age

CODES = SessionCodes({"school", "class", "session", "ecole", "classe", "مدرسه", "صف"})


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("SCHOOL 4821", "4821"),
        ("school code: 123456", "123456"),
        ("École 4821", "4821"),
        ("مدرسة ٤٨٢١", "4821"),
        ("the teacher said class 7710", "7710"),
        ("4821", None),  # no session word
        ("school 12", None),  # too short for a code
        ("school 4821 and 5555", None),  # two codes
        ("in this class since 2019", None),  # a year
        ("class 2019 code 4821", "4821"),
        ("my school is far and my phone number is 0612345678", None),  # long, no code
    ],
)
def test_session_codes(text: str, code: str | None) -> None:
    assert CODES.find(text) == code


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("i am 14", 14),
        ("j'ai 13 ans", 13),
        ("عمري ١٣ سنة", 13),
        ("25", 25),
        ("i am 14 and 15", None),
        ("hi", None),
    ],
)
def test_stated_age(text: str, age: int | None) -> None:
    assert stated_age(text) == age
