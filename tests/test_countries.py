"""Country recognition in answers to "where are you?" (en, fr, ar, Arabizi, SMS spellings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.countries import COUNTRIES_FILE, CountryNames, default_names, find_country, only_location
from bot.errors import KnowledgeError
from bot.hotlines import HotlineDirectory
from bot.keywords import KeywordMatcher, normalize

FOUND = [
    # origin, transit and Gulf countries added in issue 4's second pass (no verified numbers yet)
    ("I am in Sudan", "sd"),
    ("je suis au soudan", "sd"),
    ("انا في السعودية", "sa"),
    ("im in qatar now", "qa"),
    ("je suis en guinee", "gn"),
    ("بالنيجر", "ne"),
    ("we are nigerians", "ng"),  # Nigeria's people, not Niger
    # English, incl. SMS spellings and no punctuation
    ("I am in Libya", "ly"),
    ("im in lybia now pls help", "ly"),
    ("stuck in LIBYA!!!", "ly"),
    ("we r in tunisia", "tn"),
    ("germny", "de"),
    ("i live in the Netherlands", "nl"),
    ("holland", "nl"),
    ("still in turkey, izmir", "tr"),
    ("Türkiye", "tr"),
    ("arrived in Greece yesterday", "gr"),
    ("moroco", "ma"),
    ("i am from naija", "ng"),
    ("i'm in Italy", "it"),
    ("spain", "es"),
    ("we are in iraq", "iq"),
    ("Lebanon", "lb"),
    # French, incl. accents left out and elisions
    ("je suis en Libye", "ly"),
    ("je suis au maroc", "ma"),
    ("on est en egypte", "eg"),
    ("Je suis en Égypte", "eg"),
    ("en Allemagne depuis 2 mois", "de"),
    ("je vis aux Pays-Bas", "nl"),
    ("je suis au Sénégal", "sn"),
    ("en grece", "gr"),
    ("je pars d'Italie demain", "it"),
    ("je suis en espagne", "es"),
    ("en belgique", "be"),
    ("en Jordanie", "jo"),
    # Arabic, incl. attached prepositions, hamza variants and dialect / Arabizi
    ("أنا في ليبيا", "ly"),
    ("ليبيا", "ly"),
    ("انا بليبيا", "ly"),
    ("انا فالمغرب", "ma"),
    ("أنا في المغرب", "ma"),
    ("وصلت للمغرب", "ma"),
    ("أنا في ألمانيا", "de"),
    ("انا في المانيا", "de"),
    ("في إيطاليا", "it"),
    ("وصلنا لايطاليا", "it"),
    ("مشيت للطاليان", "it"),
    ("نحن في تونس", "tn"),
    ("بمصر", "eg"),
    ("انا في العراق", "iq"),
    ("بالعراق", "iq"),
    ("في الأردن", "jo"),
    ("في الاردن", "jo"),
    ("انا في لبنان", "lb"),
    ("انا في تركيا", "tr"),
    ("في اليونان", "gr"),
    ("باسبانيا", "es"),
    ("ana f libya", "ly"),
    ("ana fi masr", "eg"),
    ("ana f lmaghrib", "ma"),
    ("ana f almanya", "de"),
    ("wslt l talyan", "it"),
    ("ana f 3iraq", "iq"),
    ("ana fi lebnan", "lb"),
    # a demonym counts when no country is named...
    ("I am Nigerian", "ng"),
    ("je suis marocain", "ma"),
    ("انا ليبي", "ly"),
    # ...but a country name beats a demonym: nationality is not location
    ("I'm Nigerian but I am in Libya now", "ly"),
    ("je suis sénégalais et je suis au Maroc", "ma"),
    ("انا مصري وموجود في ليبيا", "ly"),
    # the same country twice is not ambiguous
    ("libya, yes libya, tripoli in libya", "ly"),
    ("Tunisie / تونس", "tn"),
]

NOT_FOUND = [
    "",
    "   ",
    "help me please",
    "I don't know where I am",
    "je ne sais pas",
    "لا أعرف",
    # two different countries -> ambiguous
    "I went from Libya to Italy",
    "je suis passé par la Libye et la Tunisie",
    "من ليبيا الى ايطاليا",
    "I am Nigerian and Moroccan",
    # no whole-word match inside other words
    "spainish",
    "turkeys for dinner",
    "libyaaa",
    # language names are not countries ("in French please" must not mean France)
    "in french please",
    "en français stp",
    "بالفرنسي",
    "arabic",
    # a country not covered
    "I am in Narnia",
    # Malta and Cyprus are left out on purpose: EU 112 (the fallback) holds there
    "I am in Malta",
    # a first name, not Chad
    "Chad took my passport",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds_the_country(text: str, expected: str) -> None:
    assert find_country(text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_none_when_no_or_two_countries(text: str) -> None:
    assert find_country(text) is None


def test_normalised_text_gives_the_same_answer() -> None:
    for text, expected in FOUND:
        assert find_country(normalize(text)) == expected


def test_countries_match_the_hotline_files() -> None:
    assert default_names().codes() == set(HotlineDirectory.load().countries())


def test_no_country_name_is_a_language_name_or_a_command(matcher: KeywordMatcher) -> None:
    names = default_names()
    words = set(matcher.language_names) | set(matcher.commands)
    assert not words & (set(names.names) | set(names.demonyms))


def test_loads_from_an_explicit_file() -> None:
    names = CountryNames.load(COUNTRIES_FILE)
    assert names.find("je suis en Libye") == "ly"
    assert find_country("je suis en Libye", names) == "ly"


def countries_yaml(**by_code: str) -> str:
    """A countries.yml whose entries are given as `code="en | fr | ar"` name lists."""
    lines = ["countries:"]
    for code, names in by_code.items():
        en, fr, ar = (part.strip() for part in names.split("|"))
        lines += [f"  {code}:", f"    en: {{names: [{en}]}}", f"    fr: {{names: [{fr}]}}"]
        lines.append(f"    ar: {{names: [{ar}]}}")
    return "\n".join(lines) + "\n"


BAD_FILES = {
    "no countries": "other: 1\n",
    "bad code": countries_yaml(LY="libya | libye | ليبيا"),
    "missing ar": "countries:\n  ly:\n    en: {names: [libya]}\n    fr: {names: [libye]}\n",
    "unknown key": countries_yaml(ly="libya], cities: [tripoli | libye | ليبيا"),
    "same name for two countries": countries_yaml(ly="libya | libye | ليبيا", tn="libya | tunisie | تونس"),
    "unquoted boolean": countries_yaml(ly="no | libye | ليبيا"),
    "empty once normalised": countries_yaml(ly="'!!' | libye | ليبيا"),
    "not yaml": "countries: [\n",
}


@pytest.mark.parametrize("content", list(BAD_FILES.values()), ids=list(BAD_FILES))
def test_bad_country_files_raise(tmp_path: Path, content: str) -> None:
    path = tmp_path / "countries.yml"
    path.write_text(content, "utf-8")
    with pytest.raises(KnowledgeError):
        CountryNames.load(path)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Libya", "ly"),
        ("I'm in Libya now", "ly"),
        ("je suis en Libye", "ly"),
        ("أنا حاليا في ليبيا", "ly"),
        ("بليبيا", "ly"),
        ("I want to work in Germany", None),  # a question, not where the writer is
        ("study in france", None),
        ("I'm from Nigeria", None),  # origin, not location
        ("libya or tunisia", None),
        ("", None),
    ],
)
def test_only_location_recognises_an_answer_to_where_are_you(text: str, country: str | None) -> None:
    assert only_location(text) == country
