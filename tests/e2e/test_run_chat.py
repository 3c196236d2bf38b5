"""`./saferoute run` as a newcomer uses it, without a Telegram bot token: one terminal is the
person's chat and the counsellor's desk, and the whole handoff can be tried there."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.i18n import Catalog
from scripts.services import free_port
from tests.conftest import ROOT
from tests.e2e.test_rest import text_of


class Chat:
    """The run command with its terminal on pipes; `expect` waits for text it prints."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.output = ""
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for chunk in iter(lambda: self.process.stdout.read(1), ""):  # type: ignore[union-attr]
            with self.lock:
                self.output += chunk

    def type(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def expect(self, text: str, after: int = 0, timeout: float = 60.0) -> int:
        """Waits until `text` appears after position `after`; returns where it ends."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                found = self.output.find(text, after)
            if found >= 0:
                return found + len(text)
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; the terminal shows:\n{self.output[-3000:]}")


@pytest.fixture
def chat(tmp_path: Path) -> Iterator[Chat]:
    model = os.environ.get("SAFEROUTE_MODEL")
    if not model:
        pytest.fail("SAFEROUTE_MODEL must name a trained model (./saferoute test sets it)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_"))}
    env.update(
        SAFEROUTE_DB_URL=f"sqlite:///{tmp_path / 'run.db'}",
        SAFEROUTE_CENTRE_HOURS="mon-sun 00:00-23:59",
        SAFEROUTE_DESK_PUMP_SECONDS="0.2",
        PYTHONUNBUFFERED="1",
    )
    command = [sys.executable, "-m", "scripts.run", "--model", model]
    command += ["--port", str(free_port()), "--actions-port", str(free_port()), "--var-dir", str(tmp_path)]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )
    chat = Chat(process)
    try:
        yield chat
    finally:
        if process.stdin is not None:
            process.stdin.close()  # end of input: the run command stops what it started
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        chat.reader.join(timeout=10)
        assert process.stdout is not None
        process.stdout.close()
    log = (tmp_path / "log" / "servers.log").read_text("utf-8", errors="replace")
    assert "Traceback" not in log, log[-4000:]


def test_the_whole_handoff_in_one_terminal(chat: Chat, catalog: Catalog) -> None:
    at = chat.expect("you are also the counsellor", timeout=300)
    chat.type("hello")
    at = chat.expect("bot> ", at)
    chat.type("i want to talk to a counsellor")
    at = chat.expect(text_of(catalog, "msg_handoff_consent", "en"), at)
    chat.type("yes")
    at = chat.expect("desk> Ticket #1 (queued)", at)
    chat.type(":claim 1")
    at = chat.expect("Ticket #1 is yours", at)
    chat.type("my boss took my passport")
    at = chat.expect(text_of(catalog, "msg_handoff_relayed", "en"), at)
    at = chat.expect("desk> #1 person: my boss took my passport", at)
    chat.type(":reply I am here. Are you safe?")
    at = chat.expect("bot> I am here. Are you safe?", at)
    chat.type(":close")
    at = chat.expect("Ticket #1 closed", at)
    chat.expect(f"bot> {text_of(catalog, 'msg_handoff_handback', 'en')}", at)
