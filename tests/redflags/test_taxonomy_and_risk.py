"""The taxonomy follows the shared contract; the risk rule follows red_flags.yml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.redflags.risk import assess, missing_dimension
from bot.redflags.taxonomy import TAXONOMY_FILE, Taxonomy
from tests.conftest import ROOT

SHARED_SPEC = ROOT.parent / "shared" / "spec" / "red_flags.yml"


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


def test_the_copy_matches_the_shared_contract() -> None:
    if not SHARED_SPEC.is_file():
        pytest.skip("../shared/spec is not beside this checkout")
    assert yaml.safe_load(SHARED_SPEC.read_text("utf-8")) == yaml.safe_load(
        Path(TAXONOMY_FILE).read_text("utf-8")
    )


def test_codes_and_levels(taxonomy: Taxonomy) -> None:
    assert len(taxonomy.codes("exploitation")) == 11
    assert len(taxonomy.codes("recruitment")) == 10
    assert taxonomy.risk_levels == ("none", "caution", "concern", "high", "urgent")


@pytest.mark.parametrize(
    ("codes", "urgent", "level"),
    [
        ([], False, "none"),
        (["recruitment_fees", "no_written_contract"], False, "caution"),
        (["retention_of_documents"], False, "concern"),  # coercion only
        (["deception", "excessive_overtime"], False, "concern"),  # involuntary only
        (["abuse_of_vulnerability"], False, "concern"),  # context only
        (["deception", "retention_of_documents"], False, "high"),  # both dimensions
        (["physical_sexual_violence"], False, "high"),
        (["isolation", "restriction_of_movement", "withholding_of_wages"], False, "high"),  # three
        (["recruitment_fees", "withholding_of_wages"], False, "concern"),
        (["recruitment_fees"], True, "urgent"),
        ([], True, "urgent"),
        (["not_a_code"], False, "none"),
    ],
)
def test_risk_level(taxonomy: Taxonomy, codes: list[str], urgent: bool, level: str) -> None:
    assert assess(taxonomy, codes, urgent) == level


def test_which_dimension_to_ask_about(taxonomy: Taxonomy) -> None:
    assert missing_dimension(taxonomy, ["retention_of_documents"]) == "involuntary"
    assert missing_dimension(taxonomy, ["deception"]) == "coercion"
    assert missing_dimension(taxonomy, ["deception", "isolation"]) is None
    assert missing_dimension(taxonomy, ["recruitment_fees"]) is None
