"""Per-sender order, fairness between senders, and the per-sender rate."""

from __future__ import annotations

import asyncio

from bot.channels.twilio.lanes import Lanes, RateLimiter


def test_token_bucket_allows_a_burst_then_the_rate() -> None:
    limiter = RateLimiter(rate_per_minute=6, burst=3)
    assert [limiter.allow("a", now=0.0) for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b", now=0.0)  # another sender has its own bucket
    assert not limiter.allow("a", now=5.0)
    assert limiter.allow("a", now=10.0)  # 6 per minute: one more every 10 s


async def test_one_senders_messages_run_in_order_one_at_a_time() -> None:
    lanes, seen, running = Lanes(concurrency=4), [], []

    def job(n: int):  # noqa: ANN202
        async def run() -> None:
            running.append(n)
            assert len(running) == 1
            await asyncio.sleep(0.001 * (5 - n))
            seen.append(n)
            running.remove(n)

        return run

    for n in range(5):
        lanes.submit("alice", job(n))
    await lanes.idle()
    assert seen == [0, 1, 2, 3, 4]


async def test_a_flooding_sender_does_not_starve_another() -> None:
    lanes, finished = Lanes(concurrency=2), []

    def job(who: str):  # noqa: ANN202
        async def run() -> None:
            await asyncio.sleep(0.01)
            finished.append(who)

        return run

    for _ in range(50):
        lanes.submit("flood", job("flood"))
    lanes.submit("bob", job("bob"))
    await lanes.idle()
    assert finished.index("bob") < 3  # bob's one message is not queued behind fifty


async def test_a_failing_job_does_not_stop_the_lane() -> None:
    lanes, done = Lanes(), []

    async def boom() -> None:
        raise RuntimeError("turn failed")

    async def ok() -> None:
        done.append(True)

    lanes.submit("a", boom)
    lanes.submit("a", ok)
    await lanes.idle()
    assert done == [True]
