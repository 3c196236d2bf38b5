"""With a token configured (required off loopback), the webhook and the API want it."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from tests.e2e.conftest import TOKEN, Assistant


def status(url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> int:
    req = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


def test_the_webhook_wants_the_token(assistant_with_token: Assistant) -> None:
    url = f"{assistant_with_token.base}/webhooks/rest/webhook"
    body = json.dumps({"sender": "auth-1", "message": "hello"}).encode()
    assert status(url, body) == 401
    assert status(url, body, {"Authorization": "Bearer wrong"}) == 401
    assert status(url, body, {"Authorization": f"Bearer {TOKEN}"}) == 200
    assert status(f"{url}?token={TOKEN}", body) == 200


def test_the_http_api_wants_the_token(assistant_with_token: Assistant) -> None:
    url = f"{assistant_with_token.base}/conversations/auth-1/tracker"
    assert status(url) in (401, 403)
    assert status(f"{url}?token={TOKEN}") == 200
