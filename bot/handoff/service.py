"""Tickets and the relay between a person and a counsellor, on the application's tables.

`handoff_status` follows requested -> queued -> active -> closed: a ticket is written when the
person consents (queued), a registered, active counsellor claims it (active) and closes it
(closed). While a ticket is open, the person's messages are relayed instead of answered: every
relayed message is written to `ticket_messages` before it is sent (the outbox), with an
idempotency key, so a retry never sends it twice and a failure never loses it. Counsellor
actions are audited, refused ones included; message texts never reach the log.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.store.models import AuditEntry, Counsellor, Ticket, TicketMessage, utcnow
from bot.store.retry import retried

logger = logging.getLogger(__name__)

QUEUED, ACTIVE, CLOSED = "queued", "active", "closed"
OPEN = (QUEUED, ACTIVE)
TO_COUNSELLOR, TO_USER = "to_counsellor", "to_user"
PRIORITY = {"urgent": 0, "high": 1, "concern": 2, "caution": 3, "none": 4}


class HandoffRefused(Exception):
    """A desk action that the user may not take (not registered, inactive, not theirs)."""


@dataclass(frozen=True)
class TicketView:
    id: int
    conversation_id: str
    channel: str
    language: str
    status: str
    priority: int
    risk_level: str
    red_flags: tuple[str, ...]
    assigned_to: int | None
    created_at: datetime
    profile: dict[str, Any]


@dataclass(frozen=True)
class Relayed:
    id: int
    ticket_id: int
    direction: str
    text: str
    state: str
    attempts: int


def _view(t: Ticket) -> TicketView:
    return TicketView(
        t.id,
        t.conversation_id,
        t.channel,
        t.language,
        t.status,
        t.priority,
        t.risk_level,
        tuple(t.red_flags or ()),
        t.assigned_to,
        t.created_at,
        dict(t.profile or {}),
    )


def _relayed(m: TicketMessage) -> Relayed:
    return Relayed(m.id, m.ticket_id, m.direction, m.text, m.state, m.attempts)


class HandoffService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    # -- tickets --------------------------------------------------------------------------
    @retried
    def open_ticket(
        self,
        conversation_id: str,
        channel: str,
        language: str,
        risk_level: str = "none",
        red_flags: Iterable[str] = (),
        profile: dict[str, Any] | None = None,
    ) -> TicketView:
        """The person consented: a queued ticket (their open ticket if they have one)."""
        existing = self.open_ticket_of(conversation_id)
        if existing is not None:
            return existing
        with self.sessions.begin() as s:
            ticket = Ticket(
                conversation_id=conversation_id,
                channel=channel,
                language=language,
                status=QUEUED,
                priority=PRIORITY.get(risk_level, PRIORITY["none"]),
                risk_level=risk_level if risk_level in PRIORITY else "none",
                red_flags=list(red_flags),
                profile=profile or {},
                consent_at=utcnow(),
            )
            s.add(ticket)
            s.flush()
            return _view(ticket)

    @retried
    def open_ticket_of(self, conversation_id: str) -> TicketView | None:
        with self.sessions() as s:
            ticket = s.execute(
                sa.select(Ticket)
                .where(Ticket.conversation_id == conversation_id, Ticket.status.in_(OPEN))
                .order_by(Ticket.id.desc())
            ).scalar()
            return _view(ticket) if ticket else None

    @retried
    def queue(self) -> list[TicketView]:
        """Open tickets, most urgent first, then oldest."""
        with self.sessions() as s:
            rows = s.execute(
                sa.select(Ticket).where(Ticket.status == QUEUED).order_by(Ticket.priority, Ticket.id)
            ).scalars()
            return [_view(t) for t in rows]

    @retried
    def close_by_person(self, conversation_id: str) -> bool:
        """The person left (STOP): their open ticket is closed; True if there was one."""
        with self.sessions.begin() as s:
            tickets = s.execute(
                sa.select(Ticket).where(Ticket.conversation_id == conversation_id, Ticket.status.in_(OPEN))
            ).scalars()
            closed = 0
            for ticket in tickets:
                ticket.status, ticket.closed_at = CLOSED, utcnow()
                s.add(AuditEntry(action="closed_by_person", ticket_id=ticket.id))
                closed += 1
            return closed > 0

    @retried
    def unclaimed(self, older_than: timedelta) -> list[TicketView]:
        """Queued tickets nobody claimed for `older_than`: the person must be told honestly."""
        limit = utcnow() - older_than
        with self.sessions() as s:
            rows = s.execute(
                sa.select(Ticket)
                .where(Ticket.status == QUEUED, Ticket.created_at <= limit)
                .order_by(Ticket.id)
            ).scalars()
            return [_view(t) for t in rows]

    @retried
    def counsellor_id(self, telegram_user_id: int) -> int | None:
        with self.sessions() as s:
            row = s.execute(
                sa.select(Counsellor.id).where(Counsellor.telegram_user_id == telegram_user_id)
            ).scalar()
            return int(row) if row is not None else None

    @retried
    def ticket(self, ticket_id: int) -> TicketView | None:
        with self.sessions() as s:
            row = s.get(Ticket, ticket_id)
            return _view(row) if row else None

    @retried
    def active_tickets_of(self, telegram_user_id: int) -> list[TicketView]:
        with self.sessions() as s:
            rows = s.execute(
                sa.select(Ticket)
                .join(Counsellor, Ticket.assigned_to == Counsellor.id)
                .where(Counsellor.telegram_user_id == telegram_user_id, Ticket.status == ACTIVE)
                .order_by(Ticket.id)
            ).scalars()
            return [_view(t) for t in rows]

    @retried
    def last_audit_id(self) -> int:
        with self.sessions() as s:
            return int(s.execute(sa.select(sa.func.max(AuditEntry.id))).scalar() or 0)

    @retried
    def claims_and_closes_since(self, audit_id: int) -> list[tuple[int, str, TicketView]]:
        """Counsellors' claims and closes after audit entry `audit_id`, in order:
        (entry id, "claim" or "close", the ticket as it is now)."""
        with self.sessions() as s:
            rows = s.execute(
                sa.select(AuditEntry.id, AuditEntry.action, Ticket)
                .join(Ticket, Ticket.id == AuditEntry.ticket_id)
                .where(AuditEntry.id > audit_id, AuditEntry.action.in_(("claim", "close")))
                .order_by(AuditEntry.id)
            ).all()
            return [(int(entry), str(action), _view(ticket)) for entry, action, ticket in rows]

    # -- counsellors and their actions ----------------------------------------------------
    @retried
    def register(
        self, admin_telegram_id: int, telegram_user_id: int, name: str, languages: Sequence[str]
    ) -> int:
        """An admin registers (or re-activates) a counsellor; returns the counsellor id."""
        with self.sessions.begin() as s:
            admin = self._actor(s, admin_telegram_id, "register", admin=True)
            row = s.execute(
                sa.select(Counsellor).where(Counsellor.telegram_user_id == telegram_user_id)
            ).scalar()
            if row is None:
                row = Counsellor(telegram_user_id=telegram_user_id, name=name, languages=list(languages))
                s.add(row)
            row.name, row.languages, row.active = name, list(languages), True
            s.flush()
            s.add(
                AuditEntry(
                    telegram_user_id=admin_telegram_id,
                    counsellor_id=admin.id,
                    action="register",
                    detail=f"counsellor {row.id}",
                )
            )
            return int(row.id)

    @retried
    def add_admin(self, telegram_user_id: int, name: str, languages: Sequence[str] = ()) -> int:
        """The first admin, from the command line (not from Telegram)."""
        with self.sessions.begin() as s:
            row = Counsellor(
                telegram_user_id=telegram_user_id, name=name, languages=list(languages), role="admin"
            )
            s.add(row)
            s.flush()
            s.add(
                AuditEntry(
                    telegram_user_id=telegram_user_id,
                    counsellor_id=row.id,
                    action="register",
                    detail="admin from the command line",
                )
            )
            return int(row.id)

    @retried
    def counsellors_for(self, language: str) -> list[int]:
        """Telegram ids of the active counsellors who speak `language`."""
        with self.sessions() as s:
            rows = s.execute(sa.select(Counsellor).where(Counsellor.active.is_(True))).scalars()
            return [int(c.telegram_user_id) for c in rows if language in (c.languages or [])]

    @retried
    def claim(self, ticket_id: int, telegram_user_id: int) -> TicketView:
        return self._act(ticket_id, telegram_user_id, "claim")

    @retried
    def close(self, ticket_id: int, telegram_user_id: int) -> TicketView:
        return self._act(ticket_id, telegram_user_id, "close")

    @retried
    def transfer(self, ticket_id: int, telegram_user_id: int, to_counsellor_id: int) -> TicketView:
        return self._act(ticket_id, telegram_user_id, "transfer", to_counsellor_id)

    @retried
    def reply(self, ticket_id: int, telegram_user_id: int, text: str, key: str) -> Relayed | None:
        """A counsellor's message to the person: only on their own open ticket (or an admin)."""
        self._act(ticket_id, telegram_user_id, "reply")
        return self.relay(ticket_id, TO_USER, text, key)

    def _actor(self, s: Session, telegram_user_id: int, action: str, *, admin: bool = False) -> Counsellor:
        who = s.execute(sa.select(Counsellor).where(Counsellor.telegram_user_id == telegram_user_id)).scalar()
        if who is None or not who.active or (admin and who.role != "admin"):
            self._refuse(
                telegram_user_id,
                action,
                None,
                "not a registered, active " + ("admin" if admin else "counsellor"),
            )
        assert who is not None
        return who

    def _refuse(self, telegram_user_id: int, action: str, ticket_id: int | None, why: str) -> None:
        with self.sessions.begin() as s:
            s.add(
                AuditEntry(
                    telegram_user_id=telegram_user_id,
                    action=f"refused:{action}",
                    ticket_id=ticket_id,
                    detail=why,
                )
            )
        logger.warning("handoff: refused %s on ticket %s (%s)", action, ticket_id, why)
        raise HandoffRefused(why)

    def _act(
        self, ticket_id: int, telegram_user_id: int, action: str, target: int | None = None
    ) -> TicketView:
        with self.sessions.begin() as s:
            who = s.execute(
                sa.select(Counsellor).where(Counsellor.telegram_user_id == telegram_user_id)
            ).scalar()
            ticket = s.get(Ticket, ticket_id, with_for_update=True)
            why = self._why_not(who, ticket, action, target, s)
            if why is None:
                assert who is not None and ticket is not None
                now = utcnow()
                if action == "claim":
                    ticket.status, ticket.assigned_to, ticket.claimed_at = ACTIVE, who.id, now
                elif action == "transfer":
                    ticket.assigned_to = target
                elif action == "close":
                    ticket.status, ticket.closed_at = CLOSED, now
                s.add(
                    AuditEntry(
                        telegram_user_id=telegram_user_id,
                        counsellor_id=who.id,
                        action=action,
                        ticket_id=ticket_id,
                        detail=f"to counsellor {target}" if target else "",
                    )
                )
                s.flush()
                return _view(ticket)
        self._refuse(telegram_user_id, action, ticket_id, why)
        raise AssertionError("unreachable")

    @staticmethod
    def _why_not(
        who: Counsellor | None, ticket: Ticket | None, action: str, target: int | None, s: Session
    ) -> str | None:
        if who is None or not who.active:
            return "not a registered, active counsellor"
        if ticket is None or ticket.status == CLOSED:
            return "no such open ticket"
        if action == "claim" and ticket.status != QUEUED:
            return "already claimed"
        if action in ("close", "transfer", "reply") and ticket.assigned_to != who.id and who.role != "admin":
            return "not your ticket"
        if action == "transfer":
            other = s.get(Counsellor, target) if target else None
            if other is None or not other.active:
                return "no such active counsellor to transfer to"
        return None

    # -- the relay outbox -------------------------------------------------------------------
    @retried
    def relay(self, ticket_id: int, direction: str, text: str, key: str) -> Relayed | None:
        """Writes a message to relay before it is sent; None if `key` was written already."""
        try:
            with self.sessions.begin() as s:
                row = TicketMessage(ticket_id=ticket_id, direction=direction, text=text, idempotency_key=key)
                s.add(row)
                s.flush()
                return _relayed(row)
        except IntegrityError:
            return None

    @retried
    def pending(
        self, direction: str, limit: int = 100, channels: Iterable[str] | None = None
    ) -> list[Relayed]:
        """Messages not yet delivered, oldest first; only tickets of `channels` when given."""
        query = (
            sa.select(TicketMessage)
            .where(TicketMessage.direction == direction, TicketMessage.state == "pending")
            .order_by(TicketMessage.id)
            .limit(limit)
        )
        if channels is not None:
            query = query.join(Ticket, Ticket.id == TicketMessage.ticket_id).where(
                Ticket.channel.in_(list(channels))
            )
        with self.sessions() as s:
            return [_relayed(m) for m in s.execute(query).scalars()]

    @retried
    def deliverable(self, limit: int = 100) -> list[tuple[Relayed, int]]:
        """People's messages on active tickets, with the Telegram id of the claiming counsellor."""
        with self.sessions() as s:
            rows = s.execute(
                sa.select(TicketMessage, Counsellor.telegram_user_id)
                .join(Ticket, Ticket.id == TicketMessage.ticket_id)
                .join(Counsellor, Counsellor.id == Ticket.assigned_to)
                .where(
                    TicketMessage.direction == TO_COUNSELLOR,
                    TicketMessage.state == "pending",
                    Ticket.status == ACTIVE,
                )
                .order_by(TicketMessage.id)
                .limit(limit)
            ).all()
            return [(_relayed(m), int(telegram_id)) for m, telegram_id in rows]

    @retried
    def pending_for(self, conversation_id: str, direction: str = TO_USER) -> list[Relayed]:
        """Messages waiting for one person (any of their tickets), oldest first."""
        with self.sessions() as s:
            rows = s.execute(
                sa.select(TicketMessage)
                .join(Ticket, Ticket.id == TicketMessage.ticket_id)
                .where(
                    Ticket.conversation_id == conversation_id,
                    TicketMessage.direction == direction,
                    TicketMessage.state == "pending",
                )
                .order_by(TicketMessage.id)
            ).scalars()
            return [_relayed(m) for m in rows]

    @retried
    def sent(self, message_id: int, channel_message_id: str | None = None) -> None:
        with self.sessions.begin() as s:
            row = s.get(TicketMessage, message_id)
            if row is not None:
                row.state, row.channel_message_id = "sent", channel_message_id
                row.attempts += 1

    @retried
    def attempt_failed(self, message_id: int) -> None:
        with self.sessions.begin() as s:
            row = s.get(TicketMessage, message_id)
            if row is not None:
                row.attempts += 1

    @retried
    def history(self, ticket_id: int) -> list[Relayed]:
        with self.sessions() as s:
            rows = s.execute(
                sa.select(TicketMessage)
                .where(TicketMessage.ticket_id == ticket_id)
                .order_by(TicketMessage.id)
            ).scalars()
            return [_relayed(m) for m in rows]

    @retried
    def audit(self, ticket_id: int | None = None) -> list[tuple[str, int | None, str]]:
        with self.sessions() as s:
            query = sa.select(AuditEntry).order_by(AuditEntry.id)
            if ticket_id is not None:
                query = query.where(AuditEntry.ticket_id == ticket_id)
            return [(a.action, a.telegram_user_id, a.detail) for a in s.execute(query).scalars()]

    # -- privacy ----------------------------------------------------------------------------
    @retried
    def erase(self, conversation_id: str) -> int:
        """Deletes a person's tickets and relayed messages (registered with bot.privacy)."""
        with self.sessions.begin() as s:
            ids = [
                t for (t,) in s.execute(sa.select(Ticket.id).where(Ticket.conversation_id == conversation_id))
            ]
            if not ids:
                return 0
            messages = s.execute(sa.delete(TicketMessage).where(TicketMessage.ticket_id.in_(ids))).rowcount
            s.execute(sa.update(AuditEntry).where(AuditEntry.ticket_id.in_(ids)).values(ticket_id=None))
            tickets = s.execute(sa.delete(Ticket).where(Ticket.id.in_(ids))).rowcount
            return int(messages) + int(tickets)
