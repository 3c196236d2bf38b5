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


# --- general or hypothetical questions: the signs they name are not the person's --------------

GENERAL_QUESTIONS = [
    ("is it legal for an employer to keep the passport of a worker?", "retention_of_documents"),
    ("what to do if employer take your passport? asking before i go", "retention_of_documents"),
    ("can an agency charge recruitment fees to workers in Qatar?", "recruitment_fees"),
    ("si un patron garde le passeport c'est illégal au Qatar?", "retention_of_documents"),
    ("est-ce qu'une agence peut demander des frais de recrutement aux travailleurs ?", "recruitment_fees"),
    ("can an employer lock the workers inside the house at night?", "restriction_of_movement"),
    ("c vrai qu'au Golfe on peut pas quitter son employeur sans autorisation ? je me renseigne", None),
    ("هل يحق للكفيل ياخذ الجواز؟ سؤال عام", "retention_of_documents"),
    ("لو الكفيل ضرب الشغاله وش تسوي؟", "physical_sexual_violence"),
    ("how do i know if a recruiter on facebook is real?", "unverifiable_recruiter"),
    ("if a worker signs a new contract at the airport, is the old one still valid?", "contract_substitution"),
    ("سؤال بس: لو المكتب طلب فلوس عشان الفيزا هل ده قانوني؟", "recruitment_fees"),
    ("هل في قانون يمنع الكفيل ياخذ الجواز؟", "retention_of_documents"),
    ("my aunt is asking whether employers in Oman are allowed to take workers' phones", "isolation"),
    ("if your boss keeps your passport what do you do?", "retention_of_documents"),
    ("si ton patron garde ton passeport tu fais quoi ?", "retention_of_documents"),
    ("pourquoi les agences demandent des frais de recrutement aux travailleurs ?", "recruitment_fees"),
    ("سمعت ان الكفيل ياخذ جواز العامل، الكلام ده صح؟", "retention_of_documents"),
    # the own-case words of 2026-11-28 must leave these questions alone
    ("si on travaille 16h par jour sans repos c'est légal ?", "excessive_overtime"),
    ("est ce normal qu une agence demande le passeport original avant le départ ?", "documents_requested"),
    ("ابن عمي يفكر يسافر، يسأل اذا الكفيل يقدر ياخذ الجواز", "retention_of_documents"),
    ("شفت فيديو ان الكفلاء ياخذون الجوازات، هل يحق لهم؟", "retention_of_documents"),
]
OWN_CASES = [
    "is it legal for my boss to keep my passport?",  # "my": the writer's own case
    "the agency took her passport, is it legal for them to do this?",
    "what should i do if they take my passport again?",
    "mon patron garde mon passeport, est-ce qu'il a le droit de faire ça ?",
    "si un patron garde le passeport c'est illégal ? il a pris le mien hier",
    "هل يحق للكفيل ياخذ جوازي؟",
    "le patron garde mon passeport, que dit la loi ?",
    "agent says you get the contract when you land in Riyadh",  # a rule quoted, not asked
    "si tu pars on appelle la police, il dit",
    "المدام بتقولي لو مشيت هبلغ عنك انك سرقتي، وانا مش عارفة اعمل ايه، ده يصح؟",
    "صار لي اربع شهور ما استلمت راتب والشركة تقول اصبر، هل يحق لهم؟",
    "مكتب استقدام يطلب مبلغ كبير، هل يحق لهم؟",
    "they locked us in the room, is it legal for an employer to do that?",  # danger is never a question
    # own cases told without "my" / "we" / "je" / "انا" (2026-11-28)
    "on dort à 14 dans un conteneur sans eau, c'est légal ?",
    "pas payé depuis mars et le patron dit attends, c'est normal ?",
    "not paid since march, boss says wait. is that legal?",
    "the guy said 4000 euro a month, no interview, just send 200 for the visa. is it legal?",
    "she is working 17 hours a day with no day off, can they do that?",
    "علي دين للمكتب ٤٠٠٠ دولار وكل شهر بيزيد، هل يحق لهم؟",
    "جوزي ما قبضش من ٣ شهور، هل ده قانوني؟",
    "لقيت شغل على الفيس والوسيط طلب ٥٠٠ دولار للفيزا، هل هذا قانوني؟",
]


@pytest.mark.parametrize(("text", "code"), GENERAL_QUESTIONS)
def test_a_general_question_names_signs_without_making_them_the_persons(
    engine: RedFlagEngine, text: str, code: str | None
) -> None:
    detection = engine.detect(text)
    assert engine.general_question(text)
    assert not detection.codes and not detection.urgent
    if code:
        assert code in detection.asked


@pytest.mark.parametrize("text", OWN_CASES)
def test_the_writers_own_case_or_danger_is_never_only_a_question(engine: RedFlagEngine, text: str) -> None:
    detection = engine.detect(text)
    assert detection.codes and not detection.asked


def test_a_question_with_no_sign_asks_about_nothing(engine: RedFlagEngine) -> None:
    text = "is it legal for a student to work 20 hours a week in France?"
    assert engine.general_question(text)
    assert engine.detect(text) == engine.detect("")


@pytest.mark.parametrize(
    "text",
    [
        "i work 20 hours a week as a student",
        "je travaille 20 heures par semaine comme étudiant",
        "اشتغل 20 ساعة في الاسبوع",
    ],
)
def test_hours_a_week_are_not_overtime(engine: RedFlagEngine, text: str) -> None:
    assert "excessive_overtime" not in engine.detect(text).codes
    assert (
        "excessive_overtime"
        in engine.detect(
            text.replace("20", "16")
            .replace("week", "day")
            .replace("semaine", "jour")
            .replace("الاسبوع", "اليوم")
        ).codes
    )
