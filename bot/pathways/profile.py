"""The short profile questionnaire behind "which legal routes fit me?".

Up to seven questions, each answered with a button (a number on SMS) and each skippable:
destination, purpose, occupation (for work), qualification, language level in the
destination's language, job offer, offered salary. Answers are kept as one small JSON text in
the `pathway_profile` slot; questions whose answer is already known (a country, purpose or
occupation named in the first message) are not asked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.pathways.knowledge import OCCUPATIONS
from bot.pathways.matching import Profile

SKIP = "skip"
# the language spoken at work in each destination (for the language question)
DESTINATION_LANGUAGE = {"de": "de", "fr": "fr", "it": "it", "es": "es", "be": "fr", "nl": "nl"}
LEVELS = {"none": "A0", "basic": "A1", "intermediate": "B1", "advanced": "C1"}  # A0: below A1
# monthly gross salary bands: the lower bound counts (a threshold is met only for sure)
SALARY_BANDS = {"under_2000": 0, "2000_3500": 2000, "3500_4500": 3500, "over_4500": 4500}


@dataclass(frozen=True)
class Question:
    field: str
    key: str  # response key of the question text
    options: tuple[tuple[str, str], ...]  # (title key, value)


QUESTIONS: tuple[Question, ...] = (
    Question(
        "destination",
        "msg_profile_ask_destination",
        tuple((f"msg_profile_country_{c}", c) for c in ("de", "fr", "it", "es", "be", "nl")),
    ),
    Question(
        "purpose",
        "msg_profile_ask_purpose",
        tuple((f"msg_profile_purpose_{p}", p) for p in ("work", "seasonal", "study", "family")),
    ),
    Question(
        "occupation",
        "msg_profile_ask_occupation",
        tuple((f"msg_profile_occupation_{o}", o) for o in OCCUPATIONS),
    ),
    Question(
        "qualification",
        "msg_profile_ask_qualification",
        tuple((f"msg_profile_qualification_{q}", q) for q in ("none", "vocational", "university")),
    ),
    Question("language", "msg_profile_ask_language", tuple((f"msg_profile_level_{lv}", lv) for lv in LEVELS)),
    Question(
        "job_offer",
        "msg_profile_ask_job_offer",
        (("msg_profile_yes", "yes"), ("msg_profile_no", "no")),
    ),
    Question("salary", "msg_profile_ask_salary", tuple((f"msg_profile_salary_{b}", b) for b in SALARY_BANDS)),
)
FIELDS = tuple(q.field for q in QUESTIONS)


def parse(raw: Any) -> dict[str, str]:
    """The answers kept in the slot; anything unreadable counts as nothing answered."""
    try:
        data = json.loads(raw) if isinstance(raw, str) else {}
    except ValueError:
        return {}
    return {k: str(v) for k, v in data.items() if k in FIELDS} if isinstance(data, dict) else {}


def dump(answers: dict[str, str]) -> str:
    return json.dumps(answers, sort_keys=True)


def answer(answers: dict[str, str], field: str, value: str) -> dict[str, str]:
    """Records one answer (or a skip) if it is a valid option of that question."""
    question = next((q for q in QUESTIONS if q.field == field), None)
    if question is None or value not in {v for _, v in question.options} | {SKIP}:
        return answers
    return {**answers, field: value}


def next_question(answers: dict[str, str]) -> Question | None:
    for question in QUESTIONS:
        if question.field in answers:
            continue
        if question.field in ("occupation", "job_offer", "salary") and answers.get("purpose") in (
            "study",
            "family",
        ):
            continue  # not asked for study or family routes
        if question.field == "salary" and answers.get("job_offer") != "yes":
            continue  # a salary only exists with an offer
        return question
    return None


def profile(answers: dict[str, str]) -> Profile:
    def given(field: str) -> str | None:
        value = answers.get(field)
        return None if value in (None, SKIP) else value

    destination = given("destination")
    languages: dict[str, str] = {}
    level = given("language")
    spoken = DESTINATION_LANGUAGE.get(destination or "")
    if spoken and level in LEVELS:
        languages[spoken] = LEVELS[level]
    job = given("job_offer")
    band = given("salary")
    return Profile(
        destination=destination,
        purpose=given("purpose"),
        occupation=given("occupation"),
        qualification=given("qualification"),
        languages=languages,
        job_offer=None if job is None else job == "yes",
        salary_per_year=SALARY_BANDS[band] * 12 if band in SALARY_BANDS else None,
    )
