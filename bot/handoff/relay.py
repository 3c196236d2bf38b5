"""The channels' side of a handoff: while a ticket is open, messages go to the counsellor.

Rasa does not run custom actions on a paused conversation, so the relay sits in the channel
layer, before Rasa: a message from a person with an open ticket is written to the outbox for
the counsellor (with the channel's message id as idempotency key) and Rasa does not answer it.
The quick exit and "delete my data" still reach Rasa at once (STOP also closes the ticket).
Counsellor replies wait in the outbox for the person's channel: the REST channel returns them
with its next response (and on GET .../outbox), Twilio sends them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.handoff.service import TO_COUNSELLOR, HandoffService, Relayed
from bot.keywords import KeywordMatcher

PASS_THROUGH = ("quick_exit", "delete_my_data")


@dataclass(frozen=True)
class Intercepted:
    ticket_id: int
    language: str  # the ticket's: the receipt is said in it
    relayed: bool  # False: a retry of a message already relayed


class Relay:
    def __init__(self, service: HandoffService, matcher: KeywordMatcher) -> None:
        self.service = service
        self.matcher = matcher

    def intercept(self, conversation_id: str, text: str, key: str) -> Intercepted | None:
        """Relays the message if the person has an open ticket; None: let Rasa answer it."""
        ticket = self.service.open_ticket_of(conversation_id)
        if ticket is None:
            return None
        command = self.matcher.command(text)
        if command in PASS_THROUGH:
            if command == "quick_exit":
                self.service.close_by_person(conversation_id)
            return None
        written = self.service.relay(ticket.id, TO_COUNSELLOR, text, key)
        return Intercepted(ticket.id, ticket.language, written is not None)

    def replies_for(self, conversation_id: str) -> list[Relayed]:
        """Counsellor messages waiting for this person, marked sent as they are handed over."""
        waiting = self.service.pending_for(conversation_id)
        for message in waiting:
            self.service.sent(message.id)
        return waiting
