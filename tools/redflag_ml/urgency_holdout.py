"""The urgency model (bot/redflags/urgency.py) on narratives it did not learn from.

Trains the model on every narrative in data/knowledge/red_flags/narratives/ except those whose
id starts with --hold (a batch), then prints, per language, on the held-out batch:
  urgent recall of the patterns alone, of the model alone, and of both (what the bot does);
  false urgent: share of the non-urgent narratives read as urgent (patterns, model, both);
  false alarms as bench/red_flags/run.py counts them (narratives with no sign and not urgent
  that get a sign or urgency), patterns alone and with the model.
The patterns are today's: a batch they were tuned on flatters their columns, not the model's.

Run: ./saferoute python tools/redflag_ml/urgency_holdout.py --hold dev5-
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.redflags.engine import RedFlagEngine  # noqa: E402
from bot.redflags.urgency import UrgencyModel, load_narratives  # noqa: E402


def ordinary_examples() -> list[str]:
    """The NLU examples WarningSigns.train learns as everyday messages (same intents)."""
    from bot.rasa_plugins.warning_signs import load_nlu, ordinary_examples

    return ordinary_examples(load_nlu(ROOT / "data" / "nlu"))


def share(hits: list[bool]) -> str:
    return f"{sum(hits)}/{len(hits)}" if hits else "-"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hold", required=True, help="id prefix of the held-out batch, e.g. dev5-")
    parser.add_argument("--max-false", type=float, default=0.03)
    parser.add_argument("--c", type=float, default=4.0)
    args = parser.parse_args()
    narratives = load_narratives()
    held = [n for n in narratives if n.id.startswith(args.hold)]
    model = UrgencyModel.train(
        (n for n in narratives if not n.id.startswith(args.hold)),
        ordinary_examples(),
        c=args.c,
        max_false=args.max_false,
    )
    engine = RedFlagEngine.load()
    codes = {}
    for path in sorted((ROOT / "data" / "knowledge" / "red_flags" / "narratives").rglob("*.yml")):
        import yaml

        codes.update({i["id"]: bool(i["codes"]) for i in yaml.safe_load(path.read_text("utf-8"))})
    print(f"held out {len(held)} ({args.hold}*), trained on {len(narratives) - len(held)}; threshold {model.threshold}")
    print(f"{'lang':4} {'urgent: patterns':>16} {'model':>7} {'both':>7}   {'false urgent: patterns':>22} "
          f"{'model':>7} {'both':>7}   {'false alarms: patterns':>22} {'both':>7}")
    for lang in ("en", "fr", "ar"):
        rows = []
        for n in (n for n in held if n.lang == lang):
            d = engine.detect(n.text)
            m = model.is_urgent(n.text)
            rows.append((n, d.is_urgent, m, bool(d.codes)))
        urgent = [r for r in rows if r[0].urgent]
        calm = [r for r in rows if not r[0].urgent]
        negatives = [r for r in calm if not codes[r[0].id]]
        print(
            f"{lang:4} {share([p for _, p, _, _ in urgent]):>16} {share([m for _, _, m, _ in urgent]):>7}"
            f" {share([p or m for _, p, m, _ in urgent]):>7}   {share([p for _, p, _, _ in calm]):>22}"
            f" {share([m for _, _, m, _ in calm]):>7} {share([p or m for _, p, m, _ in calm]):>7}"
            f"   {share([p or c for _, p, _, c in negatives]):>22} {share([p or m or c for _, p, m, c in negatives]):>7}"
        )


if __name__ == "__main__":
    main()
