"""Rule and memoization policies that look at the last few turns only.

Rasa's policies turn the *whole* conversation into states before every prediction, so a
turn costs more the longer the conversation is (about 2.5x at turn 50 with our rules). Our
dialogue is rule-driven and no rule or story needs more than the last few turns, so these
subclasses predict from a condensed tracker: the slots and active loop as they were before
the window, then the events of the last `max_turns` user turns. Predictions are the same
for every rule and story shorter than the window (tests/test_policies.py).

`conversation_start` rules are not supported (a condensed tracker could look like a start);
tests/test_data.py keeps them out of data/.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.memoization import MemoizationPolicy
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import ActionExecuted, ActiveLoop, AllSlotsReset, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

DEFAULT_MAX_TURNS = 5


def condensed(tracker: DialogueStateTracker, max_turns: int) -> DialogueStateTracker:
    """The tracker reduced to its last `max_turns` user turns, with the state before them."""
    events = tracker.applied_events()
    users = [i for i, event in enumerate(events) if isinstance(event, UserUttered)]
    if len(users) <= max_turns:
        return tracker
    start = users[-max_turns]
    while start > 0 and not isinstance(events[start - 1], ActionExecuted):
        start -= 1
    start = max(0, start - 1)  # keep the action (action_listen) that preceded the user turn

    # slots and active loop before the window: only these events change them
    # (Restarted and SessionStarted are already cut off by applied_events)
    slots: dict[str, Any] = {}
    loop: str | None = None
    for event in events[:start]:
        if isinstance(event, SlotSet):
            slots[event.key] = event.value
        elif isinstance(event, ActiveLoop):
            loop = event.name
        elif isinstance(event, AllSlotsReset):
            slots = {}
    window = tracker.init_copy()
    for name, value in slots.items():
        window.update(SlotSet(name, value))
    if loop:
        window.update(ActiveLoop(loop))
    for event in events[start:]:
        window.update(event)
    return window


class _Windowed:
    """Mixin: states for prediction come from the condensed tracker."""

    config: dict[str, Any]

    def _prediction_states(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        use_text_for_last_user_input: bool = False,
        rule_only_data: dict[str, Any] | None = None,
    ) -> list[State]:
        max_turns = int(self.config.get("max_turns", DEFAULT_MAX_TURNS))
        return super()._prediction_states(  # type: ignore[misc]
            condensed(tracker, max_turns),
            domain,
            use_text_for_last_user_input=use_text_for_last_user_input,
            rule_only_data=rule_only_data,
        )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class WindowedRulePolicy(_Windowed, RulePolicy):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**RulePolicy.get_default_config(), "max_turns": DEFAULT_MAX_TURNS}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class WindowedMemoizationPolicy(_Windowed, MemoizationPolicy):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**MemoizationPolicy.get_default_config(), "max_turns": DEFAULT_MAX_TURNS}
