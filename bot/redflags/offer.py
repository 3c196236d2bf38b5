"""The "check a job offer" questionnaire: six yes/no answers scored into recruitment signs.

Each question is a slot of `check_offer_form`; its answer is "yes", "no" or "unknown". A sign
is found when the answer is the risky one: paying fees, no contract, no work visa, giving the
passport, pay too good to be true, no licence. "unknown" finds nothing but is reported back
as something to find out before deciding.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

YES, NO, UNKNOWN = "yes", "no", "unknown"


@dataclass(frozen=True)
class Question:
    slot: str  # the form's slot; its question is the response `utter_ask_<slot>`
    risky: str  # the answer that shows the sign
    code: str  # the recruitment code of taxonomy.yml


QUESTIONS: tuple[Question, ...] = (
    Question("offer_fees", YES, "recruitment_fees"),
    Question("offer_contract", NO, "no_written_contract"),
    Question("offer_visa", NO, "wrong_visa"),
    Question("offer_passport", YES, "documents_requested"),
    Question("offer_salary", YES, "unrealistic_offer"),
    Question("offer_licence", NO, "unverifiable_recruiter"),
)
SLOTS = tuple(q.slot for q in QUESTIONS)


@dataclass(frozen=True)
class Verdict:
    codes: tuple[str, ...]  # signs found, in question order
    unknown: tuple[str, ...]  # slots answered "I don't know"

    @property
    def questions_to_ask(self) -> tuple[str, ...]:
        """Response keys of the questions left unanswered (to find out before deciding)."""
        return tuple(f"utter_ask_{slot}" for slot in self.unknown)


def score(answers: Mapping[str, str | None]) -> Verdict:
    codes = tuple(q.code for q in QUESTIONS if answers.get(q.slot) == q.risky)
    unknown = tuple(q.slot for q in QUESTIONS if answers.get(q.slot) == UNKNOWN)
    return Verdict(codes, unknown)
