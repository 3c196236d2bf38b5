"""The content report of the pathways knowledge base, and what to re-check soon.

    ./saferoute python -m bot.pathways.report [--within 30] [--today 2026-11-27]

Prints the number of routes, countries and facts, the oldest `last_checked`, the facts that
expire within N days (expired ones included) and exits 1 if any fact has already expired, so a
scheduled job can fail loudly. Loading refuses a record without source or dates (CI runs the
loader in tests/pathways).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta

from bot.pathways.knowledge import Knowledge, load


def report_lines(knowledge: Knowledge, today: date, within: int) -> tuple[list[str], int]:
    facts = knowledge.facts()
    lines = [
        f"routes: {len(knowledge.routes)}",
        f"countries: {len(knowledge.countries())} ({', '.join(sorted(knowledge.countries()))})",
        f"facts: {len(facts)}",
    ]
    if facts:
        oldest = min(f.provenance.last_checked for _, f in facts)
        lines.append(f"oldest last_checked: {oldest.isoformat()}")
    limit = today + timedelta(days=within)
    due = sorted(
        ((r, f) for r, f in facts if f.provenance.expires <= limit), key=lambda rf: rf[1].provenance.expires
    )
    expired = sum(1 for _, f in due if not f.is_current(today))
    lines.append(f"expiring within {within} days: {len(due)} ({expired} already expired)")
    for route, fact in due:
        expires = fact.provenance.expires.isoformat()
        lines.append(f"  {expires}  {route.id}.{fact.key}  {fact.provenance.source}")
    return lines, expired


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--within", type=int, default=30, help="days ahead to list expiring facts")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)
    lines, expired = report_lines(load(today=args.today), args.today, args.within)
    print("\n".join(lines))
    return 1 if expired else 0


if __name__ == "__main__":
    sys.exit(main())
