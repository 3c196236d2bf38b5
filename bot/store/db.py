"""Engine and session factory for the application's records (SQLite or PostgreSQL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker


def is_sqlite_file(url: str) -> bool:
    parsed = make_url(url)
    return parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:")


def ensure_sqlite_dir(url: str) -> None:
    """Creates the folder of a SQLite file (var/ in a fresh checkout)."""
    if is_sqlite_file(url):
        Path(make_url(url).database or "").parent.mkdir(parents=True, exist_ok=True)


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL + synchronous=NORMAL: no fsync per write, never a corrupt file; a power cut may
    lose the last writes (the embedded default; production uses PostgreSQL)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if make_url(url).drivername.startswith("sqlite"):
        ensure_sqlite_dir(url)
        engine = sa.create_engine(url, future=True)
        sa.event.listen(engine, "connect", sqlite_pragmas)
        return engine
    return sa.create_engine(url, future=True, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, future=True, expire_on_commit=False)
