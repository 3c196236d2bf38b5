"""The sentences the English, French and Arabic patterns were written against, through the
engine as the assistant runs it (every language's patterns on every message)."""

from __future__ import annotations

import pytest

from bot.redflags.engine import RedFlagEngine
from tools.redflag_patterns import tests_ar, tests_en, tests_fr

SETS = {"en": tests_en, "fr": tests_fr, "ar": tests_ar}
POSITIVES = [(lang, code, s) for lang, m in SETS.items() for code, ss in m.POS.items() for s in ss]
NEGATIVES = [(lang, s, forbidden) for lang, m in SETS.items() for s, forbidden in m.NEG]


@pytest.fixture(scope="module")
def engine() -> RedFlagEngine:
    return RedFlagEngine.load()


def found(engine: RedFlagEngine, text: str) -> set[str]:
    detection = engine.detect(text)
    return set(detection.codes) | set(detection.urgent)


@pytest.mark.parametrize(("lang", "code", "text"), POSITIVES)
def test_fires(engine: RedFlagEngine, lang: str, code: str, text: str) -> None:
    assert code in found(engine, text)


@pytest.mark.parametrize(("lang", "text", "forbidden"), NEGATIVES)
def test_does_not_fire(engine: RedFlagEngine, lang: str, text: str, forbidden: list[str] | None) -> None:
    hits = found(engine, text)
    assert (hits if forbidden is None else hits & set(forbidden)) == set()
