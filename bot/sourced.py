"""Provenance of a sourced fact: where a person saw it, when, and until when we trust it.

Every knowledge base whose facts someone may act on (hotline numbers, addresses, legal
rules) stores, per record, an official https `source`, the date it was `last_checked` there
and the date it `expires`. A record past its expiry date is never shown: it is re-checked or
removed. `parse_provenance` is the one place that validates these three fields.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from bot.errors import KnowledgeError

MAX_VALIDITY_MONTHS = 6  # a fact must be re-checked at least this often


@dataclass(frozen=True)
class Provenance:
    source: str
    last_checked: date
    expires: date

    def is_current(self, today: date) -> bool:
        """True from the day it was checked until the day before it expires."""
        return self.last_checked <= today < self.expires

    def days_left(self, today: date) -> int:
        """Days until expiry (0 or less: expired)."""
        return (self.expires - today).days


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _date(mapping: Mapping[str, Any], key: str, where: str) -> date:
    raw = mapping.get(key)
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise KnowledgeError(f"{where}: '{key}' must be a date (YYYY-MM-DD), got {raw!r}")


def _https_url(mapping: Mapping[str, Any], where: str) -> str:
    raw = mapping.get("source")
    url = raw.strip() if isinstance(raw, str) else ""
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.netloc or any(c.isspace() for c in url):
        raise KnowledgeError(f"{where}: 'source' must be an https:// URL, got {raw!r}")
    return url


def parse_provenance(
    mapping: Mapping[str, Any],
    where: str,
    *,
    today: date | None = None,
    max_months: int | None = MAX_VALIDITY_MONTHS,
) -> Provenance:
    """Validated `source`, `last_checked` and `expires` of one record.

    `where` names the record in error messages ("hotlines/de.yml, line 2").
    Raises KnowledgeError when the source is not an https URL, a date is missing or
    invalid, `expires` is not after `last_checked`, `last_checked` is after `today`
    (default: the real date), or `expires` is more than `max_months` after `last_checked`.
    """
    if not isinstance(mapping, Mapping):
        raise KnowledgeError(f"{where}: expected a mapping, got {type(mapping).__name__}")
    source = _https_url(mapping, where)
    last_checked = _date(mapping, "last_checked", where)
    expires = _date(mapping, "expires", where)
    if expires <= last_checked:
        raise KnowledgeError(f"{where}: 'expires' ({expires}) must be after 'last_checked' ({last_checked})")
    if last_checked > (today or date.today()):
        raise KnowledgeError(f"{where}: 'last_checked' ({last_checked}) is in the future")
    if max_months is not None and expires > add_months(last_checked, max_months):
        raise KnowledgeError(
            f"{where}: 'expires' ({expires}) is more than {max_months} months after "
            f"'last_checked' ({last_checked}); re-check sooner"
        )
    return Provenance(source=source, last_checked=last_checked, expires=expires)


def required_text(value: Any, where: str, key: str) -> str:
    """Non-empty text of a record's field, stripped; raises KnowledgeError."""
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError(f"{where}: '{key}' must be non-empty text, got {value!r}")
    return value.strip()


def names_by_language(raw: Any, where: str, required: str = "en") -> dict[str, str]:
    """A record's `name`: language code -> text, with at least `required`."""
    if not isinstance(raw, Mapping) or not raw:
        raise KnowledgeError(f"{where}: 'name' must map language codes to names")
    names = {str(lang): required_text(text, where, f"name.{lang}") for lang, text in raw.items()}
    if required not in names:
        raise KnowledgeError(f"{where}: 'name' needs at least '{required}'")
    return names
