"""The content report of the pathways knowledge base, and what to re-check soon.

    ./saferoute python -m bot.pathways.report [--within 30] [--today 2026-11-27] [--sources]

Prints the number of routes, countries and facts, the oldest `last_checked`, the facts that
expire within N days (expired ones included), the same for the Migrant Resource Centres
(data/knowledge/centres), and exits 1 if any record has already expired, so a scheduled job
can fail loudly. `--sources` lists every fact with its value's source. Loading refuses a record
without source or dates (CI runs the loaders in tests/).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta

from bot.centres import CentreDirectory
from bot.pathways.knowledge import Knowledge, load
from bot.sourced import Provenance


def freshness(
    records: list[tuple[str, Provenance]], today: date, within: int, what: str
) -> tuple[list[str], int]:
    """The oldest check date and the records (named) expiring within `within` days."""
    lines = []
    if records:
        oldest = min(p.last_checked for _, p in records)
        lines.append(f"{what} oldest last_checked: {oldest.isoformat()}")
    limit = today + timedelta(days=within)
    due = sorted(((n, p) for n, p in records if p.expires <= limit), key=lambda np: np[1].expires)
    expired = sum(1 for _, p in due if not p.is_current(today))
    lines.append(f"{what} expiring within {within} days: {len(due)} ({expired} already expired)")
    lines += [f"  {p.expires.isoformat()}  {name}  {p.source}" for name, p in due]
    return lines, expired


def report_lines(knowledge: Knowledge, today: date, within: int) -> tuple[list[str], int]:
    facts = knowledge.facts()
    lines = [
        f"routes: {len(knowledge.routes)}",
        f"countries: {len(knowledge.countries())} ({', '.join(sorted(knowledge.countries()))})",
        f"facts: {len(facts)}",
    ]
    named = [(f"{route.id}.{fact.key}", fact.provenance) for route, fact in facts]
    more, expired = freshness(named, today, within, "facts")
    return lines + more, expired


def centre_lines(directory: CentreDirectory, today: date, within: int) -> tuple[list[str], int]:
    records = directory.records()
    lines = [
        f"centres: {len(directory.centres)} in {len({c.country for c in directory.centres})} countries"
        f" ({len(directory.searched)} countries searched), {len(records)} sourced records"
    ]
    more, expired = freshness([(c.id, r.provenance) for c, r in records], today, within, "centre records")
    return lines + more, expired


def source_lines(knowledge: Knowledge) -> list[str]:
    return [
        f"{route.id}.{fact.key}: {fact.value}  <- {fact.provenance.source} ({fact.provenance.last_checked})"
        for route, fact in knowledge.facts()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--within", type=int, default=30, help="days ahead to list expiring facts")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--sources", action="store_true", help="every fact with its source")
    args = parser.parse_args(argv)
    knowledge = load(today=args.today)
    lines, expired = report_lines(knowledge, args.today, args.within)
    more, expired_centres = centre_lines(CentreDirectory.load(today=args.today), args.today, args.within)
    print("\n".join(lines + more + (source_lines(knowledge) if args.sources else [])))
    return 1 if expired or expired_centres else 0


if __name__ == "__main__":
    sys.exit(main())
