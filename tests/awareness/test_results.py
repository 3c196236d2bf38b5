"""Class results are counts only, per session code, and add up under concurrent writes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from bot.awareness.results import AwarenessResults, main


@pytest.fixture
def results(sessions: sessionmaker[Session]) -> AwarenessResults:
    return AwarenessResults(sessions)


def test_counts_add_up_into_a_report(results: AwarenessResults) -> None:
    for _ in range(3):
        results.count("4821", [("started", ""), ("quiz_started", "")])
    results.count("4821", [("missed", "q2"), ("missed", "q5"), ("missed", "q2"), ("score", "7")])
    results.count("4821", [("quiz_finished", ""), ("score", "9"), ("story_started", "job_offer")])
    results.count("9999", [("started", "")])  # another class
    report = results.report("4821")
    assert (report.started, report.quiz_started, report.quiz_finished) == (3, 3, 1)
    assert report.scores == {7: 1, 9: 1}
    assert report.missed == [("q2", 2), ("q5", 1)]
    assert report.stories_started == {"job_offer": 1}
    assert "session 4821: 3 started" in report.lines()


def test_concurrent_first_counts_are_not_lost(results: AwarenessResults) -> None:
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: results.count("1234", [("started", "")]), range(40)))
    assert results.report("1234").started == 40


def test_the_table_holds_no_conversation_or_text(results: AwarenessResults) -> None:
    columns = {c["name"] for c in sa.inspect(results.sessions.kw["bind"]).get_columns("awareness_counts")}
    assert columns == {"code", "metric", "item", "count"}


def test_open_sets_the_country_and_bad_codes_are_refused(results: AwarenessResults) -> None:
    results.open("4821", "MA")
    assert results.country("4821") == "ma"
    assert results.country("5555") is None
    with pytest.raises(ValueError):
        results.open("12", None)
    results.count("not-a-code", [("started", "")])
    assert results.report("not-a-code").started == 0


def test_the_facilitator_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["--db-url", url, "open", "4821", "--country", "sn"]) == 0
    assert main(["--db-url", url, "open", "12"]) == 2
    assert main(["--db-url", url, "show", "4821"]) == 0
    assert "session 4821: 0 started" in capsys.readouterr().out
