"""Checks and cleaning of what a channel receives, before Rasa sees it (plain Python)."""

from __future__ import annotations

import hmac
import unicodedata
from dataclasses import dataclass
from typing import Any

# Longer texts are cut: a concatenated SMS tops out near 1,600 characters, and n-gram
# featurisation of a novel would only slow every other conversation down.
MAX_MESSAGE_CHARS = 2000
MAX_SENDER_CHARS = 128
_KEEP_CONTROLS = {"\n", "\t"}


class InboundError(ValueError):
    """The request cannot be a user message; the channel answers 4xx with `reason`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Inbound:
    sender: str
    text: str
    truncated: bool
    metadata: dict[str, Any] | None = None


def clean_text(text: str) -> tuple[str, bool]:
    """Removes control and invisible formatting characters; cuts to MAX_MESSAGE_CHARS."""
    kept = "".join(
        ch
        for ch in text
        if ch in _KEEP_CONTROLS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
    ).strip()
    if len(kept) > MAX_MESSAGE_CHARS:
        return kept[:MAX_MESSAGE_CHARS], True
    return kept, False


def parse_rest_body(body: Any) -> Inbound:
    """A REST body {"sender": str, "message": str, "metadata": {...}?} or InboundError."""
    if not isinstance(body, dict):
        raise InboundError("the body must be a JSON object")
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not sender.strip():
        raise InboundError("'sender' must be a non-empty string")
    if len(sender) > MAX_SENDER_CHARS:
        raise InboundError(f"'sender' is longer than {MAX_SENDER_CHARS} characters")
    if not isinstance(message, str):
        raise InboundError("'message' must be a string")
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise InboundError("'metadata' must be an object")
    text, truncated = clean_text(message)
    return Inbound(sender=sender.strip(), text=text, truncated=truncated, metadata=metadata)


def token_ok(expected: str, authorization: str | None, query_token: str | None) -> bool:
    """True when no token is configured, or the request carries it (Bearer or ?token=)."""
    if not expected:
        return True
    offered = query_token or ""
    if authorization and authorization.startswith("Bearer "):
        offered = authorization.removeprefix("Bearer ").strip()
    return bool(offered) and hmac.compare_digest(offered.encode(), expected.encode())
