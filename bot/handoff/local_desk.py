"""The counsellor's side inside the terminal chat of `./saferoute run`, when no Telegram bot
token is configured: whoever tries the assistant can also take the handoff.

    :queue              tickets waiting, most urgent first
    :claim 3            take ticket 3 (then the person's messages appear here)
    :reply Hello ...    write to the person of your active ticket (:reply 3 Hello ... for one of several)
    :close              close your active ticket: the person is handed back to the assistant

It works on the case store like the console desk (same rules, audited), as a local admin
counsellor created on first use; the assistant follows its claims and closes from the audit
log (bot/handoff/watch.py). `poll` returns what the counsellor should read: new tickets and
the person's messages, each once.
"""

from __future__ import annotations

import uuid

from bot.handoff.packet import packet
from bot.handoff.service import HandoffRefused, HandoffService

LOCAL_COUNSELLOR = 0  # Telegram user ids are positive: this one is never a real account
PREFIX = ":"
COMMANDS = ("queue", "claim", "reply", "close", "desk")
HELP = (
    "Counsellor commands: :queue · :claim <ticket> · :reply <message> · :close"
    " (:reply <ticket> <message> and :close <ticket> when you have several)"
)


class LocalDesk:
    def __init__(self, service: HandoffService, languages: list[str], sign_names: dict[str, str]) -> None:
        self.service = service
        self.sign_names = sign_names
        self.announced: set[int] = set()
        if service.counsellor_id(LOCAL_COUNSELLOR) is None:
            service.add_admin(LOCAL_COUNSELLOR, "Local counsellor", languages)

    @staticmethod
    def is_command(line: str) -> bool:
        word = line.strip()[len(PREFIX) :].split(" ", 1)[0].lower()
        return line.strip().startswith(PREFIX) and word in COMMANDS

    def poll(self) -> list[str]:
        """New tickets, then the person's messages on tickets this desk has claimed."""
        out = []
        for ticket in self.service.queue():  # queued tickets only
            if ticket.id not in self.announced:
                self.announced.add(ticket.id)
                out.append(f"{packet(ticket, self.sign_names)}\n(:claim {ticket.id} to take it)")
        for message, counsellor in self.service.deliverable():
            if counsellor == LOCAL_COUNSELLOR:
                self.service.sent(message.id, f"local:{message.id}")
                out.append(f"#{message.ticket_id} person: {message.text}")
        return out

    def command(self, line: str) -> str:
        word, _, rest = line.strip()[len(PREFIX) :].partition(" ")
        word, rest = word.lower(), rest.strip()
        try:
            if word == "queue":
                waiting = self.service.queue()
                return (
                    "\n".join(f"#{t.id} {t.risk_level} {t.language}" for t in waiting)
                    or "No ticket is waiting."
                )
            if word == "claim":
                ticket_id = self._ticket(rest)
                if ticket_id is None:
                    return "Which ticket? :claim <ticket>"
                self.service.claim(ticket_id, LOCAL_COUNSELLOR)
                return f"Ticket #{ticket_id} is yours: the person's messages will appear here."
            if word == "reply":
                head, _, text = rest.partition(" ")
                ticket_id = int(head) if head.isdigit() and text else self._only_active()
                text = text if head.isdigit() and text else rest
                if ticket_id is None or not text:
                    return "Usage: :reply <message> (or :reply <ticket> <message>)"
                self.service.reply(ticket_id, LOCAL_COUNSELLOR, text, f"local:{uuid.uuid4().hex}")
                return f"Sent to #{ticket_id}."
            if word == "close":
                ticket_id = self._ticket(rest) or self._only_active()
                if ticket_id is None:
                    return "Which ticket? :close <ticket>"
                self.service.close(ticket_id, LOCAL_COUNSELLOR)
                return f"Ticket #{ticket_id} closed: the person is back with the assistant."
        except HandoffRefused as refused:
            return f"Not done: {refused}."
        return HELP

    @staticmethod
    def _ticket(text: str) -> int | None:
        word = text.lstrip("#")
        return int(word) if word.isdigit() else None

    def _only_active(self) -> int | None:
        mine = self.service.active_tickets_of(LOCAL_COUNSELLOR)
        return mine[0].id if len(mine) == 1 else None
