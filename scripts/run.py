"""Starts the action server and the Rasa server, then a terminal chat (or waits, --server).

Called by `./saferoute run`, which has already built the venv and the model. Ctrl-C (or the
end of input) stops everything this started.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.handoff.local_desk import HELP, LocalDesk
from bot.handoff.packet import sign_names
from bot.handoff.service import HandoffService
from bot.i18n import Catalog
from bot.settings import get_settings
from bot.store.migrate import ready_sessions
from scripts.services import ROOT, Services, start_saferoute


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def call(base: str, path: str, token: str, body: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """POST `body` (or GET without one) to the assistant; its JSON answer."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode("utf-8") if body is not None else None
    req = urllib.request.Request(f"{base}{path}", data=data, headers=headers)
    with urllib.request.urlopen(req, timeout=60) as resp:
        answer: list[dict[str, Any]] = json.loads(resp.read().decode("utf-8"))
        return answer


class Terminal:
    """One person's chat in the terminal; without a Telegram bot token, also the counsellor's
    side of a handoff (bot/handoff/local_desk.py), so the whole handoff can be tried here."""

    def __init__(self, base: str, token: str, desk: LocalDesk | None) -> None:
        self.base, self.token, self.desk = base, token, desk
        self.sender = f"local-{uuid.uuid4().hex[:8]}"
        self.printing = threading.Lock()
        self.stopped = threading.Event()

    def show(self, prefix: str, text: str) -> None:
        with self.printing:
            print(f"\r{prefix} {text}\nyou> ", end="", flush=True)

    def follow(self) -> None:
        """Counsellor messages for the person, and (desk) new tickets and the person's messages."""
        outbox = f"/webhooks/rest/outbox?sender={self.sender}"
        while not self.stopped.wait(1.0):
            try:
                for reply in call(self.base, outbox, self.token):
                    self.show("bot>", str(reply.get("text", "")))
                for line in self.desk.poll() if self.desk is not None else []:
                    self.show("desk>", line.replace("\n", "\n      "))
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                continue  # the assistant is busy or stopping: the next round catches up
            except SQLAlchemyError as exc:
                self.show("[saferoute]", f"the case store is unavailable ({type(exc).__name__})")

    def run(self) -> None:
        print(
            "\nSafeRoute chat: type a message (English, français, العربية). "
            "A number picks an option. Ctrl-C or Ctrl-D ends."
        )
        if self.desk is not None:
            print(f"No Telegram bot token: you are also the counsellor. {HELP}")
        print()
        threading.Thread(target=self.follow, daemon=True).start()
        options: list[str] = []
        try:
            while True:
                try:
                    text = input("you> ")
                except EOFError:
                    print()
                    return
                if self.desk is not None and LocalDesk.is_command(text):
                    self.show("desk>", self.desk.command(text))
                    continue
                if text.strip().isdigit() and 0 < int(text.strip()) <= len(options):
                    text = options[int(text.strip()) - 1]
                options = self.say(text)
        finally:
            self.stopped.set()

    def say(self, text: str) -> list[str]:
        """Sends one message; prints the answers; returns the payloads of its buttons."""
        try:
            replies = call(
                self.base, "/webhooks/rest/webhook", self.token, {"sender": self.sender, "message": text}
            )
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            print(f"[saferoute] the assistant did not answer: {exc}")
            return []
        options: list[str] = []
        with self.printing:
            for reply in replies:
                if reply.get("text"):
                    print(f"bot> {reply['text']}")
                for button in reply.get("buttons") or []:
                    options.append(str(button["payload"]))
                    print(f"     {len(options)}. {button['title']}")
        return options


def local_desk() -> LocalDesk | None:
    """The counsellor's side in the terminal, unless a Telegram desk is configured."""
    settings = get_settings()
    if settings.desk is not None:
        return None
    catalog = Catalog.load(settings.locales_dir, settings.default_language)
    service = HandoffService(ready_sessions(settings.db_url))
    return LocalDesk(service, sorted(catalog.locales), sign_names(catalog))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True)
    parser.add_argument("--server", action="store_true", help="no terminal chat; serve until Ctrl-C")
    parser.add_argument("--host", default=os.environ.get("SAFEROUTE_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("SAFEROUTE_PORT", "5005")))
    parser.add_argument("--actions-port", type=int, default=5055)
    parser.add_argument("--var-dir", type=Path, default=ROOT / "var", help="server logs and run files")
    args = parser.parse_args()

    token = os.environ.get("SAFEROUTE_API_TOKEN", "")
    if not is_loopback(args.host) and not token:
        raise SystemExit(
            "[saferoute] refusing to serve the HTTP API on a non-local address without a token:"
            " set SAFEROUTE_API_TOKEN"
        )
    env = dict(os.environ, SANIC_HOST="127.0.0.1")
    log = None
    if not args.server:  # the chat owns the terminal: server output goes to a file
        (args.var_dir / "log").mkdir(parents=True, exist_ok=True)
        log = args.var_dir / "log" / "servers.log"
    services = Services(log)
    try:
        where = f"; server logs in {log}" if log else ""
        print(f"[saferoute] starting (model {Path(args.model).name}){where}", file=sys.stderr)
        local = start_saferoute(
            services,
            args.model,
            rasa_port=args.port,
            actions_port=args.actions_port,
            env=env,
            workdir=args.var_dir,
            host=args.host,
            token=token,
        )
        print(
            f"[saferoute] ready: REST {local}/webhooks/rest/webhook, API {local}/conversations/<id>/tracker",
            file=sys.stderr,
        )
        if args.server:
            while not services.dead():
                time.sleep(1)
            raise SystemExit(f"[saferoute] the {services.dead()} stopped")
        Terminal(local, token, local_desk()).run()
    except KeyboardInterrupt:
        print("\n[saferoute] stopping", file=sys.stderr)
    except RuntimeError as exc:
        raise SystemExit(f"[saferoute] {exc}") from None
    finally:
        services.stop()


if __name__ == "__main__":
    main()
