"""Turn latency, throughput, cold start, memory and training time: SafeRoute next to the
configuration `rasa init` creates, both measured in the same run on this machine.

For each assistant: train it from scratch (timed), start it and time the first answer (cold
start), then over Rasa's REST channel
  - sequential conversations of 50 turns: latency p50/p95 of turn 1, turn 10 and turn 50;
  - 20 concurrent conversations: throughput (turns/s) and latency p50/p95;
and read the servers' resident memory. Everything runs on loopback.

Run: ./saferoute bench [--conversations 30] [--skip-default]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import rasa.cli

from scripts.services import ROOT, Services, free_port, rasa_server_cmd, start_saferoute

# What people send, in the three languages; no message that ends or erases the conversation,
# and none that asks for a counsellor: after a handoff every message is relayed to the desk
# without going through Rasa (~3 ms), which would stand in for the assistant's own turns.
SAFEROUTE_MESSAGES = [
    "hello",
    "how can i work in germany legally",
    "bonjour je veux etudier en france",
    "السلام عليكم",
    "the agent wants 1500 dollars for the visa is it normal",
    "c koi la traite des personnes",
    "هل يوجد مركز للمهاجرين في تونس",
    "menu",
    "thank you so much",
    "what can you do",
    "un monsieur me propose un travail a dubai",
    "هل انت روبوت",
    "who won the match yesterday",
    "ok",
    "bjr",
    "كيف اسافر للعمل في ايطاليا بطريقة قانونية",
]
DEFAULT_MESSAGES = [
    "hello",
    "I am feeling great",
    "I am sad",
    "are you a bot?",
    "yes",
    "no",
    "goodbye",
    "good morning",
    "very unhappy",
    "perfect",
]


@dataclass
class Result:
    name: str
    training_s: float = 0.0
    cold_start_s: float = 0.0
    rss_mb: float = 0.0
    by_turn: dict[int, list[float]] = field(default_factory=dict)
    by_message: dict[str, list[float]] = field(default_factory=dict)  # every sequential turn
    concurrent: list[float] = field(default_factory=list)
    throughput: float = 0.0
    errors: int = 0


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def turn(base: str, sender: str, text: str) -> float:
    body = json.dumps({"sender": sender, "message": text}).encode()
    req = urllib.request.Request(
        f"{base}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=120) as resp:
        resp.read()
        if resp.status != 200:
            raise RuntimeError(f"HTTP {resp.status}")
    return (time.perf_counter() - start) * 1000


def train(cmd: list[str], cwd: Path, log: Path) -> float:
    """Seconds for a training with an empty Rasa cache (nothing reused from earlier runs)."""
    env = dict(os.environ, RASA_CACHE_DIRECTORY=str(log.parent / f"cache-{log.stem}"))
    start = time.perf_counter()
    with open(log, "wb") as out:
        subprocess.run(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, check=True)
    return time.perf_counter() - start


def measure(
    result: Result,
    base: str,
    messages: list[str],
    pids: list[int],
    conversations: int,
    turns: int = 50,
    concurrency: int = 20,
    concurrent_turns: int = 10,
) -> None:
    for n in range(conversations):
        sender = f"bench-{uuid.uuid4().hex[:8]}"
        for i in range(1, turns + 1):
            text = messages[(n + i) % len(messages)]
            ms = turn(base, sender, text)
            result.by_message.setdefault(text, []).append(ms)
            if i in (1, 10, 50):
                result.by_turn.setdefault(i, []).append(ms)
    lock = threading.Lock()

    def conversation(k: int) -> None:
        sender = f"bench-c-{uuid.uuid4().hex[:8]}"
        for i in range(concurrent_turns):
            try:
                ms = turn(base, sender, messages[(k + i) % len(messages)])
            except Exception:  # noqa: BLE001 - counted, reported as errors
                with lock:
                    result.errors += 1
                continue
            with lock:
                result.concurrent.append(ms)

    threads = [threading.Thread(target=conversation, args=(k,)) for k in range(concurrency)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.throughput = len(result.concurrent) / (time.perf_counter() - start)
    result.rss_mb = rss_mb(pids)


def run_assistant(
    result: Result, services: Services, base: str, messages: list[str], started: float, conversations: int
) -> None:
    try:
        services.wait_until_up(f"{base}/webhooks/rest/", 600)
        sender = f"bench-cold-{uuid.uuid4().hex[:6]}"
        while True:
            try:
                turn(base, sender, messages[0])
                break
            except OSError:
                time.sleep(0.1)
        result.cold_start_s = time.perf_counter() - started
        pids = [p.pid for _, p in services.procs]
        measure(result, base, messages, pids, conversations)
    finally:
        services.stop()


def bench_saferoute(model: Path, work: Path, conversations: int, retrain: bool) -> Result:
    result = Result("SafeRoute")
    env = dict(os.environ, SANIC_HOST="127.0.0.1", SAFEROUTE_DB_URL=f"sqlite:///{work}/sr.db")
    if retrain:
        result.training_s = train(
            [
                sys.executable,
                "-m",
                "rasa",
                "train",
                "--config",
                "config.yml",
                "--domain",
                "domain.yml",
                "--data",
                "data",
                "--out",
                str(work / "models"),
                "--fixed-model-name",
                "saferoute",
            ],
            ROOT,
            work / "train-saferoute.log",
        )
    services = Services(work / "saferoute.log")
    started = time.perf_counter()
    try:
        base = start_saferoute(
            services, model, rasa_port=free_port(), actions_port=free_port(), env=env, workdir=work
        )
    except RuntimeError:
        services.stop()
        raise
    run_assistant(result, services, base, SAFEROUTE_MESSAGES, started, conversations)
    return result


def bench_default(work: Path, conversations: int) -> Result:
    result = Result("rasa init default")
    project = work / "default"
    env = dict(os.environ)
    # the files `rasa init` writes: Rasa's own scaffold project (moodbot), copied as it is
    shutil.copytree(Path(rasa.cli.__file__).parent / "initial_project", project)
    result.training_s = train(
        [sys.executable, "-m", "rasa", "train", "--fixed-model-name", "default"],
        project,
        work / "train-default.log",
    )
    port = free_port()
    services = Services(work / "default.log")
    started = time.perf_counter()
    services.start(
        "Rasa server (default)",
        rasa_server_cmd(project / "models" / "default.tar.gz", port),
        env,
        cwd=project,
    )
    run_assistant(result, services, f"http://127.0.0.1:{port}", DEFAULT_MESSAGES, started, conversations)
    return result


def print_table(results: list[Result], conversations: int) -> None:
    rows: list[tuple[str, list[str]]] = []
    for t in (1, 10, 50):
        rows.append(
            (
                f"turn {t:>2} latency p50 / p95 (ms)",
                [
                    f"{pct(r.by_turn.get(t, []), 0.5):.1f} / {pct(r.by_turn.get(t, []), 0.95):.1f}"
                    for r in results
                ],
            )
        )
    rows.append(
        (
            "turn 50 p50 / turn 1 p50",
            [f"{pct(r.by_turn[50], 0.5) / pct(r.by_turn[1], 0.5):.2f}x" for r in results],
        )
    )
    rows.append(("20 concurrent: turns/s", [f"{r.throughput:.1f}" for r in results]))
    rows.append(
        (
            "20 concurrent: p50 / p95 (ms)",
            [f"{pct(r.concurrent, 0.5):.0f} / {pct(r.concurrent, 0.95):.0f}" for r in results],
        )
    )
    rows.append(("cold start to first answer (s)", [f"{r.cold_start_s:.1f}" for r in results]))
    rows.append(("RSS of the servers (MB)", [f"{r.rss_mb:.0f}" for r in results]))
    rows.append(
        (
            "training from scratch (s)",
            [f"{r.training_s:.0f}" if r.training_s else "(cached)" for r in results],
        )
    )
    rows.append(("errors", [str(r.errors) for r in results]))
    width = max(len(label) for label, _ in rows)
    print(
        f"\n{conversations} sequential conversations of 50 turns, then 20 concurrent x 10 turns;"
        f" {os.cpu_count()} CPUs\n"
    )
    print(f"{'':{width}}  " + "  ".join(f"{r.name:>22}" for r in results))
    for label, cells in rows:
        print(f"{label:{width}}  " + "  ".join(f"{c:>22}" for c in cells))
    for r in results:
        print(f"\n{r.name}: latency by message over all sequential turns, p50 / p95 / max (ms)")
        for text, values in sorted(r.by_message.items(), key=lambda kv: -pct(kv[1], 0.5)):
            print(f"  {pct(values, 0.5):7.1f} / {pct(values, 0.95):7.1f} / {max(values):7.1f}  {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True, type=Path)
    parser.add_argument("--conversations", type=int, default=30)
    parser.add_argument("--skip-default", action="store_true")
    parser.add_argument("--no-retrain", action="store_true", help="do not time a fresh training")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="saferoute-bench-") as tmp:
        work = Path(tmp)
        results = [bench_saferoute(args.model, work, args.conversations, not args.no_retrain)]
        if not args.skip_default:
            try:
                results.append(bench_default(work, args.conversations))
            except (subprocess.CalledProcessError, RuntimeError) as exc:
                print(f"the default assistant could not be measured: {exc}", file=sys.stderr)
        print_table(results, args.conversations)


if __name__ == "__main__":
    main()
