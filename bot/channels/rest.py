"""Rasa's REST channel (`rest`, POST /webhooks/rest/webhook) with its input checked.

Rasa's own RestInput answers 500 to a body that is not an object or a message that is not a
string, and logs the message text when a turn fails. This subclass keeps its name, URL and
reply format, refuses malformed requests with 400/415, cleans control characters, cuts
over-long texts, and never logs what the user wrote. When SAFEROUTE_API_TOKEN is set (it must
be off loopback) the webhook wants it too (`Authorization: Bearer ...` or `?token=`), as the
HTTP API does.

During a counsellor handoff (bot.handoff.relay) a message goes to the counsellor instead of
the assistant: the reply is a short receipt plus any counsellor messages waiting, which
GET /webhooks/rest/outbox?sender=... also returns.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import uuid
from asyncio import CancelledError
from collections.abc import Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.exc import SQLAlchemyError

from bot.channels.inbound import InboundError, parse_rest_body, token_ok
from bot.handoff.relay import Relay
from bot.handoff.service import HandoffService
from bot.i18n import Catalog
from bot.keywords import KeywordMatcher
from bot.privacy import register_eraser
from bot.settings import get_settings
from bot.store.migrate import ready_sessions

logger = logging.getLogger(__name__)


def _error(status: int, reason: str) -> HTTPResponse:
    return response.json({"error": reason}, status=status)


def build_relay() -> tuple[Relay, Catalog]:
    settings = get_settings()
    service = HandoffService(ready_sessions(settings.db_url))
    register_eraser(service.erase)
    catalog = Catalog.load(settings.locales_dir, settings.default_language)
    return Relay(service, KeywordMatcher.from_catalog(catalog)), catalog


class SafeRestInput(RestInput):
    relay: Relay | None = None
    catalog: Catalog | None = None

    @classmethod
    def name(cls) -> str:
        return "rest"

    def _relayed_reply(self, sender: str, language: str) -> list[dict[str, str]]:
        assert self.relay is not None and self.catalog is not None
        receipt = self.catalog.render("msg_handoff_relayed", language) or {"text": ""}
        waiting = self.relay.replies_for(sender)
        return [{"recipient_id": sender, "text": receipt["text"]}] + [
            {"recipient_id": sender, "text": m.text} for m in waiting
        ]

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        token = str(get_settings().api_token)
        module = inspect.getmodule(self)
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", module.__name__ if module else None)

        @webhook.listener("before_server_start")
        async def start_relay(_app: object, _loop: object) -> None:
            self.relay, self.catalog = await asyncio.to_thread(build_relay)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/outbox", methods=["GET"])
        async def outbox(request: Request) -> HTTPResponse:
            if not token_ok(token, request.headers.get("Authorization"), request.args.get("token")):
                return _error(401, "a valid token is required")
            sender = (request.args.get("sender") or "").strip()
            if not sender or self.relay is None:
                return _error(400, "sender is required")
            waiting = await asyncio.to_thread(self.relay.replies_for, sender)
            return response.json([{"recipient_id": sender, "text": m.text} for m in waiting])

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not token_ok(token, request.headers.get("Authorization"), request.args.get("token")):
                return _error(401, "a valid token is required")
            if "json" not in (request.content_type or ""):
                return _error(415, "send JSON (Content-Type: application/json)")
            try:
                body = json.loads(request.body or b"")
                inbound = parse_rest_body(body)
            except (ValueError, UnicodeDecodeError) as exc:
                reason = exc.reason if isinstance(exc, InboundError) else "the body is not valid JSON"
                return _error(400, reason)
            if inbound.truncated:
                logger.info("rest: an over-long message was cut before processing")
            if self.relay is not None:
                key = f"rest:{uuid.uuid4().hex}"
                try:
                    caught = await asyncio.to_thread(self.relay.intercept, inbound.sender, inbound.text, key)
                except SQLAlchemyError as exc:  # down through every retry: the sender keeps the message
                    logger.error("rest: the case store is unavailable (%s)", type(exc).__name__)
                    return _error(503, "the service is busy, please send your message again")
                if caught is not None:
                    replies = await asyncio.to_thread(self._relayed_reply, inbound.sender, caught.language)
                    return response.json(replies)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        inbound.text,
                        collector,
                        inbound.sender,
                        input_channel=self.name(),
                        metadata=inbound.metadata,
                    )
                )
            except CancelledError:
                logger.error("rest: the turn timed out")
                return _error(503, "the assistant did not answer in time, please send again")
            except Exception:
                logger.error("rest: the turn failed", exc_info=True)
                return _error(500, "the assistant failed on this message")
            return response.json(collector.messages)

        return webhook
