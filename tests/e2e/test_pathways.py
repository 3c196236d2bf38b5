"""Questions about legal pathways over REST in en/fr/ar: sourced answers, lists, honest gaps."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from bot.i18n import Catalog
from bot.pathways.answers import say_fact
from bot.pathways.knowledge import Knowledge, load
from tests.e2e.conftest import Assistant
from tests.e2e.test_rest import say, text_of, tracker


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load()


def rendered(catalog: Catalog, key: str, lang: str, variables: dict[str, object]) -> str:
    out = catalog.render(key, lang, variables)
    assert out is not None
    return out["text"]


@pytest.mark.parametrize(
    ("lang", "question", "route_id", "fact_key"),
    [
        (
            "fr",
            "je peux rester en France apres mon master pour chercher du travail ?",
            "fr_study",
            "stay_after",
        ),
        ("ar", "ما مستوى اللغة المطلوب لبطاقة الفرص في ألمانيا؟", "de_opportunity_card", "language"),
        ("en", "how long is the seasonal work permit in italy", "it_flussi_seasonal", "duration"),
    ],
)
def test_a_direct_question_gets_the_fact_with_its_source_and_date(
    assistant: Assistant,
    catalog: Catalog,
    knowledge: Knowledge,
    lang: str,
    question: str,
    route_id: str,
    fact_key: str,
) -> None:
    sender = f"path-{uuid.uuid4().hex[:8]}"
    replies = say(assistant, sender, question)
    route = knowledge.routes[route_id]
    fact = route.fact(fact_key)
    assert fact is not None
    said = say_fact(route, route, fact, lang, date.today())
    assert replies[0]["text"] == rendered(catalog, said.key, lang, said.variables)
    assert fact.provenance.source in replies[0]["text"]
    assert tracker(assistant, sender)["slots"]["matched_pathways"] == [route_id]


def test_what_the_knowledge_base_does_not_hold_is_said_plainly(
    assistant: Assistant, catalog: Catalog
) -> None:
    # no official 2025/2026 Blue Card threshold could be verified: nothing is guessed
    replies = say(
        assistant, f"path-{uuid.uuid4().hex[:8]}", "what salary do I need for a Blue Card in Germany?"
    )
    name = load().routes["de_blue_card"].name["en"]
    assert replies[0]["text"] == rendered(catalog, "msg_pathway_no_fact", "en", {"route": name})
    assert replies[-1]["text"] == text_of(catalog, "msg_offer_counsellor", "en")


def test_a_country_lists_its_routes_and_a_button_opens_one(
    assistant: Assistant, catalog: Catalog, knowledge: Knowledge
) -> None:
    sender = f"path-{uuid.uuid4().hex[:8]}"
    replies = say(assistant, sender, "what are the legal ways to go to italy")
    assert replies[0]["text"] == text_of(catalog, "msg_pathways_list", "en")
    offered = tracker(assistant, sender)["slots"]["matched_pathways"]
    assert offered and all(r.startswith("it_") for r in offered)
    assert [
        json.loads(b["payload"].partition("{")[1] + b["payload"].partition("{")[2])["pathway_id"]
        for b in replies[0]["buttons"]
    ] == offered
    replies = say(assistant, sender, replies[0]["buttons"][0]["payload"])
    route = knowledge.routes[offered[0]]
    overview = rendered(
        catalog, "msg_pathway_route", "en", {"route": route.name["en"], "summary": route.summary["en"]}
    )
    assert replies[0]["text"] == overview
    assert all(
        "Source:" in r["text"]
        for r in replies[1:]
        if r["text"] != text_of(catalog, "msg_offer_counsellor", "en")
    )


def test_the_profile_questionnaire_finds_routes_that_fit(assistant: Assistant, catalog: Catalog) -> None:
    sender = f"path-{uuid.uuid4().hex[:8]}"
    replies = say(assistant, sender, "bonjour, je veux migrer legalement, quelles voies pour moi ?")
    assert replies[0]["text"] == text_of(catalog, "msg_profile_intro", "fr")
    assert replies[1]["text"] == text_of(catalog, "msg_profile_ask_destination", "fr")
    for field, value in [
        ("destination", "de"),
        ("purpose", "work"),
        ("occupation", "it"),
        ("qualification", "university"),
        ("language", "skip"),
        ("job_offer", "yes"),
        ("salary", "over_4500"),
    ]:
        button = next(
            b
            for b in replies[-1]["buttons"]
            if json.loads(b["payload"][len("/ask_pathways") :])["profile_answer"] == f"{field}={value}"
        )
        replies = say(assistant, sender, button["payload"])
    offered = tracker(assistant, sender)["slots"]["matched_pathways"]
    assert offered and all(r.startswith("de_") for r in offered)
    assert replies[-1]["text"] == text_of(catalog, "msg_profile_next", "fr")
    matches = [r["text"] for r in replies if "Source :" in r["text"]]
    assert len(matches) == len(offered)
    assert tracker(assistant, sender)["slots"]["pathway_profile"] is None


def test_an_occupation_named_first_is_not_asked_again(assistant: Assistant, catalog: Catalog) -> None:
    sender = f"path-{uuid.uuid4().hex[:8]}"
    replies = say(assistant, sender, "i am a nurse, how can i migrate legally?")
    assert replies[0]["text"] == text_of(catalog, "msg_profile_intro", "en")
    assert json.loads(tracker(assistant, sender)["slots"]["pathway_profile"])["occupation"] == "health"
    asked = [r["text"] for r in replies]
    assert text_of(catalog, "msg_profile_ask_occupation", "en") not in asked
