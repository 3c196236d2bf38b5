"""Failure injection across the whole relay: a person on SMS and a counsellor on Telegram, with
Telegram, Twilio and the database failing; every message arrives once, nothing is lost.

The database failure is a real one: another connection holds SQLite's write lock longer than
the assistant's busy timeout (5 s), so its writes fail with "database is locked" until released.

Prints the figures the handoff reports: messages relayed, retries, losses.
"""

from __future__ import annotations

import sqlite3
import threading
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
LOCK_SECONDS = 8.0  # longer than SQLite's 5 s busy timeout: writes fail, then are retried


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

    # the database is locked while the person writes and the counsellor answers
    db_retries_before = db_retries(assistant)
    locker = sqlite3.connect(assistant.db_path, isolation_level=None, check_same_thread=False)
    locker.execute("BEGIN IMMEDIATE")
    answered: list[int] = []
    person = threading.Thread(
        target=lambda: answered.append(post(assistant, form(PHONE, "i am near the big mosque")).status_code)
    )
    person.start()
    telegram.push_message(AMINA, text="Stay where you are, we are calling the police.")
    time.sleep(LOCK_SECONDS)
    locker.execute("COMMIT")
    locker.close()
    person.join(timeout=60)
    assert answered == [200]  # acknowledged once the database was free again
    until(lambda: any("near the big mosque" in m.text for m in telegram.sent(AMINA)), timeout=30)
    until(lambda: any("Stay where you are" in m.body for m in twilio.messages_to(PHONE)), timeout=30)
    time.sleep(1.0)  # anything doubled would arrive now

    relayed_to_counsellor = [m for m in telegram.sent(AMINA) if "they took my passport" in m.text]
    relayed_to_person = [m for m in twilio.messages_to(PHONE) if "I am Amina" in m.body]
    assert len(relayed_to_counsellor) == 1 and len(relayed_to_person) == 1  # once each
    assert len([m for m in telegram.sent(AMINA) if "near the big mosque" in m.text]) == 1
    assert len([m for m in twilio.messages_to(PHONE) if "Stay where you are" in m.body]) == 1
    history = service.history(ticket.id)
    assert [(m.direction, m.state) for m in history[:2]] == [(TO_COUNSELLOR, "sent"), (TO_USER, "sent")]
    # the two written during the lock: either may have got through first
    assert sorted((m.direction, m.state) for m in history[2:]) == [(TO_COUNSELLOR, "sent"), (TO_USER, "sent")]
    telegram_retries = history[0].attempts - 1
    with sqlite3.connect(assistant.db_path) as db:
        twilio_attempts = [
            n
            for (n,) in db.execute(
                "SELECT attempts FROM outbound_messages WHERE idempotency_key LIKE 'handoff-%' ORDER BY id"
            )
        ]
    assert telegram_retries == 2 and twilio_attempts[0] == 3  # two injected failures, then delivered
    retried_writes = db_retries(assistant) - db_retries_before
    assert retried_writes >= 2  # the person's message and the counsellor's answer each waited
    lost = sum(1 for m in history if m.state != "sent")
    assert lost == 0
    print(
        f"\nrelay under failures: messages relayed {len(history)}, retries: Telegram {telegram_retries}, "
        f"Twilio {twilio_attempts[0] - 1}, database {retried_writes} (a {LOCK_SECONDS:.0f} s lock), "
        f"losses {lost}"
    )


def db_retries(assistant: Assistant) -> int:
    """Writes the assistant retried because the database failed (its log says so, without text)."""
    log = assistant.log_path.read_text(encoding="utf-8", errors="replace")
    return sum(1 for line in log.splitlines() if "store: " in line and "retrying" in line)
