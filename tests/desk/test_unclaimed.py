"""A ticket nobody claimed in time: the person is told honestly, with numbers that fit."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.desk.channel import DeskInput
from bot.handoff.service import HandoffService
from bot.hotlines import HotlineDirectory
from bot.i18n import Catalog


@pytest.fixture
def desk(sessions: sessionmaker[Session], catalog: Catalog) -> DeskInput:
    channel = DeskInput(settings=None)
    channel.service = HandoffService(sessions)
    channel.catalog = catalog
    channel.hotlines = HotlineDirectory.load()
    return channel


def told(desk: DeskInput, country: str | None, risk: str = "high") -> list[str]:
    assert desk.service is not None
    ticket = desk.service.open_ticket(f"sms-{country}-{risk}", "sms", "en", risk, [], {"country": country})
    asyncio.run(desk.tell_unclaimed(ticket, "unclaimed"))
    return [m.text for m in desk.service.history(ticket.id)]


def key_text(catalog: Catalog, key: str) -> str:
    rendered = catalog.render(key, "en", {"lines": ""})
    assert rendered is not None
    return str(rendered["text"]).split("\n")[0].split("{")[0][:40]


def test_an_unknown_country_gets_the_fallback_said_as_such(desk: DeskInput, catalog: Catalog) -> None:
    texts = told(desk, None)
    assert texts[0].startswith(key_text(catalog, "msg_hotline_fallback"))
    assert texts[-1] == catalog.render("msg_handoff_unclaimed", "en")["text"]  # type: ignore[index]


def test_a_country_without_a_checked_number_is_told_to_call_the_local_police(
    desk: DeskInput, catalog: Catalog
) -> None:
    texts = told(desk, "ly")  # Libya: searched, no verified line
    assert texts[0] == catalog.render("msg_urgent_no_number", "en")["text"]  # type: ignore[index]


def test_a_country_with_numbers_gets_them_and_low_risk_gets_none(desk: DeskInput, catalog: Catalog) -> None:
    texts = told(desk, "de")
    assert texts[0].startswith(key_text(catalog, "msg_urgent_numbers")) and "112" in texts[0]
    assert told(desk, "de", risk="none") == [catalog.render("msg_handoff_unclaimed", "en")["text"]]  # type: ignore[index]
