"""Failure injection across the whole relay: a person on SMS and a counsellor on Telegram, with
Telegram and Twilio failing; every message arrives once, nothing is lost.

Prints the figures the handoff reports: messages relayed, retries, losses.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator

import pytest

from bot.channels.twilio.addresses import conversation_id
from bot.handoff.service import TO_COUNSELLOR, TO_USER, HandoffService
from bot.store.migrate import ready_sessions
from tests.e2e.conftest import Assistant, running_assistant, until
from tests.e2e.test_twilio import PUBLIC, SID, TOKEN, form, post
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.fakes.twilio_api import FakeTwilioAPI

TG_TOKEN = "777:relay-failures"
ADMIN, AMINA = 1, 2
PHONE = "+212611000001"


@pytest.fixture(scope="module")
def fakes() -> Iterator[tuple[FakeTwilioAPI, FakeTelegramAPI]]:
    with FakeTwilioAPI(SID, TOKEN) as twilio, FakeTelegramAPI(TG_TOKEN) as telegram:
        yield twilio, telegram


@pytest.fixture(scope="module")
def assistant(
    fakes: tuple[FakeTwilioAPI, FakeTelegramAPI], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    twilio, telegram = fakes
    env = {
        "TWILIO_ACCOUNT_SID": SID,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "SAFEROUTE_PUBLIC_URL": PUBLIC,
        "TWILIO_API_BASE_URL": twilio.base_url,
        "TWILIO_RETRY_BASE_SECONDS": "0.05",
        "TWILIO_SEND_ATTEMPTS": "1",  # every failure goes through the outbox loop
        "TELEGRAM_BOT_TOKEN": TG_TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "SAFEROUTE_DESK_PUMP_SECONDS": "0.1",
        "PTB_TIMEDELTA": "true",
        "SAFEROUTE_CENTRE_HOURS": "mon-sun 00:00-23:59",
    }
    with running_assistant(tmp_path_factory.mktemp("relay"), extra_env=env) as running:
        yield running


def sms(assistant: Assistant, text: str) -> None:
    response = post(assistant, form(PHONE, text))
    assert response.status_code == 200, response.text


def test_messages_survive_telegram_and_twilio_failures(
    assistant: Assistant, fakes: tuple[FakeTwilioAPI, FakeTelegramAPI]
) -> None:
    twilio, telegram = fakes
    service = HandoffService(ready_sessions(f"sqlite:///{assistant.db_path}"))
    service.add_admin(ADMIN, "Admin")
    service.register(ADMIN, AMINA, "Amina", ["en"])

    sms(assistant, "hello, i want to talk to a counsellor")
    until(lambda: any("Do you agree" in m.body for m in twilio.messages_to(PHONE)))
    sms(assistant, "1")  # the numbered "Yes, I agree"
    until(lambda: telegram.sent(AMINA))
    posted = telegram.sent(AMINA)[0]
    cid = conversation_id(TOKEN, "sms", PHONE)
    ticket = service.open_ticket_of(cid)
    assert ticket is not None

    # the person writes before anyone claimed; Telegram then fails twice on the relay
    sms(assistant, "they took my passport, i am in the farm near agadir")
    until(lambda: service.history(ticket.id))
    telegram.fail_next(502, count=2, method="sendMessage")
    telegram.push_callback(AMINA, AMINA, posted.message_id, f"claim:{ticket.id}")
    until(lambda: any("they took my passport" in m.text for m in telegram.sent(AMINA)))

    # the counsellor answers; Twilio fails twice on the way to the phone
    before = twilio.count_to(PHONE)
    twilio.fail_next(503, times=2)
    telegram.push_message(AMINA, text="I am Amina from the centre. Are you safe right now?")
    until(lambda: any("I am Amina" in m.body for m in twilio.messages_to(PHONE)[before:]))
    time.sleep(1.0)  # anything doubled would arrive now

    relayed_to_counsellor = [m for m in telegram.sent(AMINA) if "they took my passport" in m.text]
    relayed_to_person = [m for m in twilio.messages_to(PHONE) if "I am Amina" in m.body]
    assert len(relayed_to_counsellor) == 1 and len(relayed_to_person) == 1  # once each
    history = service.history(ticket.id)
    assert [(m.direction, m.state) for m in history] == [(TO_COUNSELLOR, "sent"), (TO_USER, "sent")]
    telegram_retries = history[0].attempts - 1
    with sqlite3.connect(assistant.db_path) as db:
        [(twilio_attempts,)] = db.execute(
            "SELECT attempts FROM outbound_messages WHERE idempotency_key LIKE 'handoff-%'"
        ).fetchall()
    assert telegram_retries == 2 and twilio_attempts == 3  # two injected failures, then delivered
    lost = sum(1 for m in history if m.state != "sent")
    assert lost == 0
    print(
        f"\nrelay under failures: messages relayed {len(history)}, retries: Telegram {telegram_retries}, "
        f"Twilio {twilio_attempts - 1}, losses {lost}"
    )
