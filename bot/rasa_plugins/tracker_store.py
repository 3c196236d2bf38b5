"""Rasa's SQL tracker store, plus erasure on request.

SQLite by default (`SAFEROUTE_DB_URL`, see bot/settings.py); PostgreSQL with a
`postgresql://` URL. When a turn ends with the data-deletion confirmation, every stored
event of that sender is deleted instead of saved, together with the application's own
records (bot.privacy), before the confirmation reaches the user.

Rebuilding a tracker from its rows costs more with every turn (Rasa deserialises each event
again), so recently used trackers stay in memory. A cached tracker is used only while the
database still ends at the event id this process last wrote for that sender and nothing was
added to the tracker since; otherwise (another server wrote, or a turn failed before saving)
it is read again from the database.

What a child writes is never stored: in a conversation whose `audience` is child, user
messages are saved without their text (intent and entities only), so the awareness flow keeps
no free text beyond the running conversation.
"""

from __future__ import annotations

import itertools
import logging
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import privacy
from bot.settings import get_settings
from bot.store.db import ensure_sqlite_dir, is_sqlite_file, sqlite_pragmas

logger = logging.getLogger(__name__)

# the response that confirms erasure; its execution in a turn is the erase request
ERASE_MARKER_ACTION = "utter_data_deleted"
DEFAULT_CACHE_SIZE = 2000
CHILD_SLOT, CHILD = "audience", "child"


def without_text(event: Any) -> Any:
    """A user message as stored for a child: what it meant, not what was written."""
    if not isinstance(event, UserUttered):
        return event
    parse_data = {k: v for k, v in (event.parse_data or {}).items() if k != "text"}
    return UserUttered(
        text=None,
        intent=event.intent,
        entities=event.entities,
        parse_data={**parse_data, "text": ""},
        timestamp=event.timestamp,
        input_channel=event.input_channel,
        message_id=event.message_id,
    )


def erase_requested(tracker: DialogueStateTracker) -> bool:
    """The latest turn (events after the last user message) confirmed erasure."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == ERASE_MARKER_ACTION:
            return True
    return False


class SafeRouteTrackerStore(SQLTrackerStore):
    engine: Any  # set by SQLTrackerStore.__init__ (unannotated there)

    def __init__(
        self,
        domain: Domain | None = None,
        host: str | None = None,
        event_broker: EventBroker | None = None,
        cache_size: int = DEFAULT_CACHE_SIZE,
        **kwargs: Any,
    ) -> None:
        url = host or get_settings().db_url
        ensure_sqlite_dir(url)
        super().__init__(domain=domain, host=url, event_broker=event_broker, **kwargs)
        if is_sqlite_file(url):
            # one pooled connection per thread instead of a new connection per query
            self.engine.dispose()
            self.engine = sa.create_engine(
                url, poolclass=sa.pool.QueuePool, connect_args={"check_same_thread": False}
            )
            sa.event.listen(self.engine, "connect", sqlite_pragmas)
            self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)
        self.cache_size = int(cache_size)
        # sender -> (tracker, number of its events when saved, last stored event id)
        self._cache: OrderedDict[str, tuple[DialogueStateTracker, int, int | None]] = OrderedDict()

    def _last_event_id(self, sender_id: str) -> int | None:
        with self.session_scope() as session:
            return session.execute(
                sa.select(sa.func.max(self.SQLEvent.id)).where(self.SQLEvent.sender_id == sender_id)
            ).scalar()

    def _remember(self, tracker: DialogueStateTracker) -> None:
        if self.cache_size <= 0:
            return
        self._cache[tracker.sender_id] = (
            tracker,
            len(tracker.events),
            self._last_event_id(tracker.sender_id),
        )
        self._cache.move_to_end(tracker.sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        cached = self._cache.pop(sender_id, None)
        if cached is not None:
            tracker, saved_events, last_id = cached
            if len(tracker.events) == saved_events and self._last_event_id(sender_id) == last_id:
                self._cache[sender_id] = cached
                return tracker
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            self._remember(tracker)
        return tracker

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        """The events not stored yet; known without a COUNT query for a cached tracker."""
        cached = self._cache.get(tracker.sender_id)
        if cached is not None and cached[0] is tracker:
            events: Iterator = itertools.islice(tracker.events, cached[1], len(tracker.events))
        else:
            events = super()._additional_events(session, tracker)
        if tracker.get_slot(CHILD_SLOT) == CHILD:
            return (without_text(event) for event in events)
        return events

    async def save(self, tracker: DialogueStateTracker) -> None:
        if erase_requested(tracker):
            await self.erase(tracker.sender_id)
            return
        await super().save(tracker)
        self._remember(tracker)

    async def erase(self, sender_id: str) -> int:
        """Deletes every stored event of `sender_id`; returns how many."""
        self._cache.pop(sender_id, None)
        with self.session_scope() as session:
            result = session.execute(sa.delete(self.SQLEvent).where(self.SQLEvent.sender_id == sender_id))
            session.commit()
        privacy.erase_sender(sender_id)
        logger.info("erased a conversation on request (%d events)", result.rowcount)
        return int(result.rowcount)
