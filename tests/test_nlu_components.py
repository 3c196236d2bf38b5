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


def test_a_forced_intent_is_not_turned_into_a_fallback_by_rasas_fallback_classifier() -> None:
    from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier

    from bot.rasa_plugins.nlu import force_intent

    message = Message(data={"text": "men with guns, they say they sell us"})
    message.set("intent", {"name": "check_offer", "confidence": 0.98})
    message.set(
        "intent_ranking",
        [{"name": "check_offer", "confidence": 0.98}, {"name": "emergency", "confidence": 0.01}],
    )
    force_intent(message, "emergency")  # what WarningSigns does on danger now
    fallback = FallbackClassifier(
        {**FallbackClassifier.get_default_config(), "threshold": 0.3, "ambiguity_threshold": 0.05}
    )
    fallback.process([message])
    assert message.get("intent")["name"] == "emergency"
    assert [r["name"] for r in message.get("intent_ranking")][:2] == ["emergency", "check_offer"]


def test_the_tokenizer_retrains_when_the_spelling_rules_change() -> None:
    # Rasa's training cache fingerprints a component's own source; normalize() lives elsewhere
    import hashlib
    from pathlib import Path

    import bot.keywords

    expected = hashlib.sha256(Path(bot.keywords.__file__).read_bytes()).hexdigest()
    assert NormalizingTokenizer.fingerprint_addon({}) == expected
