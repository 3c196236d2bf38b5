"""Transient database failures are retried with backoff instead of losing a message.

A locked SQLite file ("database is locked" once its busy timeout has passed) or a dropped
PostgreSQL connection fails one transaction; the same call a moment later succeeds. Methods of
the stores that the relay depends on are wrapped with `retried`: each call is one transaction
(or a read), so running it again is safe, and the writes that must happen once carry an
idempotency key. Only errors that say the database could not be reached or was busy are
retried; a constraint violation or a bug fails at once.

The budget is a total time, not a number of attempts: a SQLite attempt itself can wait its
busy timeout (5 s). When the budget is spent the error goes to the caller, who tells the
person or the counsellor and keeps what it could not write (Twilio: the inbound record).
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Backoff:
    budget_seconds: float = 30.0
    first_delay: float = 0.05
    max_delay: float = 2.0


DEFAULT = Backoff()
_inside = threading.local()  # a retried method calling another retries once, as a whole


def transient(exc: BaseException) -> bool:
    """True for "could not reach / busy": worth trying the same transaction again."""
    if isinstance(exc, (OperationalError, InterfaceError, DisconnectionError)):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def call_with_retry(fn: Callable[[], Any], what: str, backoff: Backoff = DEFAULT) -> Any:
    deadline = time.monotonic() + backoff.budget_seconds
    delay, attempt = backoff.first_delay, 1
    while True:
        try:
            return fn()
        except Exception as exc:
            if not transient(exc) or time.monotonic() + delay > deadline:
                raise
            # expected while the database is down: no traceback, no statement or parameters
            logger.warning(
                "store: %s failed (%s, attempt %d); retrying in %.2f s",
                what,
                type(getattr(exc, "orig", None) or exc).__name__,
                attempt,
                delay,
            )
        time.sleep(delay)
        delay, attempt = min(delay * 2, backoff.max_delay), attempt + 1


def retried(method: F) -> F:
    """For methods of a store whose instance has a `backoff` attribute (a `Backoff`)."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(_inside, "active", False):
            return method(self, *args, **kwargs)
        _inside.active = True
        try:
            return call_with_retry(
                lambda: method(self, *args, **kwargs),
                f"{type(self).__name__}.{method.__name__}",
                getattr(self, "backoff", DEFAULT),
            )
        finally:
            _inside.active = False

    return cast(F, wrapper)
