"""The channel's records on SQLite: idempotency, outbox states, status callbacks, erasure,
and the Alembic migration matching the models."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.inbound import InboundError
from bot.channels.twilio.addresses import conversation_id, parse_address
from bot.channels.twilio.records import ChannelRecords
from bot.store.db import make_engine
from bot.store.migrate import upgrade
from bot.store.models import Base, OutboundMessage, utcnow

CID = "sms-0123"


@pytest.fixture
def records(sessions: sessionmaker[Session]) -> ChannelRecords:
    return ChannelRecords(sessions)


def test_the_migration_creates_exactly_the_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_a_message_sid_is_taken_once(records: ChannelRecords) -> None:
    assert records.record_inbound("SM1", CID, "hello", "sms", "+331", "+1500")
    assert not records.record_inbound("SM1", CID, "hello", "sms", "+331", "+1500")
    contact = records.contact(CID)
    assert contact is not None and contact.address == "+331" and contact.reply_from == "+1500"


def test_unfinished_messages_are_found_after_a_crash_and_bodies_go_when_done(records: ChannelRecords) -> None:
    records.record_inbound("SM1", CID, "first", "sms", "+331", "+1500")
    records.record_inbound("SM2", CID, "second", "sms", "+331", "+1500")
    records.finish_inbound("SM1")
    assert records.unfinished_inbound(timedelta(0)) == [("SM2", CID, "second")]


def test_outbox_keys_make_a_repeated_turn_queue_nothing_new(records: ChannelRecords) -> None:
    first = records.enqueue(CID, ["a", "b"], "SM1")
    assert [o.body for o in first] == ["a", "b"]
    assert records.enqueue(CID, ["a", "b"], "SM1") == []


def test_a_reply_never_overtakes_an_earlier_one_that_just_failed_again(
    records: ChannelRecords, sessions: sessionmaker[Session]
) -> None:
    first, second = records.enqueue(CID, ["hello", "menu"], "SM1")
    (other,) = records.enqueue("sms-other", ["x"], "SM9")
    with sessions.begin() as session:  # all queued a minute ago
        session.execute(sa.update(OutboundMessage).values(updated_at=utcnow() - timedelta(minutes=1)))
    assert records.claim(first.id)
    records.attempt_failed(first.id, "503", final=False)  # the first failed again just now
    assert [o.id for o in records.unsent(timedelta(seconds=30))] == [other.id]  # the second waits
    assert records.claim(first.id)  # while the first is being sent, the second still waits
    assert [o.id for o in records.unsent(timedelta(0))] == [other.id]
    records.attempt_failed(first.id, "503", final=False)
    assert [o.id for o in records.unsent(timedelta(0))] == [first.id, second.id, other.id]


def test_a_new_turns_replies_see_the_older_ones_still_waiting(records: ChannelRecords) -> None:
    first, second = records.enqueue(CID, ["hello", "menu"], "SM1")
    (later,) = records.enqueue(CID, ["next turn"], "SM2")
    (other,) = records.enqueue("sms-other", ["x"], "SM9")
    assert records.waiting_before(CID, later.id)  # both of the first turn are pending
    assert not records.waiting_before("sms-other", other.id)
    assert records.claim(first.id)
    assert records.waiting_before(CID, later.id)  # being sent still counts
    records.sent(first.id, "SMa", "queued")
    records.attempt_failed(second.id, "21610", final=True)  # sent or failed for good: nothing waits
    assert not records.waiting_before(CID, later.id)


def test_outbox_states_claim_retry_and_delivery(records: ChannelRecords) -> None:
    (item,) = records.enqueue(CID, ["a"], "SM1")
    assert records.claim(item.id)
    assert not records.claim(item.id)  # someone is sending it
    records.attempt_failed(item.id, "503", final=False)
    assert [o.id for o in records.unsent(timedelta(0))] == [item.id]
    assert records.claim(item.id)
    records.sent(item.id, "SMabc", "queued")
    assert records.unsent(timedelta(0)) == []
    assert records.delivery_status("SMabc", "delivered", None)
    assert not records.delivery_status("SMother", "delivered", None)
    assert records.states(CID) == ["delivered"]


def test_erase_removes_the_number_and_every_record(records: ChannelRecords) -> None:
    records.record_inbound("SM1", CID, "hello", "sms", "+331", "+1500")
    records.enqueue(CID, ["a"], "SM1")
    records.record_inbound("SM9", "sms-other", "hi", "sms", "+332", "+1500")
    assert records.erase(CID) == 3
    assert records.contact(CID) is None and records.states(CID) == []
    assert records.contact("sms-other") is not None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+33612345678", ("sms", "+33612345678")),
        ("whatsapp:+33612345678", ("whatsapp", "whatsapp:+33612345678")),
    ],
)
def test_addresses(raw: str, expected: tuple[str, str]) -> None:
    assert parse_address(raw) == expected


@pytest.mark.parametrize("raw", ["", "hello", "whatsapp:", "+33 6x", "whatsapp:abc"])
def test_bad_addresses_are_refused(raw: str) -> None:
    with pytest.raises(InboundError):
        parse_address(raw)


def test_conversation_ids_are_pseudonymous_and_separate_per_channel() -> None:
    sms = conversation_id("k", "sms", "+33612345678")
    wa = conversation_id("k", "whatsapp", "whatsapp:+33612345678")
    assert sms.startswith("sms-") and wa.startswith("wa-") and sms[4:] != wa[3:]
    assert "33612345678" not in sms + wa
    assert conversation_id("k", "sms", "+33612345678") == sms
    assert conversation_id("other", "sms", "+33612345678") != sms
