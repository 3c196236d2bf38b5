"""Runs the sentences of tests_<lang>.py through the real engine (bot.redflags), that
language's patterns only, and reports misses and false alarms."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.redflags.engine import RedFlagEngine  # noqa: E402
from bot.redflags.patterns import PATTERNS_DIR, URGENT_KINDS, load_language  # noqa: E402
from bot.redflags.taxonomy import Taxonomy  # noqa: E402


def run(lang: str, positives: dict[str, list[str]], negatives: list[tuple[str, list[str] | None]]) -> int:
    taxonomy = Taxonomy.load()
    engine = RedFlagEngine(taxonomy, {lang: load_language(PATTERNS_DIR / f"{lang}.yml", taxonomy.codes())})

    def found(text: str) -> set[str]:
        detection = engine.detect(text)
        return set(detection.codes) | set(detection.urgent)

    fails = 0
    for code, sentences in positives.items():
        assert code in taxonomy.codes() or code in URGENT_KINDS, code
        for sentence in sentences:
            if code not in found(sentence):
                fails += 1
                print(f"  MISS {code}: {sentence!r}")
    for sentence, forbidden in negatives:
        hits = found(sentence)
        bad = sorted(hits) if forbidden is None else [c for c in forbidden if c in hits]
        if bad:
            fails += 1
            print(f"  FALSE {bad}: {sentence!r}")
    print(f"{lang}: {sum(map(len, positives.values()))} positives, {len(negatives)} negatives, {fails} failures")
    return fails
