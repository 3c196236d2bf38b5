"""The production stores on a real server: PostgreSQL tracker store, Redis lock store.

Run by .ci/run (`./saferoute test --integration`) on machines that have PostgreSQL and
Redis on loopback; SAFEROUTE_TEST_POSTGRES_URL and SAFEROUTE_TEST_REDIS_URL override the
defaults below.
"""

from __future__ import annotations

import asyncio
import os
import uuid

import pytest
import sqlalchemy as sa
from rasa.core.lock_store import RedisLockStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.tracker_store import SafeRouteTrackerStore
from tests.conftest import ROOT

POSTGRES_URL = os.environ.get("SAFEROUTE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("SAFEROUTE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture()
def pg_store(domain: Domain):
    store = SafeRouteTrackerStore(domain=domain, host=POSTGRES_URL)
    yield store
    store.engine.dispose()


def chat(sender: str, domain: Domain, *extra) -> DialogueStateTracker:
    events = [
        ActionExecuted("action_listen"),
        UserUttered("hello"),
        ActionExecuted("utter_greet"),
        BotUttered("Hello"),
        *extra,
    ]
    return DialogueStateTracker.from_events(sender, events, domain.slots)


def test_postgres_keeps_a_conversation_and_erases_it_on_request(pg_store, domain: Domain) -> None:
    alice, bob = f"it-{uuid.uuid4().hex[:8]}", f"it-{uuid.uuid4().hex[:8]}"
    asyncio.run(pg_store.save(chat(alice, domain)))
    asyncio.run(pg_store.save(chat(bob, domain)))
    assert pg_store.engine.dialect.name == "postgresql"
    stored = asyncio.run(pg_store.retrieve(alice))
    assert stored is not None and stored.latest_message.text == "hello"

    erase = chat(
        alice,
        domain,
        ActionExecuted("action_listen"),
        UserUttered("delete my data"),
        ActionExecuted("utter_data_deleted"),
    )
    asyncio.run(pg_store.save(erase))
    with pg_store.engine.connect() as conn:
        count = conn.execute(
            sa.text("select count(*) from events where sender_id = :s"), {"s": alice}
        ).scalar()
    assert count == 0
    assert asyncio.run(pg_store.retrieve(bob)) is not None


def test_a_second_server_sees_what_the_first_wrote(pg_store, domain: Domain) -> None:
    other = SafeRouteTrackerStore(domain=domain, host=POSTGRES_URL)
    sender = f"it-{uuid.uuid4().hex[:8]}"
    first = chat(sender, domain)
    asyncio.run(pg_store.save(first))
    assert asyncio.run(pg_store.retrieve(sender)) is first  # cached
    longer = chat(sender, domain, ActionExecuted("action_listen"), UserUttered("menu"))
    asyncio.run(other.save(longer))
    seen = asyncio.run(pg_store.retrieve(sender))
    assert seen is not first and seen.latest_message.text == "menu"
    other.engine.dispose()


def redis_store() -> RedisLockStore:
    host, _, rest = REDIS_URL.removeprefix("redis://").partition(":")
    port, _, db = rest.partition("/")
    return RedisLockStore(host=host, port=int(port), db=int(db or 0))


def test_redis_lock_store_serialises_one_conversation_across_servers() -> None:
    server_a, server_b = redis_store(), redis_store()
    sender = f"it-{uuid.uuid4().hex[:8]}"
    order: list[str] = []

    async def turn(store: RedisLockStore, name: str, hold: float) -> None:
        async with store.lock(sender, lock_lifetime=5, wait_time_in_seconds=0.01):
            order.append(f"{name} starts")
            await asyncio.sleep(hold)
            order.append(f"{name} ends")

    async def scenario() -> None:
        first = asyncio.create_task(turn(server_a, "a", 0.3))
        await asyncio.sleep(0.05)
        await asyncio.gather(first, turn(server_b, "b", 0))

    asyncio.run(scenario())
    assert order == ["a starts", "a ends", "b starts", "b ends"]
    assert server_a.get_lock(sender) is None


def test_a_turn_waits_while_another_server_holds_the_conversation() -> None:
    store = redis_store()
    sender = f"it-{uuid.uuid4().hex[:8]}"
    store.issue_ticket(sender, lock_lifetime=30)  # another server holds the turn and hangs

    async def waiting_turn() -> None:
        async with store.lock(sender, lock_lifetime=5, wait_time_in_seconds=0.01):
            pass

    try:
        with pytest.raises(asyncio.TimeoutError):
            asyncio.run(asyncio.wait_for(waiting_turn(), timeout=1))
    finally:
        store.delete_lock(sender)
