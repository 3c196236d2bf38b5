"""The Telegram fake, spoken to by the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from tests.fakes.telegram_api import FakeTelegramAPI

TOKEN = "123456:desk-test-token"
COUNSELLOR = 5551
DESK_GROUP = -1001234


@pytest.fixture
def fake() -> Iterator[FakeTelegramAPI]:
    with FakeTelegramAPI(TOKEN) as api:
        yield api


def claim_keyboard(case: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("Claim", callback_data=f"claim:{case}")]])


async def test_send_message_with_inline_keyboard_is_recorded_and_echoed(fake: FakeTelegramAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        message = await bot.send_message(DESK_GROUP, "New case C-17", reply_markup=claim_keyboard("C-17"))

    assert message.chat.id == DESK_GROUP and message.chat.type == "supergroup"
    assert message.from_user is not None and message.from_user.is_bot
    assert message.reply_markup == claim_keyboard("C-17")
    [sent] = fake.sent(chat_id=DESK_GROUP)
    assert (sent.message_id, sent.text) == (message.message_id, "New case C-17")
    assert sent.reply_markup == {"inline_keyboard": [[{"text": "Claim", "callback_data": "claim:C-17"}]]}
    assert fake.sent(chat_id=COUNSELLOR) == []


async def test_get_updates_parses_pushed_message_and_callback(fake: FakeTelegramAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        sent = await bot.send_message(DESK_GROUP, "New case C-17", reply_markup=claim_keyboard("C-17"))
        fake.push_message(COUNSELLOR, text="/start", username="amina_mrc")
        fake.push_callback(COUNSELLOR, DESK_GROUP, sent.message_id, "claim:C-17")

        first, second = await bot.get_updates(timeout=1)

        assert isinstance(first, Update) and first.message is not None
        assert first.message.text == "/start"
        assert first.message.chat.id == COUNSELLOR and first.message.chat.type == "private"
        assert first.effective_user is not None and first.effective_user.username == "amina_mrc"
        assert first.message.entities[0].type == "bot_command"
        query = second.callback_query
        assert query is not None and query.data == "claim:C-17"
        assert query.from_user.id == COUNSELLOR
        assert query.message is not None and query.message.message_id == sent.message_id
        assert query.message.chat.id == DESK_GROUP

        # the next offset confirms both: they are gone
        assert await bot.get_updates(offset=second.update_id + 1, timeout=0) == ()
    assert fake.pending() == 0


async def test_long_poll_waits_for_an_update(fake: FakeTelegramAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        threading.Timer(0.2, fake.push_message, (COUNSELLOR,), {"text": "hello"}).start()
        started = asyncio.get_running_loop().time()
        [update] = await bot.get_updates(timeout=5)
        waited = asyncio.get_running_loop().time() - started

    assert update.message is not None and update.message.text == "hello"
    assert 0.1 < waited < 2


async def test_edit_message_text_and_answer_callback_query(fake: FakeTelegramAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        sent = await bot.send_message(DESK_GROUP, "New case C-17", reply_markup=claim_keyboard("C-17"))
        update = fake.push_callback(COUNSELLOR, DESK_GROUP, sent.message_id, "claim:C-17")

        edited = await bot.edit_message_text("C-17 claimed by Amina", DESK_GROUP, sent.message_id)
        assert await bot.answer_callback_query(update["callback_query"]["id"], text="Claimed") is True

        assert isinstance(edited, Message) and edited.text == "C-17 claimed by Amina"
        assert edited.edit_date is not None and edited.reply_markup is None
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await bot.edit_message_text("C-17 claimed by Amina", DESK_GROUP, sent.message_id)
        with pytest.raises(BadRequest, match="(?i)query ID is invalid"):
            await bot.answer_callback_query("no-such-query")

    [edit] = fake.edits(chat_id=DESK_GROUP)
    assert (edit.method, edit.message_id, edit.text) == (
        "editMessageText",
        sent.message_id,
        "C-17 claimed by Amina",
    )
    [answer] = fake.callback_answers()
    assert (answer.text, answer.show_alert) == ("Claimed", False)


async def test_edit_reply_markup_and_commands(fake: FakeTelegramAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        sent = await bot.send_message(DESK_GROUP, "New case C-18", reply_markup=claim_keyboard("C-18"))
        edited = await bot.edit_message_reply_markup(DESK_GROUP, sent.message_id)
        assert isinstance(edited, Message)
        assert await bot.set_my_commands([("claim", "Claim a case"), ("close", "Close a case")])
        commands = await bot.get_my_commands()

    assert edited.reply_markup is None and edited.text == "New case C-18"
    assert [e.method for e in fake.edits()] == ["editMessageReplyMarkup"]
    assert [(c.command, c.description) for c in commands] == [
        ("claim", "Claim a case"),
        ("close", "Close a case"),
    ]


async def test_wrong_token_is_invalid_token(fake: FakeTelegramAPI) -> None:
    with pytest.raises(InvalidToken, match="rejected by the server") as raised:
        async with Bot("999:wrong", base_url=fake.base_url):
            pass
    assert isinstance(raised.value.__cause__, InvalidToken)
    assert raised.value.__cause__.message == "Unauthorized"
    assert fake.calls() == []  # refused before being logged as a call


async def test_unknown_method_is_a_404(fake: FakeTelegramAPI) -> None:
    # Telegram answers 404 both for a malformed token and an unknown method; PTB maps 404 to
    # InvalidToken, and only do_api_request on an initialised bot tells them apart.
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        with pytest.raises(EndPointNotFound, match="noSuchMethod") as raised:
            await bot.do_api_request("no_such_method")
    assert isinstance(raised.value.__cause__, InvalidToken)
    assert raised.value.__cause__.message == "Not Found"
    assert [method for method, _ in fake.calls()][-1] == "noSuchMethod"


def test_json_bodies_and_query_strings_are_accepted_too(fake: FakeTelegramAPI) -> None:
    def call(method: str, body: bytes | None = None, query: str = "") -> dict[str, object]:
        request = urllib.request.Request(
            f"{fake.base_url}{TOKEN}/{method}{query}",
            data=body,
            headers={"Content-Type": "application/json"} if body else {},
        )
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            return json.loads(error.read())

    markup = {"inline_keyboard": [[{"text": "Claim", "callback_data": "claim:C-24"}]]}
    body = {"chat_id": DESK_GROUP, "text": "New case C-24", "reply_markup": markup}
    answer = call("sendMessage", json.dumps(body).encode())
    assert answer["ok"] is True
    assert answer["result"]["reply_markup"] == markup  # type: ignore[index]
    assert call("getMe")["result"]["username"] == "saferoute_desk_bot"  # type: ignore[index]
    assert call("getUpdates", query="?offset=-1&timeout=0") == {"ok": True, "result": []}
    assert call("sendMessage", b"{not json")["error_code"] == 400
    assert [m.reply_markup for m in fake.sent()] == [markup]


async def test_blocked_user_is_forbidden(fake: FakeTelegramAPI) -> None:
    fake.block(COUNSELLOR)
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        with pytest.raises(Forbidden, match="blocked by the user"):
            await bot.send_message(COUNSELLOR, "Case C-17 is yours")
    assert fake.sent() == []


async def test_fail_next_is_a_network_error_then_succeeds(fake: FakeTelegramAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        fake.fail_next(502, count=2)
        for _ in range(2):
            with pytest.raises(NetworkError, match="Bad Gateway"):
                await bot.send_message(DESK_GROUP, "New case C-19")
        await bot.send_message(DESK_GROUP, "New case C-19")

    assert [m.text for m in fake.sent()] == ["New case C-19"]


async def test_fail_next_can_target_one_method(fake: FakeTelegramAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        fake.fail_next(500, method="sendMessage")
        await bot.get_updates(timeout=0)
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.send_message(DESK_GROUP, "New case C-20")


async def test_down_then_up(fake: FakeTelegramAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        fake.down()
        with pytest.raises(NetworkError, match="Service Unavailable"):
            await bot.send_message(DESK_GROUP, "New case C-21")
        fake.down(drop=True)
        with pytest.raises(NetworkError, match="httpx"):
            await bot.send_message(DESK_GROUP, "New case C-21")
        fake.up()
        await bot.send_message(DESK_GROUP, "New case C-21")

    assert len(fake.sent()) == 1


async def test_retry_after_raises_retry_after(fake: FakeTelegramAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without PTB_TIMEDELTA, building RetryAfter itself warns (PTBDeprecationWarning) and
    # warnings are errors here.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        fake.retry_after(7)
        with pytest.raises(RetryAfter) as raised:
            await bot.send_message(DESK_GROUP, "New case C-22")
        await bot.send_message(DESK_GROUP, "New case C-22")

    assert raised.value.retry_after == dtm.timedelta(seconds=7)
    assert len(fake.sent()) == 1


async def test_get_updates_conflicts_with_a_webhook(fake: FakeTelegramAPI) -> None:
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        assert await bot.set_webhook("http://127.0.0.1:9/telegram", secret_token="s3cret")
        info = await bot.get_webhook_info()
        assert info.url == "http://127.0.0.1:9/telegram"
        with pytest.raises(Conflict):
            await bot.get_updates(timeout=0)
        fake.push_message(COUNSELLOR, text="kept")
        assert await bot.delete_webhook()
        assert (await bot.get_webhook_info()).url == ""
        [kept] = await bot.get_updates(timeout=0)
        assert kept.message is not None and kept.message.text == "kept"
        assert await bot.delete_webhook(drop_pending_updates=True)
        assert await bot.get_updates(timeout=0) == ()


def test_post_to_webhook_sends_the_secret_and_the_update(fake: FakeTelegramAPI) -> None:
    received: list[tuple[str | None, dict[str, object]]] = []

    class Receiver(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((self.headers.get("X-Telegram-Bot-Api-Secret-Token"), json.loads(body)))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    receiver = HTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=receiver.serve_forever)
    thread.start()
    try:
        url = f"http://127.0.0.1:{receiver.server_address[1]}/telegram"

        async def set_webhook() -> None:
            async with Bot(TOKEN, base_url=fake.base_url) as bot:
                await bot.set_webhook(url, secret_token="s3cret")

        asyncio.run(set_webhook())
        update = fake.push_message(COUNSELLOR, text="/claim C-17")
        assert fake.post_to_webhook() == 200
    finally:
        receiver.shutdown()
        receiver.server_close()
        thread.join()

    assert received == [("s3cret", update)]
    assert fake.pending() == 0


async def test_application_polls_and_runs_a_message_handler(fake: FakeTelegramAPI) -> None:
    seen: list[str] = []

    async def echo_case(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.text is not None
        seen.append(update.message.text)
        await update.message.reply_text(f"Noted: {update.message.text}")

    application = ApplicationBuilder().token(TOKEN).base_url(fake.base_url).build()
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo_case))
    await application.initialize()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.05)
    await application.start()
    try:
        fake.push_message(COUNSELLOR, text="case C-23 needs a callback", username="amina_mrc")
        for _ in range(100):
            if fake.sent(chat_id=COUNSELLOR):
                break
            await asyncio.sleep(0.05)
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()

    assert seen == ["case C-23 needs a callback"]
    assert [m.text for m in fake.sent(chat_id=COUNSELLOR)] == ["Noted: case C-23 needs a callback"]
    assert fake.pending() == 0  # the updater's last getUpdates confirmed it


def test_closing_frees_the_port_and_the_threads() -> None:
    before = set(threading.enumerate())
    with FakeTelegramAPI(TOKEN) as api:
        port = api.server.server_address[1]

        async def hang_a_long_poll() -> None:
            async with Bot(TOKEN, base_url=api.base_url) as bot:
                with pytest.raises(asyncio.TimeoutError):
                    await asyncio.wait_for(bot.get_updates(timeout=30), 0.2)

        asyncio.run(hang_a_long_poll())
        closing = time.monotonic()

    assert time.monotonic() - closing < 1  # the waiting long poll was woken, not waited out
    assert set(threading.enumerate()) - before == set()
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), 1):
        pass
