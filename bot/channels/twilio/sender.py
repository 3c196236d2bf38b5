"""Sends messages through Twilio's REST API without blocking the server, with retries.

The client is twilio's own (`Client` with its aiohttp-based `AsyncTwilioHttpClient`), built
in a factory and pointed at `api_base_url`, so tests run the real client against a local
fake API. A 429, a 5xx or a network error is retried with exponential backoff; any other
4xx is final (21610: the person opted out with STOP).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import aiohttp
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from bot.settings import TwilioSettings

logger = logging.getLogger(__name__)

OPTED_OUT = 21610  # Twilio: the recipient replied STOP


@dataclass(frozen=True)
class SendResult:
    ok: bool
    message_sid: str = ""
    status: str = ""
    error: str = ""  # Twilio error code, HTTP status or exception name
    retryable: bool = False
    opted_out: bool = False


class TwilioSender:
    def __init__(self, settings: TwilioSettings, client: Client, http: AsyncTwilioHttpClient) -> None:
        self.settings = settings
        self.client = client
        self.http = http

    @classmethod
    def create(cls, settings: TwilioSettings) -> TwilioSender:
        """Call inside the running event loop (aiohttp binds its session to it)."""
        quiet = logging.getLogger("saferoute.twilio.http")
        quiet.setLevel(logging.WARNING)  # twilio logs every request at INFO
        http = AsyncTwilioHttpClient(timeout=15, logger=quiet)
        client = Client(settings.account_sid, str(settings.auth_token), http_client=http)
        client.api.base_url = settings.api_base_url
        return cls(settings, client, http)

    async def close(self) -> None:
        await self.http.close()

    async def send_once(self, to: str, from_: str, body: str) -> SendResult:
        try:
            message = await self.client.messages.create_async(
                to=to,
                from_=from_,
                body=body,
                status_callback=f"{self.settings.public_url}/webhooks/twilio/status",
            )
        except TwilioRestException as exc:
            code = exc.code or exc.status
            retryable = exc.status == 429 or exc.status >= 500
            return SendResult(False, error=str(code), retryable=retryable, opted_out=exc.code == OPTED_OUT)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            return SendResult(False, error=type(exc).__name__, retryable=True)
        return SendResult(True, message_sid=message.sid or "", status=message.status or "accepted")

    async def send(self, to: str, from_: str, body: str, attempts: int | None = None) -> SendResult:
        """Tries up to `attempts` times, waiting base, 2×base, 4×base... between tries."""
        tries = attempts or self.settings.send_attempts
        result = SendResult(False, error="not tried", retryable=True)
        for attempt in range(tries):
            result = await self.send_once(to, from_, body)
            if result.ok or not result.retryable:
                return result
            logger.warning("twilio: send failed (%s), attempt %d of %d", result.error, attempt + 1, tries)
            if attempt + 1 < tries:
                await asyncio.sleep(self.settings.retry_base_seconds * 2**attempt)
        return result
