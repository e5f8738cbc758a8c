"""operationId -> handler. A handler returns the 200 body or raises ApiError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core import Call, Emulator

Handler = Callable[[Emulator, Call], dict[str, Any]]
HANDLERS: dict[str, Handler] = {}


def handler(operation_id: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        HANDLERS[operation_id] = function
        return function

    return register
