"""A console counsellor desk, for local use when no Telegram bot token is configured.

    ./saferoute python -m bot.handoff.console admin 1 "Local admin"     # once: a local admin
    ./saferoute python -m bot.handoff.console queue                     # open tickets, urgent first
    ./saferoute python -m bot.handoff.console show 3                    # packet and messages
    ./saferoute python -m bot.handoff.console claim 3 --as 1
    ./saferoute python -m bot.handoff.console reply 3 "Hello, I am Amina" --as 1
    ./saferoute python -m bot.handoff.console close 3 --as 1

It uses the same service and rules as the Telegram desk: only a registered, active counsellor
may claim, reply to or close a ticket, and every action is audited.
"""

from __future__ import annotations

import argparse
import sys
import uuid

from bot.handoff.service import TO_USER, HandoffRefused, HandoffService


def _service(db_url: str | None) -> HandoffService:
    from bot.settings import get_settings
    from bot.store.migrate import ready_sessions

    return HandoffService(ready_sessions(db_url or get_settings().db_url))


def run(service: HandoffService, args: argparse.Namespace) -> int:
    if args.command == "admin":
        print(f"admin {service.add_admin(args.telegram_id, args.name)} registered")
    elif args.command == "queue":
        for t in service.queue():
            print(f"#{t.id}  {t.risk_level:8} {t.language}  {t.channel:9} {', '.join(t.red_flags) or '-'}")
    elif args.command == "show":
        for m in service.history(args.ticket):
            arrow = "->" if m.direction == TO_USER else "<-"
            print(f"{arrow} [{m.state}] {m.text}")
    elif args.command == "claim":
        service.claim(args.ticket, args.as_)
        print(f"ticket {args.ticket} is yours")
    elif args.command == "close":
        service.close(args.ticket, args.as_)
        print(f"ticket {args.ticket} closed")
    elif args.command == "reply":
        service.reply(args.ticket, args.as_, args.text, f"console:{uuid.uuid4().hex}")
        print("reply queued for the person")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db-url", default=None)
    sub = parser.add_subparsers(dest="command", required=True)
    admin = sub.add_parser("admin", help="register the first admin (by Telegram user id)")
    admin.add_argument("telegram_id", type=int)
    admin.add_argument("name")
    sub.add_parser("queue", help="open tickets, most urgent first")
    show = sub.add_parser("show", help="a ticket's messages")
    show.add_argument("ticket", type=int)
    for name in ("claim", "close"):
        action = sub.add_parser(name)
        action.add_argument("ticket", type=int)
        action.add_argument("--as", dest="as_", type=int, required=True, help="your Telegram user id")
    reply = sub.add_parser("reply", help="send a message to the person")
    reply.add_argument("ticket", type=int)
    reply.add_argument("text")
    reply.add_argument("--as", dest="as_", type=int, required=True)
    args = parser.parse_args(argv)
    try:
        return run(_service(args.db_url), args)
    except HandoffRefused as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
