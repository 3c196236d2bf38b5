"""Twilio addresses and the pseudonymous conversation ids that stand in for them.

Rasa's tracker store, its logs and the HTTP API see only `sms-<hmac>` / `wa-<hmac>`; the
phone number itself is kept once, in the channel's contact record, to answer the person.
SMS and WhatsApp from the same phone are two conversations.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from bot.channels.inbound import InboundError

_E164ISH = re.compile(r"^\+?[0-9]{3,20}$")


def parse_address(raw: str) -> tuple[str, str]:
    """('whatsapp' | 'sms', the address as Twilio wants it back) from a `From` field."""
    value = raw.strip().replace(" ", "")
    if value.lower().startswith("whatsapp:"):
        number = value.split(":", 1)[1]
        if not _E164ISH.match(number):
            raise InboundError("From is not a WhatsApp number")
        return "whatsapp", f"whatsapp:{number}"
    if not _E164ISH.match(value):
        raise InboundError("From is not a phone number")
    return "sms", value


def conversation_id(key: str, channel: str, address: str) -> str:
    digest = hmac.new(key.encode("utf-8"), address.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{'wa' if channel == 'whatsapp' else 'sms'}-{digest[:32]}"
