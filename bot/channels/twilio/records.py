"""The Twilio channel's records: contacts, inbound messages (idempotency) and the outbox.

Plain synchronous SQLAlchemy; the channel runs these calls in a worker thread so the
server's event loop never waits on the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
import sqlalchemy.orm
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.store.models import ChannelContact, InboundMessage, OutboundMessage, utcnow
from bot.store.retry import retried

STUCK = timedelta(minutes=5)


@dataclass(frozen=True)
class Contact:
    conversation_id: str
    channel: str
    address: str
    reply_from: str
    opted_out: bool
    options: tuple[str, ...]
    pending: tuple[str, ...]


@dataclass(frozen=True)
class Outgoing:
    id: int
    conversation_id: str
    body: str
    attempts: int


def _contact(row: ChannelContact) -> Contact:
    return Contact(
        conversation_id=row.conversation_id,
        channel=row.channel,
        address=row.address,
        reply_from=row.reply_from,
        opted_out=bool(row.opted_out),
        options=tuple(row.options or ()),
        pending=tuple(row.pending or ()),
    )


class ChannelRecords:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    # -- inbound ---------------------------------------------------------------------------
    @retried
    def record_inbound(
        self, message_sid: str, conversation_id: str, body: str, channel: str, address: str, reply_from: str
    ) -> bool:
        """Stores the message and its sender; False when this MessageSid was seen before."""
        try:
            return self._record_inbound(message_sid, conversation_id, body, channel, address, reply_from)
        except IntegrityError:  # the same MessageSid arrived twice at the same moment
            return False

    def _record_inbound(
        self, message_sid: str, conversation_id: str, body: str, channel: str, address: str, reply_from: str
    ) -> bool:
        with self.sessions.begin() as session:
            if session.get(InboundMessage, message_sid) is not None:
                return False
            contact = session.get(ChannelContact, conversation_id)
            if contact is None:
                session.add(
                    ChannelContact(
                        conversation_id=conversation_id,
                        channel=channel,
                        address=address,
                        reply_from=reply_from,
                        opted_out=False,
                        options=[],
                        pending=[],
                    )
                )
            elif contact.reply_from != reply_from:
                contact.reply_from = reply_from
            session.add(InboundMessage(message_sid=message_sid, conversation_id=conversation_id, body=body))
        return True

    @retried
    def finish_inbound(self, message_sid: str, state: str = "done") -> None:
        with self.sessions.begin() as session:
            row = session.get(InboundMessage, message_sid)
            if row is not None:
                row.state, row.body, row.done_at = state, None, utcnow()

    @retried
    def unfinished_inbound(self, older_than: timedelta) -> list[tuple[str, str, str]]:
        """(message_sid, conversation_id, body) acknowledged but never processed (a crash)."""
        cutoff = utcnow() - older_than
        with self.sessions() as session:
            rows = session.execute(
                sa.select(InboundMessage.message_sid, InboundMessage.conversation_id, InboundMessage.body)
                .where(InboundMessage.state == "received", InboundMessage.received_at < cutoff)
                .order_by(InboundMessage.received_at)
            ).all()
        return [(sid, conv, body or "") for sid, conv, body in rows]

    # -- contacts --------------------------------------------------------------------------
    @retried
    def contact(self, conversation_id: str) -> Contact | None:
        with self.sessions() as session:
            row = session.get(ChannelContact, conversation_id)
            return _contact(row) if row is not None else None

    @retried
    def update_contact(
        self,
        conversation_id: str,
        *,
        options: Sequence[str] | None = None,
        pending: Sequence[str] | None = None,
        opted_out: bool | None = None,
    ) -> None:
        with self.sessions.begin() as session:
            row = session.get(ChannelContact, conversation_id)
            if row is None:
                return
            if options is not None:
                row.options = list(options)
            if pending is not None:
                row.pending = list(pending)
            if opted_out is not None:
                row.opted_out = opted_out

    # -- outbox ----------------------------------------------------------------------------
    @retried
    def enqueue(self, conversation_id: str, bodies: Sequence[str], key_prefix: str) -> list[Outgoing]:
        """Writes the messages to the outbox before anything is sent.

        Keys are `<key_prefix>:<n>`: a turn processed twice (after a crash) finds its
        messages already queued and does not queue them again.
        """
        queued: list[Outgoing] = []
        for n, body in enumerate(bodies):
            key = f"{key_prefix}:{n}"
            try:
                with self.sessions.begin() as session:
                    row = OutboundMessage(
                        idempotency_key=key,
                        conversation_id=conversation_id,
                        body=body,
                        state="pending",
                        attempts=0,
                    )
                    session.add(row)
                    session.flush()
                    queued.append(Outgoing(row.id, conversation_id, body, 0))
            except IntegrityError:
                continue
        return queued

    @retried
    def claim(self, outgoing_id: int) -> bool:
        """Marks a pending message as being sent; False when someone else has it."""
        with self.sessions.begin() as session:
            result = session.execute(
                sa.update(OutboundMessage)
                .where(OutboundMessage.id == outgoing_id, OutboundMessage.state == "pending")
                .values(state="sending", updated_at=utcnow())
            )
            return bool(result.rowcount)

    # sent / attempt_failed are single UPDATE statements: a conversation erased meanwhile (DELETE
    # while the outbox loop holds one of its messages) matches no row, instead of a stale ORM row
    @retried
    def sent(self, outgoing_id: int, message_sid: str, status: str) -> None:
        with self.sessions.begin() as session:
            session.execute(
                sa.update(OutboundMessage)
                .where(OutboundMessage.id == outgoing_id)
                .values(
                    message_sid=message_sid,
                    state=status or "accepted",
                    body=None,
                    attempts=OutboundMessage.attempts + 1,
                )
            )

    @retried
    def attempt_failed(self, outgoing_id: int, error_code: str, final: bool) -> None:
        values: dict[str, object] = {
            "attempts": OutboundMessage.attempts + 1,
            "error_code": error_code[:16],
            "state": "failed" if final else "pending",
        }
        if final:
            values["body"] = None
        with self.sessions.begin() as session:
            session.execute(
                sa.update(OutboundMessage).where(OutboundMessage.id == outgoing_id).values(**values)
            )

    @retried
    def unsent(self, older_than: timedelta, limit: int = 100) -> list[Outgoing]:
        """Messages waiting to be (re)sent, in order; one stuck in "sending" for 5 minutes (a
        crash mid-send) is released again. A message is due only when every earlier unsent
        message of its conversation is due too: a turn's first reply that has just failed
        again must not be overtaken by its second, which was never tried (seen after an
        outage: "Send DELETE to erase it" arrived before "Hello, I am SafeRoute")."""
        now = utcnow()
        with self.sessions.begin() as session:
            session.execute(
                sa.update(OutboundMessage)
                .where(OutboundMessage.state == "sending", OutboundMessage.updated_at < now - STUCK)
                .values(state="pending")
            )
        earlier = sa.orm.aliased(OutboundMessage)
        waiting = sa.exists().where(
            earlier.conversation_id == OutboundMessage.conversation_id,
            earlier.id < OutboundMessage.id,
            sa.or_(
                earlier.state == "sending",
                sa.and_(earlier.state == "pending", earlier.updated_at >= now - older_than),
            ),
        )
        with self.sessions() as session:
            rows = session.execute(
                sa.select(OutboundMessage)
                .where(
                    OutboundMessage.state == "pending",
                    OutboundMessage.updated_at < now - older_than,
                    ~waiting,
                )
                .order_by(OutboundMessage.id)
                .limit(limit)
            ).scalars()
            return [Outgoing(r.id, r.conversation_id, r.body or "", r.attempts) for r in rows]

    @retried
    def waiting_before(self, conversation_id: str, outgoing_id: int) -> bool:
        """Whether an earlier message of the conversation still waits in the outbox (pending or
        being sent): a new turn's replies must then queue behind it, not overtake it."""
        with self.sessions() as session:
            earlier = session.execute(
                sa.select(OutboundMessage.id)
                .where(
                    OutboundMessage.conversation_id == conversation_id,
                    OutboundMessage.id < outgoing_id,
                    OutboundMessage.state.in_(("pending", "sending")),
                )
                .limit(1)
            ).first()
            return earlier is not None

    @retried
    def delivery_status(self, message_sid: str, status: str, error_code: str | None) -> bool:
        """Records a status callback; False when the MessageSid is not ours."""
        with self.sessions.begin() as session:
            row = session.execute(
                sa.select(OutboundMessage).where(OutboundMessage.message_sid == message_sid)
            ).scalar_one_or_none()
            if row is None:
                return False
            row.state = status[:16]
            if error_code:
                row.error_code = error_code[:16]
            return True

    @retried
    def states(self, conversation_id: str) -> list[str]:
        with self.sessions() as session:
            return list(
                session.execute(
                    sa.select(OutboundMessage.state)
                    .where(OutboundMessage.conversation_id == conversation_id)
                    .order_by(OutboundMessage.id)
                ).scalars()
            )

    # -- erasure ---------------------------------------------------------------------------
    @retried
    def erase(self, conversation_id: str) -> int:
        with self.sessions.begin() as session:
            total = 0
            for model in (OutboundMessage, InboundMessage, ChannelContact):
                result = session.execute(sa.delete(model).where(model.conversation_id == conversation_id))
                total += result.rowcount or 0
            return total
