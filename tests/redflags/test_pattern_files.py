"""Every language's pattern file covers every code, every kind of urgent danger and children named."""

from __future__ import annotations

import pytest

from bot.redflags.patterns import PATTERNS_DIR, URGENT_KINDS, load_language
from bot.redflags.taxonomy import Taxonomy

FILES = sorted(PATTERNS_DIR.glob("*.yml"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_complete(path) -> None:
    taxonomy = Taxonomy.load()
    patterns = load_language(path, taxonomy.codes())
    assert set(patterns.codes) == taxonomy.codes()
    assert set(patterns.urgent) == set(URGENT_KINDS)
    assert patterns.negation_cues and patterns.window > 0
    assert patterns.minors  # else a child in danger only the model reads gets no child helpline
    assert patterns.asking and patterns.own_case  # else general questions are read as the writer's case


def test_the_starting_languages_have_patterns() -> None:
    assert {p.stem for p in FILES} >= {"en", "fr", "ar"}
