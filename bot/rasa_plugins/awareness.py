"""NLU component: entering the children's awareness flow.

- A short message with a class session word of any locale and a 4-6 digit code ("SCHOOL
  4821", "ecole 4821", "مدرسة ٤٨٢١") becomes `child_session` with the entity `session_code`,
  whatever the classifier thought: the code must always work.
- A `tell_age` message ("I'm 14", "j'ai 13 ans", "عمري ١٣") gets the entity `age`.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.i18n import Catalog
from bot.keywords import normalize
from bot.rasa_plugins.nlu import force_intent, set_entities
from bot.settings import get_settings

SESSION_INTENT, AGE_INTENT = "child_session", "tell_age"
SESSION_ENTITY, AGE_ENTITY = "session_code", "age"
MAX_SESSION_WORDS = 8
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_CODE = re.compile(r"(?<!\d)(\d{4,6})(?!\d)")
_AGE = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


def western_digits(text: str) -> str:
    return text.translate(_DIGITS)


class SessionCodes:
    def __init__(self, words: set[str]) -> None:
        self.words = words

    def find(self, text: str) -> str | None:
        """The code of a short message naming a class session, else None."""
        norm = western_digits(normalize(text))
        tokens = norm.split()
        if not tokens or len(tokens) > MAX_SESSION_WORDS or not self.words & set(tokens):
            return None
        codes = [c for c in _CODE.findall(norm) if not looks_like_a_year(c)]
        return codes[0] if len(codes) == 1 else None


def looks_like_a_year(code: str) -> bool:
    """1950-2099 are read as years ("in class since 2019"), never as session codes."""
    return len(code) == 4 and 1950 <= int(code) <= 2099


def stated_age(text: str) -> int | None:
    ages = [int(n) for n in _AGE.findall(western_digits(text)) if 5 <= int(n) <= 99]
    return ages[0] if len(ages) == 1 else None


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=False,
)
class ChildEntry(GraphComponent):
    def __init__(self, codes: SessionCodes) -> None:
        self.codes = codes

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ChildEntry:
        settings = get_settings()
        catalog = Catalog.load(settings.locales_dir, settings.default_language)
        words = {normalize(w) for loc in catalog.locales.values() for w in loc.session_words}
        return cls(SessionCodes(words))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if not text or text.startswith("/"):
                continue
            code = self.codes.find(text)
            if code:
                force_intent(message, SESSION_INTENT)
                set_entities(message, [(SESSION_ENTITY, code)], ChildEntry.__name__)
                continue
            if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == AGE_INTENT:
                age = stated_age(text)
                if age is not None:
                    set_entities(message, [(AGE_ENTITY, str(age))], ChildEntry.__name__)
        return messages
