"""Configuration, read once at the edge: environment, then `.env`, then defaults.

Every variable is listed in `.env.example` and the README.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _read_dotenv(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values


class Secret(str):
    """A string whose repr never shows its value."""

    def __repr__(self) -> str:
        return "Secret('**********')" if self else "Secret('')"


@dataclass(frozen=True)
class TwilioSettings:
    """The Twilio channel; absent (None) unless TWILIO_AUTH_TOKEN is set."""

    account_sid: str
    auth_token: Secret
    # the public address Twilio calls (behind a proxy: the proxy's), used to check signatures
    public_url: str
    api_base_url: str = "https://api.twilio.com"
    # keys the pseudonymous conversation ids; set it so rotating the auth token keeps them
    pseudonym_key: Secret = field(default_factory=lambda: Secret(""))
    sms_max_parts: int = 3  # SMS parts sent per turn before "MORE"
    rate_per_minute: int = 12  # messages a sender may send per minute before they are set aside
    send_attempts: int = 5
    retry_base_seconds: float = 0.5

    @classmethod
    def from_source(cls, get: Callable[[str, str], str]) -> TwilioSettings | None:
        token = get("TWILIO_AUTH_TOKEN", "")
        if not token:
            return None
        account_sid, public_url = get("TWILIO_ACCOUNT_SID", ""), get("SAFEROUTE_PUBLIC_URL", "")
        if not account_sid.startswith("AC"):
            raise ConfigError("TWILIO_ACCOUNT_SID must be set (AC...) when TWILIO_AUTH_TOKEN is")
        if not public_url.startswith(("https://", "http://")):
            raise ConfigError(
                "SAFEROUTE_PUBLIC_URL must be the public https:// address Twilio calls "
                "(e.g. https://bot.example.org) when TWILIO_AUTH_TOKEN is set"
            )

        def number(name: str, default: str, low: float) -> float:
            raw = get(name, default)
            try:
                value = float(raw)
            except ValueError:
                raise ConfigError(f"{name} must be a number, not {raw!r}") from None
            if value < low:
                raise ConfigError(f"{name} must be at least {low}")
            return value

        return cls(
            account_sid=account_sid,
            auth_token=Secret(token),
            public_url=public_url.rstrip("/"),
            api_base_url=get("TWILIO_API_BASE_URL", "https://api.twilio.com").rstrip("/"),
            pseudonym_key=Secret(get("SAFEROUTE_PSEUDONYM_KEY", token)),
            sms_max_parts=int(number("SAFEROUTE_SMS_MAX_PARTS", "3", 1)),
            rate_per_minute=int(number("SAFEROUTE_RATE_PER_MINUTE", "12", 1)),
            send_attempts=int(number("TWILIO_SEND_ATTEMPTS", "5", 1)),
            retry_base_seconds=number("TWILIO_RETRY_BASE_SECONDS", "0.5", 0),
        )


@dataclass(frozen=True)
class DeskSettings:
    """The counsellors' Telegram desk; absent (None) unless TELEGRAM_BOT_TOKEN is set."""

    bot_token: Secret
    api_base_url: str = ""  # "" = Telegram's; tests point it at a local fake
    # webhook mode when set (Telegram calls SAFEROUTE_PUBLIC_URL/webhooks/desk/webhook with it)
    webhook_secret: Secret = field(default_factory=lambda: Secret(""))
    public_url: str = ""

    @property
    def webhook(self) -> bool:
        return bool(self.webhook_secret and self.public_url)

    @classmethod
    def from_source(cls, get: Callable[[str, str], str]) -> DeskSettings | None:
        token = get("TELEGRAM_BOT_TOKEN", "")
        if not token:
            return None
        return cls(
            bot_token=Secret(token),
            api_base_url=get("TELEGRAM_API_BASE_URL", ""),
            webhook_secret=Secret(get("TELEGRAM_WEBHOOK_SECRET", "")),
            public_url=get("SAFEROUTE_PUBLIC_URL", "").rstrip("/"),
        )


@dataclass(frozen=True)
class HandoffSettings:
    """The counsellors' centre: opening hours (as told to people) and waiting times."""

    centre_hours: str = "mon-fri 09:00-17:00"
    centre_timezone: str = "UTC"
    wait_minutes: int = 15  # the usual wait before a counsellor answers, as told to people
    unclaimed_minutes: int = 30  # nobody claimed the ticket by then: the person is told
    # how often the desk (Telegram or console) sends out new tickets and messages, and follows
    # claims and closes
    pump_seconds: float = 2.0

    @classmethod
    def from_source(cls, get: Callable[[str, str], str]) -> HandoffSettings:
        try:
            wait = int(get("SAFEROUTE_HANDOFF_WAIT_MINUTES", "15"))
            unclaimed = int(get("SAFEROUTE_HANDOFF_UNCLAIMED_MINUTES", "30"))
        except ValueError as exc:
            raise ConfigError("SAFEROUTE_HANDOFF_*_MINUTES must be whole numbers of minutes") from exc
        try:
            pump = float(get("SAFEROUTE_DESK_PUMP_SECONDS", "2"))
        except ValueError as exc:
            raise ConfigError("SAFEROUTE_DESK_PUMP_SECONDS must be a number of seconds") from exc
        return cls(
            centre_hours=get("SAFEROUTE_CENTRE_HOURS", "mon-fri 09:00-17:00"),
            centre_timezone=get("SAFEROUTE_CENTRE_TIMEZONE", "UTC"),
            wait_minutes=max(1, wait),
            unclaimed_minutes=max(1, unclaimed),
            pump_seconds=max(0.05, pump),
        )


@dataclass(frozen=True)
class Settings:
    locales_dir: Path
    default_language: str
    db_url: str
    api_token: Secret = field(default_factory=lambda: Secret(""))
    twilio: TwilioSettings | None = None
    handoff: HandoffSettings = field(default_factory=HandoffSettings)
    desk: DeskSettings | None = None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        source = dict(_read_dotenv(PROJECT_ROOT / ".env"))
        source.update(os.environ if env is None else env)

        def get(name: str, default: str) -> str:
            value = source.get(name, "").strip()
            return value or default

        locales_dir = Path(get("SAFEROUTE_LOCALES_DIR", str(PROJECT_ROOT / "locales")))
        if not locales_dir.is_dir():
            raise ConfigError(f"SAFEROUTE_LOCALES_DIR is not a directory: {locales_dir}")
        default_db = f"sqlite:///{PROJECT_ROOT / 'var' / 'saferoute.db'}"
        return cls(
            locales_dir=locales_dir,
            default_language=get("SAFEROUTE_DEFAULT_LANGUAGE", "en"),
            db_url=get("SAFEROUTE_DB_URL", default_db),
            api_token=Secret(get("SAFEROUTE_API_TOKEN", "")),
            twilio=TwilioSettings.from_source(get),
            handoff=HandoffSettings.from_source(get),
            desk=DeskSettings.from_source(get),
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read on first use, not at import)."""
    return Settings.from_env()
