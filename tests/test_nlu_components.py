"""The NLU building blocks we add to Rasa's pipeline."""

from __future__ import annotations

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from bot.rasa_plugins.classifier import TunedLogisticRegressionClassifier
from bot.rasa_plugins.tokenizer import NormalizingTokenizer


def test_tokens_are_spelling_normalised_with_original_offsets() -> None:
    tokenizer = NormalizingTokenizer(NormalizingTokenizer.get_default_config())
    text = "Déjà أريد عـــربي"
    tokens = tokenizer.tokenize(Message(data={"text": text}), "text")
    assert [t.text for t in tokens] == ["deja", "اريد", "عربي"]
    assert [text[t.start : t.end] for t in tokens] == ["Déjà", "أريد", "عـــربي"]


def test_the_regularisation_strength_reaches_sklearn(tmp_path) -> None:
    classifier = TunedLogisticRegressionClassifier(
        {"C": 5}, "clf", LocalModelStorage(tmp_path), Resource("clf")
    )
    assert classifier.clf.C == 5.0
    assert classifier.clf.class_weight == "balanced"
