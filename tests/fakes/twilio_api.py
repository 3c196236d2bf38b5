"""A local stand-in for Twilio's Messages REST API, for the real twilio client to talk to.

POST /2010-04-01/Accounts/<sid>/Messages.json with Basic auth (account sid, auth token),
as twilio-python sends it. Records each accepted message; `fail_next(status, n)` makes the
next n calls fail (429/500/…) to test retries; `down()` refuses every call until `up()`.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


@dataclass
class Sent:
    to: str
    from_: str
    body: str
    sid: str
    status_callback: str
    at: float = field(default_factory=time.monotonic)


class FakeTwilioAPI:
    def __init__(self, account_sid: str, auth_token: str) -> None:
        self.account_sid, self.auth_token = account_sid, auth_token
        self.sent: list[Sent] = []
        self.by_recipient: dict[str, list[Sent]] = {}
        self.calls = 0
        self.refused: dict[str, int] = {}  # calls refused per recipient (down or injected failure)
        self.failures: list[tuple[int, int]] = []  # (http status, Twilio error code)
        self.opted_out: set[str] = set()
        self.is_down = False
        self.lock = threading.Lock()
        self.counter = itertools.count(1)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeTwilioAPI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fail_next(self, status: int, times: int = 1, code: int = 0) -> None:
        with self.lock:
            self.failures.extend([(status, code)] * times)

    def down(self) -> None:
        self.is_down = True

    def up(self) -> None:
        self.is_down = False

    def messages_to(self, to: str) -> list[Sent]:
        with self.lock:
            return list(self.by_recipient.get(to, ()))

    def refused_to(self, to: str) -> int:
        with self.lock:
            return self.refused.get(to, 0)

    def count_to(self, to: str) -> int:
        with self.lock:
            return len(self.by_recipient.get(to, ()))

    def wait_for(self, to: str, count: int, timeout: float = 30.0) -> list[Sent]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.messages_to(to)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        return self.messages_to(to)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # quiet
                return

            def _reply(self, status: int, payload: dict[str, object]) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                expected = base64.b64encode(f"{api.account_sid}:{api.auth_token}".encode()).decode()
                if self.headers.get("Authorization") != f"Basic {expected}":
                    self._reply(401, {"code": 20003, "message": "Authenticate", "status": 401})
                    return
                if self.path != f"/2010-04-01/Accounts/{api.account_sid}/Messages.json":
                    self._reply(404, {"code": 20404, "message": "not found", "status": 404})
                    return
                length = int(self.headers.get("Content-Length") or 0)
                form = {
                    k: v[0]
                    for k, v in parse_qs(self.rfile.read(length).decode(), keep_blank_values=True).items()
                }
                with api.lock:
                    api.calls += 1
                    if api.is_down:
                        failure: tuple[int, int] | None = (503, 0)
                    else:
                        failure = api.failures.pop(0) if api.failures else None
                    if failure is None and form.get("To") in api.opted_out:
                        failure = (400, 21610)
                    if failure is None:
                        sid = f"SM{next(api.counter):032d}"
                        message = Sent(
                            form.get("To", ""),
                            form.get("From", ""),
                            form.get("Body", ""),
                            sid,
                            form.get("StatusCallback", ""),
                        )
                        api.sent.append(message)
                        api.by_recipient.setdefault(message.to, []).append(message)
                    if failure is not None:
                        api.refused[form.get("To", "")] = api.refused.get(form.get("To", ""), 0) + 1
                if failure is not None:
                    status, code = failure
                    self._reply(
                        status, {"code": code or status, "message": "injected failure", "status": status}
                    )
                    return
                self._reply(
                    201,
                    {
                        "sid": sid,
                        "status": "queued",
                        "to": form.get("To"),
                        "from": form.get("From"),
                        "body": form.get("Body"),
                        "account_sid": api.account_sid,
                        "num_segments": "1",
                        "direction": "outbound-api",
                    },
                )

        return Handler
