"""A locked database delays the relay instead of failing it: real SQLite locks, real errors."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.handoff.service import TO_COUNSELLOR, HandoffService
from bot.store.db import session_factory, sqlite_pragmas
from bot.store.migrate import upgrade
from bot.store.retry import Backoff, call_with_retry, transient

ADMIN = 1


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "r.db"


@pytest.fixture
def service(db_file: Path) -> HandoffService:
    # a busy timeout of 50 ms instead of 5 s: a lock fails a write quickly
    engine = sa.create_engine(f"sqlite:///{db_file}", future=True, connect_args={"timeout": 0.05})
    sa.event.listen(engine, "connect", sqlite_pragmas)
    upgrade(engine)
    handoff = HandoffService(session_factory(engine))
    handoff.add_admin(ADMIN, "Admin")
    return handoff


@pytest.fixture
def locker(db_file: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(db_file, isolation_level=None, check_same_thread=False)
    yield db
    db.close()


def lock_for(db: sqlite3.Connection, seconds: float) -> threading.Thread:
    """Another process's write transaction, held for `seconds`."""
    db.execute("BEGIN IMMEDIATE")

    def release() -> None:
        time.sleep(seconds)
        db.execute("COMMIT")

    thread = threading.Thread(target=release)
    thread.start()
    return thread


def test_a_write_waits_out_a_lock_and_is_written_once(
    service: HandoffService, locker: sqlite3.Connection, caplog: pytest.LogCaptureFixture
) -> None:
    ticket = service.open_ticket("rest-1", "rest", "en")
    released = lock_for(locker, 0.4)
    with caplog.at_level(logging.WARNING, logger="bot.store.retry"):
        written = service.relay(ticket.id, TO_COUNSELLOR, "they took my passport", "k1")
    released.join()
    assert written is not None
    assert [m.text for m in service.history(ticket.id)] == ["they took my passport"]
    retries = [r for r in caplog.records if "retrying" in r.getMessage()]
    assert retries and all("passport" not in r.getMessage() for r in retries)
    assert all(r.exc_info is None for r in retries)  # expected while down: no traceback


def test_the_error_reaches_the_caller_when_the_budget_is_spent(
    service: HandoffService, locker: sqlite3.Connection
) -> None:
    ticket = service.open_ticket("rest-2", "rest", "en")
    service.backoff = Backoff(budget_seconds=0.2, first_delay=0.05)  # type: ignore[attr-defined]
    released = lock_for(locker, 1.0)
    try:
        with pytest.raises(OperationalError):
            service.relay(ticket.id, TO_COUNSELLOR, "hello", "k2")
    finally:
        released.join()
    assert service.history(ticket.id) == []  # nothing half-written


def test_a_nested_call_retries_once_as_a_whole(service: HandoffService, locker: sqlite3.Connection) -> None:
    # open_ticket reads open_ticket_of inside: one retry loop, not one inside another
    released = lock_for(locker, 0.3)
    ticket = service.open_ticket("rest-3", "rest", "ar")
    released.join()
    assert service.open_ticket_of("rest-3") == ticket


def test_only_transient_errors_are_retried() -> None:
    calls: list[int] = []

    def conflict() -> None:
        calls.append(1)
        raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))

    with pytest.raises(IntegrityError):
        call_with_retry(conflict, "conflict", Backoff(budget_seconds=5))
    assert calls == [1]
    assert transient(OperationalError("SELECT 1", {}, Exception("database is locked")))
    assert not transient(ValueError("a bug"))
