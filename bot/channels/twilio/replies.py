"""Turns the assistant's messages for one turn into what is sent on SMS or WhatsApp.

Buttons become numbered lines (and their payloads are remembered so "2" picks the second);
on SMS every text is split into single-segment parts and at most `max_parts` go out per turn,
the rest waiting for MORE.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel

from bot.channels.twilio.sms import Option, fold_for_gsm, numbered, split_for_sms

WHATSAPP_LIMIT = 1600  # Twilio's limit for one message body
# responses that are sent whole, however long: emergency numbers are never behind MORE
NEVER_HELD_BACK = ("msg_urgent", "msg_hotline", "msg_ask_country")


class TurnCollector(CollectingOutputChannel):
    """Collects a turn's messages and the response keys they came from."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[str] = []

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        key = message.get("utter_action")
        if isinstance(key, str):
            self.keys.append(key)
        await super().send_response(recipient_id, message)

    @property
    def urgent(self) -> bool:
        return any(key.startswith(NEVER_HELD_BACK) for key in self.keys)


@dataclass(frozen=True)
class Outbound:
    parts: tuple[str, ...]  # to send now
    pending: tuple[str, ...]  # held back for MORE
    options: tuple[str, ...]  # payloads of the numbered options shown last


def _options(message: Mapping[str, Any]) -> list[Option]:
    found: list[Option] = []
    for button in message.get("buttons") or ():
        if isinstance(button, Mapping) and button.get("title") and button.get("payload"):
            found.append(Option(str(button["title"]), str(button["payload"])))
    return found


def render(messages: Sequence[Mapping[str, Any]], channel: str) -> Outbound:
    """Every part of the turn (nothing held back yet) and the last options shown."""
    parts: list[str] = []
    options: tuple[str, ...] = ()
    for message in messages:
        buttons = _options(message)
        text = numbered(str(message.get("text") or ""), buttons)
        if buttons:
            options = tuple(o.payload for o in buttons)
        if not text.strip():
            continue
        if channel == "sms":
            parts.extend(split_for_sms(fold_for_gsm(text)))
        else:
            parts.extend(split_for_sms(text, limit=WHATSAPP_LIMIT))
    return Outbound(tuple(parts), (), options)


def cap(parts: Sequence[str], max_parts: int, more_hint: str, options: tuple[str, ...] = ()) -> Outbound:
    """The first parts, the last of them ending with the MORE hint, and the rest pending."""
    if len(parts) <= max_parts:
        return Outbound(tuple(parts), (), options)
    now, later = list(parts[:max_parts]), list(parts[max_parts:])
    last = f"{now[-1]}\n{more_hint}"
    if len(split_for_sms(last)) == 1:
        now[-1] = last
    else:
        later.insert(0, now.pop())
        now.append(more_hint)
    return Outbound(tuple(now), tuple(later), options)
