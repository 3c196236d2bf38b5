"""The Rasa adapters: NLU component, locale NLG, erasing tracker store."""

from __future__ import annotations

import asyncio

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message

from bot import privacy
from bot.i18n import Catalog
from bot.keywords import KeywordMatcher
from bot.language import LanguageDetector
from bot.rasa_plugins.nlg import LocaleNLG
from bot.rasa_plugins.nlu import LanguageAndKeywords
from bot.rasa_plugins.tracker_store import SafeRouteTrackerStore, erase_requested
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture(scope="module")
def component(matcher: KeywordMatcher, catalog: Catalog) -> LanguageAndKeywords:
    return LanguageAndKeywords(matcher, LanguageDetector(catalog.languages))


def parsed(text: str, intent: str = "greet", confidence: float = 0.6) -> Message:
    return Message(
        data={
            "text": text,
            "intent": {"name": intent, "confidence": confidence},
            "intent_ranking": [{"name": intent, "confidence": confidence}],
            "entities": [],
        }
    )


def entities(message: Message) -> dict[str, str]:
    return {e["entity"]: e["value"] for e in message.get("entities")}


@pytest.mark.parametrize(
    ("text", "intent"), [("STOP", "quick_exit"), ("خروج", "quick_exit"), ("SUPPRIMER", "delete_my_data")]
)
def test_commands_override_the_classifier(component, text: str, intent: str) -> None:
    message = component.process([parsed(text, "out_of_scope", 0.9)])[0]
    assert message.get("intent") == {"name": intent, "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == intent
    assert "detected_language" not in entities(message)


def test_a_bare_language_name_switches(component) -> None:
    message = component.process([parsed("Français", "greet")])[0]
    assert message.get("intent")["name"] == "switch_language"
    assert entities(message) == {"language": "fr"}


def test_a_request_naming_a_language_sets_the_entity(component) -> None:
    message = component.process([parsed("can you answer in arabic please", "switch_language")])[0]
    assert entities(message) == {"language": "ar"}


def test_other_intents_naming_a_language_do_not_switch(component) -> None:
    message = component.process([parsed("I speak french, can i work in belgium", "ask_pathways")])[0]
    assert "language" not in entities(message)
    assert entities(message)["detected_language"] == "en"


def test_a_clear_message_carries_its_language(component) -> None:
    message = component.process([parsed("bjr je veux travailler en france comment faire", "ask_pathways")])[0]
    assert entities(message) == {"detected_language": "fr"}
    assert message.get("intent")["name"] == "ask_pathways"


@pytest.mark.parametrize("text", ["", "   ", "🙂🙏", "???", "12"])
def test_a_message_without_letters_is_a_fallback(component, text: str) -> None:
    message = component.process([parsed(text, "affirm", 0.9)])[0]
    assert message.get("intent")["name"] == "nlu_fallback"


def test_button_payloads_are_left_alone(component) -> None:
    message = component.process([parsed('/switch_language{"language": "fr"}', "switch_language", 1.0)])[0]
    assert entities(message) == {}
    assert message.get("intent")["name"] == "switch_language"


def test_an_unclear_message_carries_no_language(component) -> None:
    message = component.process([parsed("ok", "affirm")])[0]
    assert entities(message) == {}


def tracker_with(events, sender: str = "s1", domain: Domain | None = None) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(sender, events, domain.slots if domain else None)


def test_nlg_answers_in_the_slot_language(catalog: Catalog, domain: Domain) -> None:
    nlg = LocaleNLG(catalog=catalog)
    for lang in ("en", "fr", "ar"):
        tracker = tracker_with([SlotSet("language", lang)], domain=domain)
        out = asyncio.run(nlg.generate("utter_main_menu", tracker, "rest"))
        assert out["text"] == catalog.locales[lang].responses["utter_main_menu"].text
        assert [b["payload"] for b in out["buttons"]][0] == "/ask_pathways"


def test_nlg_uses_the_default_language_when_none_is_known(catalog: Catalog, domain: Domain) -> None:
    out = asyncio.run(
        LocaleNLG(catalog=catalog).generate("utter_greet", tracker_with([], domain=domain), "rest")
    )
    assert out["text"] == catalog.locales["en"].responses["utter_greet"].text


def test_erase_is_requested_only_by_the_latest_turn() -> None:
    asked = [UserUttered("delete my data"), ActionExecuted("utter_data_deleted")]
    assert erase_requested(DialogueStateTracker.from_events("a", asked))
    later = [*asked, ActionExecuted("action_listen"), UserUttered("hi"), ActionExecuted("utter_greet")]
    assert not erase_requested(DialogueStateTracker.from_events("a", later))


def test_tracker_store_keeps_then_erases_one_sender(tmp_path, domain: Domain) -> None:
    store = SafeRouteTrackerStore(domain=domain, host=f"sqlite:///{tmp_path}/sub/t.db")
    erased: list[str] = []

    def eraser(sender: str) -> int:
        erased.append(sender)
        return 1

    privacy.register_eraser(eraser)
    try:
        chat = [
            ActionExecuted("action_listen"),
            UserUttered("hi"),
            ActionExecuted("utter_greet"),
            BotUttered("Hello"),
        ]
        asyncio.run(store.save(tracker_with(chat, "alice", domain)))
        asyncio.run(store.save(tracker_with(chat, "bob", domain)))
        kept = asyncio.run(store.retrieve("alice"))
        assert kept is not None and len(kept.events) == len(chat)

        delete = [
            *chat,
            ActionExecuted("action_listen"),
            UserUttered("delete my data"),
            ActionExecuted("utter_data_deleted"),
            BotUttered("Done"),
        ]
        asyncio.run(store.save(tracker_with(delete, "alice", domain)))

        assert asyncio.run(store.retrieve("alice")) is None
        assert asyncio.run(store.retrieve("bob")) is not None
        assert erased == ["alice"]
    finally:
        privacy._erasers.remove(eraser)


def test_cached_tracker_is_reused_only_while_the_database_agrees(tmp_path, domain: Domain) -> None:
    url = f"sqlite:///{tmp_path}/c.db"
    store = SafeRouteTrackerStore(domain=domain, host=url)
    other_server = SafeRouteTrackerStore(domain=domain, host=url)
    chat = [ActionExecuted("action_listen"), UserUttered("hi"), ActionExecuted("utter_greet")]
    tracker = tracker_with(chat, "carol", domain)
    asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("carol")) is tracker

    # a turn that failed before saving leaves unsaved events: read again from the database
    tracker.update(UserUttered("lost"))
    fresh = asyncio.run(store.retrieve("carol"))
    assert fresh is not tracker and len(fresh.events) == len(chat)

    # another server added events: the cache must not hide them
    more = tracker_with([*chat, ActionExecuted("action_listen"), UserUttered("again")], "carol", domain)
    asyncio.run(other_server.save(more))
    seen = asyncio.run(store.retrieve("carol"))
    assert seen is not fresh and len(seen.events) == len(more.events)


def test_cache_is_bounded(tmp_path, domain: Domain) -> None:
    store = SafeRouteTrackerStore(domain=domain, host=f"sqlite:///{tmp_path}/b.db", cache_size=2)
    for name in ("a", "b", "c"):
        asyncio.run(
            store.save(tracker_with([ActionExecuted("action_listen"), UserUttered("x")], name, domain))
        )
    assert list(store._cache) == ["b", "c"]


def test_a_childs_messages_are_stored_without_their_text(tmp_path, domain: Domain) -> None:
    url = f"sqlite:///{tmp_path}/c.db"
    store = SafeRouteTrackerStore(domain=domain, host=url, cache_size=0)
    adult = [ActionExecuted("action_listen"), UserUttered("my boss is nice", {"name": "greet"})]
    child = [
        *adult,
        ActionExecuted("action_listen"),
        UserUttered("SCHOOL 4821", {"name": "child_session"}, [{"entity": "session_code", "value": "4821"}]),
        SlotSet("audience", "child"),
        ActionExecuted("action_listen"),
        UserUttered("my uncle wants me to keep a secret", {"name": "check_offer"}),
    ]
    asyncio.run(store.save(tracker_with(adult, "kid", domain)))
    asyncio.run(store.save(tracker_with(child, "kid", domain)))
    stored = asyncio.run(SafeRouteTrackerStore(domain=domain, host=url).retrieve("kid"))
    assert stored is not None
    said = [e for e in stored.events if isinstance(e, UserUttered)]
    assert [e.text for e in said] == ["my boss is nice", None, None]  # before child mode: kept
    assert [e.intent_name for e in said] == ["greet", "child_session", "check_offer"]
    assert said[1].entities[0]["value"] == "4821"


def test_the_child_variant_of_a_text_is_said_to_children(catalog: Catalog, domain: Domain) -> None:
    nlg = LocaleNLG(catalog=catalog)
    for lang in ("en", "fr", "ar"):
        adult = asyncio.run(
            nlg.generate("utter_main_menu", tracker_with([SlotSet("language", lang)], domain=domain), "rest")
        )
        child = asyncio.run(
            nlg.generate(
                "utter_main_menu",
                tracker_with([SlotSet("language", lang), SlotSet("audience", "child")], domain=domain),
                "rest",
            )
        )
        response = catalog.locales[lang].responses["utter_main_menu"]
        assert response.child is not None
        assert adult["text"] == response.text
        assert child["text"] == response.child.text != response.text
