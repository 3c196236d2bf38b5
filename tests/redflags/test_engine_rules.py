"""Engine rules that hold for every language: clause-bounded negation, quoted negation cues."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.keywords import normalize
from bot.redflags.engine import RedFlagEngine, normalize_clauses
from bot.redflags.patterns import PatternError, load_language
from bot.redflags.taxonomy import Taxonomy


@pytest.fixture(scope="module")
def engine() -> RedFlagEngine:
    return RedFlagEngine.load()


@pytest.mark.parametrize(
    "text",
    [
        "They did NOT take my passport, I have it. Salary 1.500 dirhams!",
        "ما خلصونيش، والكفيل اخذ جوازي؟",
        "il me paie pas ; il me frappe\nau secours",
        "...",
        "",
    ],
)
def test_clauses_normalise_like_the_whole_message(text: str) -> None:
    norm = normalize_clauses(text)
    assert norm.text == normalize(text)
    assert norm.clause_starts[0] == 0
    assert all(norm.text[i - 1] == " " for i in norm.clause_starts[1:])


def test_clause_start_of_a_position() -> None:
    norm = normalize_clauses("no contract. they took my passport")
    assert norm.text == "no contract they took my passport"
    assert norm.clause_start(norm.text.index("took")) == norm.text.index("they")
    assert norm.clause_start(3) == 0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I have no complaints about food. They took my passport.", "retention_of_documents"),
        ("No, not the food: they took my phone", "isolation"),
        ("il me paie pas, il me frappe", "physical_sexual_violence"),
        ("ما عندي مشكل مع الاكل، الكفيل اخذ جوازي", "retention_of_documents"),
    ],
)
def test_a_negation_stops_at_the_end_of_its_clause(engine: RedFlagEngine, text: str, code: str) -> None:
    assert code in engine.detect(text).codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("No one is threatening me", "intimidation_threats"),
        ("they did not take my passport", "retention_of_documents"),
        ("il ne m'a pas frappé", "physical_sexual_violence"),
    ],
)
def test_a_negation_in_the_same_clause_still_counts(engine: RedFlagEngine, text: str, code: str) -> None:
    assert code not in engine.detect(text).codes


def test_a_bare_yaml_boolean_cue_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xx.yml"
    path.write_text("language: xx\nnegation:\n  cues: [not, no]\n  window: 3\ncodes: {}\n", "utf-8")
    with pytest.raises(PatternError, match="quoted"):
        load_language(path, Taxonomy.load().codes())


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        ("they lock me in the room now", "locked_in_now", "restriction_of_movement"),
        ("الباب مقفول من برا وانا جوا", "locked_in_now", "restriction_of_movement"),
        ("il est en train de me frapper", "violence_now", "physical_sexual_violence"),
    ],
)
def test_danger_now_also_shows_its_ilo_indicator(
    engine: RedFlagEngine, text: str, kind: str, code: str
) -> None:
    detection = engine.detect(text)
    assert kind in detection.urgent and code in detection.codes


def test_a_wish_to_die_is_urgent_but_not_called_a_threat(engine: RedFlagEngine) -> None:
    detection = engine.detect("i want to die")
    assert "threat_to_life" in detection.urgent and "intimidation_threats" not in detection.codes


MINORS = [
    "my daughter is still there",
    "she is 14 and they keep her",
    "my 12 year old son",
    "my kids are crying",
    "my little sister is with them",
    "j'ai 15 ans",
    "ma petite soeur est avec eux",
    "une mineure",
    "بنتي معهم",
    "عمرها ١٤ سنة",
    "قاصر",
    "3omri 15",
]
NOT_MINORS = [
    "i worked 5 years in dubai",
    "the salary is 15 dinars",
    "i am 25",
    "i am 15 minutes away",
    "we are 12 workers in one room",
    "j'ai 35 ans",
    "je travaille ici depuis 5 ans",
    "عندي 15 سنة خبرة",
    "عمري 25 سنة",
    "i am writing from his son's tablet",  # the employer's children
    "i look after madam's kids",
    "je garde les enfants de madame",
    "انا اعتني باطفال الكفيل",
    "ma soeur travaille à Dubaï",
]


@pytest.mark.parametrize("text", MINORS)
def test_a_child_named_in_the_message_is_recognised(engine: RedFlagEngine, text: str) -> None:
    assert engine.mentions_minor(text)


@pytest.mark.parametrize("text", NOT_MINORS)
def test_adult_ages_and_durations_are_not_children(engine: RedFlagEngine, text: str) -> None:
    assert not engine.mentions_minor(text)
