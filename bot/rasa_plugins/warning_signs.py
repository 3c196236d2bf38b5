"""NLU component: warning signs, danger now and the user's country, from the message text.

Runs after the intent classifier and LanguageAndKeywords, before the FallbackClassifier. The
deterministic engine (bot.redflags) reads every message, whatever the classifier thought:
- each sign found becomes an entity `red_flag` (value: its taxonomy code); the signs a general
  or hypothetical question names ("is it legal for an employer to keep the passport?", not the
  writer's own case) become entities `sign_asked` instead: explained, not recorded;
- each kind of danger now becomes an entity `danger` and the intent becomes `emergency`, so
  the emergency numbers come first even if the classifier heard a greeting;
- where the patterns see no danger but the urgency model (bot/redflags/urgency.py, trained
  here on the labelled narratives) reads the message as danger now, the entity `danger` is
  `described_danger` (and `child_at_risk` when the message names a child or someone under
  18, the patterns' `minors`, so the child helpline is given) and the intent `emergency` too;
- where the patterns found signs, nobody found danger and no `own_case` pattern speaks of the
  writer's case, the question model (bot/redflags/question_model.py, trained here on the
  narratives) may read the message as not the writer's own case (a general question the
  `general_questions` patterns missed): its signs then become `sign_asked`, explained, not
  recorded;
- once the patterns found a sign or there is danger, the sign model (bot/redflags/
  sign_model.py, trained here too) may name further signs; it never raises the first one;
- otherwise a sign makes the intent `check_offer` (the warning-signs answer), unless the
  classifier already chose `emergency` (it sends some sign descriptions there, but also danger
  nothing else reads: "ils nous gardent dans un dépôt sans manger depuis 3 jours");
- a country named in the message becomes an entity `country`; a message that only says
  where the writer is ("I'm in Libya") becomes `inform_country`.
Commands forced by LanguageAndKeywords (quick exit, delete my data, language switch) and
button payloads are left as they are. The classifier still decides for messages the engine
does not recognise: a description it files under `check_offer` gets the answer "tell me more".
"""

from __future__ import annotations

from pathlib import Path
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
from bot.redflags.engine import Detection, RedFlagEngine
from bot.redflags.question_model import QuestionModel
from bot.redflags.sign_model import SignModel
from bot.redflags.urgency import (
    NARRATIVES_DIR,
    UrgencyModel,
    load_narratives,
    one_message,
    training_fingerprint,
)

RED_FLAG_ENTITY = "red_flag"
ASKED_ENTITY = "sign_asked"
DANGER_ENTITY = "danger"
COUNTRY_ENTITY = "country"
EMERGENCY = "emergency"
SIGNS_INTENT = "check_offer"
COUNTRY_INTENT = "inform_country"
KEPT_INTENTS = frozenset({"quick_exit", "delete_my_data", "switch_language"})
# NLU examples that may describe danger or signs; the others teach the urgency model what
# everyday messages look like ("i am 12", "I'm in Libya", "what is trafficking?")
NOT_ORDINARY = frozenset({EMERGENCY, SIGNS_INTENT, "help", "talk_to_counsellor"})
DESCRIBED_DANGER = "described_danger"  # danger now, read by the urgency model, not a pattern
CHILD_AT_RISK = "child_at_risk"  # the patterns' kind of danger that brings the child helpline
MODEL_FILE = "urgency.joblib"
SIGN_MODEL_FILE = "signs.joblib"
QUESTION_MODEL_FILE = "questions.joblib"
LEARNED = ("urgency_model", "sign_model", "question_model")


def ordinary_examples(training_data: TrainingData) -> list[str]:
    """The NLU examples of intents that never describe danger (see NOT_ORDINARY)."""
    examples = training_data.intent_examples
    return [m.get(TEXT) for m in examples if m.get(INTENT) not in NOT_ORDINARY and m.get(TEXT)]


def load_nlu(directory: Path) -> TrainingData:
    """The NLU training data under `directory` (its YAML files), as `rasa train` reads it."""
    from rasa.shared.nlu.training_data.loading import load_data

    return TrainingData().merge(*(load_data(str(p)) for p in sorted(directory.rglob("*.yml"))))


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=True,
)
class WarningSigns(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # urgency_model / sign_model / question_model: false leaves urgency / the signs / whose
        # case it is to the patterns alone
        return {
            "urgency_model": True,
            "sign_model": True,
            "question_model": True,
            "narratives": str(NARRATIVES_DIR),
            "C": 4.0,
            "max_false": 0.05,
            "sign_threshold": 0.8,
            "max_lost": 0.005,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        urgency: UrgencyModel | None = None,
        signs: SignModel | None = None,
        questions: QuestionModel | None = None,
    ) -> None:
        self.config = config
        self.model_storage = model_storage
        self.resource = resource
        self.engine = RedFlagEngine.load()
        self.countries: CountryNames = default_names()
        self.urgency = urgency
        self.signs = signs
        self.questions = questions

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> WarningSigns:
        return cls(config, model_storage, resource)

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """Retrain when the narratives or the models' code change (not graph inputs)."""
        learns = any(config.get(key) for key in LEARNED)
        return training_fingerprint(Path(config["narratives"])) if learns else None

    def train(self, training_data: TrainingData) -> Resource:
        if not any(self.config.get(key) for key in LEARNED):
            return self.resource
        narratives = load_narratives(Path(self.config["narratives"]))
        with self.model_storage.write_to(self.resource) as directory:
            if self.config["urgency_model"]:
                model = UrgencyModel.train(
                    narratives,
                    ordinary_examples(training_data),
                    c=self.config["C"],
                    max_false=self.config["max_false"],
                )
                model.save(directory / MODEL_FILE)
            if self.config["sign_model"]:
                threshold = self.config["sign_threshold"]
                signs = SignModel.train(narratives, c=self.config["C"], threshold=threshold)
                signs.save(directory / SIGN_MODEL_FILE)
            if self.config.get("question_model"):
                questions = QuestionModel.train(
                    narratives, self.engine, c=self.config["C"], max_lost=self.config["max_lost"]
                )
                questions.save(directory / QUESTION_MODEL_FILE)
        return self.resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> WarningSigns:
        urgency, signs, questions = None, None, None
        if any(config.get(key) for key in LEARNED):
            with model_storage.read_from(resource) as directory:
                if config["urgency_model"]:
                    urgency = UrgencyModel.load(directory / MODEL_FILE)
                    urgency.score("warm up")  # loads the sentence encoder now, not on a user's message
                if config.get("sign_model"):
                    signs = SignModel.load(directory / SIGN_MODEL_FILE)
                if config.get("question_model"):
                    questions = QuestionModel.load(directory / QUESTION_MODEL_FILE)
        return cls(config, model_storage, resource, urgency, signs, questions)

    def detect(self, text: str) -> Detection:
        """The engine's signs and danger; danger the urgency model reads where the patterns saw
        none; signs the question model reads as not the writer's case become asked about; more
        signs the sign model reads, only where a sign or danger is already raised."""
        with one_message():  # the models share the message's sentence embedding, then it goes
            return self._detect(text)

    def _detect(self, text: str) -> Detection:
        detection = self.engine.detect(text)
        codes, urgent, asked = detection.codes, detection.urgent, detection.asked
        if not urgent and self.urgency is not None and self.urgency.is_urgent(text):
            # a child named beside danger the patterns missed: the child helpline too
            child = {CHILD_AT_RISK} if self.engine.mentions_minor(text) else set()
            urgent = frozenset({DESCRIBED_DANGER, *child})
            codes, asked = codes | asked, frozenset()  # danger now is never only a question
        if codes and not urgent and self._question_not_told(text):
            codes, asked = frozenset(), codes | asked
        if (codes or urgent) and self.signs is not None:
            codes = codes | self.signs.signs(text)
        return Detection(codes, urgent, asked)

    def _question_not_told(self, text: str) -> bool:
        """A question the `general_questions` patterns did not recognise: no `own_case` pattern
        speaks of the writer's case and the question model reads it as not theirs."""
        if self.questions is None or self.engine.own_case(text):
            return False
        return self.questions.not_own_case(text)

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
        detection = self.detect(text)
        found = [(RED_FLAG_ENTITY, code) for code in sorted(detection.codes)]
        found += [(DANGER_ENTITY, kind) for kind in sorted(detection.urgent)]
        found += [(ASKED_ENTITY, code) for code in sorted(detection.asked)]
        country = self.countries.find(text)
        if country:
            found.append((COUNTRY_ENTITY, country))
        if found:
            set_entities(message, found, WarningSigns.__name__)
        if detection.is_urgent:
            force_intent(message, EMERGENCY)
        elif (detection.codes or detection.asked) and intent != EMERGENCY:
            force_intent(message, SIGNS_INTENT)
        elif not detection.codes and not detection.asked and self.countries.only_location(text):
            force_intent(message, COUNTRY_INTENT)
