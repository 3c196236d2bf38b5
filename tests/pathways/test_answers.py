"""Answers: every fact with its source and date; an expired fact is never stated as current."""

from __future__ import annotations

from datetime import date

import pytest

from bot.pathways.answers import answer
from bot.pathways.knowledge import Knowledge
from bot.pathways.terms import Named, PathwayTerms, default_terms
from tests.pathways.conftest import TODAY


def test_a_fact_is_said_with_its_source_and_check_date(knowledge: Knowledge) -> None:
    result = answer(knowledge, Named("blue_card", "min_salary"), "xx", "fr", TODAY)
    [said] = result.says
    assert said.key == "msg_pathway_fact"
    assert said.variables == {
        "route": "fr: xx blue card",
        "fact": "fr: 48,000 EUR a year.",
        "source": "https://gov.example/min_salary",
        "date": "2026-11-01",
    }
    assert result.offered == ("xx_blue_card",) and not result.counsellor


def test_an_expired_fact_is_not_stated_and_a_counsellor_is_offered(knowledge: Knowledge) -> None:
    result = answer(knowledge, Named("seasonal", "quota"), "xx", "en", TODAY)
    [said] = result.says
    assert said.key == "msg_pathway_expired"
    assert "fact" not in said.variables  # the old figure is not said
    assert said.variables["source"] == "https://gov.example/quota" and result.counsellor
    before_expiry = answer(knowledge, Named("seasonal", "quota"), "xx", "en", date(2026, 5, 1))
    assert before_expiry.says[0].key == "msg_pathway_fact"


def test_the_eu_rule_answers_what_the_national_record_does_not_hold(knowledge: Knowledge) -> None:
    [said] = answer(knowledge, Named("blue_card", "family"), "xx", "en", TODAY).says
    assert said.key == "msg_pathway_fact_eu" and said.variables["fact"] == "Family may join."


def test_what_is_not_known_is_said_plainly(knowledge: Knowledge) -> None:
    result = answer(knowledge, Named("seasonal", "cost"), "xx", "en", TODAY)
    assert [s.key for s in result.says] == ["msg_pathway_no_fact"] and result.counsellor


def test_a_country_lists_its_routes_and_nothing_named_asks(knowledge: Knowledge) -> None:
    listed = answer(knowledge, Named(), "xx", "en", TODAY)
    assert listed.says[0].key == "msg_pathways_list"
    assert listed.offered == listed.says[0].routes == ("xx_blue_card", "xx_seasonal")
    assert answer(knowledge, Named(purpose="seasonal"), "xx", "en", TODAY).offered == ("xx_seasonal",)
    assert answer(knowledge, Named(), None, "en", TODAY).says[0].key == "msg_pathways_ask"


def test_a_route_overview_shows_its_first_facts_with_sources(knowledge: Knowledge) -> None:
    result = answer(knowledge, Named("blue_card"), "xx", "en", TODAY)
    assert [s.key for s in result.says] == ["msg_pathway_route", "msg_pathway_fact", "msg_pathway_fact"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("what salary do I need for a Blue Card in Germany?", Named("blue_card", "min_salary")),
        ("can my family join me on a seasonal permit?", Named("seasonal", "family", "seasonal")),
        ("can I stay after my master in France?", Named(None, "stay_after")),
        ("quel salaire pour la carte bleue en Allemagne ?", Named("blue_card", "min_salary")),
        ("je peux rester apres mon master en France ?", Named(None, "stay_after")),
        ("كم الراتب المطلوب للبطاقة الزرقاء في ألمانيا", Named("blue_card", "min_salary")),
        ("هل يمكن لعائلتي ان تلحق بي في العمل الموسمي", Named("seasonal", "family")),
    ],
)
def test_questions_name_routes_and_facts_in_three_languages(text: str, named: Named) -> None:
    terms: PathwayTerms = default_terms()
    found = terms.read(text)
    assert (found.route, found.fact) == (named.route, named.fact)
