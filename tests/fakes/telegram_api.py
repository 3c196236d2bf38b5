"""A local stand-in for the Telegram Bot API, for the real python-telegram-bot to talk to.

POST (or GET) /bot<token>/<method> with JSON or form fields, as PTB sends them; answers
`{"ok": true, "result": ...}` in the Bot API's own shapes (Update, Message, User, Chat,
CallbackQuery), so PTB's `de_json` parses them. `push_message`/`push_callback` queue incoming
updates for getUpdates (long polling honours `offset`, `limit` and `timeout`) or for
`post_to_webhook`; `sent()`, `edits()`, `callback_answers()` record what the bot did.
`fail_next(status, count)` and `retry_after(seconds)` make the next calls fail; `down()`
answers 503 to every call (or drops the connection) until `up()`.

PTB wants `Bot(token, base_url=fake.base_url)`: it appends the token itself.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

JSON = dict[str, Any]

# PTB posts form fields whose non-string values are JSON-encoded: decode these by name.
INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time", "max_connections"}
JSON_FIELDS = {
    "reply_markup",
    "allowed_updates",
    "commands",
    "scope",
    "entities",
    "link_preview_options",
    "reply_parameters",
    "show_alert",
    "drop_pending_updates",
    "disable_notification",
    "protect_content",
}
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


@dataclass
class SentMessage:
    chat_id: int | str
    message_id: int
    text: str
    reply_markup: JSON | None
    parse_mode: str | None
    at: float = field(default_factory=time.monotonic)


@dataclass
class Edit:
    method: str  # editMessageText or editMessageReplyMarkup
    chat_id: int | str
    message_id: int
    text: str | None
    reply_markup: JSON | None


@dataclass
class CallbackAnswer:
    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None


@dataclass
class Failure:
    status: int
    description: str
    parameters: JSON | None
    method: str | None  # only calls to this method fail; None: any call


class FakeTelegramAPI:
    def __init__(self, token: str) -> None:
        self.token = token
        bot_id = token.split(":", 1)[0]
        self.bot_user: JSON = {
            "id": int(bot_id) if bot_id.isdigit() else 1,
            "is_bot": True,
            "first_name": "SafeRoute Desk",
            "username": "saferoute_desk_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.updates: list[JSON] = []  # not yet confirmed by a getUpdates offset
        self.messages: dict[tuple[int | str, int], JSON] = {}  # the bot's messages, as now shown
        self.users: dict[int, JSON] = {}
        self.callback_ids: set[str] = set()
        self.commands: dict[str, list[JSON]] = {}
        self.webhook: JSON = {"url": "", "secret_token": None, "allowed_updates": None}
        self.blocked: set[int | str] = set()
        self.log: list[tuple[str, JSON]] = []  # (method, params) of every authorised call
        self._sent: list[SentMessage] = []
        self._edits: list[Edit] = []
        self._answers: list[CallbackAnswer] = []
        self.failures: list[Failure] = []
        self.is_down: str | None = None  # None, "503" or "drop"
        self.closing = False
        self.lock = threading.Lock()
        self.arrived = threading.Condition(self.lock)
        self.update_ids = itertools.count(10_001)
        self.message_ids = itertools.count(1)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = False  # server_close() joins the handler threads
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.methods: dict[str, Callable[[JSON], Any]] = {
            name.lower(): getattr(self, f"_{name}")
            for name in (
                "getMe",
                "getUpdates",
                "setWebhook",
                "deleteWebhook",
                "getWebhookInfo",
                "sendMessage",
                "editMessageText",
                "editMessageReplyMarkup",
                "answerCallbackQuery",
                "setMyCommands",
                "getMyCommands",
                "close",
                "logOut",
            )
        }

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/bot"

    def __enter__(self) -> FakeTelegramAPI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.closing = True
            self.arrived.notify_all()  # wake long polls so their threads can end
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    # -- failure injection ------------------------------------------------------------------

    def fail_next(self, status: int = 502, count: int = 1, method: str | None = None) -> None:
        description = HTTPStatus(status).phrase
        with self.lock:
            self.failures.extend([Failure(status, description, None, method)] * count)

    def retry_after(self, seconds: int, count: int = 1, method: str | None = None) -> None:
        failure = Failure(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds}, method)
        with self.lock:
            self.failures.extend([failure] * count)

    def down(self, drop: bool = False) -> None:
        """Answer 503 to every call, or with drop=True close each connection unanswered."""
        self.is_down = "drop" if drop else "503"

    def up(self) -> None:
        self.is_down = None

    def block(self, chat_id: int | str) -> None:
        """The user blocked the bot: sending to them answers 403."""
        with self.lock:
            self.blocked.add(chat_id)

    # -- incoming updates -------------------------------------------------------------------

    def push_message(
        self,
        user_id: int,
        chat_id: int | None = None,
        text: str = "",
        username: str | None = None,
        first_name: str = "Counsellor",
    ) -> JSON:
        """Queue a text message from a user; a leading /command gets its bot_command entity."""
        with self.lock:
            user = self._user(user_id, username, first_name)
            message: JSON = {
                "message_id": next(self.message_ids),
                "from": user,
                "chat": self._chat(user_id if chat_id is None else chat_id),
                "date": int(time.time()),
                "text": text,
            }
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
            return self._queue({"message": message})

    def push_callback(
        self, user_id: int, chat_id: int | str, message_id: int, data: str, username: str | None = None
    ) -> JSON:
        """Queue a tap on an inline button of a message the bot sent."""
        with self.lock:
            if (chat_id, message_id) not in self.messages:
                raise KeyError(f"the bot sent no message {message_id} to chat {chat_id}")
            query_id = str(next(self.update_ids) * 7919)
            self.callback_ids.add(query_id)
            query = {
                "id": query_id,
                "from": self._user(user_id, username, "Counsellor"),
                "message": json.loads(json.dumps(self.messages[chat_id, message_id])),
                "chat_instance": f"-{abs(hash(chat_id)) % 10**18}",
                "data": data,
            }
            return self._queue({"callback_query": query})

    def post_to_webhook(self, url: str | None = None, secret_token: str | None = None) -> int:
        """POST the oldest pending update to the webhook; it is removed on a 2xx answer.

        Blocks: from a test running on the bot's event loop, call it via asyncio.to_thread.
        """
        with self.lock:
            url = url or self.webhook["url"]
            secret = secret_token if secret_token is not None else self.webhook["secret_token"]
            if not url:
                raise RuntimeError("no webhook is set")
            if not self.updates:
                raise RuntimeError("no pending update")
            update = self.updates[0]
        request = urllib.request.Request(
            url,
            data=json.dumps(update).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        if secret:
            request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                status = int(response.status)
        except urllib.error.HTTPError as error:
            status = error.code
        if 200 <= status < 300:
            with self.lock:
                if update in self.updates:
                    self.updates.remove(update)
        return status

    # -- inspection -------------------------------------------------------------------------

    def sent(self, chat_id: int | str | None = None) -> list[SentMessage]:
        with self.lock:
            return [m for m in self._sent if chat_id is None or m.chat_id == chat_id]

    def edits(self, chat_id: int | str | None = None) -> list[Edit]:
        with self.lock:
            return [e for e in self._edits if chat_id is None or e.chat_id == chat_id]

    def callback_answers(self) -> list[CallbackAnswer]:
        with self.lock:
            return list(self._answers)

    def calls(self, method: str | None = None) -> list[tuple[str, JSON]]:
        with self.lock:
            return [c for c in self.log if method is None or c[0].lower() == method.lower()]

    def pending(self) -> int:
        with self.lock:
            return len(self.updates)

    # -- state (callers hold the lock) ------------------------------------------------------

    def _user(self, user_id: int, username: str | None, first_name: str) -> JSON:
        user = self.users.get(user_id) or {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        self.users[user_id] = user
        return dict(user)

    def _chat(self, chat_id: int | str) -> JSON:
        if isinstance(chat_id, int) and chat_id in self.users:
            user = self.users[chat_id]
            chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
            if "username" in user:
                chat["username"] = user["username"]
            return chat
        if isinstance(chat_id, int) and chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "Counsellor"}
        kind = "supergroup" if str(chat_id).startswith("-100") else "group"
        return {"id": chat_id, "type": kind, "title": "MRC desk"}

    def _queue(self, body: JSON) -> JSON:
        update = {"update_id": next(self.update_ids), **body}
        self.updates.append(update)
        self.arrived.notify_all()
        return json.loads(json.dumps(update))

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        elif offset < 0:
            self.updates = self.updates[offset:]

    def _message(self, params: JSON) -> JSON:
        key = (params.get("chat_id"), params.get("message_id"))
        if key not in self.messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        return self.messages[key]

    # -- Bot API methods (called with the lock held) ----------------------------------------

    def _getMe(self, params: JSON) -> JSON:  # noqa: N802 (Bot API names)
        return self.bot_user

    def _getUpdates(self, params: JSON) -> list[JSON]:  # noqa: N802
        if self.webhook["url"]:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        self._confirm(offset)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = min(float(params.get("timeout") or 0), 50.0)
        self.arrived.wait_for(lambda: self.closing or bool(self.updates), timeout=timeout)
        return self.updates[:limit]

    def _setWebhook(self, params: JSON) -> bool:  # noqa: N802
        url = params.get("url") or ""
        if url and urlsplit(url).scheme not in ("http", "https"):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        if params.get("drop_pending_updates"):
            self.updates.clear()
        self.webhook = {
            "url": url,
            "secret_token": params.get("secret_token"),
            "allowed_updates": params.get("allowed_updates"),
        }
        return True

    def _deleteWebhook(self, params: JSON) -> bool:  # noqa: N802
        return self._setWebhook({"drop_pending_updates": params.get("drop_pending_updates")})

    def _getWebhookInfo(self, params: JSON) -> JSON:  # noqa: N802
        info: JSON = {
            "url": self.webhook["url"],
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }
        if self.webhook["url"]:
            info["max_connections"] = 40
            if self.webhook["allowed_updates"]:
                info["allowed_updates"] = self.webhook["allowed_updates"]
        return info

    def _sendMessage(self, params: JSON) -> JSON:  # noqa: N802
        chat_id, text = params.get("chat_id"), params.get("text") or ""
        if chat_id is None or chat_id == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        markup = params.get("reply_markup")
        message: JSON = {
            "message_id": next(self.message_ids),
            "from": self.bot_user,
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            "text": text,
        }
        if markup and "inline_keyboard" in markup:  # only inline keyboards are echoed back
            message["reply_markup"] = markup
        self.messages[chat_id, message["message_id"]] = message
        self._sent.append(SentMessage(chat_id, message["message_id"], text, markup, params.get("parse_mode")))
        return message

    def _editMessageText(self, params: JSON) -> JSON:  # noqa: N802
        message = self._message(params)
        text, markup = params.get("text") or "", params.get("reply_markup")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if text == message["text"] and markup == message.get("reply_markup"):
            raise ApiError(400, NOT_MODIFIED)
        message["text"], message["edit_date"] = text, int(time.time())
        self._set_markup(message, markup)
        self._edits.append(Edit("editMessageText", params["chat_id"], params["message_id"], text, markup))
        return message

    def _editMessageReplyMarkup(self, params: JSON) -> JSON:  # noqa: N802
        message = self._message(params)
        markup = params.get("reply_markup")
        if markup == message.get("reply_markup"):
            raise ApiError(400, NOT_MODIFIED)
        message["edit_date"] = int(time.time())
        self._set_markup(message, markup)
        self._edits.append(
            Edit("editMessageReplyMarkup", params["chat_id"], params["message_id"], None, markup)
        )
        return message

    @staticmethod
    def _set_markup(message: JSON, markup: JSON | None) -> None:
        if markup and markup.get("inline_keyboard"):
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)

    def _answerCallbackQuery(self, params: JSON) -> bool:  # noqa: N802
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self.callback_ids:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self._answers.append(
            CallbackAnswer(query_id, params.get("text"), bool(params.get("show_alert")), params.get("url"))
        )
        return True

    def _setMyCommands(self, params: JSON) -> bool:  # noqa: N802
        self.commands[self._scope_key(params)] = list(params.get("commands") or [])
        return True

    def _getMyCommands(self, params: JSON) -> list[JSON]:  # noqa: N802
        return self.commands.get(self._scope_key(params), [])

    @staticmethod
    def _scope_key(params: JSON) -> str:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)

    def _close(self, params: JSON) -> bool:
        return True

    def _logOut(self, params: JSON) -> bool:  # noqa: N802
        return True

    # -- HTTP -------------------------------------------------------------------------------

    def _call(self, token: str, method: str, params: JSON) -> tuple[int, JSON]:
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        handler = self.methods.get(method.lower())
        with self.lock:
            self.log.append((method, params))
            failure = next(
                (f for f in self.failures if f.method is None or f.method.lower() == method.lower()),
                None,
            )
            if failure is not None:
                self.failures.remove(failure)
                error = ApiError(failure.status, failure.description, failure.parameters)
            elif handler is None:
                error = ApiError(404, "Not Found")
            else:
                try:
                    return 200, {"ok": True, "result": json.loads(json.dumps(handler(params)))}
                except ApiError as raised:
                    error = raised
        payload: JSON = {"ok": False, "error_code": error.status, "description": error.description}
        if error.parameters:
            payload["parameters"] = error.parameters
        return error.status, payload

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 60  # a stuck client cannot hold a thread (and server_close) for ever

            def log_message(self, format: str, *args: object) -> None:  # quiet
                return

            def _reply(self, status: int, payload: JSON) -> None:
                body = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (long poll)
                    return

            def _params(self, query: str) -> JSON:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                if raw and self.headers.get_content_type() == "application/json":
                    try:
                        params = json.loads(raw)
                    except ValueError:
                        raise ApiError(400, "Bad Request: can't parse JSON body") from None
                    if not isinstance(params, dict):
                        raise ApiError(400, "Bad Request: the JSON body must be an object")
                else:
                    form = parse_qs(query, keep_blank_values=True)
                    form.update(parse_qs(raw.decode(), keep_blank_values=True))
                    params = {k: v[0] for k, v in form.items()}
                for name, value in params.items():
                    if not isinstance(value, str):
                        continue
                    if name in JSON_FIELDS:
                        try:
                            params[name] = json.loads(value)
                        except ValueError:
                            raise ApiError(400, f"Bad Request: can't parse {name} JSON object") from None
                    elif name in INT_FIELDS and value.lstrip("-").isdigit():
                        params[name] = int(value)
                return params

            def _serve(self) -> None:
                url = urlsplit(self.path)
                try:
                    params = self._params(url.query)
                except ApiError as error:
                    body = {"ok": False, "error_code": 400, "description": error.description}
                    self._reply(400, body)
                    return
                if api.is_down == "drop":
                    self.close_connection = True
                    return
                if api.is_down:
                    self._reply(503, {"ok": False, "error_code": 503, "description": "Service Unavailable"})
                    return
                token, _, method = url.path.removeprefix("/bot").partition("/")
                if not url.path.startswith("/bot") or not method or "/" in method:
                    self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                    return
                status, payload = api._call(token, method, params)
                if not api.closing:
                    self._reply(status, payload)

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                self._serve()

            def do_GET(self) -> None:  # noqa: N802
                self._serve()

        return Handler
