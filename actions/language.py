"""The language menu: one button per locale file, so a new language appears by itself."""

from __future__ import annotations

import json
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import default_catalog
from bot.i18n import Catalog


def language_buttons(catalog: Catalog) -> list[dict[str, str]]:
    return [
        {
            "title": locale.name,
            "payload": "/switch_language" + json.dumps({"language": code}, ensure_ascii=False),
        }
        for code, locale in catalog.locales.items()
    ]


class ActionChooseLanguage(Action):
    def __init__(self, catalog: Catalog | None = None) -> None:
        self._catalog = catalog

    @property
    def catalog(self) -> Catalog:
        return self._catalog or default_catalog()

    def name(self) -> str:
        return "action_choose_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="msg_choose_language", buttons=language_buttons(self.catalog))
        return []
