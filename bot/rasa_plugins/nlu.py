"""NLU component: language of the message, one-word commands and language names.

Runs after the intent classifier and before the FallbackClassifier:
- a message that is only a command word ("STOP", "خروج", "DELETE", "MENU") gets that
  command's intent at 1.0, whatever the classifier thought, so the quick exit and erasure
  never depend on a statistical model;
- a message that is only a language name ("français", "عربي") becomes `switch_language`;
- a `switch_language` message that names one language gets the entity `language`;
- any other message whose language is clear gets the entity `detected_language`;
- a message with no letter at all (empty, emoji, punctuation, digits) is `nlu_fallback`:
  the classifier would otherwise answer it with a confident guess.
Both entities fill the `language` slot; an unclear message leaves it as it was.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.i18n import Catalog
from bot.keywords import KeywordMatcher
from bot.language import LanguageDetector, letters
from bot.settings import get_settings

SWITCH_LANGUAGE = "switch_language"
FALLBACK = "nlu_fallback"
LANGUAGE_ENTITY = "language"
DETECTED_LANGUAGE_ENTITY = "detected_language"


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=False,
)
class LanguageAndKeywords(GraphComponent):
    def __init__(self, matcher: KeywordMatcher, detector: LanguageDetector) -> None:
        self.matcher = matcher
        self.detector = detector

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageAndKeywords:
        settings = get_settings()
        catalog = Catalog.load(settings.locales_dir, settings.default_language)
        return cls(KeywordMatcher.from_catalog(catalog), LanguageDetector(catalog.languages))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if text.startswith("/"):  # a button payload: intent and entities are given
            return
        command = self.matcher.command(text)
        if command:
            force_intent(message, command)
            return
        if not letters(text):
            force_intent(message, FALLBACK)
            return
        only_name = self.matcher.only_language_name(text)
        if only_name:
            force_intent(message, SWITCH_LANGUAGE)
            _add_entity(message, LANGUAGE_ENTITY, only_name, text)
            return
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if intent == SWITCH_LANGUAGE:
            named = self.matcher.named_language(text)
            if named:
                _add_entity(message, LANGUAGE_ENTITY, named, text)
            return
        detected = self.detector.detect(text)
        if detected:
            _add_entity(message, DETECTED_LANGUAGE_ENTITY, detected, text)


def force_intent(message: Message, name: str) -> None:
    """The intent is `name`, whatever the classifier said. The classifier's other guesses stay in
    the ranking at half their confidence: Rasa's FallbackClassifier compares the first two and
    would call "emergency 1.0 vs check_offer 0.98" ambiguous, turning a forced emergency into
    nlu_fallback."""
    forced = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [
        {**r, PREDICTED_CONFIDENCE_KEY: float(r.get(PREDICTED_CONFIDENCE_KEY) or 0.0) / 2}
        for r in message.get(INTENT_RANKING_KEY) or []
        if r.get(INTENT_NAME_KEY) != name
    ]
    message.set(INTENT, forced, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [forced, *ranking], add_to_output=True)


def set_entities(message: Message, found: list[tuple[str, str]], extractor: str) -> None:
    """Sets whole-message entities (name, value), replacing earlier ones of those names."""
    text = message.get(TEXT) or ""
    names = {name for name, _ in found}
    entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") not in names]
    entities += [
        {
            "entity": name,
            "value": value,
            "start": 0,
            "end": len(text),
            "confidence_entity": 1.0,
            "extractor": extractor,
        }
        for name, value in found
    ]
    message.set(ENTITIES, entities, add_to_output=True)


def _add_entity(message: Message, entity: str, value: str, text: str) -> None:
    set_entities(message, [(entity, value)], LanguageAndKeywords.__name__)
