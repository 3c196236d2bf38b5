"""What one message adds to what the conversation already shows, and what to ask next.

`red_flags` accumulates across turns (each code at most once, in taxonomy order) and
`risk_level` never goes down within a conversation: a danger reported earlier is not undone
by a later, milder message. When the exploitation signs show only one dimension of the ILO
definition of forced labour (involuntary work, or coercion), the assistant asks about the
other with up to two short yes/no questions, each tied to one sign, so a "yes" adds a code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.redflags.risk import COERCION, INVOLUNTARY, assess, missing_dimension
from bot.redflags.taxonomy import Taxonomy

# per missing dimension: (response key of the question, the sign a "yes" shows), in order
CONFIRMING_QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    COERCION: (
        ("msg_confirm_threats", "intimidation_threats"),
        ("msg_confirm_not_free", "restriction_of_movement"),
    ),
    INVOLUNTARY: (
        ("msg_confirm_deceived", "deception"),
        ("msg_confirm_hours", "excessive_overtime"),
    ),
}
RISK_MESSAGES = {"caution": "msg_risk_caution", "concern": "msg_risk_concern", "high": "msg_risk_high"}


@dataclass(frozen=True)
class Turn:
    codes: tuple[str, ...]  # every sign so far, taxonomy order
    new: tuple[str, ...]  # signs this message added
    risk: str
    question: tuple[str, str] | None  # (response key, code) to confirm next, if any


def ordered(taxonomy: Taxonomy, codes: Iterable[str]) -> tuple[str, ...]:
    wanted = set(codes)
    return tuple(code for code in taxonomy.signs if code in wanted)


def higher(taxonomy: Taxonomy, a: str | None, b: str) -> str:
    levels = taxonomy.risk_levels
    if a not in levels:
        return b
    return a if levels.index(a) >= levels.index(b) else b


def take(
    taxonomy: Taxonomy,
    before: Iterable[str],
    found: Iterable[str],
    *,
    urgent: bool = False,
    risk_before: str | None = None,
) -> Turn:
    known = set(before) & set(taxonomy.signs)
    found_known = set(found) & set(taxonomy.signs)
    codes = ordered(taxonomy, known | found_known)
    new = ordered(taxonomy, found_known - known)
    risk = higher(taxonomy, risk_before, assess(taxonomy, codes, urgent))
    question = None
    if risk == "concern":
        question = next_question(taxonomy, codes, asked=())
    return Turn(codes, new, risk, question)


def next_question(taxonomy: Taxonomy, codes: Iterable[str], asked: Iterable[str]) -> tuple[str, str] | None:
    """The next confirming question for the missing dimension, skipping those already asked."""
    dimension = missing_dimension(taxonomy, codes)
    if dimension is None:
        return None
    done = set(asked)
    return next((q for q in CONFIRMING_QUESTIONS[dimension] if q[0] not in done), None)


def question_for(key: str) -> tuple[str, str] | None:
    return next((q for qs in CONFIRMING_QUESTIONS.values() for q in qs if q[0] == key), None)


def following(key: str) -> tuple[str, str] | None:
    """The confirming question asked after `key` was answered "no" or "I don't know"."""
    for questions in CONFIRMING_QUESTIONS.values():
        keys = [q[0] for q in questions]
        if key in keys:
            index = keys.index(key) + 1
            return questions[index] if index < len(questions) else None
    return None


def sign_name_keys(codes: Iterable[str]) -> list[str]:
    """Response keys of the signs' short names, for a `{signs}` list in a text."""
    return [f"msg_sign_name_{code}" for code in codes]


def sign_keys(codes: Iterable[str]) -> list[str]:
    """Response keys of the signs' plain-words explanations and advice."""
    return [f"msg_sign_{code}" for code in codes]


def risk_key(risk: str) -> str | None:
    """The risk summary to send; urgent danger is answered by the emergency route instead."""
    return RISK_MESSAGES.get(risk)
