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


def test_a_pattern_skipped_for_a_script_never_matches_text_without_it(engine: RedFlagEngine) -> None:
    # The engine skips an Arabic-only pattern on a message without Arabic letters (and a
    # Latin-only one without Latin letters): it must need those letters to match at all.
    from bot.redflags.engine import normalize_clauses, scripts_in

    texts = [normalize_clauses(s).text for _, _, s in POSITIVES] + [
        normalize_clauses(s).text for _, s, _ in NEGATIVES
    ]
    plans = [
        pair
        for code_plans, urgent_plans in engine.plans.values()
        for planned in [*code_plans.values(), *urgent_plans.values()]
        for pair in planned
    ]
    scripts = {script for _, script in plans if script is not None}
    without = {script: [t for t in texts if script not in scripts_in(t)] for script in scripts}
    wrongly_skipped = [
        (pattern.pattern[:60], text[:60])
        for pattern, script in plans
        if script is not None
        for text in without[script]
        if pattern.search(text)
    ]
    assert wrongly_skipped == []
