"""Rasa NLG that answers from `locales/<lang>.yml` in the conversation's `language` slot.

Configured in endpoints.yml (`nlg: type: bot.rasa_plugins.nlg.LocaleNLG`). The domain only
declares response names; their texts live in the locale files.
"""

from __future__ import annotations

from typing import Any

from rasa.core.nlg.generator import NaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.i18n import Catalog
from bot.rasa_plugins import action_replies
from bot.settings import get_settings

LANGUAGE_SLOT = "language"


class LocaleNLG(NaturalLanguageGenerator):
    def __init__(
        self,
        endpoint_config: EndpointConfig | None = None,
        domain: Domain | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        if catalog is None:
            settings = get_settings()
            catalog = Catalog.load(settings.locales_dir, settings.default_language)
        self.catalog = catalog
        action_replies.install()  # the server's start: see bot/rasa_plugins/action_replies.py

    async def generate(
        self,
        utter_action: str,
        tracker: DialogueStateTracker,
        output_channel: str,
        **kwargs: Any,
    ) -> dict[str, Any] | None:
        variables = {**tracker.current_slot_values(), **kwargs}
        return self.catalog.render(utter_action, tracker.get_slot(LANGUAGE_SLOT), variables)
