"""The part every background channel's blueprint shares: start, stop and a health route.

`start` runs before the server accepts connections, so a webhook never finds the channel
half-ready; `stop` runs before it stops.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse


def channel_blueprint(
    owner: object,
    name: str,
    start: Callable[[Any], Awaitable[None]],
    stop: Callable[[], Awaitable[None]],
    configured: Callable[[], bool],
) -> Blueprint:
    module = inspect.getmodule(owner)
    hook = Blueprint(name, module.__name__ if module else None)

    @hook.listener("before_server_start")
    async def started(app: Any, _loop: Any) -> None:
        await start(app)

    @hook.listener("before_server_stop")
    async def stopping(_app: Any, _loop: Any) -> None:
        await stop()

    @hook.route("/", methods=["GET"])
    async def health(_request: Request) -> HTTPResponse:
        return response.json({"status": "ok" if configured() else "not configured"})

    return hook
