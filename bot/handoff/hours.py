"""The centre's opening hours: "mon-fri 09:00-17:00; sat 10:00-13:00" in its time zone.

Read from SAFEROUTE_CENTRE_HOURS and SAFEROUTE_CENTRE_TIMEZONE; `is_open(now)` tells whether a
counsellor can be expected soon, so the person is told honestly when nobody is there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PART = re.compile(r"^(?P<days>[a-z]{3}(?:-[a-z]{3})?)\s+(?P<start>\d{1,2}:\d{2})-(?P<end>\d{1,2}:\d{2})$")


@dataclass(frozen=True)
class OpeningHours:
    spec: str  # as configured, also what the person is told
    slots: tuple[tuple[int, time, time], ...]  # (weekday 0=Monday, start, end)
    zone: ZoneInfo

    @classmethod
    def parse(cls, spec: str, timezone: str = "UTC") -> OpeningHours:
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(f"SAFEROUTE_CENTRE_TIMEZONE is not a time zone: {timezone!r}") from exc
        slots: list[tuple[int, time, time]] = []
        for part in (p.strip().lower() for p in spec.split(";") if p.strip()):
            match = _PART.match(part)
            if not match:
                raise ConfigError(
                    f"SAFEROUTE_CENTRE_HOURS: cannot read {part!r} (e.g. 'mon-fri 09:00-17:00')"
                )
            first, _, last = match["days"].partition("-")
            if first not in DAYS or (last and last not in DAYS):
                raise ConfigError(f"SAFEROUTE_CENTRE_HOURS: unknown day in {part!r}")
            start, end = (
                time.fromisoformat(match["start"].zfill(5)),
                time.fromisoformat(match["end"].zfill(5)),
            )
            if end <= start:
                raise ConfigError(f"SAFEROUTE_CENTRE_HOURS: {part!r} ends before it starts")
            a, b = DAYS.index(first), DAYS.index(last or first)
            days = range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)]
            slots += [(day, start, end) for day in days]
        if not slots:
            raise ConfigError("SAFEROUTE_CENTRE_HOURS is empty")
        return cls(spec.strip(), tuple(slots), zone)

    def is_open(self, now: datetime) -> bool:
        local = now.astimezone(self.zone)
        return any(day == local.weekday() and start <= local.time() < end for day, start, end in self.slots)
