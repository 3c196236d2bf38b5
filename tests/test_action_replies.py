"""bot/rasa_plugins/action_replies.py: the action server's replies are checked as Rasa checks
them, without checking the schema again on every reply."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_plugins import action_replies
from bot.rasa_plugins.nlg import LocaleNLG

GOOD = [
    {"events": [], "responses": []},
    {
        "events": [{"event": "slot", "name": "red_flags", "value": ["recruitment_fees"]}],
        "responses": [{"response": "msg_sign_recruitment_fees", "language": "en"}],
    },
    {"events": [{"event": "followup", "name": "action_listen"}]},
]
BAD = [
    {"events": "not a list"},
    {"events": [{"event": "slot", "name": 3}]},
    {"responses": "hello"},
]


@pytest.fixture
def action() -> RemoteAction:
    return RemoteAction("action_check_offer", EndpointConfig("http://127.0.0.1:9/webhook"))


@pytest.mark.parametrize("reply", GOOD)
def test_a_good_reply_passes_as_it_does_in_rasa(action: RemoteAction, reply: dict[str, Any]) -> None:
    assert action_replies.check_reply(action, reply) is True
    assert action_replies._RASA_CHECK(action, reply) is True


@pytest.mark.parametrize("reply", BAD)
def test_a_bad_reply_raises_rasas_error(action: RemoteAction, reply: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError) as ours:
        action_replies.check_reply(action, reply)
    with pytest.raises(jsonschema.ValidationError) as rasas:
        action_replies._RASA_CHECK(action, reply)
    assert "Failed to validate Action server response" in ours.value.message
    assert ours.value.message == rasas.value.message


def test_the_schema_is_checked_once_not_on_every_reply(
    action: RemoteAction, monkeypatch: pytest.MonkeyPatch
) -> None:
    validator_class = type(action_replies.reply_validator())
    checked: list[object] = []
    original = validator_class.check_schema

    def counting(schema: Any, *args: Any, **kwargs: Any) -> None:
        checked.append(schema)
        original(schema, *args, **kwargs)

    monkeypatch.setattr(validator_class, "check_schema", staticmethod(counting))
    for reply in GOOD * 3:
        action_replies.check_reply(action, reply)
    assert checked == []
    action_replies._RASA_CHECK(action, GOOD[0])  # Rasa's own check: the schema again, each time
    assert len(checked) == 1


def test_the_nlg_every_server_builds_installs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RemoteAction, "_validate_action_result", action_replies._RASA_CHECK)
    LocaleNLG()  # the real locales, as the server loads them
    assert RemoteAction._validate_action_result is action_replies.check_reply
