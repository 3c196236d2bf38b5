"""The whole handoff with the Telegram desk running inside the assistant (real PTB, fake API)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator

import pytest

from bot.handoff.service import HandoffService
from bot.i18n import Catalog
from bot.store.migrate import ready_sessions
from tests.e2e.conftest import Assistant, running_assistant, until
from tests.e2e.test_rest import say, text_of, tracker
from tests.fakes.telegram_api import FakeTelegramAPI

TOKEN = "424242:e2e-desk"
ADMIN, AMINA = 10, 20


@pytest.fixture(scope="module")
def telegram() -> Iterator[FakeTelegramAPI]:
    with FakeTelegramAPI(TOKEN) as api:
        yield api


@pytest.fixture(scope="module")
def assistant(telegram: FakeTelegramAPI, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "SAFEROUTE_DESK_PUMP_SECONDS": "0.1",
        "PTB_TIMEDELTA": "true",
        "SAFEROUTE_CENTRE_HOURS": "mon-sun 00:00-23:59",
    }
    with running_assistant(tmp_path_factory.mktemp("desk"), extra_env=env) as running:
        yield running


def outbox(assistant: Assistant, sender: str) -> list[str]:
    with urllib.request.urlopen(f"{assistant.base}/webhooks/rest/outbox?sender={sender}", timeout=30) as r:
        return [m["text"] for m in json.loads(r.read())]


def test_a_person_and_a_counsellor_talk_through_the_desk(
    assistant: Assistant, telegram: FakeTelegramAPI, catalog: Catalog
) -> None:
    service = HandoffService(ready_sessions(f"sqlite:///{assistant.db_path}"))
    service.add_admin(ADMIN, "Admin")
    service.register(ADMIN, AMINA, "Amina", ["en"])

    sender = f"desk-{uuid.uuid4().hex[:8]}"
    say(assistant, sender, "hello")
    say(assistant, sender, "i need to talk to a counsellor")
    say(assistant, sender, "yes")
    until(lambda: telegram.sent(AMINA))
    posted = telegram.sent(AMINA)[0]
    assert posted.text.startswith("Ticket #") and "Language: en" in posted.text

    telegram.push_callback(
        AMINA, AMINA, posted.message_id, posted.reply_markup["inline_keyboard"][0][0]["callback_data"]
    )
    until(lambda: tracker(assistant, sender)["slots"]["handoff_status"] == "active")

    replies = say(assistant, sender, "they took my passport, i am afraid")
    assert replies[0]["text"] == text_of(catalog, "msg_handoff_relayed", "en")
    until(lambda: any("they took my passport" in m.text for m in telegram.sent(AMINA)))

    telegram.push_message(AMINA, text="I am Amina. Are you safe right now?")
    collected: list[str] = []
    until(lambda: collected.extend(outbox(assistant, sender)) or collected)
    assert collected == ["I am Amina. Are you safe right now?"]

    telegram.push_callback(
        AMINA, AMINA, posted.message_id, posted.reply_markup["inline_keyboard"][0][1]["callback_data"]
    )
    until(lambda: tracker(assistant, sender)["slots"]["handoff_status"] == "closed")
    handback: list[str] = []
    until(lambda: handback.extend(outbox(assistant, sender)) or handback)
    assert handback == [text_of(catalog, "msg_handoff_handback", "en")]
    replies = say(assistant, sender, "thank you")  # the assistant answers again
    assert replies[0]["text"] != text_of(catalog, "msg_handoff_relayed", "en")


def test_the_desk_webhook_is_off_in_polling_mode(assistant: Assistant, telegram: FakeTelegramAPI) -> None:
    request = urllib.request.Request(
        f"{assistant.base}/webhooks/desk/webhook", data=b"{}", headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    refused.value.close()
    assert refused.value.code == 503
