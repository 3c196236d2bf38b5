"""Profile matching: met, missing or unknown per requirement; expired facts are unknown."""

from __future__ import annotations

import pytest

from bot.pathways.knowledge import Knowledge, load
from bot.pathways.matching import MET, MISSING, UNKNOWN, Profile, best, clusters, match
from tests.pathways.conftest import TODAY


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        (Profile(), {"min_salary": UNKNOWN, "qualification": UNKNOWN, "job_offer": UNKNOWN, "language": MET}),
        (
            Profile(qualification="university", job_offer=True, salary_per_year=50000),
            {"min_salary": MET, "qualification": MET, "job_offer": MET, "language": MET},
        ),
        (
            Profile(qualification="vocational", job_offer=False, salary_per_year=30000),
            {"min_salary": MISSING, "qualification": MISSING, "job_offer": MISSING, "language": MET},
        ),
    ],
)
def test_requirements_of_a_route(knowledge: Knowledge, profile: Profile, expected: dict[str, str]) -> None:
    assert dict(match(knowledge.routes["xx_blue_card"], profile, TODAY).status) == expected


def test_language_levels_compare_on_the_cefr_scale(knowledge: Knowledge) -> None:
    seasonal = knowledge.routes["xx_seasonal"]
    assert match(seasonal, Profile(languages={"xx": "B1"}), TODAY).status["language"] == MET
    assert match(seasonal, Profile(languages={"xx": "A1"}), TODAY).status["language"] == MISSING
    assert match(seasonal, Profile(languages={"en": "C1"}), TODAY).status["language"] == UNKNOWN


def test_best_puts_fitting_routes_first_and_never_offers_eu_rules(knowledge: Knowledge) -> None:
    profile = Profile(destination="xx", job_offer=True, languages={"xx": "B2"}, qualification="vocational")
    ranked = [m.route.id for m in best(knowledge, profile, TODAY)]
    assert ranked == ["xx_seasonal", "xx_blue_card"]  # the Blue Card misses the degree
    assert all(not r.startswith("eu_") for r in ranked)
    assert [m.route.id for m in best(knowledge, Profile(purpose="seasonal"), TODAY)] == ["xx_seasonal"]


def test_clusters_group_routes_by_requirement(knowledge: Knowledge) -> None:
    matches = best(knowledge, Profile(salary_per_year=60000), TODAY)
    grouped = clusters(matches, TODAY)
    assert grouped["no_language"] == ["xx_blue_card"]
    assert grouped["salary_reached"] == ["xx_blue_card"]
    assert grouped["no_quota"] == []  # the seasonal quota fact has expired: not claimed either way


@pytest.mark.parametrize(
    ("occupation", "expected"), [("agriculture", MET), ("tourism", MET), ("health", MISSING), (None, UNKNOWN)]
)
def test_a_route_for_some_sectors_only_reads_the_occupation(occupation: str | None, expected: str) -> None:
    real = load(today=TODAY)  # the Italian seasonal permit: farming and tourism only (sourced)
    status = match(real.routes["it_flussi_seasonal"], Profile(occupation=occupation), TODAY).status
    assert status["sectors"] == expected
