"""The urgency model (bot/redflags/urgency.py) on narratives it did not learn from.

For each --hold prefix (a batch), trains the model on every narrative in
data/knowledge/red_flags/narratives/ except that batch, then prints, per language, on it (and
summed over all the held-out batches):
  urgent recall of the patterns alone, of the model alone, and of both (what the bot does);
  false urgent: share of the non-urgent narratives read as urgent (patterns, model, both);
  false alarms as bench/red_flags/run.py counts them (narratives with no sign and not urgent
  that get a sign or urgency), patterns alone and with the model.
The patterns are today's: a batch they were tuned on flatters their columns, not the model's.

Run: ./saferoute python tools/redflag_ml/urgency_holdout.py --hold dev5-
     ./saferoute python tools/redflag_ml/urgency_holdout.py --hold dev- dev3- dev4- dev5- dev7-
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
    parser.add_argument("--hold", nargs="+", required=True, help="id prefixes of held-out batches: dev5-")
    parser.add_argument("--max-false", type=float, default=0.05)
    parser.add_argument("--c", type=float, default=4.0)
    args = parser.parse_args()
    narratives = load_narratives()
    engine = RedFlagEngine.load()
    ordinary = ordinary_examples()
    total: dict[str, list[tuple[bool, bool, bool, bool, bool]]] = {}
    for prefix in args.hold:  # one model per held-out batch, trained on all the others
        held = [n for n in narratives if n.id.startswith(prefix)]
        rest = [n for n in narratives if not n.id.startswith(prefix)]
        model = UrgencyModel.train(rest, ordinary, c=args.c, max_false=args.max_false)
        print(f"\nheld out {len(held)} ({prefix}*), trained on {len(rest)}; threshold {model.threshold}")
        rows: dict[str, list[tuple[bool, bool, bool, bool, bool]]] = {}
        for n in held:
            d = engine.detect(n.text)
            row = (n.urgent, d.is_urgent, model.is_urgent(n.text), bool(d.codes), bool(n.codes))
            rows.setdefault(n.lang, []).append(row)
            total.setdefault(n.lang, []).append(row)
        table(rows)
    if len(args.hold) > 1:
        print(f"\nall {len(args.hold)} held-out batches")
        table(total)


def table(rows: dict[str, list[tuple[bool, bool, bool, bool, bool]]]) -> None:
    """Rows: (urgent, patterns urgent, model urgent, patterns found a sign, gold has a sign)."""
    print(
        f"{'lang':4} {'urgent: patterns':>16} {'model':>7} {'both':>7}   {'false urgent: patterns':>22} "
        f"{'model':>7} {'both':>7}   {'false alarms: patterns':>22} {'both':>7}"
    )
    for lang in ("en", "fr", "ar"):
        urgent = [r for r in rows.get(lang, []) if r[0]]
        calm = [r for r in rows.get(lang, []) if not r[0]]
        negatives = [r for r in calm if not r[4]]
        print(
            f"{lang:4} {share([p for _, p, _, _, _ in urgent]):>16}"
            f" {share([m for _, _, m, _, _ in urgent]):>7} {share([p or m for _, p, m, _, _ in urgent]):>7}"
            f"   {share([p for _, p, _, _, _ in calm]):>22} {share([m for _, _, m, _, _ in calm]):>7}"
            f" {share([p or m for _, p, m, _, _ in calm]):>7}"
            f"   {share([p or c for _, p, _, c, _ in negatives]):>22}"
            f" {share([p or m or c for _, p, m, c, _ in negatives]):>7}"
        )


if __name__ == "__main__":
    main()
