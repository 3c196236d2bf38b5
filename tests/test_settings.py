from __future__ import annotations

import pytest

from bot.errors import ConfigError
from bot.settings import Secret, Settings


def test_defaults_use_sqlite_and_english() -> None:
    settings = Settings.from_env({})
    assert settings.db_url.startswith("sqlite:///")
    assert settings.default_language == "en"


def test_environment_wins() -> None:
    settings = Settings.from_env(
        {"SAFEROUTE_DB_URL": "postgresql://u@127.0.0.1/x", "SAFEROUTE_DEFAULT_LANGUAGE": "fr"}
    )
    assert settings.db_url == "postgresql://u@127.0.0.1/x"
    assert settings.default_language == "fr"


def test_secrets_are_masked() -> None:
    settings = Settings.from_env({"SAFEROUTE_API_TOKEN": "s3cret-token"})
    assert "s3cret" not in repr(settings)
    assert settings.api_token == "s3cret-token"
    assert repr(Secret("")) == "Secret('')"


def test_a_wrong_locales_dir_fails_loudly(tmp_path) -> None:
    with pytest.raises(ConfigError):
        Settings.from_env({"SAFEROUTE_LOCALES_DIR": str(tmp_path / "missing")})


def test_the_desk_is_off_without_a_token_and_polls_without_a_webhook_secret() -> None:
    assert Settings.from_env({}).desk is None
    polling = Settings.from_env({"TELEGRAM_BOT_TOKEN": "1:abc"}).desk
    assert polling is not None and not polling.webhook and "abc" not in repr(polling)
    hooked = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": "1:abc",
            "TELEGRAM_WEBHOOK_SECRET": "s3cret",
            "SAFEROUTE_PUBLIC_URL": "https://x.org/",
        }
    ).desk
    assert hooked is not None and hooked.webhook and hooked.public_url == "https://x.org"


@pytest.mark.parametrize(
    "env",
    [
        {"SAFEROUTE_HANDOFF_WAIT_MINUTES": "soon"},
        {"TELEGRAM_BOT_TOKEN": "1:abc", "SAFEROUTE_DESK_PUMP_SECONDS": "often"},
    ],
)
def test_bad_handoff_settings_fail_loudly(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        Settings.from_env(env)
