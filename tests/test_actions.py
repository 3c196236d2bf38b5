from __future__ import annotations

import asyncio
import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import ActionChooseLanguage
from bot.i18n import Catalog


def test_language_menu_has_one_button_per_locale(catalog: Catalog) -> None:
    dispatcher = CollectingDispatcher()
    tracker = Tracker("s", {}, {}, [], False, None, {}, "action_listen")
    events = asyncio.run(ActionChooseLanguage(catalog).run(dispatcher, tracker, {}))
    assert events == []
    [message] = dispatcher.messages
    assert message["response"] == "msg_choose_language"
    chosen = []
    for button in message["buttons"]:
        intent, _, body = button["payload"].partition("{")
        assert intent == "/switch_language"
        chosen.append(json.loads("{" + body)["language"])
    assert chosen == list(catalog.languages)
    assert [b["title"] for b in message["buttons"]] == [loc.name for loc in catalog.locales.values()]
