"""The desk inside the assistant's server: a Rasa input channel that runs the Telegram bot.

Registered in credentials.yml; off unless TELEGRAM_BOT_TOKEN is set. Polling mode by default
(no public address needed, for local use); webhook mode when TELEGRAM_WEBHOOK_SECRET and
SAFEROUTE_PUBLIC_URL are set: Telegram posts to /webhooks/desk/webhook and every call must
carry the secret (`X-Telegram-Bot-Api-Secret-Token`), else 403. Running in the assistant's
process lets a claim or a close update the person's conversation (`handoff_status`) under the
conversation lock, and a close hand the person back with a feedback question.

Without a token the console desk stands in (`python -m bot.handoff.console`, or the counsellor
commands of `./saferoute run`): it works in its own process, so this channel follows its claims
and closes from the audit log (bot/handoff/watch.py) and tells the conversation the same way.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.core.events import SlotSet
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from telegram import Update
from telegram.ext import Application, ApplicationBuilder

from bot.channels.lifecycle import channel_blueprint
from bot.desk.desk import Desk
from bot.handoff.packet import sign_names
from bot.handoff.service import CLOSED, TO_USER, HandoffService, TicketView
from bot.handoff.watch import StatusWatch
from bot.hotlines import HotlineDirectory, emergency_lines
from bot.i18n import Catalog
from bot.privacy import register_eraser
from bot.settings import DeskSettings, get_settings
from bot.store.migrate import ready_sessions

logger = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/webhooks/desk/webhook"


class DeskInput(InputChannel):
    def __init__(self, settings: DeskSettings | None = None) -> None:
        self.settings = settings if settings is not None else get_settings().desk
        self.application: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.desk: Desk | None = None
        self.service: HandoffService | None = None
        self.app: Any = None
        self.catalog: Catalog | None = None
        self.hotlines: HotlineDirectory | None = None
        self.pump_task: asyncio.Task[None] | None = None

    @classmethod
    def name(cls) -> str:
        return "desk"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls()

    # -- life cycle ------------------------------------------------------------------------
    async def start(self, app: Any) -> None:
        settings = get_settings()
        self.service = HandoffService(await asyncio.to_thread(ready_sessions, settings.db_url))
        self.app = app
        self.catalog = Catalog.load(settings.locales_dir, settings.default_language)
        self.hotlines = HotlineDirectory.load()
        unclaimed_after = timedelta(minutes=settings.handoff.unclaimed_minutes)
        if self.settings is None:
            logger.info(
                "desk: no TELEGRAM_BOT_TOKEN; following the console desk (python -m bot.handoff.console)"
            )
            watch = await asyncio.to_thread(StatusWatch, self.service, unclaimed_after)
            self.pump_task = asyncio.ensure_future(self.watch_loop(watch, settings.handoff.pump_seconds))
            return
        register_eraser(self.service.erase)
        builder = ApplicationBuilder().token(str(self.settings.bot_token))
        if self.settings.api_base_url:
            builder = builder.base_url(self.settings.api_base_url)
        if self.settings.webhook:
            builder = builder.updater(None)
        self.application = builder.build()
        self.desk = Desk(
            self.application,
            self.service,
            sign_names(self.catalog),
            on_status=self.status_changed,
            on_unclaimed=self.tell_unclaimed,
            unclaimed_after=unclaimed_after,
        )
        await self.application.initialize()
        if self.settings.webhook:
            await self.application.bot.set_webhook(
                f"{self.settings.public_url}{WEBHOOK_PATH}", secret_token=str(self.settings.webhook_secret)
            )
        else:
            assert self.application.updater is not None
            await self.application.updater.start_polling(poll_interval=0.2)
        await self.application.start()
        self.pump_task = asyncio.ensure_future(self.pump_loop(settings.handoff.pump_seconds))

    async def stop(self) -> None:
        if self.pump_task is not None:
            self.pump_task.cancel()
        if self.application is not None:
            if self.application.updater is not None and self.application.updater.running:
                await self.application.updater.stop()
            if self.application.running:
                await self.application.stop()
            await self.application.shutdown()

    async def pump_loop(self, seconds: float) -> None:
        assert self.desk is not None
        while True:
            try:
                await self.desk.pump()
            except Exception:
                logger.error("desk: the pump failed; trying again", exc_info=True)
            await asyncio.sleep(seconds)

    async def watch_loop(self, watch: StatusWatch, seconds: float) -> None:
        """Console mode: the person is told of claims, closes and an unclaimed ticket."""
        while True:
            try:
                for ticket, status in await asyncio.to_thread(watch.changes):
                    await self.status_changed(ticket, status)
                for ticket in await asyncio.to_thread(watch.unclaimed.new):
                    await self.tell_unclaimed(ticket, "unclaimed")
                    watch.unclaimed.told(ticket.id)
            except Exception:
                logger.error("desk: following the console desk failed; trying again", exc_info=True)
            await asyncio.sleep(seconds)

    # -- the person's side of a status change ----------------------------------------------
    async def status_changed(self, ticket: TicketView, status: str) -> None:
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        if agent is not None:
            async with agent.lock_store.lock(ticket.conversation_id):
                tracker = await agent.tracker_store.retrieve(ticket.conversation_id)
                if tracker is not None:
                    tracker.update(SlotSet("handoff_status", status))
                    await agent.tracker_store.save(tracker)
        if status == CLOSED and self.service is not None and self.catalog is not None:
            back = self.catalog.render("msg_handoff_handback", ticket.language) or {"text": ""}
            await asyncio.to_thread(
                self.service.relay, ticket.id, TO_USER, str(back["text"]), f"handback:{ticket.id}"
            )

    async def tell_unclaimed(self, ticket: TicketView, _status: str) -> None:
        """Nobody claimed it in time: say so honestly; with high risk, the numbers again."""
        if self.service is None or self.catalog is None:
            return
        texts = []
        if ticket.risk_level in ("high", "urgent") and self.hotlines is not None:
            plan = emergency_lines(
                self.hotlines, ticket.profile.get("country"), date.today(), language=ticket.language
            )
            # the same choice as the emergency action: the country's numbers, the fallback's
            # (said as such) when the country is unknown, "call the local police" when none
            key = plan.numbers_key or ("msg_urgent_no_number" if plan.known_country else None)
            if key is not None:
                numbers = self.catalog.render(key, ticket.language, {"lines": plan.text()})
                texts.append(str((numbers or {"text": ""})["text"]))
        told = self.catalog.render("msg_handoff_unclaimed", ticket.language) or {"text": ""}
        texts.append(str(told["text"]))
        for i, text in enumerate(texts):
            await asyncio.to_thread(
                self.service.relay, ticket.id, TO_USER, text, f"unclaimed:{ticket.id}:{i}"
            )

    # -- HTTP ------------------------------------------------------------------------------
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = channel_blueprint(
            self, "saferoute_desk", self.start, self.stop, lambda: self.settings is not None
        )

        @hook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if self.settings is None or self.application is None or not self.settings.webhook:
                return response.json({"error": "the desk webhook is not configured"}, status=503)
            given = request.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(given, str(self.settings.webhook_secret)):
                logger.warning("desk: a webhook call without the right secret was refused")
                return response.json({"error": "forbidden"}, status=403)
            try:
                update = Update.de_json(request.json, self.application.bot)
            except Exception:
                return response.json({"error": "not a Telegram update"}, status=400)
            if update is None:
                return response.json({"error": "not a Telegram update"}, status=400)
            await self.application.process_update(update)
            return response.empty()

        return hook
