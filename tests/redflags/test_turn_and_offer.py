"""Signs accumulate, risk never drops, confirming questions and the job-offer verdict."""

from __future__ import annotations

import pytest

from bot.redflags.offer import QUESTIONS, SLOTS, score
from bot.redflags.taxonomy import Taxonomy
from bot.redflags.turn import following, next_question, question_for, take


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


def test_signs_accumulate_once_each_in_taxonomy_order(taxonomy: Taxonomy) -> None:
    turn = take(taxonomy, ["withholding_of_wages"], ["retention_of_documents", "withholding_of_wages"])
    assert turn.codes == ("retention_of_documents", "withholding_of_wages")
    assert turn.new == ("retention_of_documents",)


def test_unknown_codes_are_ignored(taxonomy: Taxonomy) -> None:
    assert take(taxonomy, ["not_a_code"], ["deception"]).codes == ("deception",)


@pytest.mark.parametrize(
    ("before", "found", "urgent", "risk"),
    [
        ([], ["recruitment_fees"], False, "caution"),
        ([], ["retention_of_documents"], False, "concern"),
        (["deception"], ["retention_of_documents"], False, "high"),  # the two-dimension rule
        ([], ["physical_sexual_violence"], False, "high"),
        ([], [], True, "urgent"),
    ],
)
def test_risk_follows_the_taxonomy_rules(
    taxonomy: Taxonomy, before: list[str], found: list[str], urgent: bool, risk: str
) -> None:
    assert take(taxonomy, before, found, urgent=urgent).risk == risk


def test_risk_never_goes_down_in_a_conversation(taxonomy: Taxonomy) -> None:
    assert take(taxonomy, [], ["recruitment_fees"], risk_before="urgent").risk == "urgent"
    assert take(taxonomy, [], ["physical_sexual_violence"], risk_before="caution").risk == "high"


def test_one_dimension_asks_about_the_other(taxonomy: Taxonomy) -> None:
    coercion_only = take(taxonomy, [], ["retention_of_documents"])
    assert coercion_only.question == ("msg_confirm_deceived", "deception")
    involuntary_only = take(taxonomy, [], ["excessive_overtime"])
    assert involuntary_only.question == ("msg_confirm_threats", "intimidation_threats")
    assert take(taxonomy, [], ["recruitment_fees"]).question is None  # recruitment: no question
    assert take(taxonomy, ["deception"], ["retention_of_documents"]).question is None  # high


def test_the_second_question_follows_a_no_and_there_is_no_third() -> None:
    assert following("msg_confirm_deceived") == ("msg_confirm_hours", "excessive_overtime")
    assert following("msg_confirm_hours") is None
    assert following("msg_confirm_threats") == ("msg_confirm_not_free", "restriction_of_movement")
    assert question_for("msg_confirm_not_free") == ("msg_confirm_not_free", "restriction_of_movement")
    assert question_for("nope") is None


def test_next_question_skips_what_was_asked(taxonomy: Taxonomy) -> None:
    asked = ["msg_confirm_deceived"]
    assert next_question(taxonomy, ["isolation"], asked) == ("msg_confirm_hours", "excessive_overtime")


@pytest.mark.parametrize(
    ("answers", "codes", "unknown"),
    [
        ({}, (), ()),
        (
            {
                "offer_fees": "no",
                "offer_contract": "yes",
                "offer_visa": "yes",
                "offer_passport": "no",
                "offer_salary": "no",
                "offer_licence": "yes",
            },
            (),
            (),
        ),
        (
            {
                "offer_fees": "yes",
                "offer_contract": "no",
                "offer_visa": "no",
                "offer_passport": "yes",
                "offer_salary": "yes",
                "offer_licence": "no",
            },
            tuple(q.code for q in QUESTIONS),
            (),
        ),
        ({"offer_fees": "unknown", "offer_licence": "no"}, ("unverifiable_recruiter",), ("offer_fees",)),
    ],
)
def test_offer_answers_score_into_recruitment_signs(
    answers: dict[str, str], codes: tuple[str, ...], unknown: tuple[str, ...]
) -> None:
    verdict = score(answers)
    assert verdict.codes == codes
    assert verdict.unknown == unknown
    assert verdict.questions_to_ask == tuple(f"utter_ask_{s}" for s in unknown)


def test_every_offer_question_is_a_recruitment_sign(taxonomy: Taxonomy) -> None:
    assert {q.code for q in QUESTIONS} <= taxonomy.codes("recruitment")
    assert len(set(SLOTS)) == 6
