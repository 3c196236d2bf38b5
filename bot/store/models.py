"""Tables of the application's records. Every schema change is an Alembic revision.

Phone numbers are personal data: they live only in `channel_contacts.address` (to answer the
person) and in the outbox while a message waits to be sent; conversations are keyed by a
pseudonymous `conversation_id`, and everything here is deleted with the sender's data.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

# constraint names are stable across databases, so migrations can refer to them
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Base: Any = declarative_base(metadata=sa.MetaData(naming_convention=NAMING))


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class ChannelContact(Base):
    """Who a pseudonymous conversation belongs to on a messaging channel, and its state."""

    __tablename__ = "channel_contacts"
    conversation_id = sa.Column(sa.String(64), primary_key=True)
    channel = sa.Column(sa.String(16), nullable=False)  # sms | whatsapp
    address = sa.Column(sa.String(64), nullable=False)  # +33..., whatsapp:+33...
    reply_from = sa.Column(sa.String(64), nullable=False)  # the number they wrote to
    opted_out = sa.Column(sa.Boolean, nullable=False, default=False)
    # payloads of the last numbered options sent, so "2" can be mapped back
    options = sa.Column(sa.JSON, nullable=False, default=list)
    # texts held back by the per-turn cap, sent on MORE
    pending = sa.Column(sa.JSON, nullable=False, default=list)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    updated_at = sa.Column(sa.DateTime, nullable=False, default=utcnow, onupdate=utcnow)


class InboundMessage(Base):
    """A webhook message, recorded before it is acknowledged (idempotency on MessageSid).

    `body` is kept only until the turn has run (`state` received → done), so a message
    acknowledged just before a crash is processed after the restart, never lost.
    """

    __tablename__ = "inbound_messages"
    message_sid = sa.Column(sa.String(64), primary_key=True)
    conversation_id = sa.Column(sa.String(64), nullable=False, index=True)
    body = sa.Column(sa.Text, nullable=True)
    state = sa.Column(sa.String(16), nullable=False, default="received")  # received | done
    received_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    done_at = sa.Column(sa.DateTime, nullable=True)


class OutboundMessage(Base):
    """The outbox: written before sending, updated by the send and by status callbacks."""

    __tablename__ = "outbound_messages"
    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    # unique per message: a retried send reuses it, a duplicate enqueue is refused
    idempotency_key = sa.Column(sa.String(96), nullable=False, unique=True)
    conversation_id = sa.Column(sa.String(64), nullable=False, index=True)
    body = sa.Column(sa.Text, nullable=True)  # cleared once Twilio has accepted it
    message_sid = sa.Column(sa.String(64), nullable=True, unique=True)
    # pending → accepted (Twilio took it) → queued/sent/delivered/undelivered/failed/read
    state = sa.Column(sa.String(16), nullable=False, default="pending")
    attempts = sa.Column(sa.Integer, nullable=False, default=0)
    error_code = sa.Column(sa.String(16), nullable=True)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    updated_at = sa.Column(sa.DateTime, nullable=False, default=utcnow, onupdate=utcnow)


class AwarenessSession(Base):
    """A class session a facilitator opened: its code and the country of the class."""

    __tablename__ = "awareness_sessions"
    code = sa.Column(sa.String(16), primary_key=True)
    country = sa.Column(sa.String(2), nullable=True)  # ISO 3166-1 alpha-2, for the helpline
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)


class AwarenessCount(Base):
    """Anonymous counts per session code: how many started, finished, scored n, missed q.

    No conversation id, no text, no time per child: only (code, metric, item) -> count.
    """

    __tablename__ = "awareness_counts"
    code = sa.Column(sa.String(16), primary_key=True)
    metric = sa.Column(sa.String(32), primary_key=True)  # started, quiz_finished, score, missed...
    item = sa.Column(sa.String(64), primary_key=True, default="")  # story id, score, question id
    count = sa.Column(sa.Integer, nullable=False, default=0)


class Counsellor(Base):
    """An MRC counsellor (or admin) who may act on tickets from the Telegram desk."""

    __tablename__ = "counsellors"
    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    telegram_user_id = sa.Column(sa.BigInteger, nullable=False, unique=True)
    name = sa.Column(sa.String(80), nullable=False)
    languages = sa.Column(sa.JSON, nullable=False, default=list)  # ["fr", "ar"]
    centre = sa.Column(sa.String(80), nullable=False, default="")
    role = sa.Column(sa.String(16), nullable=False, default="counsellor")  # counsellor | admin
    active = sa.Column(sa.Boolean, nullable=False, default=True)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)


class Ticket(Base):
    """A handoff: the person consented; queued until a counsellor claims it, closed at the end."""

    __tablename__ = "tickets"
    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    conversation_id = sa.Column(sa.String(64), nullable=False, index=True)
    channel = sa.Column(sa.String(16), nullable=False)  # rest | sms | whatsapp
    language = sa.Column(sa.String(8), nullable=False)
    status = sa.Column(sa.String(16), nullable=False, default="queued")  # queued | active | closed
    priority = sa.Column(sa.Integer, nullable=False)  # 0 urgent ... 4 none (from risk_level)
    risk_level = sa.Column(sa.String(16), nullable=False, default="none")
    red_flags = sa.Column(sa.JSON, nullable=False, default=list)
    profile = sa.Column(sa.JSON, nullable=False, default=dict)  # pathways looked at, etc.
    consent_at = sa.Column(sa.DateTime, nullable=False)
    assigned_to = sa.Column(sa.Integer, sa.ForeignKey("counsellors.id"), nullable=True)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    claimed_at = sa.Column(sa.DateTime, nullable=True)
    closed_at = sa.Column(sa.DateTime, nullable=True)


class TicketMessage(Base):
    """One relayed message, written before it is sent (the outbox of both directions)."""

    __tablename__ = "ticket_messages"
    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    ticket_id = sa.Column(sa.Integer, sa.ForeignKey("tickets.id"), nullable=False, index=True)
    direction = sa.Column(sa.String(16), nullable=False)  # to_counsellor | to_user
    text = sa.Column(sa.Text, nullable=False)
    # unique per message: a retried relay reuses it, a duplicate is refused
    idempotency_key = sa.Column(sa.String(96), nullable=False, unique=True)
    channel_message_id = sa.Column(sa.String(64), nullable=True)
    state = sa.Column(sa.String(16), nullable=False, default="pending")  # pending | sent | failed
    attempts = sa.Column(sa.Integer, nullable=False, default=0)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    updated_at = sa.Column(sa.DateTime, nullable=False, default=utcnow, onupdate=utcnow)


class AuditEntry(Base):
    """Every counsellor action on the desk, allowed or refused; never message text."""

    __tablename__ = "audit_log"
    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    telegram_user_id = sa.Column(sa.BigInteger, nullable=True)
    counsellor_id = sa.Column(sa.Integer, nullable=True)
    action = sa.Column(sa.String(32), nullable=False)  # claim, transfer, close, register, refused:<what>
    ticket_id = sa.Column(sa.Integer, nullable=True)
    detail = sa.Column(sa.String(200), nullable=False, default="")
