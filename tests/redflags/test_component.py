"""The WarningSigns NLU component: the engine's findings become entities and decide the intent."""

from __future__ import annotations

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from bot.rasa_plugins.warning_signs import WarningSigns
from bot.redflags.engine import RedFlagEngine


@pytest.fixture(scope="module")
def component(tmp_path_factory: pytest.TempPathFactory) -> WarningSigns:
    """The patterns alone (both models off): what the engine finds, nothing learned."""
    config = {**WarningSigns.get_default_config(), "urgency_model": False, "sign_model": False}
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    return WarningSigns(config, storage, Resource("warning_signs"))


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
    # the classifier also hears danger no pattern or model reads (held-out NLU: "ils nous
    # gardent dans un depot sans manger depuis 3 jours"): its emergency is not overruled
    message = parse(component, "please help the agency keeps my passport", intent="emergency")
    assert message.get("intent")["name"] == "emergency" and values(message, "red_flag")


def test_a_general_questions_signs_are_asked_about_not_found(component: WarningSigns) -> None:
    message = parse(component, "is it legal for an employer to keep the passport in Qatar?")
    assert message.get("intent")["name"] == "check_offer"
    assert values(message, "sign_asked") == ["retention_of_documents"]
    assert values(message, "red_flag") == [] and values(message, "country") == ["qa"]


def test_only_a_location_is_inform_country_and_payloads_are_left_alone(component: WarningSigns) -> None:
    assert parse(component, "I'm in Libya now").get("intent")["name"] == "inform_country"
    assert (
        parse(component, "I want to work in Germany", "ask_pathways").get("intent")["name"] == "ask_pathways"
    )
    button = parse(component, "/affirm", "affirm")
    assert button.get("intent")["name"] == "affirm" and button.get("entities") == []


class MarksOneTextUrgent:
    """An urgency model that reads danger in exactly one text (the component's contract, not
    the model's accuracy, is under test here)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def is_urgent(self, text: str) -> bool:
        return text == self.text


def with_model(text: str, tmp_path) -> WarningSigns:
    config = WarningSigns.get_default_config()
    return WarningSigns(config, LocalModelStorage(tmp_path), Resource("w"), MarksOneTextUrgent(text))  # type: ignore[arg-type]


def test_danger_the_model_reads_goes_to_the_emergency_route_with_the_signs_kept(tmp_path) -> None:
    text = "the boss took my passport and tonight he says i will not see tomorrow if i talk"
    component = with_model(text, tmp_path)
    if component.engine.detect(text).is_urgent:
        pytest.skip("the patterns already read danger here; the model has nothing to add")
    message = parse(component, text)
    assert message.get("intent")["name"] == "emergency"
    assert values(message, "danger") == ["described_danger"]
    assert "retention_of_documents" in values(message, "red_flag")


def test_danger_the_model_reads_in_a_general_question_makes_its_signs_the_persons(tmp_path) -> None:
    text = "si un patron garde le passeport et enferme la fille ce soir c'est illégal ?"
    component = with_model(text, tmp_path)
    detection = component.engine.detect(text)
    if detection.is_urgent or not detection.asked:
        pytest.skip("the patterns read this one differently; the rule is not exercised")
    message = parse(component, text)
    assert message.get("intent")["name"] == "emergency"
    assert values(message, "sign_asked") == [] and values(message, "red_flag")


def test_danger_the_model_reads_beside_a_child_brings_the_child_helpline(tmp_path) -> None:
    with_child = "they took my daughter to the back room and he said tonight she will see"
    adult = "they took me to the back room and he said tonight i will see"
    for text in (with_child, adult):
        if RedFlagEngine.load().detect(text).is_urgent:
            pytest.skip("the patterns already read danger here; the model has nothing to add")
    assert values(parse(with_model(with_child, tmp_path), with_child), "danger") == [
        "child_at_risk",
        "described_danger",
    ]
    assert values(parse(with_model(adult, tmp_path), adult), "danger") == ["described_danger"]


def test_the_model_never_replaces_the_patterns_danger_or_touches_other_messages(tmp_path) -> None:
    urgent = "help they lock me in the room"
    component = with_model(urgent, tmp_path)
    assert values(parse(component, urgent), "danger") == ["locked_in_now"]  # the engine's kind
    calm = parse(component, "what papers do i need for a student visa")
    assert values(calm, "danger") == [] and calm.get("intent")["name"] == "greet"


def test_commands_and_buttons_are_not_read_by_the_model(tmp_path) -> None:
    component = with_model("/restart", tmp_path)
    assert parse(component, "/restart").get("intent")["name"] == "greet"


class NamesOneSign:
    """A sign model that reads one sign in every message (the gate, not its accuracy, is tested)."""

    def __init__(self, code: str) -> None:
        self.code = code

    def signs(self, text: str) -> frozenset[str]:
        return frozenset({self.code})


def test_the_sign_model_adds_signs_only_where_a_sign_or_danger_is_raised(tmp_path) -> None:
    config = WarningSigns.get_default_config()
    urgent = "he says i will not see tomorrow"
    component = WarningSigns(
        config,
        LocalModelStorage(tmp_path),
        Resource("w"),
        MarksOneTextUrgent(urgent),
        NamesOneSign("debt_bondage"),  # type: ignore[arg-type]
    )
    signs = parse(component, "my boss took my passport")
    assert values(signs, "red_flag") == ["debt_bondage", "retention_of_documents"]
    calm = parse(component, "i want to work as a nurse in germany, what do i need", intent="ask_pathways")
    assert values(calm, "red_flag") == [] and calm.get("intent")["name"] == "ask_pathways"
    if not component.engine.detect(urgent).is_urgent:
        assert "debt_bondage" in values(parse(component, urgent), "red_flag")


class TakesEverythingForAQuestion:
    """A question model that reads every message as not the writer's case (the component's
    gate, not the model's accuracy, is under test here)."""

    def not_own_case(self, text: str) -> bool:
        return True


def with_question_model(tmp_path) -> WarningSigns:
    config = {**WarningSigns.get_default_config(), "urgency_model": False, "sign_model": False}
    storage = LocalModelStorage(tmp_path)
    return WarningSigns(config, storage, Resource("w"), questions=TakesEverythingForAQuestion())  # type: ignore[arg-type]


def test_the_question_model_makes_signs_asked_about_only_where_no_own_case_is_told(tmp_path) -> None:
    component = with_question_model(tmp_path)
    # no "my", "we", "on m'a"...: the model decides
    untold = component.detect("employer keeping the worker passport, agency fees of 2000 dollars")
    assert untold.asked and not untold.codes
    # the writer's own case: the patterns' own_case keeps the signs recorded, whatever the model says
    for text in ("my employer keeps my passport, is that legal?", "الكفيل ماخذ جوازي من سنة هل هذا قانوني؟"):
        told = component.detect(text)
        assert told.codes and not told.asked, text


def test_the_question_model_never_touches_danger(tmp_path) -> None:
    detection = with_question_model(tmp_path).detect("they locked us in the room and took the passports")
    assert detection.urgent and detection.codes and not detection.asked
