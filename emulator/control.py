"""The control API under /emulator/v1: reset, verification codes, clock, faults, credentials.

Not part of CloudBase: it lets tests read the codes the emulator "sent", move time, and make
operations fail on purpose.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, Router
from starlette.types import ASGIApp, Receive, Scope, Send

from . import control_admin as control_admin
from . import control_login, control_oauth
from .api import error_response
from .clock import MAX_ADVANCE
from .contacts import phone_or_none
from .core import Emulator, Fault, rfc3339
from .errors import ApiError
from .store import StoreUnavailable
from .wire import parse_json, read_body

LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost", "ip6-loopback"})


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an IP address, IPv6 with or without brackets) is this machine."""
    host = host.strip().strip("[]").lower()
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _split_host(value: str) -> tuple[str, int | None] | None:
    """``name:port``, ``[v6]:port`` or a bare name/address -> (lower-case host, port)."""
    value = value.strip().lower()
    if not value or any(ch.isspace() or ch in "/@?#\\" for ch in value):
        return None
    if value.startswith("["):
        host, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            return None
        port_text = rest[1:]
    elif value.count(":") > 1:  # a bare IPv6 address
        host, port_text = value, ""
    else:
        host, _, port_text = value.partition(":")
    if port_text and not (port_text.isascii() and port_text.isdigit() and len(port_text) <= 5):
        return None
    return host, int(port_text) if port_text else None


class ControlGuard:
    """ASGI wrapper for the control API: it can reset the emulator, inject faults and hand out the
    custom-login private key, so a web page must not reach it.

    - ``Host`` must name this emulator: a loopback name or address, the address the connection
      came in on, or one of ``allowed_hosts`` (the configured ``--host``); with a port, the port
      the server listens on. Anything else (DNS rebinding) is 403 ``permission_denied``.
    - An ``Origin`` header (browsers send one on cross-site requests) must name such a host too.
    - POST bodies must be declared ``Content-Type: application/json`` (a page can send
      ``text/plain`` cross-site without a CORS preflight, not JSON): else 415.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str] = ()) -> None:
        self.app = app
        self.allowed_hosts = frozenset(
            host.strip("[]").lower() for host in allowed_hosts if host not in {"", "0.0.0.0", "::"}
        )

    def _host_allowed(self, value: str, scope: Scope) -> bool:
        parsed = _split_host(value)
        if parsed is None:
            return False
        host, port = parsed
        server = scope.get("server") or (None, None)
        server_host = str(server[0]).strip("[]").lower() if server[0] else None
        if not (is_loopback(host) or host in self.allowed_hosts or host == server_host):
            return False
        return port is None or server[1] is None or port == server[1]

    def _refusal(self, scope: Scope) -> ApiError | None:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        host = headers.get("host", "")
        if not self._host_allowed(host, scope):
            return ApiError(
                "permission_denied",
                "the control API answers only requests addressed to this emulator's own host "
                "(Host header is not a loopback or configured address)",
            )
        origin = headers.get("origin")
        if origin is not None:
            scheme, sep, rest = origin.partition("://")
            if not sep or scheme not in {"http", "https"} or not self._host_allowed(rest, scope):
                return ApiError("permission_denied", "the control API refuses cross-site requests (Origin)")
        if scope["method"] == "POST":
            media_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if media_type != "application/json":
                return ApiError(
                    "invalid_argument", "control API POSTs need Content-Type: application/json", status=415
                )
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self._refusal(scope)
            if refusal is not None:
                emu: Emulator = scope["app"].state.emulator
                await error_response(emu, refusal)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def guarded_app(allowed_hosts: Iterable[str] = ()) -> ASGIApp:
    """The control API's routes behind ControlGuard (mount it under /emulator/v1)."""
    return ControlGuard(Router(routes=routes), allowed_hosts)


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
        except StoreUnavailable as exc:
            return error_response(
                _emulator(request),
                ApiError("unavailable", f"the emulator's database cannot take writes: {exc}"),
            )
        return result

    wrapped.__name__ = function.__name__
    return wrapped


@_errors_as_json
async def reset(request: Request) -> Response:
    """Forget users, sessions, codes and faults, and put the clock back; keys stay."""
    emu = _emulator(request)
    await _json_object(request)  # nothing to read, but a hostile body is still refused
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
        phone = phone_or_none(target)
        if phone is not None:  # written any way canonical_phone understands
            rows = [row for row in rows if row["target"] == phone]
        else:
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
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int | float)
            or not 0 <= seconds <= MAX_ADVANCE  # false for NaN too; ints are compared exactly
        ):
            raise ApiError(
                "invalid_argument", f"advance_seconds must be a number from 0 to {MAX_ADVANCE} (100 years)"
            )
        try:
            emu.clock.advance(float(seconds))
        except ValueError as exc:
            raise ApiError("invalid_argument", f"advance_seconds: {exc}") from exc
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


_STATUS = re.compile(r"[A-Z][A-Z0-9_]{0,63}")


@_errors_as_json
async def user_status(request: Request) -> Response:
    """POST ``{"status": "BLOCKED"}``: set a user's account state to any upper-case word,
    including ones the spec does not list (`UserProfile.status` is open: a client must keep
    an unknown value). ``BLOCKED`` refuses the user's sign-ins (``user_blocked``)."""
    emu = _emulator(request)
    body = await _json_object(request)
    status = body.get("status")
    if not isinstance(status, str) or not _STATUS.fullmatch(status):
        raise ApiError("invalid_argument", "status must be an upper-case word such as ACTIVE or BLOCKED")
    sub = request.path_params["sub"]
    if emu.store.update_user(sub, status=status) is None:
        raise ApiError("not_found", "no such user")
    return JSONResponse({"sub": sub, "status": status})


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
    Route("/users/{sub}/status", user_status, methods=["POST"]),
    Route("/health", health, methods=["GET"]),
    *control_login.routes,
    *control_oauth.routes,
    *control_admin.routes,
]
