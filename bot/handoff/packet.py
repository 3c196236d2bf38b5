"""What a counsellor reads about a ticket, on the Telegram desk and the console desk alike."""

from __future__ import annotations

from bot.handoff.service import TicketView
from bot.i18n import Catalog


def sign_names(catalog: Catalog, language: str = "en") -> dict[str, str]:
    prefix = "msg_sign_name_"
    responses = catalog.locales[catalog.resolve_language(language)].responses
    return {key[len(prefix) :]: r.text for key, r in responses.items() if key.startswith(prefix)}


def packet(ticket: TicketView, sign_names: dict[str, str]) -> str:
    """What a counsellor reads before claiming: no name, no number, only what helps."""
    signs = ", ".join(sign_names.get(c, c) for c in ticket.red_flags) or "none found"
    lines = [
        f"Ticket #{ticket.id} ({ticket.status})",
        f"Language: {ticket.language} · Channel: {ticket.channel}",
        f"Risk: {ticket.risk_level}",
        f"Warning signs: {signs}",
    ]
    answers = {k: v for k, v in (ticket.profile.get("pathway_answers") or {}).items() if v != "skip"}
    if answers:  # what they told the pathways questionnaire
        lines.append("Profile: " + ", ".join(f"{k} {v}" for k, v in sorted(answers.items())))
    routes = ticket.profile.get("matched_pathways") or []
    if routes:
        lines.append("Routes looked at: " + ", ".join(str(r) for r in routes))
    said = ticket.profile.get("last_messages") or []
    if said:
        lines.append("Last messages:")
        lines += [f"· {text}" for text in said]
    return "\n".join(lines)
