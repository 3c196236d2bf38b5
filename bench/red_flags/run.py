"""Warning-sign detection on labelled narratives.

Development sets, each written without seeing the patterns, in
data/knowledge/red_flags/narratives/: `dev_narratives.yml` (486), `narratives.yml` (180), `dev3/`
and `dev4/` (270 each; dev4 a third urgent), `dev5/` (urgent danger and its look-alikes),
`dev7/`, `dev8/` (urgency training), `dev9/` (450: signs said indirectly, several at once) and
`dev11/` (300: general questions against the writer's own case), `dev12/` (360, the same, for
the question model), `dev13/` (360: recruitment signs and abuse of vulnerability said in other
words, urgent danger said indirectly, own cases told without pronouns, hard negatives), `dev14/`
(300: urgent danger in everyday words, and its look-alikes).
The patterns were tuned on the first four, then on the misses of dev5-9 and dev11; the urgency,
sign and question models (bot/redflags/urgency.py, sign_model.py, question_model.py) learn from
all of them, so they measure little.
Test sets, in bench/red_flags/:
`blind/` (225) and `dev6/` (270, written later the same way; never tuned on); `dev10/` (360:
general or hypothetical questions against the writer's own case phrased as a question, and
recruitment signs in other words), whose odd ids (`--split dev`) may be tuned on and even ids
(`--split test`) are only measured.

Prints per language: micro precision/recall/F1 over codes, false alarms on narratives with
no sign, urgent recall; then per-code P/R/F1 over all languages. Targets (issue 4): micro-F1
>= 0.90 per language, urgent recall 100 %, false alarms <= 5 %.
With `--model` (default: $SAFEROUTE_MODEL), every narrative goes through the trained Rasa
model, as a user's message does: the signs are its `red_flag` entities, urgent is its
`danger` entities (the patterns' and the urgency model's), and "routed first to emergency
numbers" is its intent being `emergency`
(printed as routing recall / false routing). Without a model, the patterns alone are measured.
`--set blind` (bench/red_flags/blind/, 225 narratives written without seeing the patterns)
gives the honest figure; see README "Warning signs" for which sets have been read.
Run: ./saferoute python -m bench.red_flags.run [--set blind] [--model M] [--show-errors]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
from collections import Counter
from pathlib import Path

import yaml

from bot.redflags.engine import Detection, RedFlagEngine
from bot.redflags.urgency import NARRATIVES_DIR

HERE = Path(__file__).resolve().parent
SETS = {
    "test": [NARRATIVES_DIR / "narratives.yml"],
    "dev": [NARRATIVES_DIR / "dev_narratives.yml"],
    "dev3": sorted((NARRATIVES_DIR / "dev3").glob("*.yml")),
    "dev4": sorted((NARRATIVES_DIR / "dev4").glob("*.yml")),  # urgent danger first (a third of each language)
    "dev5": sorted((NARRATIVES_DIR / "dev5").glob("*.yml")),  # urgent danger and its look-alikes
    "dev6": sorted((HERE / "dev6").glob("*.yml")),  # a second test set (read twice, not tuned on)
    "blind": sorted((HERE / "blind").glob("*.yml")),
    # general questions against the writer's own case, and recruitment signs in other words:
    # odd ids (--split dev) may be read and tuned on, even ids (--split test) only measured
    "dev10": sorted((HERE / "dev10").glob("*.yml")),
}


def in_split(item_id: str, split: str) -> bool:
    number = int(item_id.rsplit("-", 1)[1])
    return split == "all" or (number % 2 == 1) == (split == "dev")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


async def parse_all(model: str, texts: list[str]) -> list[tuple[Detection, str]]:
    """(signs and danger from the entities, intent) for each text, through the real model."""
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # Rasa's debug lines would print the narratives' texts
    logging.disable(logging.WARNING)
    agent = Agent.load(model)
    out = []
    for text in texts:
        parsed = await agent.parse_message(text)
        entities = parsed.get("entities") or []
        codes = frozenset(e["value"] for e in entities if e["entity"] == "red_flag")
        danger = frozenset(e["value"] for e in entities if e["entity"] == "danger")
        out.append((Detection(codes, danger), parsed["intent"]["name"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--set", choices=tuple(SETS), default="test")
    parser.add_argument("--dir", type=Path, help="a folder of narrative files instead of --set")
    parser.add_argument(
        "--split",
        choices=("dev", "test", "all"),
        default="all",
        help="within --set test or dev10: odd-numbered (dev) or even-numbered (test) items",
    )
    parser.add_argument("--model", default=os.environ.get("SAFEROUTE_MODEL"))
    parser.add_argument("--engine-only", action="store_true", help="ignore --model")
    args = parser.parse_args()
    engine = RedFlagEngine.load()
    paths = sorted(args.dir.glob("*.yml")) if args.dir else SETS[args.set]
    items = [item for path in paths for item in yaml.safe_load(path.read_text("utf-8"))]
    if args.set in ("test", "dev10") and not args.dir:
        items = [i for i in items if in_split(i["id"], args.split)]
    per_lang: dict[str, Counter[str]] = {}
    per_code: dict[str, Counter[str]] = {}
    texts = [item["text"] for item in items]
    if args.model and not args.engine_only:
        print(f"through the NLU model {args.model}")
        parsed = asyncio.run(parse_all(args.model, texts))
    else:
        print("engine only (no --model)")
        parsed = [(engine.detect(text), "") for text in texts]
    for item, (detection, intent) in zip(items, parsed, strict=True):
        gold, found = set(item["codes"] or []), set(detection.codes)
        c = per_lang.setdefault(item["lang"], Counter())
        c["n"] += 1
        c["tp"] += len(gold & found)
        c["fp"] += len(found - gold)
        c["fn"] += len(gold - found)
        if not gold and not item.get("urgent"):
            c["negatives"] += 1
            c["false_alarms"] += bool(found or detection.urgent)
        if item.get("urgent"):
            c["urgent"] += 1
            c["urgent_found"] += detection.is_urgent
            c["urgent_routed"] += intent == "emergency"
        elif intent == "emergency":
            c["routed_false"] += 1
        elif detection.is_urgent:
            c["urgent_false"] += 1
        for code in gold | found:
            k = per_code.setdefault(code, Counter())
            k["tp"] += code in gold and code in found
            k["fp"] += code in found and code not in gold
            k["fn"] += code in gold and code not in found
        urgent = bool(item.get("urgent"))
        routed_wrong = bool(intent) and urgent != (intent == "emergency")
        if args.show_errors and (gold != found or urgent != detection.is_urgent or routed_wrong):
            print(
                f"  {item['id']}: missed {sorted(gold - found)} extra {sorted(found - gold)}"
                f" urgent {item.get('urgent')}->{detection.is_urgent}"
                + (f" intent {intent}" if intent else "")
                + f" | {item['text']}"
            )
    print(
        f"\n{'lang':5} {'n':>4} {'P':>6} {'R':>6} {'micro-F1':>9} {'false alarms':>13} {'urgent recall':>14}"
    )
    for lang, c in sorted(per_lang.items()):
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        fa = c["false_alarms"] / c["negatives"] if c["negatives"] else 0.0
        ur = c["urgent_found"] / c["urgent"] if c["urgent"] else 1.0
        print(
            f"{lang:5} {c['n']:4d} {p:6.3f} {r:6.3f} {f:9.3f} {fa:12.1%} {ur:13.1%}"
            f"   (urgent false positives: {c['urgent_false']})"
            + (
                f"  routed to emergency: {c['urgent_routed']}/{c['urgent']} urgent,"
                f" {c['routed_false']} not urgent"
                if args.model and not args.engine_only
                else ""
            )
        )
    print(f"\n{'code':26} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}")
    for code, k in sorted(per_code.items()):
        p, r, f = prf(k["tp"], k["fp"], k["fn"])
        print(f"{code:26} {p:6.3f} {r:6.3f} {f:6.3f} {k['tp'] + k['fn']:8d}")


if __name__ == "__main__":
    main()
