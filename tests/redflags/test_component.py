"""The WarningSigns NLU component: the engine's findings become entities and decide the intent."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.countries import default_names
from bot.rasa_plugins.warning_signs import WarningSigns
from bot.redflags.engine import RedFlagEngine


@pytest.fixture(scope="module")
def component() -> WarningSigns:
    return WarningSigns(RedFlagEngine.load(), default_names())


def parse(component: WarningSigns, text: str, intent: str = "greet") -> Message:
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.6}, "entities": []})
    component.process([message])
    return message


def values(message: Message, entity: str) -> list[str]:
    return [e["value"] for e in message.get("entities") if e["entity"] == entity]


def test_a_sign_becomes_an_entity_and_the_intent_check_offer(component: WarningSigns) -> None:
    message = parse(component, "hello, my boss took my passport when i arrived")
    assert message.get("intent")["name"] == "check_offer"
    assert values(message, "red_flag") == ["retention_of_documents"]


def test_danger_now_forces_the_emergency_route(component: WarningSigns) -> None:
    message = parse(component, "they locked me in the room, i am in italy", intent="ask_pathways")
    assert message.get("intent")["name"] == "emergency"
    assert values(message, "danger") and values(message, "country") == ["it"]


def test_a_denied_sign_changes_nothing(component: WarningSigns) -> None:
    message = parse(component, "they did not take my passport", intent="greet")
    assert message.get("intent")["name"] == "greet" and message.get("entities") == []


@pytest.mark.parametrize("intent", ["quick_exit", "delete_my_data", "switch_language"])
def test_commands_are_never_overridden(component: WarningSigns, intent: str) -> None:
    message = parse(component, "my boss took my passport", intent=intent)
    assert message.get("intent")["name"] == intent


def test_the_classifiers_emergency_is_kept_when_signs_are_not_urgent(component: WarningSigns) -> None:
    message = parse(component, "please help the agency keeps my passport", intent="emergency")
    assert message.get("intent")["name"] == "emergency"


def test_only_a_location_is_inform_country_and_payloads_are_left_alone(component: WarningSigns) -> None:
    assert parse(component, "I'm in Libya now").get("intent")["name"] == "inform_country"
    assert (
        parse(component, "I want to work in Germany", "ask_pathways").get("intent")["name"] == "ask_pathways"
    )
    button = parse(component, "/affirm", "affirm")
    assert button.get("intent")["name"] == "affirm" and button.get("entities") == []
