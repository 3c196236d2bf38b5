"""What every warning-sign action reads from the tracker and the slots they share."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from bot.i18n import Catalog
from bot.redflags.taxonomy import Taxonomy
from bot.redflags.turn import Turn
from bot.settings import get_settings

RED_FLAGS, RISK_LEVEL, PENDING, ASKED, COUNTRY = (
    "red_flags",
    "risk_level",
    "pending_question",
    "asked_sign",
    "country",
)
# values of `pending_question`: what a yes/no answer in the next turn refers to
OFFER_CHECK, CONFIRM, COUNSELLOR = "offer_check", "confirm", "counsellor"


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """Every locale, read on first use (actions that build button titles need the texts)."""
    settings = get_settings()
    return Catalog.load(settings.locales_dir, settings.default_language)


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


def latest(tracker: Tracker, entity: str) -> list[str]:
    """Values of an entity in the latest user message, without repeats, in order."""
    values = [str(v) for v in tracker.get_latest_entity_values(entity)]
    return list(dict.fromkeys(values))


def slot_list(tracker: Tracker, name: str) -> list[str]:
    value = tracker.get_slot(name)
    return [str(v) for v in value] if isinstance(value, list) else []


def turn_events(turn: Turn) -> list[dict[str, Any]]:
    return [SlotSet(RED_FLAGS, list(turn.codes)), SlotSet(RISK_LEVEL, turn.risk)]
