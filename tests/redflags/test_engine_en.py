"""English warning-sign detection: the taxonomy's own examples, negation, third person."""

from __future__ import annotations

import pytest
import yaml

from bot.redflags.engine import RedFlagEngine
from bot.redflags.taxonomy import TAXONOMY_FILE


@pytest.fixture(scope="module")
def engine() -> RedFlagEngine:
    return RedFlagEngine.load()


SPEC = yaml.safe_load(TAXONOMY_FILE.read_text("utf-8"))


@pytest.mark.parametrize(("code", "example"), [(c, s["example"]) for c, s in SPEC["exploitation"].items()])
def test_each_ilo_indicator_example_is_found(engine: RedFlagEngine, code: str, example: str) -> None:
    assert code in engine.detect(example).codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the agent asked me to pay 1500 dollars for the visa", "recruitment_fees"),
        ("there is no contract, just a promise", "no_written_contract"),
        ("at the airport they made us sign a new contract", "contract_substitution"),
        ("they said come on a tourist visa and work there", "wrong_visa"),
        ("no experience needed, 4000 dollars a month for cleaning", "unrealistic_offer"),
        ("he told me don t tell my family about the job", "secrecy_request"),
        ("the recruiter has no office, only a whatsapp number", "unverifiable_recruiter"),
        ("the agent asked me to give him my passport before we travel", "documents_requested"),
        ("they pay the ticket and cut it from my salary", "travel_debt"),
        ("a man i met on facebook wants to marry me and take me to europe", "romance_offer"),
        ("my sister s boss took her passport", "retention_of_documents"),
        ("my friend has not been paid for 3 months", "withholding_of_wages"),
    ],
)
def test_recruitment_signs_and_third_person(engine: RedFlagEngine, text: str, code: str) -> None:
    assert code in engine.detect(text).codes


@pytest.mark.parametrize(
    "text",
    [
        "they did not take my passport",
        "my employer never kept my passport",
        "how long does it take to renew my passport",
        "i want to work in germany legally, what visa do i need",
        "my boss pays me on time and i have a contract in english",
        "",
        "🙂",
    ],
)
def test_no_sign(engine: RedFlagEngine, text: str) -> None:
    assert engine.detect(text).codes == frozenset()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("help they are beating me", "violence_now"),
        ("he says he will kill me", "threat_to_life"),
        ("we are locked inside right now", "locked_in_now"),
        ("my daughter is missing since the agent took her", "child_at_risk"),
    ],
)
def test_urgent(engine: RedFlagEngine, text: str, kind: str) -> None:
    detection = engine.detect(text)
    assert kind in detection.urgent
    assert engine.risk(detection.codes, detection.is_urgent) == "urgent"
