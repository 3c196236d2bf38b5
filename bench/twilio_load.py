"""Load on the Twilio webhook: signed messages from many senders, replies counted at a fake API.

Starts the real assistant (action server + Rasa server, SQLite) with the Twilio channel
pointed at a local fake Messages API, then 50 senders each send 20 signed messages (twilio's
RequestValidator), each sender waiting for the reply to one message before sending the next,
as a person does. Prints throughput, webhook acknowledgement and reply latency (p50/p95),
and how many messages got no reply (must be 0).

Run: ./saferoute python -m bench.twilio_load --model <model.tar.gz> [--senders 50 --messages 20]
(`./saferoute bench-twilio` passes the current model.)
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from twilio.request_validator import RequestValidator

from scripts.services import Services, free_port, start_saferoute
from tests.fakes.twilio_api import FakeTwilioAPI

SID, TOKEN, PUBLIC, OURS = "AC" + "10ad" * 8, "load-token", "https://bot.example.org", "+15005550006"
PATH = "/webhooks/twilio/webhook"
SCRIPT = [
    "hello",
    "1",
    "I want to work in Germany",
    "help",
    "menu",
    "bonjour",
    "2",
    "je cherche un travail en France",
    "مرحبا",
    "أريد العمل في إيطاليا",
    "are you a bot?",
    "thanks",
    "what can you do",
    "3",
    "aide",
    "they took my passport",
    "emergency",
    "ok",
    "1",
    "bye",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


async def sender(
    session: aiohttp.ClientSession,
    base: str,
    api: FakeTwilioAPI,
    phone: str,
    count: int,
    sids: itertools.count,
    acks: list[float],
    replies: list[float],
    lost: list[str],
) -> None:
    validator = RequestValidator(TOKEN)
    for n in range(count):
        params = {
            "MessageSid": f"SM{next(sids):032x}",
            "AccountSid": SID,
            "From": phone,
            "To": OURS,
            "Body": SCRIPT[n % len(SCRIPT)],
            "NumMedia": "0",
        }
        headers = {
            "X-Twilio-Signature": validator.compute_signature(PUBLIC + PATH, params),
            "Content-Type": "application/x-www-form-urlencoded",
        }
        before = api.count_to(phone)
        start = time.perf_counter()
        async with session.post(base + PATH, data=urlencode(params), headers=headers) as response:
            await response.read()
            if response.status != 200:
                lost.append(f"HTTP {response.status}")
                continue
        acks.append(time.perf_counter() - start)
        deadline = start + 60
        while api.count_to(phone) <= before and time.perf_counter() < deadline:
            await asyncio.sleep(0.01)
        if api.count_to(phone) <= before:
            lost.append(params["MessageSid"])
            continue
        replies.append(time.perf_counter() - start)
        await asyncio.sleep(0.3)  # let the rest of this turn's parts arrive


async def run(base: str, api: FakeTwilioAPI, senders: int, messages: int) -> None:
    acks: list[float] = []
    replies: list[float] = []
    lost: list[str] = []
    sids = itertools.count(1)
    started = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(
            *(
                sender(session, base, api, f"+4470000{n:05d}", messages, sids, acks, replies, lost)
                for n in range(senders)
            )
        )
    elapsed = time.perf_counter() - started
    total = senders * messages
    print(
        f"messages sent: {total} from {senders} senders in {elapsed:.1f} s "
        f"({total / elapsed:.1f} messages/s; each sender waits for its reply, plus 0.3 s)"
    )
    print(
        f"replies sent by the assistant (SMS parts at the fake API): {len(api.sent)}; send calls: {api.calls}"
    )
    print(
        f"webhook acknowledgement ms: p50 {percentile(acks, 0.5) * 1000:.1f}"
        f"  p95 {percentile(acks, 0.95) * 1000:.1f}"
    )
    print(
        f"first reply part ms:        p50 {percentile(replies, 0.5) * 1000:.1f}  "
        f"p95 {percentile(replies, 0.95) * 1000:.1f}  mean {statistics.mean(replies) * 1000:.1f}"
    )
    print(f"messages without a reply (lost): {len(lost)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True)
    parser.add_argument("--senders", type=int, default=50)
    parser.add_argument("--messages", type=int, default=20)
    parser.add_argument("--db-url", default="", help="default: a new SQLite file; e.g. postgresql://...")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FakeTwilioAPI(SID, TOKEN) as api:
        env = dict(
            os.environ,
            SAFEROUTE_DB_URL=args.db_url or f"sqlite:///{tmp}/load.db",
            TWILIO_ACCOUNT_SID=SID,
            TWILIO_AUTH_TOKEN=TOKEN,
            SAFEROUTE_PUBLIC_URL=PUBLIC,
            TWILIO_API_BASE_URL=api.base_url,
            SAFEROUTE_RATE_PER_MINUTE="600",
            SAFEROUTE_API_TOKEN="",
        )
        services = Services(Path(tmp) / "servers.log")
        try:
            base = start_saferoute(
                services,
                args.model,
                rasa_port=free_port(),
                actions_port=free_port(),
                env=env,
                workdir=Path(tmp),
            )
            asyncio.run(run(base, api, args.senders, args.messages))
        finally:
            services.stop()


if __name__ == "__main__":
    main()
