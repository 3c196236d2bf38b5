"""The gated sign model (bot/redflags/sign_model.py) on narratives it did not learn from.

A code classifier alone adds recall and false alarms together (README here: "Codes again").
Gated, it may add codes only to a message where the patterns already found a sign or danger,
so the false alarms (narratives with no sign that get one) stay the patterns' own. For each
held-out batch of data/knowledge/red_flags/narratives/ (dev5, dev7, dev8: the patterns were
never tuned on them) the model is trained on all the other narratives; dev batch 6
(bench/red_flags/dev6/) is scored by a model trained on all of them. Prints micro-F1
(precision/recall) per language for the patterns alone and for patterns + gated model at
several thresholds. The patterns' false alarms do not change and are not printed
(bench/red_flags/run.py prints them).

Run: ./saferoute python tools/redflag_ml/gated_codes.py   (about 4 minutes)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.redflags.engine import RedFlagEngine  # noqa: E402
from bot.redflags.sign_model import SignModel  # noqa: E402
from bot.redflags.urgency import Narrative, load_narratives  # noqa: E402

HELD = ("dev5-", "dev7-", "dev8-")
THRESHOLDS = (0.9, 0.8, 0.75, 0.7, 0.6)


def dev6() -> list[Narrative]:
    paths = sorted((ROOT / "bench" / "red_flags" / "dev6").glob("*.yml"))
    items = [i for p in paths for i in yaml.safe_load(p.read_text("utf-8"))]
    return [
        Narrative(i["id"], i["lang"], i["text"], bool(i.get("urgent")), frozenset(i.get("codes") or ()))
        for i in items
    ]


def prf(pairs: list[tuple[frozenset[str], frozenset[str]]]) -> str:
    tp = sum(len(g & f) for g, f in pairs)
    fp = sum(len(f - g) for g, f in pairs)
    fn = sum(len(g - f) for g, f in pairs)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"{2 * p * r / (p + r) if p + r else 0.0:.3f} ({p:.2f}/{r:.2f})"


def report(name: str, held: list[Narrative], model: SignModel, engine: RedFlagEngine) -> None:
    print(f"\n{name}: {len(held)} narratives")
    detections = [engine.detect(n.text) for n in held]
    scores = [model.scores(n.text) for n in held]
    rows = [("patterns", [d.codes for d in detections])]
    for t in THRESHOLDS:
        found = [
            d.codes | ({c for c, s in sc.items() if s >= t} if d.codes or d.is_urgent else set())
            for d, sc in zip(detections, scores, strict=True)
        ]
        rows.append((f"+ gated model, t={t}", found))
    for label, found in rows:
        cells = []
        for lang in ("en", "fr", "ar"):
            pairs = [(n.codes, frozenset(f)) for n, f in zip(held, found, strict=True) if n.lang == lang]
            cells.append(f"{lang} {prf(pairs)}")
        print(f"  {label:24} " + "   ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=4.0)
    args = parser.parse_args()
    narratives = load_narratives()
    engine = RedFlagEngine.load()
    for prefix in HELD:
        held = [n for n in narratives if n.id.startswith(prefix)]
        rest = [n for n in narratives if not n.id.startswith(prefix)]
        report(f"held out {prefix}*", held, SignModel.train(rest, c=args.c), engine)
    report("dev6 (test set)", dev6(), SignModel.train(narratives, c=args.c), engine)


if __name__ == "__main__":
    main()
