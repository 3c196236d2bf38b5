"""The urgency model (bot/redflags/urgency.py), trained on the real labelled narratives.

The probe messages below were written for this test before the model was first trained; none
of them is in data/knowledge/red_flags/narratives/. Accuracy is measured by bench/red_flags
(blind set); these tests pin the behaviour a deployment relies on.
"""

from __future__ import annotations

import pytest

from bot.redflags.urgency import GRID, Narrative, UrgencyModel, load_narratives, training_fingerprint
from bot.settings import PROJECT_ROOT

URGENT = {
    "en": [
        "he locked the door from outside and took my phone, i am writing from his sons tablet",
        "they beat my brother right now in the yard, he is bleeding",
        "madam said if i try to leave tonight she will kill me",
    ],
    "fr": [
        "il m'a enfermée dans la chambre depuis hier sans manger, aidez moi",
        "le patron frappe ma cousine en ce moment elle crie",
        "ils disent que si je parle ils vont me tuer ce soir",
    ],
    "ar": [
        "قفلوا علي الباب من برا واخدوا موبايلي",
        "الكفيل يضربني الحين وانا بنزف",
        "هددني بالقتل إذا هربت الليلة",
    ],
}
CALM = {
    "en": ["what documents do i need for a student visa in france", "how much is the fee for a work permit"],
    "fr": ["quels papiers pour un visa étudiant au canada", "combien coûte le permis de travail"],
    "ar": ["ما هي الأوراق المطلوبة لتأشيرة الدراسة", "كم رسوم تصريح العمل في إيطاليا"],
}
# a child giving their age in a school session is not a child at risk (seen: "i am 12" once
# went to the emergency numbers when the model learned from the narratives alone)
AGES = ["i am 12", "I'm 15 years old", "j'ai 13 ans", "jai 16 ans", "عمري ١٤ سنة", "انا عندي 12 سنه"]


@pytest.fixture(scope="module")
def model() -> UrgencyModel:
    """Trained as `rasa train` trains it: the narratives, plus the everyday NLU examples."""
    from bot.rasa_plugins.warning_signs import load_nlu, ordinary_examples

    ordinary = ordinary_examples(load_nlu(PROJECT_ROOT / "data" / "nlu"))
    assert len(ordinary) > 1000
    return UrgencyModel.train(load_narratives(), ordinary)


def test_the_narratives_are_labelled_in_the_three_languages() -> None:
    narratives = load_narratives()
    ids = [n.id for n in narratives]
    assert len(ids) == len(set(ids))
    assert {n.lang for n in narratives} == {"en", "fr", "ar"}
    for lang in ("en", "fr", "ar"):
        urgent = sum(n.urgent for n in narratives if n.lang == lang)
        assert urgent >= 30, f"{lang}: {urgent} urgent narratives"


def test_the_threshold_comes_from_the_grid(model: UrgencyModel) -> None:
    assert model.threshold in set(GRID.tolist())


@pytest.mark.parametrize("lang", sorted(URGENT))
def test_plain_questions_are_not_read_as_danger(model: UrgencyModel, lang: str) -> None:
    assert [t for t in CALM[lang] if model.is_urgent(t)] == []


def test_a_stated_age_alone_is_not_danger(model: UrgencyModel) -> None:
    assert [t for t in AGES if model.is_urgent(t)] == []


@pytest.mark.parametrize("lang", sorted(URGENT))
def test_danger_said_in_new_words_scores_above_plain_questions(model: UrgencyModel, lang: str) -> None:
    lowest_urgent = min(model.score(t) for t in URGENT[lang])
    highest_calm = max(model.score(t) for t in CALM[lang])
    assert lowest_urgent > highest_calm


def test_empty_and_huge_messages(model: UrgencyModel) -> None:
    assert model.score("") == 0.0 and model.score("   ") == 0.0
    assert 0.0 <= model.score("x" * 200_000) <= 1.0


def test_a_saved_model_scores_as_before(model: UrgencyModel, tmp_path) -> None:
    model.save(tmp_path / "m.joblib")
    loaded = UrgencyModel.load(tmp_path / "m.joblib")
    text = URGENT["fr"][0]
    assert loaded.threshold == model.threshold
    assert loaded.score(text) == pytest.approx(model.score(text))


def test_too_few_examples_are_refused() -> None:
    few = [Narrative(f"x-{i}", "en", f"text {i}", i < 3) for i in range(40)]
    with pytest.raises(ValueError):
        UrgencyModel.train(few)


def test_the_fingerprint_follows_the_narratives(tmp_path) -> None:
    # Rasa's training cache keys a component on its graph inputs, which the narratives are not
    (tmp_path / "a.yml").write_text("- {id: a-1, lang: en, text: hi, urgent: false}\n", "utf-8")
    before = training_fingerprint(tmp_path)
    assert training_fingerprint(tmp_path) == before
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yml").write_text("- {id: b-1, lang: en, text: help, urgent: true}\n", "utf-8")
    assert training_fingerprint(tmp_path) != before


def test_the_component_hands_the_fingerprint_to_rasa() -> None:
    from bot.rasa_plugins.warning_signs import WarningSigns

    config = WarningSigns.get_default_config()
    assert WarningSigns.fingerprint_addon(config) == training_fingerprint()
    assert WarningSigns.fingerprint_addon({**config, "urgency_model": False}) == training_fingerprint()
    only_questions = {**config, "urgency_model": False, "sign_model": False}
    assert WarningSigns.fingerprint_addon(only_questions) == training_fingerprint()
    assert WarningSigns.fingerprint_addon({**only_questions, "question_model": False}) is None
