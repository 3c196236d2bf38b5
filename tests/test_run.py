"""The run command's safety checks (no servers are started here)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scripts.run import is_loopback
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("192.0.2.10", False),
        ("example.org", False),
    ],
)
def test_loopback(host: str, local: bool) -> None:
    assert is_loopback(host) is local


def test_refuses_a_public_api_without_a_token() -> None:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "scripts.run", "--model", "m.tar.gz", "--server", "--host", "0.0.0.0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "SAFEROUTE_API_TOKEN" in done.stderr
