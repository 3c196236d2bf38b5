"""Per-sender ordering and fairness for webhook messages processed in the background.

Each conversation has one lane: its messages run one after another, in arrival order.
Lanes run concurrently, up to `concurrency` turns at a time, so a sender who floods the
webhook occupies one turn at a time and cannot starve anybody else. A token bucket per
sender decides which messages are taken at all.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)


@dataclass
class TokenBucket:
    rate_per_minute: float
    burst: float
    tokens: float = field(init=False)
    stamp: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.tokens = self.burst

    def take(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self.tokens = min(self.burst, self.tokens + max(0.0, now - self.stamp) * self.rate_per_minute / 60)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class RateLimiter:
    def __init__(
        self, rate_per_minute: float, burst: float | None = None, max_senders: int = 100_000
    ) -> None:
        self.rate = rate_per_minute
        self.burst = burst if burst is not None else max(3.0, rate_per_minute / 2)
        self.max_senders = max_senders
        self.buckets: dict[str, TokenBucket] = {}

    def allow(self, key: str, now: float | None = None) -> bool:
        bucket = self.buckets.get(key)
        if bucket is None:
            if len(self.buckets) >= self.max_senders:  # forget idle senders (full buckets)
                self.buckets = {k: b for k, b in self.buckets.items() if b.tokens < b.burst}
            bucket = self.buckets[key] = TokenBucket(self.rate, self.burst)
            if now is not None:
                bucket.stamp = now
        return bucket.take(now)


Job = Callable[[], Awaitable[None]]


class Lanes:
    def __init__(self, concurrency: int = 8) -> None:
        self.slots = asyncio.Semaphore(concurrency)
        self.queues: dict[str, asyncio.Queue[Job]] = {}
        self.workers: dict[str, asyncio.Task[None]] = {}

    def submit(self, key: str, job: Job) -> None:
        queue = self.queues.get(key)
        if queue is None:
            queue = self.queues[key] = asyncio.Queue()
        queue.put_nowait(job)
        if key not in self.workers:
            self.workers[key] = asyncio.create_task(self._drain(key, queue))

    async def _drain(self, key: str, queue: asyncio.Queue[Job]) -> None:
        try:
            while not queue.empty():
                job = queue.get_nowait()
                async with self.slots:
                    try:
                        await job()
                    except Exception:
                        logger.error("twilio: a background turn failed", exc_info=True)
        finally:
            self.workers.pop(key, None)
            if queue.empty():
                self.queues.pop(key, None)
            else:  # a job arrived while finishing
                self.workers[key] = asyncio.create_task(self._drain(key, queue))

    async def idle(self) -> None:
        """Waits until every lane is empty (tests, shutdown)."""
        while self.workers:
            await asyncio.gather(*list(self.workers.values()), return_exceptions=True)
