"""The sign model (bot/redflags/sign_model.py), trained on part of the real labelled narratives.

Three codes keep it quick; the probe messages were written for this test and are not in the
narratives. Its accuracy, gated as the bot uses it, is measured by tools/redflag_ml/gated_codes.py
and bench/red_flags; these tests pin the contract.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.redflags.sign_model import MIN_POSITIVES, SignModel
from bot.redflags.urgency import load_narratives

CODES = {"retention_of_documents", "recruitment_fees", "physical_sexual_violence"}
PROBES = {
    "retention_of_documents": [
        "the manager locked all our passports in his drawer and says we get them back next year",
        "le chef a rangé nos passeports dans son coffre, on ne peut pas les récupérer",
        "المدير حط جوازاتنا عنده في الخزنة وما يرجعها",
    ],
    "recruitment_fees": [
        "the agent wants 1800 dollars from me before he gives me the job",
        "l'agent me demande 900 euros pour me trouver le travail",
        "السمسار طلب مني 2000 دولار قبل ما يعطيني الشغل",
    ],
}


@pytest.fixture(scope="module")
def model() -> SignModel:
    narratives = load_narratives()
    kept = [replace(n, codes=n.codes & CODES) for n in narratives if n.codes & CODES or not n.codes]
    kept.append(replace(kept[0], id="rare-1", codes=frozenset({"romance_offer"})))  # under MIN_POSITIVES
    return SignModel.train(kept)


def test_a_code_with_too_few_narratives_gets_no_classifier(model: SignModel) -> None:
    assert set(model.codes) == CODES
    assert MIN_POSITIVES > 1


@pytest.mark.parametrize("code", sorted(PROBES))
def test_a_sign_said_in_new_words_scores_highest_for_its_code(model: SignModel, code: str) -> None:
    for text in PROBES[code]:
        scores = model.scores(text)
        assert max(scores, key=lambda c: scores[c]) == code, (text, scores)


def test_signs_are_the_codes_at_or_above_the_threshold(model: SignModel) -> None:
    text = PROBES["recruitment_fees"][0]
    scores = model.scores(text)
    assert model.signs(text) == {c for c, s in scores.items() if s >= model.threshold}


@pytest.mark.parametrize("text", ["", "   ", "?!...", "\u200b"])
def test_nothing_to_read_gives_no_sign(model: SignModel, text: str) -> None:
    assert model.scores(text) == {} and model.signs(text) == frozenset()


def test_saved_and_loaded_it_scores_the_same(model: SignModel, tmp_path: Path) -> None:
    model.save(tmp_path / "signs.joblib")
    loaded = SignModel.load(tmp_path / "signs.joblib")
    text = PROBES["retention_of_documents"][1]
    assert loaded.threshold == model.threshold
    assert loaded.scores(text) == pytest.approx(model.scores(text))


def test_it_refuses_to_train_without_enough_labelled_signs() -> None:
    few = [replace(n, codes=frozenset()) for n in load_narratives()[:50]]
    with pytest.raises(ValueError):
        SignModel.train(few)
