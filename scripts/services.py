"""Starting and stopping the assistant's processes; shared by run, the e2e tests and bench."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def action_server_cmd(port: int) -> list[str]:
    return [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)]


def rasa_server_cmd(
    model: str | Path,
    port: int,
    *,
    host: str = "127.0.0.1",
    endpoints: str | Path | None = None,
    credentials: str | Path | None = None,
    token: str = "",
) -> list[str]:
    cmd = [
        sys.executable,
        "-m",
        "rasa",
        "run",
        "--enable-api",
        "--model",
        str(model),
        "--interface",
        host,
        "--port",
        str(port),
    ]
    if endpoints:
        cmd += ["--endpoints", str(endpoints)]
    if credentials:
        cmd += ["--credentials", str(credentials)]
    if token:
        cmd += ["--auth-token", token]
    return cmd


def endpoints_with_action_port(target: Path, port: int) -> Path:
    """A copy of endpoints.yml whose action server listens on `port`."""
    text = (ROOT / "endpoints.yml").read_text("utf-8").replace("127.0.0.1:5055", f"127.0.0.1:{port}")
    target.write_text(text, "utf-8")
    return target


class Services:
    """Child processes, each in its own process group so Ctrl-C reaches only the parent."""

    def __init__(self, log: Path | None = None) -> None:
        self.log_path = log
        self._log: IO[bytes] | None = open(log, "ab") if log else None  # noqa: SIM115
        self.procs: list[tuple[str, subprocess.Popen[bytes]]] = []

    def start(self, name: str, cmd: list[str], env: Mapping[str, str], cwd: Path = ROOT) -> int:
        proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=dict(env),
            stdout=self._log,
            stderr=subprocess.STDOUT if self._log else None,
            start_new_session=True,
        )
        self.procs.append((name, proc))
        return proc.pid

    def dead(self) -> str | None:
        return next((name for name, proc in self.procs if proc.poll() is not None), None)

    def wait_until_up(self, url: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            dead = self.dead()
            if dead:
                raise RuntimeError(f"the {dead} stopped during start-up{self._log_tail()}")
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{url} did not answer within {timeout:.0f} s{self._log_tail()}")

    def _log_tail(self) -> str:
        if not self.log_path:
            return ""
        return ":\n" + self.log_path.read_text("utf-8", errors="replace")[-3000:]

    def stop(self) -> None:
        for _, proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for _, proc in self.procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.procs.clear()
        if self._log:
            self._log.close()
            self._log = None


def start_saferoute(
    services: Services,
    model: str | Path,
    *,
    rasa_port: int,
    actions_port: int,
    env: Mapping[str, str],
    workdir: Path,
    host: str = "127.0.0.1",
    token: str = "",
) -> str:
    """Starts the action server and the Rasa server, waits for both; returns the base URL."""
    endpoints = ROOT / "endpoints.yml"
    if actions_port != 5055:
        workdir.mkdir(parents=True, exist_ok=True)
        endpoints = endpoints_with_action_port(workdir / "endpoints.yml", actions_port)
    services.start("action server", action_server_cmd(actions_port), env)
    services.start(
        "Rasa server",
        rasa_server_cmd(
            model,
            rasa_port,
            host=host,
            endpoints=endpoints,
            credentials=ROOT / "credentials.yml",
            token=token,
        ),
        env,
    )
    services.wait_until_up(f"http://127.0.0.1:{actions_port}/health", 120)
    services.wait_until_up(f"http://127.0.0.1:{rasa_port}/webhooks/rest/", 300)
    return f"http://127.0.0.1:{rasa_port}"
