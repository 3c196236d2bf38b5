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
