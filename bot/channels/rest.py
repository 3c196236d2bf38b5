"""Rasa's REST channel (`rest`, POST /webhooks/rest/webhook) with its input checked.

Rasa's own RestInput answers 500 to a body that is not an object or a message that is not a
string, and logs the message text when a turn fails. This subclass keeps its name, URL and
reply format, refuses malformed requests with 400/415, cleans control characters, cuts
over-long texts, and never logs what the user wrote. When SAFEROUTE_API_TOKEN is set (it must
be off loopback) the webhook wants it too (`Authorization: Bearer ...` or `?token=`), as the
HTTP API does.
"""

from __future__ import annotations

import inspect
import json
import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.inbound import InboundError, parse_rest_body, token_ok
from bot.settings import get_settings

logger = logging.getLogger(__name__)


def _error(status: int, reason: str) -> HTTPResponse:
    return response.json({"error": reason}, status=status)


class SafeRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        token = str(get_settings().api_token)
        module = inspect.getmodule(self)
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", module.__name__ if module else None)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

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
