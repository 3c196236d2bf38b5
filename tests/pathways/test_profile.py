"""The profile questionnaire: skippable answers, questions that do not apply are not asked."""

from __future__ import annotations

from bot.pathways.matching import Profile
from bot.pathways.profile import FIELDS, QUESTIONS, SKIP, answer, dump, next_question, parse, profile


def test_questions_come_in_order_and_each_can_be_skipped() -> None:
    answers: dict[str, str] = {}
    asked = []
    while (question := next_question(answers)) is not None:
        asked.append(question.field)
        value = SKIP if question.field != "job_offer" else "yes"
        answers = answer(answers, question.field, value)
    assert asked == list(FIELDS)
    assert profile(answers) == Profile(job_offer=True)


def test_study_and_family_skip_the_job_questions_and_no_offer_skips_salary() -> None:
    assert [q.field for q in QUESTIONS if q.field not in {"destination", "purpose"}]
    study = {"destination": "de", "purpose": "study", "qualification": SKIP, "language": "basic"}
    assert next_question(study) is None
    no_offer = {
        "destination": "de",
        "purpose": "work",
        "occupation": "health",
        "qualification": SKIP,
        "language": SKIP,
        "job_offer": "no",
    }
    assert next_question(no_offer) is None


def test_answers_become_a_profile_conservatively() -> None:
    answers = {
        "destination": "de",
        "purpose": "work",
        "occupation": "it",
        "qualification": "university",
        "language": "intermediate",
        "job_offer": "yes",
        "salary": "3500_4500",
    }
    assert profile(answers) == Profile(
        destination="de",
        purpose="work",
        occupation="it",
        qualification="university",
        languages={"de": "B1"},
        job_offer=True,
        salary_per_year=42000,  # the band's lower bound: a threshold is met only for sure
    )
    assert profile({"destination": "be", "language": "none"}).languages == {"fr": "A0"}


def test_invalid_answers_and_slot_texts_are_ignored() -> None:
    assert answer({}, "purpose", "holiday") == {}
    assert answer({}, "favourite", "x") == {}
    assert parse("not json") == {} and parse(None) == {} and parse('["a"]') == {}
    assert parse(dump({"purpose": "work", "other": "x"})) == {"purpose": "work"}


def test_the_occupation_is_asked_for_work_only() -> None:
    work = next_question({"destination": "it", "purpose": "seasonal"})
    assert work is not None and work.field == "occupation"
    family = next_question({"destination": "it", "purpose": "family"})
    assert family is not None and family.field == "qualification"
    assert answer({}, "occupation", "agriculture") == {"occupation": "agriculture"}
    assert answer({}, "occupation", "astronaut") == {}
