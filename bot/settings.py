"""Configuration, read once at the edge: environment, then `.env`, then defaults.

Every variable is listed in `.env.example` and the README.
"""

from __future__ import annotations

import os
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
class Settings:
    locales_dir: Path
    default_language: str
    db_url: str
    api_token: Secret = field(default_factory=lambda: Secret(""))

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
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read on first use, not at import)."""
    return Settings.from_env()
