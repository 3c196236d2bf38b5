"""The Rasa server's check of the action server's replies, without re-checking the schema.

Rasa 3.6 checks every reply of the action server with `jsonschema.validate(reply, schema)`
(`RemoteAction._validate_action_result`). That function first checks the schema itself against
its metaschema, on every call; with the pinned jsonschema (4.17, draft 2020-12 and its
`$dynamicRef`s) this was ~60 % of the Rasa server's time on a turn that runs a custom action
(cProfile over 30 such turns; README "Performance"). `install()` makes RemoteAction check the
same reply against the same schema with a validator built, and its schema checked, once. A
reply that fails goes on to Rasa's own method, so the error raised and its message are Rasa's.

Installed by LocaleNLG (bot/rasa_plugins/nlg.py), which every SafeRoute Rasa server builds at
start from endpoints.yml: a factory, not an import.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jsonschema
from rasa.core.actions.action import RemoteAction

_RASA_CHECK = RemoteAction._validate_action_result


@lru_cache(maxsize=1)
def reply_validator() -> Any:
    """A validator for RemoteAction's reply schema; the schema is checked here, once."""
    schema = RemoteAction.action_response_format_spec()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def check_reply(action: RemoteAction, result: dict[str, Any]) -> bool:
    if reply_validator().is_valid(result):
        return True
    return _RASA_CHECK(action, result)  # raises Rasa's ValidationError, with Rasa's message


def install() -> None:
    RemoteAction._validate_action_result = check_reply
