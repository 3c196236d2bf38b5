"""The ChildEntry NLU component on parsed messages."""

from __future__ import annotations

from rasa.shared.nlu.training_data.message import Message

from bot.rasa_plugins.awareness import ChildEntry, SessionCodes


def parsed(text: str, intent: str) -> Message:
    return Message(data={"text": text, "intent": {"name": intent, "confidence": 0.7}, "entities": []})


def test_a_class_code_is_forced_and_an_age_is_read() -> None:
    component = ChildEntry(SessionCodes({"school"}))
    code, age, other, button = (
        parsed("SCHOOL 4821", "greet"),
        parsed("im 14", "tell_age"),
        parsed("i was 14 when i came", "greet"),
        parsed('/child_activity{"choice": "1"}', "child_activity"),
    )
    assert component.process([code, age, other, button]) == [code, age, other, button]
    assert code.get("intent")["name"] == "child_session"
    assert code.get("entities")[0]["value"] == "4821"
    assert age.get("entities")[0] == {**age.get("entities")[0], "entity": "age", "value": "14"}
    assert other.get("entities") == [] and button.get("entities") == []
