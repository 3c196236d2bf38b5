"""A small knowledge base written for the tests: one EU rule, two national routes, one expired fact."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.pathways.knowledge import Knowledge, load

CHECKED, EXPIRES = date(2026, 11, 1), date(2027, 4, 1)
TODAY = date(2026, 11, 27)


def texts(en: str) -> dict[str, str]:
    return {"en": en, "fr": f"fr: {en}", "ar": f"ar: {en}"}


def fact(key: str, value: dict[str, Any], en: str, **overrides: Any) -> dict[str, Any]:
    record = {
        "key": key,
        "value": value,
        "text": texts(en),
        "source": f"https://gov.example/{key}",
        "evidence": f"the official page says: {en}",
        "last_checked": CHECKED,
        "expires": EXPIRES,
    }
    record.update(overrides)
    return record


def route(route_id: str, purpose: str, facts: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "id": route_id,
        "country": route_id.split("_")[0],
        "purpose": purpose,
        "name": texts(route_id.replace("_", " ")),
        "summary": texts(f"who {route_id} is for"),
        "facts": facts,
        **extra,
    }


ROUTES = [
    route("eu_blue_card", "work", [fact("family", {"allowed": True}, "Family may join.")]),
    route(
        "xx_blue_card",
        "work",
        [
            fact(
                "min_salary",
                {"amount": 48000, "currency": "EUR", "per": "year", "year": 2026},
                "48,000 EUR a year.",
            ),
            fact("qualification", {"level": "university"}, "A university degree."),
            fact("job_offer", {"required": True}, "A job offer."),
            fact("language", {"required": False}, "No language level is required."),
        ],
        based_on="eu_blue_card",
    ),
    route(
        "xx_seasonal",
        "seasonal",
        [
            fact("job_offer", {"required": True}, "A seasonal contract."),
            fact("language", {"language": "xx", "cefr": "A2"}, "A2 in the language."),
            # checked long ago: expired on 2026-06-01
            fact(
                "quota",
                {"exists": True, "period": "2024-2026"},
                "10,000 places a year.",
                last_checked=date(2026, 1, 1),
                expires=date(2026, 6, 1),
            ),
        ],
    ),
]


def write(directory: Path, routes: list[dict[str, Any]]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for record in routes:
        (directory / f"{record['id']}.yml").write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    return directory


@pytest.fixture
def knowledge(tmp_path: Path) -> Knowledge:
    return load(write(tmp_path / "kb", ROUTES), today=TODAY)
