"""The Telegram desk with the real python-telegram-bot against a local fake Bot API server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from telegram.ext import ApplicationBuilder

from bot.desk.desk import Desk
from bot.handoff.service import TO_COUNSELLOR, TO_USER, HandoffService
from bot.store.migrate import ready_sessions
from tests.fakes.telegram_api import FakeTelegramAPI

TOKEN = "123456:desk-test-token"
ADMIN, AMINA, STRANGER = 100, 200, 666


async def until(condition: Callable[[], object], timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.02)


@pytest.fixture
async def desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Desk, FakeTelegramAPI]]:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # PTB 22 warns on the old retry_after otherwise
    with FakeTelegramAPI(TOKEN) as api:
        service = HandoffService(ready_sessions(f"sqlite:///{tmp_path / 'desk.db'}"))
        service.add_admin(ADMIN, "Admin")
        app = ApplicationBuilder().token(TOKEN).base_url(api.base_url).build()
        desk = Desk(app, service, {"isolation": "cut off from phone or family"})
        await app.initialize()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.02, timeout=1)
        await app.start()
        try:
            yield desk, api
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()


async def test_an_admin_registers_a_counsellor_and_a_stranger_cannot(
    desk: tuple[Desk, FakeTelegramAPI],
) -> None:
    d, api = desk
    api.push_message(STRANGER, text=f"/register {STRANGER} en Me")
    await until(lambda: api.sent(STRANGER))
    assert "Only a registered admin" in api.sent(STRANGER)[-1].text
    api.push_message(ADMIN, text=f"/register {AMINA} fr,ar Amina")
    await until(lambda: api.sent(ADMIN))
    assert "registered" in api.sent(ADMIN)[-1].text
    assert d.service.counsellors_for("ar") == [AMINA]


async def test_a_ticket_reaches_the_counsellor_and_messages_are_relayed_both_ways_despite_failures(
    desk: tuple[Desk, FakeTelegramAPI],
) -> None:
    d, api = desk
    d.service.register(ADMIN, AMINA, "Amina", ["fr"])
    ticket = d.service.open_ticket("sms-1", "sms", "fr", "high", ["isolation"])
    d.service.relay(ticket.id, TO_COUNSELLOR, "ils ont pris mon telephone", "in:1")

    await d.pump()
    [posted] = api.sent(AMINA)
    assert f"Ticket #{ticket.id}" in posted.text and "cut off from phone or family" in posted.text
    assert posted.reply_markup is not None
    await d.pump()
    assert len(api.sent(AMINA)) == 1  # announced once; the message waits for a claim

    api.push_callback(STRANGER, AMINA, posted.message_id, f"claim:{ticket.id}")
    await until(lambda: api.callback_answers())
    assert api.callback_answers()[-1].text.startswith("Not allowed")
    assert ("refused:claim", STRANGER, "not a registered, active counsellor") in d.service.audit(ticket.id)

    api.fail_next(502, count=1, method="sendMessage")  # the first relay to the counsellor fails
    api.push_callback(AMINA, AMINA, posted.message_id, f"claim:{ticket.id}")
    await until(lambda: len(api.callback_answers()) == 2)
    await until(
        lambda: d.service.pending(TO_COUNSELLOR) and d.service.pending(TO_COUNSELLOR)[0].attempts == 1
    )
    await d.pump()  # the retry
    relayed = [m for m in api.sent(AMINA) if "ils ont pris mon telephone" in m.text]
    assert len(relayed) == 1 and d.service.pending(TO_COUNSELLOR) == []

    api.push_message(AMINA, text="Bonjour, je suis Amina. Etes-vous en securite ?")
    await until(lambda: d.service.pending_for("sms-1"))
    [reply] = d.service.pending_for("sms-1", TO_USER)
    assert reply.text == "Bonjour, je suis Amina. Etes-vous en securite ?"

    api.push_callback(AMINA, AMINA, posted.message_id, f"close:{ticket.id}")
    await until(lambda: d.service.open_ticket_of("sms-1") is None)
    history = d.service.history(ticket.id)
    assert [(m.direction, m.state) for m in history] == [(TO_COUNSELLOR, "sent"), (TO_USER, "pending")]
    assert [m.attempts for m in history] == [2, 0]  # one failure, one delivery, nothing lost


async def test_text_without_an_active_ticket_is_not_sent_anywhere(desk: tuple[Desk, FakeTelegramAPI]) -> None:
    d, api = desk
    d.service.register(ADMIN, AMINA, "Amina", ["fr"])
    api.push_message(AMINA, text="hello?")
    await until(lambda: api.sent(AMINA))
    assert api.sent(AMINA)[-1].text == "You have no active ticket."


async def test_the_packet_carries_context_and_a_counsellor_can_transfer(
    desk: tuple[Desk, FakeTelegramAPI],
) -> None:
    d, api = desk
    d.service.register(ADMIN, AMINA, "Amina", ["fr"])
    d.service.register(ADMIN, 300, "Kofi", ["fr", "en"])
    profile = {"matched_pathways": ["fr_study"], "last_messages": ["mon patron garde mon passeport"]}
    ticket = d.service.open_ticket("rest-9", "rest", "fr", "concern", ["retention_of_documents"], profile)
    await d.pump()
    posted = api.sent(AMINA)[0].text
    assert "Routes looked at: fr_study" in posted and "· mon patron garde mon passeport" in posted
    d.service.claim(ticket.id, AMINA)
    api.push_message(AMINA, text=f"/transfer {ticket.id} 300")
    await until(lambda: api.sent(300) and any("transferred" in m.text for m in api.sent(AMINA)))
    assert [t.id for t in d.service.active_tickets_of(300)] == [ticket.id]
    assert d.service.active_tickets_of(AMINA) == []
    api.push_message(STRANGER, text=f"/transfer {ticket.id} {STRANGER}")
    await until(lambda: api.sent(STRANGER))
    assert api.sent(STRANGER)[-1].text.startswith("Not transferred")


async def test_a_ticket_nobody_claims_is_told_once(desk: tuple[Desk, FakeTelegramAPI]) -> None:
    d, _ = desk
    told: list[int] = []

    async def tell(ticket, _status):  # type: ignore[no-untyped-def]
        told.append(ticket.id)

    d.on_unclaimed, d.unclaimed.after = tell, __import__("datetime").timedelta(0)
    ticket = d.service.open_ticket("rest-10", "rest", "en")
    await d.pump()
    await d.pump()
    assert told == [ticket.id]
