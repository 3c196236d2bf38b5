"""Anonymous class results per session code, and the facilitator's command line.

Only counts are stored (bot.store.models.AwarenessCount): how many started, finished each
story and the quiz, how many got each score, how many missed each question. Nothing links a
count to a child or a conversation, so there is nothing personal to erase.

    python -m bot.awareness.results open 4821 --country ma   # a facilitator opens a session
    python -m bot.awareness.results show 4821                # the class results
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.store.models import AwarenessCount, AwarenessSession

CODE = re.compile(r"^\d{4,6}$")


@dataclass(frozen=True)
class Report:
    code: str
    started: int
    quiz_started: int
    quiz_finished: int
    stories_started: dict[str, int]
    stories_finished: dict[str, int]
    scores: dict[int, int]  # score -> how many
    missed: list[tuple[str, int]]  # question id, how many missed it; most missed first

    def lines(self) -> list[str]:
        out = [
            f"session {self.code}: {self.started} started",
            f"quiz: {self.quiz_started} started, {self.quiz_finished} finished",
        ]
        for story, n in sorted(self.stories_started.items()):
            out.append(f"story {story}: {n} started, {self.stories_finished.get(story, 0)} finished")
        if self.scores:
            out.append("scores: " + ", ".join(f"{s}: {n}" for s, n in sorted(self.scores.items())))
        if self.missed:
            out.append("most missed: " + ", ".join(f"{q} ({n})" for q, n in self.missed))
        return out


class AwarenessResults:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def open(self, code: str, country: str | None = None) -> None:
        if not CODE.match(code) or (len(code) == 4 and 1950 <= int(code) <= 2099):
            raise ValueError("a session code is 4 to 6 digits, and not a year (1950-2099)")
        with self.sessions.begin() as s:
            s.merge(AwarenessSession(code=code, country=(country or None) and country.lower()))

    def country(self, code: str) -> str | None:
        with self.sessions() as s:
            row = s.get(AwarenessSession, code)
            return row.country if row else None

    def count(self, code: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Adds one to each (metric, item) of a session; a missing row starts at one."""
        if not CODE.match(code or ""):
            return
        for metric, item in pairs:
            self._add_one(code, metric, item)

    def _add_one(self, code: str, metric: str, item: str) -> None:
        key = (
            (AwarenessCount.code == code) & (AwarenessCount.metric == metric) & (AwarenessCount.item == item)
        )
        bump = sa.update(AwarenessCount).where(key).values(count=AwarenessCount.count + 1)
        for _ in range(2):  # two first counts at once: the second insert fails, then updates
            try:
                with self.sessions.begin() as s:
                    if s.execute(bump).rowcount == 0:
                        s.add(AwarenessCount(code=code, metric=metric, item=item, count=1))
                return
            except IntegrityError:
                continue

    def report(self, code: str) -> Report:
        with self.sessions() as s:
            rows = s.execute(
                sa.select(AwarenessCount.metric, AwarenessCount.item, AwarenessCount.count).where(
                    AwarenessCount.code == code
                )
            ).all()
        by: dict[str, dict[str, int]] = {}
        for metric, item, n in rows:
            by.setdefault(metric, {})[item] = n
        missed = sorted(by.get("missed", {}).items(), key=lambda kv: (-kv[1], kv[0]))
        return Report(
            code=code,
            started=sum(by.get("started", {}).values()),
            quiz_started=sum(by.get("quiz_started", {}).values()),
            quiz_finished=sum(by.get("quiz_finished", {}).values()),
            stories_started=by.get("story_started", {}),
            stories_finished=by.get("story_finished", {}),
            scores={int(k): v for k, v in by.get("score", {}).items() if k.isdigit()},
            missed=missed,
        )


def main(argv: list[str] | None = None) -> int:
    from bot.settings import get_settings
    from bot.store.migrate import ready_sessions

    parser = argparse.ArgumentParser(description="Awareness sessions: open one, show its results.")
    sub = parser.add_subparsers(dest="command", required=True)
    opened = sub.add_parser("open", help="open a session code (4-6 digits) for a class")
    opened.add_argument("code")
    opened.add_argument("--country", help="ISO 3166-1 alpha-2 code of the class, for the helpline")
    shown = sub.add_parser("show", help="anonymous results of a session code")
    shown.add_argument("code")
    parser.add_argument("--db-url", default=None)
    args = parser.parse_args(argv)
    results = AwarenessResults(ready_sessions(args.db_url or get_settings().db_url))
    if args.command == "open":
        try:
            results.open(args.code, args.country)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 2
        print(f"session {args.code} is open")
        return 0
    print("\n".join(results.report(args.code).lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
