"""The windowed policies see the same recent states as Rasa's, at a constant cost."""

from __future__ import annotations

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.policies import condensed
from tests.conftest import ROOT

INTENTS = ["greet", "ask_pathways", "switch_language", "help", "main_menu", "check_offer"]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def conversation(turns: int) -> list:
    events: list = [ActionExecuted("action_session_start"), ActionExecuted("action_listen")]
    for i in range(turns):
        intent = INTENTS[i % len(INTENTS)]
        entities = [{"entity": "language", "value": "fr"}] if intent == "switch_language" else []
        events.append(UserUttered(f"m{i}", intent={"name": intent, "confidence": 1.0}, entities=entities))
        if i % 7 == 3:
            events.append(SlotSet("risk_level", "caution"))
        if intent == "switch_language":
            events.append(SlotSet("language", "fr"))
        events += [ActionExecuted("utter_help"), ActionExecuted("action_listen")]
    return events


@pytest.mark.parametrize("turns", [1, 4, 5, 6, 12, 50])
def test_the_last_states_are_unchanged(domain: Domain, turns: int) -> None:
    tracker = DialogueStateTracker.from_events("s", conversation(turns), domain.slots)
    full = domain.states_for_tracker_history(tracker)
    short = domain.states_for_tracker_history(condensed(tracker, 5))
    # every state inside the window is identical to Rasa's own
    assert short[-9:] == full[-9:]
    assert condensed(tracker, 5).current_slot_values() == tracker.current_slot_values()


def test_short_conversations_are_not_copied(domain: Domain) -> None:
    tracker = DialogueStateTracker.from_events("s", conversation(3), domain.slots)
    assert condensed(tracker, 5) is tracker


def test_a_long_conversation_is_condensed(domain: Domain) -> None:
    tracker = DialogueStateTracker.from_events("s", conversation(50), domain.slots)
    window = condensed(tracker, 5)
    assert sum(isinstance(e, UserUttered) for e in window.events) == 5
    assert len(window.events) < 30
