"""Brings a database to the newest schema with Alembic (`python -m bot.store.migrate`)."""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.store.db import make_engine, session_factory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def ready_sessions(url: str) -> sessionmaker[Session]:
    """Sessions on the database at `url`, brought to the newest schema first."""
    engine = make_engine(url)
    upgrade(engine)
    return session_factory(engine)


def main() -> None:
    from bot.settings import get_settings

    url = sys.argv[1] if len(sys.argv) > 1 else get_settings().db_url
    upgrade(make_engine(url))
    print("database schema is up to date")


if __name__ == "__main__":
    main()
