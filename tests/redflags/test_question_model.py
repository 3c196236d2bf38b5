"""The question model (bot/redflags/question_model.py), trained on the real labelled narratives.

The probes were written for this test; none of them is in data/knowledge/red_flags/narratives/.
Accuracy on questions it never saw is measured by bench/red_flags (dev batch 10, even items).
"""

from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource

from bot.rasa_plugins.warning_signs import WarningSigns
from bot.redflags.engine import RedFlagEngine
from bot.redflags.question_model import QuestionModel, candidates
from bot.redflags.urgency import GRID, Narrative, load_narratives

GENERAL = {
    "en": [
        "can an agency legally make workers pay for the visa in qatar?",
        "what happens to a maid if the sponsor keeps her passport, can she complain?",
    ],
    "fr": [
        "est-ce qu'un patron a le droit de garder le passeport d'un employé en Arabie ?",
        "quels sont les droits d'une bonne si la patronne la paie pas ?",
    ],
    "ar": ["هل يجوز للكفيل يحجز جواز العامل؟", "وش يصير لو المكتب طلب رسوم من العاملة قبل السفر؟"],
}
OWN = {
    "en": [
        "my sponsor has kept my passport since march, is that legal?",
        "the agent took 2000 dollars from me for the visa and now he does not answer",
    ],
    "fr": [
        "mon patron garde mon passeport depuis 3 mois c normal ?",
        "l'agence m'a pris 1500 euros pour le visa",
    ],
    "ar": ["الكفيل ماخذ جوازي من سنة هل هذا قانوني؟", "المكتب اخذ مني ٢٠٠٠ دولار عشان الفيزا"],
}


@pytest.fixture(scope="module")
def engine() -> RedFlagEngine:
    return RedFlagEngine.load()


@pytest.fixture(scope="module")
def model(engine: RedFlagEngine) -> QuestionModel:
    return QuestionModel.train(load_narratives(), engine)


def test_it_decides_only_where_the_patterns_found_signs_and_nobody_labelled_danger(
    engine: RedFlagEngine,
) -> None:
    narratives = [
        Narrative("a", "en", "my boss keeps my passport", False, frozenset({"retention_of_documents"})),
        Narrative("b", "en", "can a boss keep the passport of a worker?", False),
        Narrative(
            "c", "en", "they locked me in and took my passport", True, frozenset({"retention_of_documents"})
        ),
        Narrative("d", "en", "hello how are you", False),
    ]
    chosen, not_own = candidates(narratives, engine)
    assert [n.id for n in chosen] == ["a", "b"]
    assert not_own.tolist() == [False, True]


def test_the_threshold_comes_from_the_grid(model: QuestionModel) -> None:
    assert float(model.threshold) in {float(t) for t in GRID}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_general_questions_score_above_own_cases(model: QuestionModel, lang: str) -> None:
    general = np.mean([model.score(t) for t in GENERAL[lang]])
    own = np.mean([model.score(t) for t in OWN[lang]])
    assert general > own, (lang, general, own)


@pytest.mark.parametrize("text", [t for texts in OWN.values() for t in texts])
def test_a_told_case_keeps_its_signs(model: QuestionModel, text: str, tmp_path) -> None:
    # the costly error: the person's own sign would not be recorded (the model alone took the
    # Arabic "my passport ... is this legal?" for a question; the own_case gate keeps it)
    config = {**WarningSigns.get_default_config(), "urgency_model": False, "sign_model": False}
    component = WarningSigns(config, LocalModelStorage(tmp_path), Resource("w"), questions=model)
    detection = component.detect(text)
    assert detection.codes and not detection.asked


def test_empty_and_huge_messages(model: QuestionModel) -> None:
    assert model.score("") == 0.0
    assert 0.0 <= model.score("passport " * 20_000) <= 1.0


def test_a_saved_model_scores_as_before(model: QuestionModel, tmp_path) -> None:
    model.save(tmp_path / "q.joblib")
    loaded = QuestionModel.load(tmp_path / "q.joblib")
    assert loaded.threshold == model.threshold
    assert loaded.score(GENERAL["fr"][0]) == pytest.approx(model.score(GENERAL["fr"][0]))


def test_too_few_examples_are_refused(engine: RedFlagEngine) -> None:
    few = [Narrative(f"x-{i}", "en", "my boss keeps my passport", False, frozenset({"x"})) for i in range(30)]
    with pytest.raises(ValueError):
        QuestionModel.train(few, engine)
