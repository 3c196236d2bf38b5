"""Where to find a Migrant Resource Centre, over REST, in English, French and Arabic: the answer
comes from data/knowledge/centres, with each centre's contacts and sources."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from bot.centres import CentreDirectory
from bot.i18n import Catalog
from tests.e2e.conftest import Assistant
from tests.e2e.test_rest import say, text_of, tracker

# (first message, answer to "which country?" or None when the first message names it)
CASES = {
    "en": ("where can i find a migrant resource centre", "i am in pakistan", "pk"),
    "fr": ("je cherche le centre de ressources pour les migrants au pakistan", None, "pk"),
    "ar": ("وين اقرب مركز للمهاجرين", "انا في العراق", "iq"),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_centres_of_the_persons_country(assistant: Assistant, catalog: Catalog, lang: str) -> None:
    first, country_answer, country = CASES[lang]
    centres = CentreDirectory.load().for_country(country, date.today())
    assert centres, f"the test expects a current centre for {country} in data/knowledge/centres"
    sender = f"centre-{lang}-{uuid.uuid4().hex[:8]}"
    replies = say(assistant, sender, first)
    if country_answer is not None:
        assert [r["text"] for r in replies] == [text_of(catalog, "msg_centre_ask_country", lang)]
        replies = say(assistant, sender, country_answer)
    names = [c.name(lang) for c in centres[:2]]
    assert [r["text"].split("\n")[0] for r in replies] == names
    for reply, centre in zip(replies, centres[:2], strict=True):
        assert all(s.provenance.source in reply["text"] for s in centre.sources(date.today()))
    # where the person is: only when they answered "which country are you in?"
    assert tracker(assistant, sender)["slots"]["country"] == (country if country_answer else None)


def test_a_country_without_a_checked_centre_is_told_so(assistant: Assistant, catalog: Catalog) -> None:
    searched = CentreDirectory.load()
    assert not searched.for_country("ly", date.today())  # Libya: no centre in the data
    replies = say(
        assistant, f"centre-{uuid.uuid4().hex[:8]}", "where is the migrant resource centre in libya?"
    )
    assert replies[0]["text"] == text_of(catalog, "msg_centre_none", "en")
