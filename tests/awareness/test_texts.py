"""Children's texts: in every language, short, simple, and never asking for personal data."""

from __future__ import annotations

import re

import pytest

from bot.awareness.content import Activities
from bot.i18n import Catalog, Response
from tests.conftest import LANGS

MAX_MESSAGE, MAX_TITLE, MAX_AVERAGE_WORDS = 200, 40, 12
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+|\n+")
# words of a question that would ask a child for personal data
PERSONAL = {
    "en": r"\b(your name|phone|address|which school|your school|photo|picture|where do you live|how old)\b",
    "fr": r"\b(ton nom|t[ée]l[ée]phone|adresse|ton [ée]cole|quelle [ée]cole|photo"
    r"|o[uù] (tu )?habites|quel [aâ]ge)\b",
    "ar": r"(اسمك|رقم هاتفك|رقمك|عنوانك|مدرستك|صورتك|صورة لك|وين ساكن|أين تسكن|اين تسكن|كم عمرك)",
}


@pytest.fixture(scope="module")
def activities() -> Activities:
    return Activities.load()


def child_texts(catalog: Catalog, lang: str) -> dict[str, Response]:
    responses = catalog.locales[lang].responses
    texts = {k: r for k, r in responses.items() if k.startswith("msg_child_")}
    texts |= {f"{k}.child": r.child for k, r in responses.items() if r.child is not None}
    return texts


def titles(activities: Activities) -> set[str]:
    keys = {s.title for s in activities.stories}
    keys |= {c.title for s in activities.stories for step in s.steps.values() for c in step.choices}
    keys |= {o for q in activities.quiz for o in q.options}
    return keys | {"msg_child_menu_stories", "msg_child_menu_quiz", "msg_child_menu_help"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_activity_text_exists_in_every_language(
    catalog: Catalog, activities: Activities, lang: str
) -> None:
    missing = sorted(k for k in activities.text_keys() if k not in catalog.locales[lang].responses)
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
def test_messages_and_sentences_are_short(catalog: Catalog, activities: Activities, lang: str) -> None:
    texts = child_texts(catalog, lang)
    short = titles(activities)
    sentences: list[str] = []
    for key, response in texts.items():
        limit = MAX_TITLE if key in short else MAX_MESSAGE
        assert len(response.text) <= limit, f"{lang}:{key} has {len(response.text)} characters"
        sentences += [s for s in _SENTENCE_END.split(response.text) if s.strip()]
    average = sum(len(s.split()) for s in sentences) / len(sentences)
    assert average <= MAX_AVERAGE_WORDS, f"{lang}: {average:.1f} words per sentence"


@pytest.mark.parametrize("lang", LANGS)
def test_no_question_asks_a_child_for_personal_data(catalog: Catalog, lang: str) -> None:
    pattern = re.compile(PERSONAL[lang], re.IGNORECASE)
    for key, response in child_texts(catalog, lang).items():
        for sentence in _SENTENCE_END.split(response.text):
            if sentence.rstrip().endswith(("?", "؟")):
                assert not pattern.search(sentence), f"{lang}:{key}: {sentence}"


def test_the_personal_data_check_can_fail() -> None:
    assert re.search(PERSONAL["en"], "What is your name?", re.IGNORECASE)
    assert re.search(PERSONAL["fr"], "Tu habites où ? Quel âge as-tu ?", re.IGNORECASE)
    assert re.search(PERSONAL["ar"], "ما اسمك؟")


@pytest.mark.parametrize("lang", LANGS)
def test_key_child_texts_exist_for_every_path_end(catalog: Catalog, lang: str) -> None:
    responses = catalog.locales[lang].responses
    for key in ("msg_child_trusted_adult", "msg_child_helpline", "msg_child_no_helpline", "msg_child_next"):
        assert key in responses, key
    assert "{lines}" in responses["msg_child_helpline"].text
    assert {"{score}", "{total}"} <= set(re.findall(r"\{\w+\}", responses["msg_child_score"].text))
