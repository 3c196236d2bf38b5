"""The pathways knowledge base: every record validates; a record without source or dates fails."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.centres import CentreDirectory
from bot.errors import KnowledgeError
from bot.pathways.knowledge import PATHWAYS_DIR, Knowledge, load
from bot.pathways.report import centre_lines, main, report_lines
from tests.pathways.conftest import ROUTES, TODAY, fact, route, write
from tests.test_centres import centre_file

DATA_FILES = sorted(PATHWAYS_DIR.glob("*.yml"))


def test_the_real_knowledge_base_loads_and_every_route_has_facts() -> None:
    knowledge = load()
    assert knowledge.routes, "no route in data/knowledge/pathways"
    assert all(r.facts for r in knowledge.routes.values())
    assert {"eu", "de", "fr"} <= knowledge.countries()


@pytest.mark.parametrize("path", DATA_FILES, ids=[p.stem for p in DATA_FILES])
def test_every_fact_is_sourced_quoted_and_dated(path: Path) -> None:
    knowledge = load(path.parent)
    r = knowledge.routes[path.stem]
    for f in r.facts:
        assert f.provenance.source.startswith("https://")
        assert f.evidence and f.provenance.last_checked < f.provenance.expires


@pytest.mark.parametrize(
    "broken",
    [
        {"source": None},
        {"source": "http://gov.example/x"},
        {"last_checked": None},
        {"expires": None},
        {"expires": date(2028, 1, 1)},  # more than six months after the check
        {"evidence": ""},
        {"key": "favourite_colour"},
        {"value": {"amount": "a lot", "currency": "EUR", "per": "year", "year": 2026}},
        {"text": {"en": "only English"}},
        {"text": {"en": "x" * 161, "fr": "x", "ar": "x"}},
    ],
)
def test_a_fact_without_source_dates_or_shape_is_refused(tmp_path: Path, broken: dict[str, Any]) -> None:
    record = fact("min_salary", {"amount": 1, "currency": "EUR", "per": "year", "year": 2026}, "x")
    record.update(broken)
    record = {k: v for k, v in record.items() if v is not None}
    with pytest.raises(KnowledgeError):
        load(write(tmp_path, [route("xx_bad", "work", [record])]), today=TODAY)


@pytest.mark.parametrize(
    "broken",
    [
        {"id": "other_name"},
        {"country": "yy"},
        {"purpose": "holiday"},
        {"facts": []},
        {"based_on": "eu_nothing"},
    ],
)
def test_a_broken_route_is_refused(tmp_path: Path, broken: dict[str, Any]) -> None:
    record = route("xx_route", "work", [fact("job_offer", {"required": True}, "x")])
    record.update(broken)
    (tmp_path / "xx_route.yml").write_text(__import__("yaml").safe_dump(record), "utf-8")
    with pytest.raises(KnowledgeError):
        load(tmp_path, today=TODAY)


def test_report_counts_and_lists_what_expires(knowledge: Knowledge) -> None:
    lines, expired = report_lines(knowledge, TODAY, within=200)
    assert lines[:3] == [
        "routes: 3",
        "countries: 2 (eu, xx)",
        f"facts: {sum(len(r['facts']) for r in ROUTES)}",
    ]
    assert "facts oldest last_checked: 2026-01-01" in lines
    assert expired == 1
    assert any("xx_seasonal.quota" in line for line in lines)


def test_report_command_fails_when_a_fact_has_expired(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--today", "2026-11-27"]) == 0  # the real data: nothing expired today
    assert "routes:" in capsys.readouterr().out


def test_report_counts_the_centres_and_their_expiring_records(tmp_path: Path) -> None:
    centre_file(tmp_path, expires="2027-01-10")
    lines, expired = centre_lines(CentreDirectory.load(tmp_path, today=TODAY), TODAY, within=60)
    assert lines[0] == "centres: 1 in 1 countries (1 countries searched), 3 sourced records"
    assert "centre records expiring within 60 days: 3 (0 already expired)" in lines
    _, expired_later = centre_lines(CentreDirectory.load(tmp_path, today=TODAY), date(2027, 2, 1), 60)
    assert expired == 0 and expired_later == 3
