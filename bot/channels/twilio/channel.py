"""Twilio SMS and WhatsApp input channel (`twilio`, POST /webhooks/twilio/webhook).

What happens to a message:
1. The request must carry a valid `X-Twilio-Signature` for SAFEROUTE_PUBLIC_URL + path (403
   otherwise) and be a form with MessageSid and From (400/415 otherwise).
2. It is recorded with its MessageSid before Twilio gets its 200: a MessageSid seen before is
   acknowledged and ignored (Twilio retries webhooks), and a message acknowledged just
   before a crash is processed after the restart.
3. The turn runs in the background, in the sender's lane (in order; one turn per sender at a
   time, so a flood from one number cannot starve the others; over the per-minute rate,
   messages are set aside with one notice).
4. The replies are written to the outbox, then sent with twilio's async client (retries with
   backoff; what still fails stays in the outbox and is retried by a background loop).
   Delivery states arrive on POST /webhooks/twilio/status (signed too).

Rasa never sees a phone number: conversations are `sms-<hmac>` / `wa-<hmac>` (addresses.py).
Nothing here logs a number or a message text.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qsl

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator

from bot.channels.inbound import InboundError, clean_text
from bot.channels.lifecycle import channel_blueprint
from bot.channels.twilio.addresses import conversation_id, parse_address
from bot.channels.twilio.lanes import Lanes, RateLimiter
from bot.channels.twilio.records import ChannelRecords, Contact, Outgoing
from bot.channels.twilio.replies import TurnCollector, cap, render
from bot.channels.twilio.sender import TwilioSender
from bot.channels.twilio.sms import pick
from bot.handoff.relay import Relay
from bot.handoff.service import TO_USER, HandoffService
from bot.i18n import Catalog
from bot.keywords import KeywordMatcher, normalize
from bot.privacy import register_eraser
from bot.rasa_plugins.tracker_store import ERASE_MARKER_ACTION
from bot.settings import Settings, TwilioSettings, get_settings
from bot.store.db import make_engine, session_factory
from bot.store.migrate import upgrade

logger = logging.getLogger(__name__)

MAX_FORM_BYTES = 64 * 1024
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
# Twilio's default opt-out handling (single-word messages on long codes and toll-free)
TWILIO_STOP = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit"})
TWILIO_START = frozenset({"start", "yes", "unstop"})
DELIVERY_STATES = frozenset(
    {
        "accepted",
        "queued",
        "sending",
        "sent",
        "delivered",
        "undelivered",
        "failed",
        "read",
        "receiving",
        "received",
    }
)
OUTBOX_INTERVAL_SECONDS = 5.0
AGENT_WAIT_SECONDS = 300.0  # how long recovery waits for Rasa to load the model at start
RECOVER_AFTER = timedelta(minutes=1)  # a received message not processed by then is taken up again
NOTICE_EVERY_SECONDS = 60.0  # a flooding sender is told to slow down at most this often


@dataclass(frozen=True)
class Inbound:
    message_sid: str
    conversation_id: str
    channel: str
    text: str
    media: bool
    opt_out_type: str  # STOP | START | HELP | "" (Twilio Advanced Opt-Out)


class _Form:
    """Form fields for RequestValidator (which reads repeated fields with getall)."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs
        self.first: dict[str, str] = {}
        for key, value in pairs:
            self.first.setdefault(key, value)

    def getall(self, key: str) -> list[str]:
        return [v for k, v in self.pairs if k == key]

    def __iter__(self) -> Any:
        return iter(self.first)

    def __contains__(self, key: object) -> bool:
        return key in self.first

    def get(self, key: str, default: str = "") -> str:
        return self.first.get(key, default)


def _plain(status: int, reason: str) -> HTTPResponse:
    return response.json({"error": reason}, status=status)


def parse_form(request: Request) -> _Form:
    if len(request.body or b"") > MAX_FORM_BYTES:
        raise InboundError("the form is too large")
    if "application/x-www-form-urlencoded" not in (request.content_type or ""):
        raise InboundError("unsupported media type")
    try:
        text = (request.body or b"").decode("utf-8")
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text))
    except (UnicodeDecodeError, ValueError):
        raise InboundError("the form is malformed") from None
    if not pairs:
        raise InboundError("the form is empty")
    return _Form(pairs)


class TwilioInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: Mapping[str, Any] | None) -> TwilioInput:
        return cls()

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self.twilio: TwilioSettings | None = self.settings.twilio
        self.validator = RequestValidator(str(self.twilio.auth_token) if self.twilio else "")
        self.catalog = Catalog.load(self.settings.locales_dir, self.settings.default_language)
        self.more_words = frozenset(
            normalize(w) for loc in self.catalog.locales.values() for w in loc.channel_words.get("more", ())
        )
        self.records: ChannelRecords | None = None
        self.relay: Relay | None = None  # while a counsellor has the conversation (bot/handoff)
        self.sender: TwilioSender | None = None
        self.lanes: Lanes | None = None
        self.in_lanes: set[str] = set()  # MessageSids submitted and not yet processed
        self.limiter: RateLimiter | None = None
        self.on_new_message: Callable[[UserMessage], Awaitable[Any]] | None = None
        self.app: Any = None
        self.background: set[asyncio.Task[None]] = set()
        # sender -> when they were last told they are over the rate: told at most once a minute
        self.noticed: dict[str, float] = {}

    # -- life cycle ------------------------------------------------------------------------
    async def start(self, app: Any) -> None:
        if self.twilio is None:
            logger.warning("twilio: channel off (TWILIO_AUTH_TOKEN is not set); the webhook answers 503")
            return
        engine = make_engine(self.settings.db_url)
        await asyncio.to_thread(upgrade, engine)
        self.records = ChannelRecords(session_factory(engine))
        register_eraser(self.records.erase)
        handoff = HandoffService(session_factory(engine))
        register_eraser(handoff.erase)
        self.relay = Relay(handoff, KeywordMatcher.from_catalog(self.catalog))
        self.sender = TwilioSender.create(self.twilio)
        self.lanes = Lanes()
        self.limiter = RateLimiter(self.twilio.rate_per_minute)
        self.app = app
        self._spawn(self._outbox_loop())
        self._spawn(self._recover_inbound())

    async def stop(self) -> None:
        for task in list(self.background):
            task.cancel()
        if self.sender is not None:
            await self.sender.close()

    def _spawn(self, coro: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self.background.add(task)
        task.add_done_callback(self.background.discard)

    # -- HTTP ------------------------------------------------------------------------------
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        self.on_new_message = on_new_message
        hook = channel_blueprint(
            self, "saferoute_twilio", self.start, self.stop, lambda: self.twilio is not None
        )

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            checked = self._checked_form(request)
            if isinstance(checked, HTTPResponse):
                return checked
            try:
                inbound, address, reply_from = self._inbound(checked)
            except InboundError as exc:
                return _plain(400, exc.reason)
            assert self.records is not None and self.lanes is not None
            fresh = await asyncio.to_thread(
                self.records.record_inbound,
                inbound.message_sid,
                inbound.conversation_id,
                inbound.text,
                inbound.channel,
                address,
                reply_from,
            )
            if not fresh:
                logger.info("twilio: a retried webhook (MessageSid seen before) was acknowledged only")
            else:
                self._submit(inbound)
            return response.text(EMPTY_TWIML, content_type="text/xml")

        @hook.route("/status", methods=["POST"])
        async def status(request: Request) -> HTTPResponse:
            checked = self._checked_form(request)
            if isinstance(checked, HTTPResponse):
                return checked
            sid, state = checked.get("MessageSid"), checked.get("MessageStatus").lower()
            if not sid or state not in DELIVERY_STATES:
                return _plain(400, "MessageSid and a known MessageStatus are required")
            assert self.records is not None
            await asyncio.to_thread(
                self.records.delivery_status, sid, state, checked.get("ErrorCode") or None
            )
            return response.empty()

        return hook

    def _checked_form(self, request: Request) -> _Form | HTTPResponse:
        if self.twilio is None:
            return _plain(503, "the Twilio channel is not configured")
        if self.records is None:  # not started yet; Twilio's retry or fallback will come again
            return _plain(503, "the Twilio channel is starting")
        try:
            form = parse_form(request)
        except InboundError as exc:
            status = 415 if exc.reason == "unsupported media type" else 400
            return _plain(status, exc.reason)
        url = f"{self.twilio.public_url}{request.path}"
        if request.query_string:
            url = f"{url}?{request.query_string}"
        signature = request.headers.get("X-Twilio-Signature", "")
        if not signature or not self.validator.validate(url, form, signature):
            logger.warning("twilio: refused a request with a missing or wrong signature")
            return _plain(403, "invalid signature")
        return form

    def _inbound(self, form: _Form) -> tuple[Inbound, str, str]:
        assert self.twilio is not None
        sid = form.get("MessageSid") or form.get("SmsMessageSid")
        if not sid or len(sid) > 64:
            raise InboundError("MessageSid is required")
        channel, address = parse_address(form.get("From"))
        reply_from = form.get("To").strip().replace(" ", "")
        if not reply_from:
            raise InboundError("To is required")
        text, truncated = clean_text(form.get("Body"))
        if truncated:
            logger.info("twilio: an over-long message was cut before processing")
        try:
            media = int(form.get("NumMedia") or "0") > 0 or bool(form.get("Latitude"))
        except ValueError:
            raise InboundError("NumMedia is not a number") from None
        cid = conversation_id(str(self.twilio.pseudonym_key), channel, address)
        opt_out = form.get("OptOutType").strip().upper()
        return Inbound(sid, cid, channel, text, media, opt_out), address, reply_from

    # -- turns -----------------------------------------------------------------------------
    async def _language(self, cid: str) -> str:
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        tracker = await agent.tracker_store.retrieve(cid) if agent is not None else None
        language = tracker.get_slot("language") if tracker is not None else None
        return self.catalog.resolve_language(language if isinstance(language, str) else None)

    async def _say(self, key: str, cid: str) -> str:
        rendered = self.catalog.render(key, await self._language(cid)) or {"text": ""}
        return str(rendered["text"])

    async def _turn(self, inbound: Inbound) -> None:
        assert self.records is not None and self.limiter is not None and self.twilio is not None
        records, cid = self.records, inbound.conversation_id
        contact = await asyncio.to_thread(records.contact, cid)
        if contact is None:  # erased meanwhile
            await asyncio.to_thread(records.finish_inbound, inbound.message_sid, "dropped")
            return
        if not self.limiter.allow(cid):
            await self._over_rate(inbound, contact)
            return
        if self.relay is not None and inbound.text:  # a counsellor has this conversation
            key = f"twilio:{inbound.message_sid}"
            if await asyncio.to_thread(self.relay.intercept, cid, inbound.text, key) is not None:
                await asyncio.to_thread(records.finish_inbound, inbound.message_sid)
                return
        word = normalize(inbound.text)
        text, silent = inbound.text, False
        if inbound.opt_out_type == "STOP" or (
            inbound.channel == "sms" and not inbound.opt_out_type and word in TWILIO_STOP
        ):
            # Twilio has blocked replies and sent its own confirmation: end the chat quietly
            await asyncio.to_thread(records.update_contact, cid, opted_out=True, pending=(), options=())
            text, silent = "/quick_exit", True
        elif inbound.opt_out_type == "START" or (contact.opted_out and word in TWILIO_START):
            await asyncio.to_thread(records.update_contact, cid, opted_out=False)
            text = "/greet"
        elif inbound.opt_out_type == "HELP":
            text = "/help"
        elif word in self.more_words and contact.pending:
            await self._more(inbound, contact)
            return
        elif inbound.media and not text:
            await self._reply(inbound, contact, [await self._say("msg_media_unsupported", cid)])
            return
        else:
            text = pick(text, contact.options) or text
        collector = TurnCollector()
        assert self.on_new_message is not None
        try:
            await self.on_new_message(
                UserMessage(
                    text, collector, cid, input_channel=self.name(), metadata={"channel": inbound.channel}
                )
            )
        except Exception:
            logger.error("twilio: the turn failed", exc_info=True)
            await self._reply(inbound, contact, [await self._say("msg_turn_failed", cid)], state="failed")
            return
        if silent:
            await asyncio.to_thread(records.finish_inbound, inbound.message_sid)
            return
        out = render(collector.messages, inbound.channel)
        # SMS: at most sms_max_parts now, the rest on MORE; emergency numbers always whole
        if inbound.channel == "sms" and not collector.urgent and len(out.parts) > self.twilio.sms_max_parts:
            hint = await self._say("msg_sms_more", cid)
            out = cap(out.parts, self.twilio.sms_max_parts, hint, out.options)
        await asyncio.to_thread(records.update_contact, cid, options=out.options, pending=out.pending)
        erased = ERASE_MARKER_ACTION in collector.keys  # the tracker store erased this sender
        await self._reply(inbound, contact, list(out.parts), erased=erased)

    async def _more(self, inbound: Inbound, contact: Contact) -> None:
        assert self.records is not None and self.twilio is not None
        hint = await self._say("msg_sms_more", inbound.conversation_id)
        out = cap(contact.pending, self.twilio.sms_max_parts, hint, contact.options)
        await asyncio.to_thread(self.records.update_contact, inbound.conversation_id, pending=out.pending)
        await self._reply(inbound, contact, list(out.parts))

    async def _over_rate(self, inbound: Inbound, contact: Contact) -> None:
        assert self.records is not None
        logger.warning("twilio: a sender is over the message rate; message set aside")
        now = time.monotonic()
        last = self.noticed.get(inbound.conversation_id)
        if last is not None and now - last < NOTICE_EVERY_SECONDS:
            await asyncio.to_thread(self.records.finish_inbound, inbound.message_sid, "dropped")
            return
        self.noticed[inbound.conversation_id] = now
        notice = await self._say("msg_slow_down", inbound.conversation_id)
        await self._reply(inbound, contact, [notice], state="dropped")

    async def _reply(
        self, inbound: Inbound, contact: Contact, parts: list[str], state: str = "done", erased: bool = False
    ) -> None:
        """Outbox first, then send; marks the inbound message processed."""
        assert self.records is not None
        records = self.records
        if erased:
            await self._confirm_erasure(contact, parts)
            return
        queued = await asyncio.to_thread(records.enqueue, contact.conversation_id, parts, inbound.message_sid)
        await asyncio.to_thread(records.finish_inbound, inbound.message_sid, state)
        await self._send_new(contact, queued)

    async def _confirm_erasure(self, contact: Contact, parts: list[str]) -> None:
        """The tracker store has erased this sender's records (number, outbox, the DELETE message
        itself) during the turn: the confirmation goes straight to Twilio, with the sender's
        retries, and is kept nowhere. An outbox row would outlive the erasure, and the outbox
        loop drops a row whose sender is gone: it did so to the confirmation once, when the turn
        took more than a second to send it. What still waited (replies held back by an outage)
        is erased with the rest."""
        assert self.records is not None and self.sender is not None
        await asyncio.to_thread(self.records.erase, contact.conversation_id)
        for part in parts:
            result = await self.sender.send(contact.address, contact.reply_from, part)
            if not result.ok:
                logger.warning("twilio: the erasure confirmation could not be sent (%s)", result.error)
                return

    async def _send_new(self, contact: Contact, queued: list[Outgoing]) -> bool:
        """Sends newly queued messages at once, unless older ones of the conversation still wait
        in the outbox (after an outage): then they wait behind them, and the outbox loop sends
        all of them in order. False when they were left to the loop."""
        assert self.records is not None
        if not queued:
            return True
        waiting = await asyncio.to_thread(self.records.waiting_before, contact.conversation_id, queued[0].id)
        return False if waiting else await self._send_in_order(contact, queued)

    async def _send_in_order(self, contact: Contact, queued: list[Outgoing]) -> bool:
        """Sends one after another; stops at a failure so the order is kept. True if all went."""
        assert self.records is not None and self.sender is not None
        for item in queued:
            if not await asyncio.to_thread(self.records.claim, item.id):
                return False  # the outbox loop has it
            result = await self.sender.send(contact.address, contact.reply_from, item.body)
            if result.ok:
                await asyncio.to_thread(self.records.sent, item.id, result.message_sid, result.status)
                continue
            final = not result.retryable
            await asyncio.to_thread(self.records.attempt_failed, item.id, result.error, final)
            if result.opted_out:
                await asyncio.to_thread(self.records.update_contact, contact.conversation_id, opted_out=True)
            if not final:
                return False
        return True

    # -- background ------------------------------------------------------------------------
    async def _outbox_loop(self) -> None:
        """Resends what the turns could not send (Twilio or the network was down)."""
        assert self.records is not None and self.twilio is not None
        while True:
            await asyncio.sleep(min(OUTBOX_INTERVAL_SECONDS, max(0.2, 4 * self.twilio.retry_base_seconds)))
            try:
                await self._flush_outbox()
            except Exception:
                logger.error("twilio: the outbox retry failed", exc_info=True)

    async def _flush_outbox(self) -> None:
        assert self.records is not None
        await self._counsellor_replies()
        await self._recover_inbound(RECOVER_AFTER)
        unsent = await asyncio.to_thread(self.records.unsent, timedelta(seconds=1))
        blocked: set[str] = set()
        for item in unsent:
            if item.conversation_id in blocked:
                continue
            contact = await asyncio.to_thread(self.records.contact, item.conversation_id)
            if contact is None:
                await asyncio.to_thread(self.records.attempt_failed, item.id, "erased", True)
                continue
            if not await self._send_in_order(contact, [item]):
                blocked.add(item.conversation_id)

    async def _counsellor_replies(self) -> None:
        """Moves counsellors' messages for SMS/WhatsApp people into this channel's outbox."""
        if self.relay is None or self.records is None:
            return
        service = self.relay.service
        mine = ("sms", "whatsapp", self.name())
        for message in await asyncio.to_thread(service.pending, TO_USER, 100, mine):
            ticket = await asyncio.to_thread(service.ticket, message.ticket_id)
            if ticket is None:
                continue
            contact = await asyncio.to_thread(self.records.contact, ticket.conversation_id)
            if contact is None:
                await asyncio.to_thread(service.attempt_failed, message.id)
                continue
            queued = await asyncio.to_thread(
                self.records.enqueue, ticket.conversation_id, [message.text], f"handoff-{message.id}"
            )
            await asyncio.to_thread(service.sent, message.id)
            await self._send_new(contact, queued)

    async def _recover_inbound(self, older_than: timedelta = timedelta(seconds=0)) -> None:
        """Processes messages acknowledged but never answered: before a crash (at start), or
        whose turn failed because the database stayed down (from the outbox loop)."""
        assert self.records is not None and self.lanes is not None and self.twilio is not None
        if not await self._agent_ready():
            return  # the next outbox round tries again
        for sid, cid, body in await asyncio.to_thread(self.records.unfinished_inbound, older_than):
            if sid in self.in_lanes:
                continue  # waiting for its turn, not lost
            contact = await asyncio.to_thread(self.records.contact, cid)
            if contact is None:
                continue
            self._submit(Inbound(sid, cid, contact.channel, body, False, ""))

    async def _agent_ready(self, timeout: float = AGENT_WAIT_SECONDS) -> bool:
        """At start the channel runs before Rasa has loaded the model: recovered turns wait."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            agent = getattr(getattr(self.app, "ctx", None), "agent", None)
            if agent is not None and agent.is_ready():
                return True
            await asyncio.sleep(0.2)
        logger.warning("twilio: the model is not loaded yet; unanswered messages wait for the next round")
        return False

    def _submit(self, inbound: Inbound) -> None:
        assert self.lanes is not None
        self.in_lanes.add(inbound.message_sid)

        async def job() -> None:
            try:
                await self._turn(inbound)
            finally:
                self.in_lanes.discard(inbound.message_sid)

        self.lanes.submit(inbound.conversation_id, job)
