"""The channel's records and their Alembic migration on PostgreSQL (a scratch schema)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Engine

from bot.channels.twilio.records import ChannelRecords
from bot.store.db import make_engine, session_factory
from bot.store.migrate import upgrade
from bot.store.models import Base
from tests.integration.test_stores import POSTGRES_URL


@pytest.fixture
def engine() -> Iterator[Engine]:
    """An engine whose connections use a fresh schema, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(sa.text(f"create schema {schema}"))
    scoped = sa.create_engine(POSTGRES_URL, future=True, connect_args={"options": f"-csearch_path={schema}"})
    yield scoped
    scoped.dispose()
    with admin.begin() as connection:
        connection.execute(sa.text(f"drop schema {schema} cascade"))
    admin.dispose()


def test_migration_matches_the_models_on_postgresql(engine: Engine) -> None:
    upgrade(engine)
    upgrade(engine)  # idempotent
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_idempotency_outbox_and_erasure_on_postgresql(engine: Engine) -> None:
    upgrade(engine)
    records = ChannelRecords(session_factory(engine))
    assert records.record_inbound("SM1", "sms-a", "hello", "sms", "+331", "+1500")
    assert not records.record_inbound("SM1", "sms-a", "hello", "sms", "+331", "+1500")
    (item,) = records.enqueue("sms-a", ["hi"], "SM1")
    assert records.claim(item.id) and not records.claim(item.id)
    records.attempt_failed(item.id, "503", final=False)
    assert [o.id for o in records.unsent(timedelta(0))] == [item.id]
    records.claim(item.id)
    records.sent(item.id, "SMx", "queued")
    assert records.delivery_status("SMx", "delivered", None)
    assert records.erase("sms-a") == 3
    assert records.contact("sms-a") is None
