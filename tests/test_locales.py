"""Every text the assistant says exists in every locale, with the same shape."""

from __future__ import annotations

import pytest
import yaml

from bot.awareness.content import Activities
from bot.centres import CONTACT_KINDS, SERVICES
from bot.errors import LocaleError
from bot.i18n import Catalog, load_locale, placeholders
from bot.keywords import normalize
from bot.pathways.matching import REQUIREMENTS
from bot.pathways.profile import QUESTIONS
from bot.redflags.taxonomy import Taxonomy
from tests.conftest import LANGS, ROOT


def test_the_three_starting_languages_exist(catalog: Catalog) -> None:
    assert set(LANGS) <= set(catalog.languages)


def test_no_key_is_missing_in_any_locale(catalog: Catalog) -> None:
    assert catalog.missing_keys() == {}


def test_domain_declares_exactly_the_locale_responses(catalog: Catalog) -> None:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text("utf-8"))
    declared = set(domain["responses"])
    for code, locale in catalog.locales.items():
        assert {k for k in locale.responses if k.startswith("utter_")} == declared, code
        assert all(k.startswith(("utter_", "msg_")) for k in locale.responses), code


def sign_keys() -> set[str]:
    """Keys built from taxonomy codes by bot.redflags.turn (explanation and short name)."""
    codes = Taxonomy.load().codes()
    return {f"msg_sign_{c}" for c in codes} | {f"msg_sign_name_{c}" for c in codes}


def test_every_action_message_is_sent_by_some_code(catalog: Catalog) -> None:
    code = "".join(p.read_text("utf-8") for d in ("actions", "bot") for p in (ROOT / d).rglob("*.py"))
    built = sign_keys() | Activities.load().text_keys()  # named by data/awareness/activities.yml
    built |= {key for q in QUESTIONS for key, _ in q.options} | {q.key for q in QUESTIONS}
    built |= {f"msg_req_{key}" for key in REQUIREMENTS}
    built |= {f"msg_centre_service_{code}" for code in SERVICES}  # actions/centres.py
    built |= {f"msg_centre_contact_{kind}" for kind in CONTACT_KINDS}
    assert 'f"msg_sign_{code}"' in code and 'f"msg_sign_name_{code}"' in code
    for key in catalog.locales["en"].responses:
        if key.startswith("msg_") and key not in built:
            assert f'"{key}"' in code, f"{key} is in the locales but nothing sends it"


@pytest.mark.parametrize("lang", LANGS)
def test_every_warning_sign_is_explained_and_named_in_every_locale(catalog: Catalog, lang: str) -> None:
    responses = catalog.locales[lang].responses
    missing = sorted(key for key in sign_keys() if key not in responses)
    assert missing == []
    english = catalog.locales["en"].responses
    for key in sign_keys():
        # an explanation is a sentence or two; a name fits inside a list
        limit = 60 if "_name_" in key else 320
        assert len(responses[key].text) <= limit, f"{lang}:{key}"
        if lang != "en":
            assert responses[key].text != english[key].text, f"{lang}:{key} is not translated"


@pytest.mark.parametrize("lang", LANGS)
def test_buttons_and_placeholders_match_english(catalog: Catalog, lang: str) -> None:
    english = catalog.locales["en"].responses
    for key, response in catalog.locales[lang].responses.items():
        assert [b.payload for b in response.buttons] == [b.payload for b in english[key].buttons], key
        assert placeholders(response.text) == placeholders(english[key].text), key
        child, english_child = response.child, english[key].child
        assert (child is None) == (english_child is None), key
        if child is not None and english_child is not None:
            assert [b.payload for b in child.buttons] == [b.payload for b in english_child.buttons], key
            assert placeholders(child.text) == placeholders(english_child.text), key
        assert all(b.title.strip() for b in response.buttons), key
        assert response.text.strip(), key


@pytest.mark.parametrize("lang", LANGS)
def test_each_locale_has_the_safety_commands(catalog: Catalog, lang: str) -> None:
    commands = catalog.locales[lang].commands
    assert "stop" in [normalize(w) for w in commands["quick_exit"]]
    for intent in ("quick_exit", "delete_my_data", "main_menu", "emergency"):
        assert commands.get(intent), f"{lang}: no one-word command for {intent}"


def test_command_words_do_not_collide_across_intents(catalog: Catalog) -> None:
    owner: dict[str, str] = {}
    for locale in catalog.locales.values():
        for intent, words in locale.commands.items():
            for word in words:
                assert owner.setdefault(normalize(word), intent) == intent, word


def test_language_names_point_to_one_language_each(catalog: Catalog) -> None:
    owner: dict[str, str] = {}
    for code, locale in catalog.locales.items():
        assert locale.language_names, code
        for name in locale.language_names:
            assert owner.setdefault(normalize(name), code) == code, name


@pytest.mark.parametrize("lang", LANGS)
def test_sms_friendly_length(catalog: Catalog, lang: str) -> None:
    # A reply of more than ~4 SMS segments is too long for the core conversation.
    for key, response in catalog.locales[lang].responses.items():
        assert len(response.text) <= 320, f"{lang}:{key} is {len(response.text)} characters"


def test_rtl_direction_for_arabic(catalog: Catalog) -> None:
    assert catalog.locales["ar"].direction == "rtl"


def test_a_locale_whose_code_does_not_match_its_file_is_refused(tmp_path) -> None:
    path = tmp_path / "fr.yml"
    path.write_text("language: {code: en}\nresponses: {}\n", "utf-8")
    with pytest.raises(LocaleError):
        load_locale(path)


def test_missing_key_falls_back_to_the_default_language(tmp_path) -> None:
    (tmp_path / "en.yml").write_text(
        "language: {code: en, name: English}\nresponses:\n  utter_a: {text: 'Hi {name}'}\n"
        "  utter_b: {text: B}\n",
        "utf-8",
    )
    (tmp_path / "sw.yml").write_text(
        "language: {code: sw, name: Kiswahili}\nresponses:\n  utter_a: {text: 'Habari {name}'}\n", "utf-8"
    )
    cat = Catalog.load(tmp_path, "en")
    assert cat.missing_keys() == {"sw": {"utter_b"}}
    assert cat.render("utter_a", "sw", {"name": "Amina"}) == {"text": "Habari Amina"}
    assert cat.render("utter_b", "sw") == {"text": "B"}
    assert cat.render("utter_a", "xx", {}) == {"text": "Hi "}
    assert cat.render("utter_nope", "sw") is None


def test_a_list_of_keys_is_rendered_in_the_language_and_joined(catalog: Catalog) -> None:
    signs = ["msg_sign_name_recruitment_fees", "msg_sign_name_wrong_visa"]
    en = catalog.render("msg_signs_found", "en", {"signs": signs})
    assert en is not None and "fees asked for the job, tourist visa for work" in en["text"]
    ar = catalog.render("msg_signs_found", "ar", {"signs": signs})
    names = [catalog.response(k, "ar").text for k in signs]  # type: ignore[union-attr]
    assert ar is not None and "، ".join(names) in ar["text"]
    questions = catalog.render("msg_offer_unknowns", "fr", {"question_lines": ["utter_ask_offer_visa"]})
    visa = catalog.response("utter_ask_offer_visa", "fr")
    assert questions is not None and visa is not None
    assert questions["text"].endswith("\n" + visa.text)


def test_a_list_of_plain_texts_is_joined_and_an_empty_one_is_a_dash(catalog: Catalog) -> None:
    rendered = catalog.render("msg_signs_found", "ar", {"signs": ["a", "b"]})
    assert rendered is not None and "a، b" in rendered["text"]
    empty = catalog.render("msg_signs_found", "en", {"signs": []})
    assert empty is not None and "—" in empty["text"]
