"""Hotline data: every file validates; expired lines are never given; emergency comes first."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.errors import KnowledgeError, SafeRouteError
from bot.hotlines import FALLBACK_FILE, HOTLINES_DIR, KINDS, HotlineDirectory, emergency_lines, load_file
from bot.sourced import Provenance, add_months, parse_provenance
from tests.conftest import LANGS

TODAY = date(2026, 11, 27)
DATA_FILES = sorted(HOTLINES_DIR.glob("*.yml"))
DESTINATIONS = ("de", "fr", "it", "es", "be", "nl")
TRANSIT = ("tr", "gr", "ly", "tn", "ma")
ORIGINS = ("eg", "sn", "ng", "pk", "bd", "iq", "jo", "lb")


def line(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": "emergency",
        "number": "112",
        "name": {"en": "Emergency", "fr": "Urgences", "ar": "الطوارئ"},
        "source": "https://example.gov/emergency",
        "evidence": "Call 112",
        "last_checked": date(2026, 10, 1),
        "expires": date(2027, 4, 1),
    }
    record.update(overrides)
    return {k: v for k, v in record.items() if v is not None}


def write(directory: Path, name: str, country: str, lines: list[dict[str, Any]]) -> Path:
    path = directory / name
    path.write_text(yaml.safe_dump({"country": country, "lines": lines}, allow_unicode=True), "utf-8")
    return path


@pytest.fixture
def directory(tmp_path: Path) -> HotlineDirectory:
    write(
        tmp_path,
        "xx.yml",
        "xx",
        [
            line(kind="violence_against_women", number="3919"),
            line(kind="child_helpline", number="116 111"),
            line(kind="police", number="0900-8844"),
            line(kind="anti_trafficking", number="800 290 290"),
            line(kind="emergency", number="112"),
            line(kind="emergency", number="17"),
            # checked long ago: expired on 2025-06-01
            line(
                kind="missing_children",
                number="116 000",
                last_checked=date(2025, 1, 1),
                expires=date(2025, 6, 1),
            ),
        ],
    )
    write(tmp_path, "yy.yml", "yy", [line(number="999", expires=date(2026, 12, 10))])
    write(tmp_path, FALLBACK_FILE, "_fallback", [line(number="112")])
    return HotlineDirectory.load(tmp_path)


# --- the data files --------------------------------------------------------------------------


@pytest.mark.parametrize("path", DATA_FILES, ids=[p.stem for p in DATA_FILES])
def test_every_data_file_validates(path: Path) -> None:
    country, lines = load_file(path)
    for hotline in lines:
        assert set(LANGS) <= set(hotline.names), f"{path.name} {hotline.number}: name in {LANGS}"
        assert hotline.provenance.expires <= add_months(hotline.provenance.last_checked, 6)


def test_the_directory_loads_with_fallback_and_priority_countries() -> None:
    directory = HotlineDirectory.load()
    assert set(directory.countries()) >= {*DESTINATIONS, *TRANSIT, *ORIGINS}
    assert directory.fallback_lines, "the fallback file needs at least one sourced line"
    assert any(h.kind == "emergency" for h in directory.fallback_lines)


def test_every_country_with_lines_leads_with_an_emergency_number_when_it_has_one() -> None:
    directory = HotlineDirectory.load()
    for code in directory.countries():
        lines = directory.for_country(code, TODAY)
        if any(h.kind == "emergency" for h in lines):
            assert lines[0].kind == "emergency", code


# --- loading and ordering --------------------------------------------------------------------


def test_expired_lines_are_not_returned(directory: HotlineDirectory) -> None:
    numbers = [h.number for h in directory.for_country("xx", TODAY)]
    assert "116 000" not in numbers
    assert [h.number for h in directory.for_country("xx", date(2025, 3, 1))].count("116 000") == 1


def test_order_is_emergency_first_then_trafficking_then_child(directory: HotlineDirectory) -> None:
    kinds = [h.kind for h in directory.for_country("XX ", TODAY)]
    assert kinds == [
        "emergency",
        "emergency",
        "anti_trafficking",
        "child_helpline",
        "violence_against_women",
        "police",
    ]
    assert [h.number for h in directory.for_country("xx", TODAY)][:2] == ["112", "17"]  # file order
    assert kinds == sorted(kinds, key=KINDS.index)


def test_unknown_country_is_empty_and_the_user_gets_the_fallback(directory: HotlineDirectory) -> None:
    assert directory.for_country("zz", TODAY) == []
    assert directory.for_country(None, TODAY) == []
    assert [h.country for h in directory.for_user("zz", TODAY)] == ["_fallback"]
    assert [h.country for h in directory.for_user(None, TODAY)] == ["_fallback"]
    assert directory.for_user("xx", TODAY)[0].country == "xx"
    assert directory.countries() == ("xx", "yy")


def test_a_known_country_without_current_lines_gets_no_fallback(directory: HotlineDirectory) -> None:
    later = date(2026, 12, 20)  # yy's only line expired on 2026-12-10
    assert directory.for_country("yy", later) == []
    assert directory.for_user("yy", later) == []  # 112 (EU) may not hold there
    assert directory.for_user("zz", later) == directory.fallback(later)


def test_expiring_lists_soon_and_already_expired_lines(directory: HotlineDirectory) -> None:
    due = directory.expiring(30, TODAY)
    assert [(h.country, h.number) for h in due] == [("xx", "116 000"), ("yy", "999")]
    assert directory.expiring(0, date(2024, 1, 1)) == []


def test_hotline_helpers(directory: HotlineDirectory) -> None:
    police = next(h for h in directory.for_country("xx", TODAY) if h.kind == "police")
    assert police.dial == "09008844"
    assert police.name("ar") == "الطوارئ"
    assert police.name("de") == "Emergency"  # falls back to English


def test_a_missing_fallback_file_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "xx.yml", "xx", [line()])
    with pytest.raises(KnowledgeError, match="_fallback"):
        HotlineDirectory.load(tmp_path)


# --- bad records -----------------------------------------------------------------------------

BAD_LINES = {
    "unknown kind": line(kind="embassy"),
    "number with letters": line(number="112a"),
    "number with a dot": line(number="0800.2000"),
    "number not quoted": line(number=112),
    "empty number": line(number=""),
    "plus inside": line(number="11+2"),
    "no name": line(name={}),
    "no English name": line(name={"fr": "Urgences"}),
    "empty name": line(name={"en": " "}),
    "http source": line(source="http://example.gov/emergency"),
    "no source": line(source=None),
    "not a url": line(source="the police website"),
    "no evidence": line(evidence=None),
    "no last_checked": line(last_checked=None),
    "bad date": line(expires="next year"),
    "impossible date": line(expires="2027-02-30"),
    "expires before checked": line(last_checked=date(2026, 10, 1), expires=date(2026, 9, 1)),
    "expires on the day checked": line(last_checked=date(2026, 10, 1), expires=date(2026, 10, 1)),
    "checked in the future": line(last_checked=date(2099, 1, 1), expires=date(2099, 2, 1)),
    "valid for over 6 months": line(last_checked=date(2026, 10, 1), expires=date(2027, 4, 2)),
    "free as text": line(free="yes"),
    "empty hours": line(hours=""),
    "typo in a field": line(expire=date(2027, 1, 1)),
    "not a mapping": "112",
}


@pytest.mark.parametrize("bad", list(BAD_LINES.values()), ids=list(BAD_LINES))
def test_bad_records_raise(tmp_path: Path, bad: dict[str, Any]) -> None:
    path = write(tmp_path, "xx.yml", "xx", [bad])
    with pytest.raises(KnowledgeError):
        load_file(path, today=TODAY)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("xx.yml", {"country": "yy", "lines": []}),
        ("xx.yml", {"country": "xx"}),
        ("xx.yml", {"country": "xx", "lines": {"kind": "emergency"}}),
        ("xx.yml", ["not", "a", "mapping"]),
        ("xyz.yml", {"country": "xyz", "lines": []}),
        ("XX.yml", {"country": "XX", "lines": []}),
        (FALLBACK_FILE, {"country": "xx", "lines": []}),
    ],
    ids=[
        "wrong country",
        "no lines",
        "lines not a list",
        "not a mapping",
        "3 letters",
        "upper case",
        "fallback country",
    ],
)
def test_bad_files_raise(tmp_path: Path, name: str, content: Any) -> None:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(content), "utf-8")
    with pytest.raises(KnowledgeError):
        load_file(path, today=TODAY)


def test_duplicate_kind_and_number_raise(tmp_path: Path) -> None:
    path = write(tmp_path, "xx.yml", "xx", [line(number="116 111"), line(number="116111")])
    with pytest.raises(KnowledgeError, match="twice"):
        load_file(path, today=TODAY)


def test_same_number_under_two_kinds_is_allowed(tmp_path: Path) -> None:
    path = write(tmp_path, "xx.yml", "xx", [line(), line(kind="police")])
    assert len(load_file(path, today=TODAY)[1]) == 2


def test_unreadable_yaml_raises(tmp_path: Path) -> None:
    path = tmp_path / "xx.yml"
    path.write_text("country: xx\nlines: [\n", "utf-8")
    with pytest.raises(KnowledgeError):
        load_file(path)


# --- provenance ------------------------------------------------------------------------------


def test_provenance_is_current_until_the_day_before_it_expires() -> None:
    p = parse_provenance(line(), "test", today=TODAY)
    assert p == Provenance("https://example.gov/emergency", date(2026, 10, 1), date(2027, 4, 1))
    assert p.is_current(date(2026, 10, 1)) and p.is_current(date(2027, 3, 31))
    assert not p.is_current(date(2027, 4, 1)) and not p.is_current(date(2026, 9, 30))
    assert p.days_left(date(2027, 3, 31)) == 1


def test_provenance_accepts_iso_strings_and_can_lift_the_six_month_limit() -> None:
    raw = line(last_checked="2026-01-31", expires="2027-01-31")
    with pytest.raises(KnowledgeError):
        parse_provenance(raw, "test", today=TODAY)
    assert parse_provenance(raw, "test", today=TODAY, max_months=None).expires == date(2027, 1, 31)


def test_knowledge_error_is_an_application_error() -> None:
    assert issubclass(KnowledgeError, SafeRouteError)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 27), 6, date(2027, 5, 27)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


# --- what the emergency route says -----------------------------------------------------------


def test_emergency_lines_lead_with_emergency_and_fit_a_few_sms(directory: HotlineDirectory) -> None:
    plan = emergency_lines(directory, "xx", TODAY, language="fr")
    assert plan.known_country
    assert [h.kind for h in plan.lines] == ["emergency", "emergency", "anti_trafficking", "child_helpline"]
    assert plan.text().splitlines()[0] == "Urgences: 112"


def test_for_a_child_the_child_helpline_comes_right_after_emergency(directory: HotlineDirectory) -> None:
    plan = emergency_lines(directory, "xx", TODAY, child=True, limit=3)
    assert [h.kind for h in plan.lines] == ["emergency", "emergency", "child_helpline"]


def test_unknown_country_gets_the_fallback_and_a_known_empty_one_gets_nothing(
    directory: HotlineDirectory,
) -> None:
    unknown = emergency_lines(directory, None, TODAY)
    assert not unknown.known_country
    assert [h.country for h in unknown.lines] == ["_fallback"]
    empty = emergency_lines(directory, "yy", date(2026, 12, 20))
    assert empty.known_country and empty.lines == ()
