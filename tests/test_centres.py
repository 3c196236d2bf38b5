"""Migrant Resource Centres: the data's format, expiry, and the action that says where they are."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.centres import CENTRE, ActionFindCentre
from bot.centres import CENTRES_DIR, CentreDirectory, load_file
from bot.errors import KnowledgeError
from bot.i18n import Catalog

TODAY = date(2026, 11, 27)


def sourced(indent: int, expires: str) -> str:
    pad = " " * indent
    return (
        f'{pad}source: "https://www.example.org/mrc"\n{pad}evidence: "quoted"\n'
        f"{pad}last_checked: 2026-11-27\n{pad}expires: {expires}\n"
    )


def centre_file(tmp_path: Path, *, expires: str = "2027-05-27", code: str = "pk") -> Path:
    text = (
        f"country: {code}\n"
        "centres:\n"
        f"  - id: {code}_islamabad\n"
        '    name: {en: "MRC Islamabad", fr: "CRM Islamabad", ar: "مركز إسلام آباد"}\n'
        "    services:\n"
        "      codes: [regular_pathways, pre_departure]\n" + sourced(6, expires) + "    contacts:\n"
        "      - kind: phone\n"
        '        value: "+92 51 111 222"\n' + sourced(8, expires) + "      - kind: address\n"
        '        value: "Street 1, Islamabad"\n' + sourced(8, expires)
    )
    path = tmp_path / f"{code}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_loads_with_contacts_in_their_order(tmp_path: Path) -> None:
    [centre] = load_file(centre_file(tmp_path), today=TODAY)
    assert centre.current_services(TODAY) == ("regular_pathways", "pre_departure")
    assert [c.kind for c in centre.current_contacts(TODAY)] == ["address", "phone"]  # address first


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("+92 51 111 222", "call us"),  # not a number
        ("kind: phone", "kind: fax"),  # unknown kind
        ("[regular_pathways, pre_departure]", "[visas]"),  # unknown service
        ('source: "https://www.example.org/mrc"', 'source: "http://www.example.org/mrc"'),  # not https
        ("id: pk_islamabad", "id: islamabad"),  # id without the country
        ('evidence: "quoted"', 'evidence: ""'),  # no quote
    ],
)
def test_a_broken_record_is_refused(tmp_path: Path, old: str, new: str) -> None:
    path = centre_file(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_file(path, today=TODAY)


def test_what_has_expired_is_never_given(tmp_path: Path) -> None:
    centre_file(tmp_path, expires="2027-01-01")
    directory = CentreDirectory.load(tmp_path, today=TODAY)
    assert directory.for_country("pk", TODAY)
    assert directory.for_country("pk", date(2027, 1, 1)) == []  # services and contacts expired


def test_the_real_files_load() -> None:
    directory = CentreDirectory.load(CENTRES_DIR)
    assert all(c.country in directory.searched for c in directory.centres)


# --- the action -------------------------------------------------------------------------------
def tracker(entities: list[tuple[str, str]] = (), **slots: Any) -> Tracker:  # type: ignore[assignment]
    message = {
        "intent": {"name": "ask_centre", "confidence": 1.0},
        "entities": [{"entity": name, "value": value} for name, value in entities],
        "text": "...",
    }
    return Tracker("s", {"language": "en", **slots}, message, [], False, None, {}, "action_listen")


def run(action: ActionFindCentre, t: Tracker) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, dispatcher.messages


@pytest.fixture
def action(tmp_path: Path, catalog: Catalog) -> ActionFindCentre:
    centre_file(tmp_path)
    return ActionFindCentre(CentreDirectory.load(tmp_path, today=TODAY), catalog, today=lambda: TODAY)


def test_without_a_country_it_asks_which(action: ActionFindCentre) -> None:
    slots, messages = run(action, tracker())
    assert [m["response"] for m in messages] == ["msg_centre_ask_country"]
    assert slots == {"pending_question": CENTRE}


def test_a_named_country_gets_its_centre_with_contacts_and_source(
    action: ActionFindCentre, catalog: Catalog
) -> None:
    slots, [message] = run(action, tracker([("country", "pk")], language="fr"))
    assert slots == {"pending_question": None}  # a country named in a question is not where one is
    said = catalog.render(message["response"], "fr", message)
    assert said is not None
    text = said["text"]
    assert text.startswith("CRM Islamabad")
    assert "les voies légales pour migrer" in text and "Téléphone : +92 51 111 222" in text
    assert "https://www.example.org/mrc (2026-11-27)" in text


def test_the_country_already_known_is_used(action: ActionFindCentre) -> None:
    _, messages = run(action, tracker(country="pk"))
    assert [m["response"] for m in messages] == ["msg_centre"]


def test_a_country_without_a_checked_centre_says_so(action: ActionFindCentre) -> None:
    slots, messages = run(action, tracker([("country", "ly")]))
    assert [m["response"] for m in messages] == ["msg_centre_none"]
    assert slots["pending_question"] is None


def test_the_answer_to_which_country_is_kept_as_where_the_person_is(action: ActionFindCentre) -> None:
    slots, messages = run(action, tracker([("country", "pk")], pending_question=CENTRE))
    assert slots == {"pending_question": None, "country": "pk"}
    assert [m["response"] for m in messages] == ["msg_centre"]
