"""The counsellors' desk: new tickets to the counsellors who speak the language, claim and
close buttons, and the relay of messages both ways.

Handlers (python-telegram-bot): /register <telegram id> <languages> <name> (admins only),
/queue, the CLAIM and CLOSE buttons, /reply <ticket> <text>, /transfer <ticket> <colleague's
telegram id>, and plain text, which goes to the person of the counsellor's one active ticket.
Every action goes through bot.handoff.service, which refuses and audits anyone who is not a
registered, active counsellor. `pump()` posts tickets not yet announced, delivers the people's
messages to their counsellor and tells, once, the people whose ticket nobody claimed in time:
a failed send stays in the outbox and is tried again at the next pump, and the Telegram
message id of a counsellor's message is the idempotency key of their reply, so nothing is
lost or doubled.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.handoff.packet import packet
from bot.handoff.service import HandoffRefused, HandoffService, TicketView
from bot.handoff.watch import UnclaimedTickets

logger = logging.getLogger(__name__)

CLAIM, CLOSE = "claim", "close"
# told when a ticket changes: (ticket, "active" | "closed"); the assistant updates the person's
# conversation (handoff_status) and, on close, hands back with a feedback question
StatusHook = Callable[[TicketView, str], Awaitable[None]]


def buttons(ticket_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Claim", callback_data=f"{CLAIM}:{ticket_id}"),
                InlineKeyboardButton("Close", callback_data=f"{CLOSE}:{ticket_id}"),
            ]
        ]
    )


class Desk:
    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        service: HandoffService,
        sign_names: dict[str, str] | None = None,
        on_status: StatusHook | None = None,
        on_unclaimed: StatusHook | None = None,
        unclaimed_after: timedelta = timedelta(minutes=30),
    ) -> None:
        self.application = application
        self.service = service
        self.sign_names = sign_names or {}
        self.on_status = on_status
        self.on_unclaimed = on_unclaimed
        self.unclaimed = UnclaimedTickets(service, unclaimed_after)
        self.announced: set[int] = set()
        self.sending = asyncio.Lock()  # one delivery round at a time: a message is sent once
        application.add_handler(CommandHandler("register", self.on_register))
        application.add_handler(CommandHandler("queue", self.on_queue))
        application.add_handler(CommandHandler("reply", self.on_reply_command))
        application.add_handler(CommandHandler("transfer", self.on_transfer))
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, self.on_text))

    @property
    def bot(self) -> Bot:
        return self.application.bot

    # -- handlers ---------------------------------------------------------------------------
    async def on_register(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        args = context.args or []
        user, message = update.effective_user, update.effective_message
        if user is None or message is None:
            return
        if len(args) < 3 or not args[0].isdigit():
            await message.reply_text("Usage: /register <telegram id> <languages, e.g. fr,ar> <name>")
            return
        try:
            counsellor = await asyncio.to_thread(
                self.service.register, user.id, int(args[0]), " ".join(args[2:]), args[1].split(",")
            )
        except HandoffRefused:
            await message.reply_text("Only a registered admin can register counsellors.")
            return
        await message.reply_text(f"Counsellor {counsellor} registered.")

    async def on_queue(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        tickets = await asyncio.to_thread(self.service.queue)
        if not tickets:
            await message.reply_text("No ticket is waiting.")
        for ticket in tickets:
            await message.reply_text(packet(ticket, self.sign_names), reply_markup=buttons(ticket.id))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None or not query.data or ":" not in query.data:
            return
        action, _, raw_id = query.data.partition(":")
        if action not in (CLAIM, CLOSE) or not raw_id.isdigit():
            await query.answer("Unknown action.")
            return
        act = self.service.claim if action == CLAIM else self.service.close
        try:
            ticket = await asyncio.to_thread(act, int(raw_id), query.from_user.id)
        except HandoffRefused as refused:
            await query.answer(f"Not allowed: {refused}.")
            return
        await query.answer("Claimed: you can now write to the person." if action == CLAIM else "Closed.")
        await query.edit_message_text(packet(ticket, self.sign_names), reply_markup=None)
        if self.on_status is not None:
            await self.on_status(ticket, ticket.status)
        if action == CLAIM:
            await self.deliver()

    async def on_transfer(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        args = context.args or []
        user, message = update.effective_user, update.effective_message
        if user is None or message is None:
            return
        if len(args) != 2 or not all(a.isdigit() for a in args):
            await message.reply_text("Usage: /transfer <ticket> <colleague's telegram id>")
            return
        colleague = await asyncio.to_thread(self.service.counsellor_id, int(args[1]))
        try:
            ticket = await asyncio.to_thread(self.service.transfer, int(args[0]), user.id, colleague or 0)
        except HandoffRefused as refused:
            await message.reply_text(f"Not transferred: {refused}.")
            return
        await message.reply_text(f"Ticket #{ticket.id} transferred.")
        await self.bot.send_message(int(args[1]), packet(ticket, self.sign_names))

    async def on_reply_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        args = context.args or []
        message = update.effective_message
        if message is None or len(args) < 2 or not args[0].isdigit():
            if message is not None:
                await message.reply_text("Usage: /reply <ticket> <message>")
            return
        await self.reply(update, int(args[0]), " ".join(args[1:]))

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user, message = update.effective_user, update.effective_message
        if user is None or message is None or not message.text:
            return
        mine = await asyncio.to_thread(self.service.active_tickets_of, user.id)
        if len(mine) != 1:
            await message.reply_text(
                "You have no active ticket."
                if not mine
                else "You have several tickets: use /reply <ticket> <message>."
            )
            return
        await self.reply(update, mine[0].id, message.text)

    async def reply(self, update: Update, ticket_id: int, text: str) -> None:
        user, message = update.effective_user, update.effective_message
        assert user is not None and message is not None
        key = f"tg:{message.chat_id}:{message.message_id}"  # Telegram's own id: a redelivery is not doubled
        try:
            await asyncio.to_thread(self.service.reply, ticket_id, user.id, text, key)
        except HandoffRefused as refused:
            await message.reply_text(f"Not sent: {refused}.")
        except SQLAlchemyError as exc:  # the case store stayed down through every retry
            logger.error("desk: a counsellor's reply could not be written (%s)", type(exc).__name__)
            await message.reply_text("Not sent: the case store is unavailable. Send it again in a minute.")

    # -- the pump: announce tickets, deliver people's messages ------------------------------
    async def pump(self) -> None:
        await self.announce()
        await self.deliver()
        await self.tell_unclaimed()

    async def tell_unclaimed(self) -> None:
        """A ticket nobody claimed in time: the person is told once, honestly."""
        if self.on_unclaimed is None:
            return
        for ticket in await asyncio.to_thread(self.unclaimed.new):
            await self.on_unclaimed(ticket, "unclaimed")
            self.unclaimed.told(ticket.id)

    async def announce(self) -> None:
        async with self.sending:
            await self._announce()

    async def _announce(self) -> None:
        for ticket in await asyncio.to_thread(self.service.queue):  # queued tickets only
            if ticket.id in self.announced:
                continue
            counsellors = await asyncio.to_thread(self.service.counsellors_for, ticket.language)
            try:
                for chat_id in counsellors:
                    await self.bot.send_message(
                        chat_id, packet(ticket, self.sign_names), reply_markup=buttons(ticket.id)
                    )
            except TelegramError as exc:  # expected when Telegram is down: no traceback
                logger.warning(
                    "desk: announcing ticket %s failed (%s); will try again", ticket.id, type(exc).__name__
                )
                continue
            self.announced.add(ticket.id)

    async def deliver(self) -> None:
        async with self.sending:  # the claim handler and the pump must not both send an item
            await self._deliver()

    async def _deliver(self) -> None:
        # a message on a ticket nobody has claimed yet waits (it is not returned)
        for item, chat_id in await asyncio.to_thread(self.service.deliverable):
            try:
                sent = await self.bot.send_message(chat_id, f"#{item.ticket_id} · {item.text}")
            except TelegramError as exc:
                logger.warning(
                    "desk: relay to the counsellor failed (%s); kept in the outbox", type(exc).__name__
                )
                await asyncio.to_thread(self.service.attempt_failed, item.id)
                continue
            await asyncio.to_thread(self.service.sent, item.id, str(sent.message_id))
