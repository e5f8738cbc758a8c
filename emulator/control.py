"""The control API under /emulator/v1: reset, verification codes, clock, faults, credentials.

Not part of CloudBase: it lets tests read the codes the emulator "sent", move time, and make
operations fail on purpose.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .api import error_response
from .core import Emulator, Fault, rfc3339
from .errors import ApiError
from .wire import parse_json, read_body

# >>> surface group A: control modules (one import per line)
# <<< end of surface group A
# >>> surface group B: control modules (one import per line)
# isort: split
from . import control_oauth

# isort: split
# <<< end of surface group B
# >>> surface group C: control modules (one import per line)
# <<< end of surface group C


def _emulator(request: Request) -> Emulator:
    emulator: Emulator = request.app.state.emulator
    return emulator


async def _json_object(request: Request) -> dict[str, Any]:
    body = parse_json(await read_body(request))
    if not isinstance(body, dict):
        raise ApiError("invalid_argument", "body must be a JSON object")
    return body


def _errors_as_json(function: Any) -> Any:
    async def wrapped(request: Request) -> Response:
        try:
            result: Response = await function(request)
        except ApiError as error:
            return error_response(_emulator(request), error)
        return result

    wrapped.__name__ = function.__name__
    return wrapped


@_errors_as_json
async def reset(request: Request) -> Response:
    """Forget users, sessions, codes and faults, and put the clock back; keys stay."""
    emu = _emulator(request)
    emu.store.reset()
    emu.clear_faults()
    emu.clock.reset()
    return JSONResponse({})


@_errors_as_json
async def verification_codes(request: Request) -> Response:
    """Every code sent, oldest first; ``?target=`` filters by email (any case) or phone number
    (with or without the country code; an unencoded ``+`` that arrived as a space is fine)."""
    emu = _emulator(request)
    rows = emu.store.verifications()
    target = (request.query_params.get("target") or "").strip()
    if "@" in target:
        rows = [row for row in rows if row["target"] == target.lower()]
    elif target:
        digits = re.sub(r"\D", "", target)
        rows = [row for row in rows if re.sub(r"\D", "", row["target"]) in {digits, "86" + digits}]
    data = [
        {
            "verification_id": row["id"],
            "target": row["target"],
            row["kind"]: row["target"],
            "usage": row["usage"],
            "code": row["code"],
            "sent_at": rfc3339(row["created_at"]),
            "expires_at": rfc3339(row["expires_at"]),
            "verified": bool(row["verified"]),
        }
        for row in rows
    ]
    return JSONResponse({"total": len(data), "data": data})


@_errors_as_json
async def clock(request: Request) -> Response:
    """GET: the emulator's now. POST ``{"advance_seconds": N}``: move it forward."""
    emu = _emulator(request)
    if request.method == "POST":
        body = await _json_object(request)
        seconds = body.get("advance_seconds")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            raise ApiError("invalid_argument", "advance_seconds must be a number >= 0")
        emu.clock.advance(float(seconds))
    now = emu.clock.now()
    return JSONResponse({"now": now, "now_rfc3339": rfc3339(now)})


@_errors_as_json
async def faults(request: Request) -> Response:
    """POST ``{operation, status, error, count, error_description?, retry_after?}``; DELETE clears."""
    emu = _emulator(request)
    if request.method == "DELETE":
        emu.clear_faults()
        return JSONResponse({})
    body = await _json_object(request)
    operation, status, error = body.get("operation"), body.get("status"), body.get("error")
    count, retry_after = body.get("count", 1), body.get("retry_after")
    if not isinstance(operation, str) or operation not in emu.spec.by_id:
        raise ApiError("invalid_argument", "operation must be an operationId of the spec")
    if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
        raise ApiError("invalid_argument", "status must be an HTTP error status (400-599)")
    if not isinstance(error, str) or not error:
        raise ApiError("invalid_argument", "error must be a non-empty string such as unavailable")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ApiError("invalid_argument", "count must be an integer >= 1")
    if retry_after is not None and (
        isinstance(retry_after, bool) or not isinstance(retry_after, int) or retry_after < 0
    ):
        raise ApiError("invalid_argument", "retry_after must be an integer >= 0")
    description = body.get("error_description")
    emu.add_fault(
        operation,
        Fault(
            status=status,
            error=error,
            description=description if isinstance(description, str) else "fault injected by the emulator",
            remaining=count,
            retry_after=retry_after,
        ),
    )
    return JSONResponse({})


@_errors_as_json
async def custom_login_credentials(request: Request) -> Response:
    """The emulator's custom-login key as a ``tcb_custom_login.json`` document."""
    emu = _emulator(request)
    return JSONResponse(
        {
            "env_id": emu.env_id,
            "private_key_id": emu.custom_key.kid,
            "private_key": emu.custom_key.private_pem,
        }
    )


@_errors_as_json
async def users(request: Request) -> Response:
    """Every user, for tests that count or inspect them."""
    emu = _emulator(request)
    with emu.store.atomic() as conn:
        rows = conn.execute(
            "SELECT id, username, email, phone_number, is_anonymous, custom_uid FROM users ORDER BY created_at, rowid"
        ).fetchall()
    data = [
        {
            "sub": row["id"],
            "username": row["username"],
            "email": row["email"],
            "phone_number": row["phone_number"],
            "anonymous": bool(row["is_anonymous"]),
            "custom_uid": row["custom_uid"],
        }
        for row in rows
    ]
    return JSONResponse({"total": len(data), "data": data})


@_errors_as_json
async def health(request: Request) -> Response:
    emu = _emulator(request)
    return JSONResponse({"status": "ok", "env_id": emu.env_id})


routes = [
    Route("/reset", reset, methods=["POST"]),
    Route("/verification-codes", verification_codes, methods=["GET"]),
    Route("/clock", clock, methods=["GET", "POST"]),
    Route("/faults", faults, methods=["POST", "DELETE"]),
    Route("/custom-login-credentials", custom_login_credentials, methods=["GET"]),
    Route("/users", users, methods=["GET"]),
    Route("/health", health, methods=["GET"]),
    # >>> surface group A: control routes
    # <<< end of surface group A
    # >>> surface group B: control routes
    *control_oauth.routes,
    # <<< end of surface group B
    # >>> surface group C: control routes
    # <<< end of surface group C
]
