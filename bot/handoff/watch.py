"""Claims and closes made by the console desk, followed from the audit log.

The Telegram desk runs inside the assistant's process and tells the conversation at once when
a counsellor claims or closes a ticket. The console desk (`python -m bot.handoff.console`, or
the counsellor commands of `./saferoute run` without a bot token) runs in another process, so
the assistant follows the audit log instead: every claim and close is an audit entry, read in
order and each once. A close by the person (STOP) is not a counsellor's close: no handback.
"""

from __future__ import annotations

from datetime import timedelta

from bot.handoff.service import ACTIVE, CLOSED, HandoffService, TicketView


class UnclaimedTickets:
    """Queued tickets nobody claimed in time, each reported once (marked after it was told,
    so a notice that failed is tried again). The Telegram desk and StatusWatch share it."""

    def __init__(self, service: HandoffService, after: timedelta) -> None:
        self.service = service
        self.after = after
        self.reported: set[int] = set()

    def new(self) -> list[TicketView]:
        return [t for t in self.service.unclaimed(self.after) if t.id not in self.reported]

    def told(self, ticket_id: int) -> None:
        self.reported.add(ticket_id)


class StatusWatch:
    def __init__(self, service: HandoffService, unclaimed_after: timedelta) -> None:
        self.service = service
        self.seen = service.last_audit_id()  # what happened before the start was told then
        self.unclaimed = UnclaimedTickets(service, unclaimed_after)

    def changes(self) -> list[tuple[TicketView, str]]:
        """(ticket, new handoff status) for each claim and close since the last call."""
        found = []
        for entry, action, ticket in self.service.claims_and_closes_since(self.seen):
            self.seen = entry
            found.append((ticket, ACTIVE if action == "claim" else CLOSED))
        return found
