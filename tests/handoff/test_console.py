"""The console desk: the same rules as the Telegram desk, from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.handoff.console import main
from bot.handoff.service import HandoffService
from bot.store.db import make_engine, session_factory


def test_a_local_counsellor_claims_replies_and_closes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert main(["--db-url", url, "admin", "1", "Local admin"]) == 0
    service = HandoffService(session_factory(make_engine(url)))
    ticket = service.open_ticket("rest-x", "rest", "en", "high", ["isolation"])
    assert main(["--db-url", url, "queue"]) == 0
    assert f"#{ticket.id}  high" in capsys.readouterr().out
    assert main(["--db-url", url, "reply", str(ticket.id), "hello", "--as", "7"]) == 2  # a stranger
    assert main(["--db-url", url, "claim", str(ticket.id), "--as", "1"]) == 0
    assert main(["--db-url", url, "reply", str(ticket.id), "Hello, I am here", "--as", "1"]) == 0
    assert main(["--db-url", url, "show", str(ticket.id)]) == 0
    assert "-> [pending] Hello, I am here" in capsys.readouterr().out
    assert main(["--db-url", url, "close", str(ticket.id), "--as", "1"]) == 0
    assert service.open_ticket_of("rest-x") is None
