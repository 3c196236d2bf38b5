"""Where to find a Migrant Resource Centre and what it offers (intent ask_centre), from
bot.centres only: the centres of the country the person is in, each with its services, its
contacts and their sources; honestly "none checked" and a counsellor where there is none; the
question "which country are you in?" when the country is not known yet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import COUNTRY, PENDING, default_catalog, latest
from bot.centres import Centre, CentreDirectory
from bot.i18n import Catalog

CENTRE = "centre"  # pending_question: the next message names the country
MAX_CENTRES = 2  # per answer: SMS-sized


class ActionFindCentre(Action):
    def __init__(
        self,
        directory: CentreDirectory | None = None,
        catalog: Catalog | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._directory = directory
        self._catalog = catalog
        self.today = today

    @property
    def directory(self) -> CentreDirectory:
        if self._directory is None:
            self._directory = CentreDirectory.load()
        return self._directory

    @property
    def catalog(self) -> Catalog:
        return self._catalog or default_catalog()

    def name(self) -> str:
        return "action_find_centre"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        named = latest(tracker, COUNTRY)
        country = named[0] if named else tracker.get_slot(COUNTRY)
        if not country:
            dispatcher.utter_message(response="msg_centre_ask_country")
            return [SlotSet(PENDING, CENTRE)]
        events: list[dict[str, Any]] = [SlotSet(PENDING, None)]
        # only the answer to "which country are you in?" says where the person is (the
        # emergency numbers read `country`); "is there a centre in Germany?" does not
        if named and tracker.get_slot(PENDING) == CENTRE:
            events.append(SlotSet(COUNTRY, country))
        today = self.today()
        centres = self.directory.for_country(country, today)[:MAX_CENTRES]
        if not centres:
            dispatcher.utter_message(response="msg_centre_none")
            return events
        language = tracker.get_slot("language")
        for centre in centres:
            dispatcher.utter_message(response="msg_centre", **self.variables(centre, language, today))
        return events

    def variables(self, centre: Centre, language: str | None, today: date) -> dict[str, Any]:
        contacts = []
        for contact in centre.current_contacts(today):
            said = self.catalog.render(
                f"msg_centre_contact_{contact.kind}", language, {"value": contact.value}
            )
            contacts.append(str((said or {"text": contact.value})["text"]))
        sources: dict[str, date] = {}
        for record in centre.sources(today):
            url, checked = record.provenance.source, record.provenance.last_checked
            sources[url] = min(checked, sources.get(url, checked))
        return {
            "name": centre.name(language),
            "services": [f"msg_centre_service_{code}" for code in centre.current_services(today)],
            "contacts_lines": contacts or ["msg_centre_no_contact"],
            "sources_lines": [f"{url} ({checked.isoformat()})" for url, checked in sources.items()],
        }
