"""Intent F1 per language on the held-out sets tests/nlu/<lang>.yml, through the real model.

The held-out examples were written apart from data/nlu/ and are never trained on. Prints
accuracy, macro and weighted F1 per language, the fallback rate and the most frequent
confusions; exits 1 when a language's weighted F1 is below --floor.
Run: ./saferoute python -m bench.nlu_eval --model <model.tar.gz>
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import os
import sys
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from bench.nludata import HELDOUT_DIR, heldout

FLOOR = 0.90


async def predict(model: str, texts: list[str]) -> list[str]:
    from rasa.core.agent import Agent

    if not Path(model).is_file():
        raise SystemExit(f"no model file at {model}")
    agent = Agent.load(model)
    out = []
    for text in texts:
        parsed = await agent.parse_message(text)
        out.append(parsed["intent"]["name"])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=os.environ.get("SAFEROUTE_MODEL"))
    parser.add_argument("--floor", type=float, default=FLOOR)
    parser.add_argument("--heldout", type=Path, default=HELDOUT_DIR)
    args = parser.parse_args()
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # Rasa's debug lines would print message texts
    logging.disable(logging.WARNING)

    sets = heldout(args.heldout)
    texts = [t for rows in sets.values() for t, _ in rows]
    preds = iter(asyncio.run(predict(args.model, texts)))

    failed = []
    print(f"{'lang':5} {'n':>5} {'accuracy':>9} {'F1 macro':>9} {'F1 weighted':>12} {'fallback':>9}")
    confusions: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for lang, rows in sets.items():
        gold = [g for _, g in rows]
        pred = [next(preds) for _ in rows]
        acc = accuracy_score(gold, pred)
        macro = f1_score(gold, pred, average="macro", zero_division=0)
        weighted = f1_score(gold, pred, average="weighted", zero_division=0)
        fallback = sum(p == "nlu_fallback" for p in pred) / len(pred)
        print(f"{lang:5} {len(rows):5d} {acc:9.3f} {macro:9.3f} {weighted:12.3f} {fallback:9.1%}")
        confusions.update((lang, g, p) for g, p in zip(gold, pred, strict=True) if g != p)
        if weighted < args.floor:
            failed.append(lang)
    print("\nmost frequent confusions (lang: gold -> predicted):")
    for (lang, g, p), n in confusions.most_common(8):
        print(f"  {lang}: {g} -> {p}  x{n}")
    if failed:
        print(f"\nFAIL: weighted F1 below the floor {args.floor} for {', '.join(failed)}")
        return 1
    print(f"\nOK: weighted F1 >= {args.floor} in every language")
    return 0


if __name__ == "__main__":
    sys.exit(main())
