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
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from scripts.services import ROOT, Services, start_saferoute

LOG_DIR = ROOT / "var" / "log"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def send(base: str, sender: str, text: str) -> list[dict[str, object]]:
    body = json.dumps({"sender": sender, "message": text}).encode("utf-8")
    req = urllib.request.Request(
        f"{base}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read().decode("utf-8"))  # type: ignore[no-any-return]


def chat(base: str) -> None:
    sender = f"local-{uuid.uuid4().hex[:8]}"
    print(
        "\nSafeRoute chat: type a message (English, français, العربية). "
        "A number picks an option. Ctrl-C or Ctrl-D ends.\n"
    )
    options: list[str] = []
    while True:
        try:
            text = input("you> ")
        except EOFError:
            print()
            return
        if text.strip().isdigit() and 0 < int(text.strip()) <= len(options):
            text = options[int(text.strip()) - 1]
        options = []
        try:
            replies = send(base, sender, text)
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            print(f"[saferoute] the assistant did not answer: {exc}")
            continue
        for reply in replies:
            if reply.get("text"):
                print(f"bot> {reply['text']}")
            for button in reply.get("buttons") or []:  # type: ignore[union-attr]
                options.append(str(button["payload"]))
                print(f"     {len(options)}. {button['title']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True)
    parser.add_argument("--server", action="store_true", help="no terminal chat; serve until Ctrl-C")
    parser.add_argument("--host", default=os.environ.get("SAFEROUTE_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("SAFEROUTE_PORT", "5005")))
    parser.add_argument("--actions-port", type=int, default=5055)
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
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        log = LOG_DIR / "servers.log"
    services = Services(log)
    try:
        where = "; server logs in var/log/servers.log" if log else ""
        print(f"[saferoute] starting (model {Path(args.model).name}){where}", file=sys.stderr)
        local = start_saferoute(
            services,
            args.model,
            rasa_port=args.port,
            actions_port=args.actions_port,
            env=env,
            workdir=ROOT / "var",
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
        chat(local)
    except KeyboardInterrupt:
        print("\n[saferoute] stopping", file=sys.stderr)
    except RuntimeError as exc:
        raise SystemExit(f"[saferoute] {exc}") from None
    finally:
        services.stop()


if __name__ == "__main__":
    main()
