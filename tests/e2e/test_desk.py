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
ADMIN = 10


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


# one counsellor per language: a ticket reaches only the one who speaks the person's language
COUNSELLORS = {"en": (20, "Amina"), "fr": (30, "Karim"), "ar": (40, "Layla")}
CASES = {
    "en": (
        "hello",
        "i need to talk to a counsellor",
        "yes",
        "they took my passport, i am afraid",
        "thank you",
    ),
    "fr": ("bonjour", "passe moi un conseiller", "oui", "ils ont pris mon passeport, j'ai peur", "merci"),
    "ar": ("مرحبا", "وصلني بموظف", "نعم", "اخذوا جواز سفري وانا خايف", "شكرا"),
}
ANSWER = {
    "en": "I am Amina. Are you safe right now?",
    "fr": "Je suis Karim. Êtes-vous en sécurité ?",
    "ar": "أنا ليلى. هل أنت بأمان الآن؟",
}


@pytest.fixture(scope="module")
def service(assistant: Assistant) -> HandoffService:
    handoff = HandoffService(ready_sessions(f"sqlite:///{assistant.db_path}"))
    handoff.add_admin(ADMIN, "Admin")
    for lang, (telegram_id, name) in COUNSELLORS.items():
        handoff.register(ADMIN, telegram_id, name, [lang])
    return handoff


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_person_and_a_counsellor_talk_through_the_desk(
    assistant: Assistant, telegram: FakeTelegramAPI, catalog: Catalog, service: HandoffService, lang: str
) -> None:
    hello, ask, yes, story, thanks = CASES[lang]
    counsellor = COUNSELLORS[lang][0]
    others = [tid for other, (tid, _) in COUNSELLORS.items() if other != lang]
    before = {tid: len(telegram.sent(tid)) for tid in others}
    sender = f"desk-{lang}-{uuid.uuid4().hex[:8]}"
    say(assistant, sender, hello)
    assert say(assistant, sender, ask)[0]["text"] == text_of(catalog, "msg_handoff_consent", lang)
    say(assistant, sender, yes)
    ticket = service.open_ticket_of(sender)
    assert ticket is not None and ticket.language == lang
    until(lambda: any(f"Ticket #{ticket.id} " in m.text for m in telegram.sent(counsellor)))
    posted = next(m for m in telegram.sent(counsellor) if f"Ticket #{ticket.id} " in m.text)
    assert f"Language: {lang}" in posted.text

    telegram.push_callback(
        counsellor,
        counsellor,
        posted.message_id,
        posted.reply_markup["inline_keyboard"][0][0]["callback_data"],
    )
    until(lambda: tracker(assistant, sender)["slots"]["handoff_status"] == "active")

    replies = say(assistant, sender, story)
    assert replies[0]["text"] == text_of(catalog, "msg_handoff_relayed", lang)
    until(lambda: any(story in m.text for m in telegram.sent(counsellor)))

    telegram.push_message(counsellor, text=ANSWER[lang])
    collected: list[str] = []
    until(lambda: collected.extend(outbox(assistant, sender)) or collected)
    assert collected == [ANSWER[lang]]

    telegram.push_callback(
        counsellor,
        counsellor,
        posted.message_id,
        posted.reply_markup["inline_keyboard"][0][1]["callback_data"],
    )
    until(lambda: tracker(assistant, sender)["slots"]["handoff_status"] == "closed")
    handback: list[str] = []
    until(lambda: handback.extend(outbox(assistant, sender)) or handback)
    assert handback == [text_of(catalog, "msg_handoff_handback", lang)]
    replies = say(assistant, sender, thanks)  # the assistant answers again
    assert replies[0]["text"] != text_of(catalog, "msg_handoff_relayed", lang)
    assert {tid: len(telegram.sent(tid)) for tid in others} == before  # nobody else saw it


def test_the_desk_webhook_is_off_in_polling_mode(assistant: Assistant, telegram: FakeTelegramAPI) -> None:
    request = urllib.request.Request(
        f"{assistant.base}/webhooks/desk/webhook", data=b"{}", headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    refused.value.close()
    assert refused.value.code == 503
