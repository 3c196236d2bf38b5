"""NLU component: what a question about legal pathways names (route, fact, purpose, occupation).

For `ask_pathways` messages only: "what salary do I need for a Blue Card in Germany?" gets
`pathway_route` = blue_card and `pathway_fact` = min_salary (the country comes from
WarningSigns' `country` entity); "je veux travailler en Espagne" gets `purpose` = work; "I am a
nurse, which routes fit me?" gets `occupation` = health.
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

from bot.pathways.terms import PathwayTerms, default_terms
from bot.rasa_plugins.nlu import set_entities

PATHWAYS_INTENT = "ask_pathways"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class PathwayQuestion(GraphComponent):
    def __init__(self, terms: PathwayTerms) -> None:
        self.terms = terms

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> PathwayQuestion:
        return cls(default_terms())

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if intent != PATHWAYS_INTENT or not text or text.startswith("/"):
                continue
            named = self.terms.read(text)
            found = [
                (entity, value)
                for entity, value in (
                    ("pathway_route", named.route),
                    ("pathway_fact", named.fact),
                    ("purpose", named.purpose),
                    ("occupation", named.occupation),
                )
                if value
            ]
            if found:
                set_entities(message, found, PathwayQuestion.__name__)
        return messages
