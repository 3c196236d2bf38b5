"""NLU component: warning signs, danger now and the user's country, from the message text.

Runs after the intent classifier and LanguageAndKeywords, before the FallbackClassifier. The
deterministic engine (bot.redflags) reads every message, whatever the classifier thought:
- each sign found becomes an entity `red_flag` (value: its taxonomy code);
- each kind of danger now becomes an entity `danger` and the intent becomes `emergency`, so
  the emergency numbers come first even if the classifier heard a greeting;
- otherwise a sign makes the intent `check_offer` (the warning-signs answer), unless the
  classifier already chose `emergency`;
- a country named in the message becomes an entity `country`; a message that only says
  where the writer is ("I'm in Libya") becomes `inform_country`.
Commands forced by LanguageAndKeywords (quick exit, delete my data, language switch) and
button payloads are left as they are. The classifier still decides for messages the engine
does not recognise: a description it files under `check_offer` gets the answer "tell me more".
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.countries import CountryNames, default_names
from bot.rasa_plugins.nlu import force_intent, set_entities
from bot.redflags.engine import RedFlagEngine

RED_FLAG_ENTITY = "red_flag"
DANGER_ENTITY = "danger"
COUNTRY_ENTITY = "country"
EMERGENCY = "emergency"
SIGNS_INTENT = "check_offer"
COUNTRY_INTENT = "inform_country"
KEPT_INTENTS = frozenset({"quick_exit", "delete_my_data", "switch_language"})


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=False,
)
class WarningSigns(GraphComponent):
    def __init__(self, engine: RedFlagEngine, countries: CountryNames) -> None:
        self.engine = engine
        self.countries = countries

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> WarningSigns:
        return cls(RedFlagEngine.load(), default_names())

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if not text or text.startswith("/"):  # a button payload: intent and entities are given
            return
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if intent in KEPT_INTENTS:
            return
        detection = self.engine.detect(text)
        found = [(RED_FLAG_ENTITY, code) for code in sorted(detection.codes)]
        found += [(DANGER_ENTITY, kind) for kind in sorted(detection.urgent)]
        country = self.countries.find(text)
        if country:
            found.append((COUNTRY_ENTITY, country))
        if found:
            set_entities(message, found, WarningSigns.__name__)
        if detection.is_urgent:
            force_intent(message, EMERGENCY)
        elif detection.codes and intent != EMERGENCY:
            force_intent(message, SIGNS_INTENT)
        elif not detection.codes and self.countries.only_location(text):
            force_intent(message, COUNTRY_INTENT)
