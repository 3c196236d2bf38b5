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
OPEN = (0.99, 0.97, 0.95, 0.9)  # ungated, on top of the gated 0.8


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


def everyday() -> dict[str, list[str]]:
    """tests/nlu/<lang>.yml (never trained on), intents that never describe signs or danger."""
    from rasa.shared.nlu.training_data.loading import load_data

    from bot.rasa_plugins.warning_signs import ordinary_examples

    return {
        lang: ordinary_examples(load_data(str(ROOT / "tests" / "nlu" / f"{lang}.yml")))
        for lang in ("en", "fr", "ar")
    }


def open_alarms(model: SignModel, engine: RedFlagEngine, messages: dict[str, list[str]]) -> None:
    """Everyday messages with no sign the patterns see that the open model would give one."""
    print("\n  everyday messages (tests/nlu) given a sign by the open model alone:")
    for t in OPEN:
        cells = []
        for lang, texts in messages.items():
            hit = [
                x
                for x in texts
                if not engine.detect(x).codes and any(v >= t for v in model.scores(x).values())
            ]
            cells.append(f"{lang} {len(hit)}/{len(texts)}")
        print(f"  open {t:<19} " + "   ".join(cells))


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
    for t in OPEN:  # on top of the gate at 0.8: codes scored >= t even where nothing was found
        found = [
            d.codes
            | ({c for c, s in sc.items() if s >= 0.8} if d.codes or d.is_urgent else set())
            | {c for c, s in sc.items() if s >= t}
            for d, sc in zip(detections, scores, strict=True)
        ]
        rows.append((f"+ gated 0.8, open {t}", found))
    for label, found in rows:
        cells = []
        for lang in ("en", "fr", "ar"):
            pairs = [(n.codes, frozenset(f)) for n, f in zip(held, found, strict=True) if n.lang == lang]
            calm = [
                bool(f) or d.is_urgent
                for n, f, d in zip(held, found, detections, strict=True)
                if n.lang == lang and not n.codes and not n.urgent
            ]
            cells.append(f"{lang} {prf(pairs)} FA {sum(calm)}/{len(calm)}")
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
    full = SignModel.train(narratives, c=args.c)
    report("dev6 (test set)", dev6(), full, engine)
    open_alarms(full, engine, everyday())


if __name__ == "__main__":
    main()
