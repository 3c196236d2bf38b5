"""Starts the real assistant (action server + Rasa server with the trained model) once.

The model comes from SAFEROUTE_MODEL (set by ./saferoute test). Each run uses its own
SQLite file and log, so the tests can look at what is stored and what is logged.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.services import Services, free_port, start_saferoute

TOKEN = "e2e-token-5f1c"


@dataclass
class Assistant:
    base: str
    db_path: Path
    log_path: Path


@contextmanager
def running_assistant(
    tmp: Path, token: str = "", extra_env: dict[str, str] | None = None
) -> Iterator[Assistant]:
    model = os.environ.get("SAFEROUTE_MODEL")
    if not model or not Path(model).is_file():
        pytest.fail("SAFEROUTE_MODEL must name a trained model (./saferoute test sets it)")
    db_path, log = tmp / "saferoute.db", tmp / "servers.log"
    env = dict(
        os.environ, SAFEROUTE_DB_URL=f"sqlite:///{db_path}", SANIC_HOST="127.0.0.1", SAFEROUTE_API_TOKEN=token
    )
    env.update(extra_env or {})
    services = Services(log)
    try:
        base = start_saferoute(
            services,
            model,
            rasa_port=free_port(),
            actions_port=free_port(),
            env=env,
            workdir=tmp,
            token=token,
        )
        yield Assistant(base, db_path, log)
    finally:
        services.stop()
    text = log.read_text("utf-8", errors="replace")
    assert "Traceback" not in text, text[-4000:]


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    with running_assistant(tmp_path_factory.mktemp("assistant")) as running:
        yield running


@pytest.fixture(scope="module")
def assistant_with_token(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    with running_assistant(tmp_path_factory.mktemp("assistant-token"), token=TOKEN) as running:
        yield running


def until(condition: Callable[[], object], timeout: float = 30.0) -> None:
    """Waits until `condition()` is true (the assistant works in the background)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)
