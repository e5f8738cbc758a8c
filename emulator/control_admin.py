"""Control routes for the API key pairs (and access keys) the emulator accepts
on ``POST /auth/v1/token/clientCredential``, and faults in the access gateway's error shape."""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .api import error_response
from .core import Emulator, Fault
from .errors import ApiError
from .handlers.admin import access_keys, add_access_key, add_key_pair, key_pairs
from .wire import parse_json, read_body

_MAX = 256


def configure(
    emu: Emulator, *, secret_id: str | None, secret_key: str | None, access_key: str | None
) -> None:
    """What `authgen emulator --secret-id ... --secret-key ... --access-key ...` sets up."""
    if (secret_id is None) != (secret_key is None):
        raise ValueError("give --secret-id and --secret-key together")
    if secret_id is not None and secret_key is not None:
        add_key_pair(emu, _text(secret_id, "secret_id"), _text(secret_key, "secret_key"))
    if access_key is not None:
        add_access_key(emu, _text(access_key, "access_key"))


def _text(value: Any, name: str) -> str:
    if (
        not isinstance(value, str)
        or not value.strip()
        or len(value) > _MAX
        or any(c in value for c in ", /\n\r")
    ):
        raise ValueError(
            f"{name} must be a non-empty string of at most {_MAX} characters without ',', '/' or spaces"
        )
    return value


def _listing(emu: Emulator) -> dict[str, Any]:
    return {"key_pairs": key_pairs(emu), "access_keys": access_keys(emu)}


async def admin_credentials(request: Request) -> Response:
    """GET: every key pair and access key; POST {secret_id, secret_key} or {access_key}: add one."""
    emu: Emulator = request.app.state.emulator
    try:
        if request.method == "POST":
            body = parse_json(await read_body(request))
            if not isinstance(body, dict) or not (
                set(body) == {"access_key"} or set(body) == {"secret_id", "secret_key"}
            ):
                raise ApiError("invalid_argument", "send {secret_id, secret_key} or {access_key}")
            try:
                configure(
                    emu,
                    secret_id=body.get("secret_id"),
                    secret_key=body.get("secret_key"),
                    access_key=body.get("access_key"),
                )
            except ValueError as exc:
                raise ApiError("invalid_argument", str(exc).replace("--", "").replace("-", "_")) from exc
        return JSONResponse(_listing(emu))
    except ApiError as error:
        return error_response(emu, error)


_GATEWAY_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")


async def gateway_faults(request: Request) -> Response:
    """POST {operation, status, code, message?, count?}: the next `count` calls of that
    operationId are refused by "the gateway": `status` with `{code, message, requestId}`."""
    emu: Emulator = request.app.state.emulator
    try:
        body = parse_json(await read_body(request))
        if not isinstance(body, dict):
            raise ApiError("invalid_argument", "body must be a JSON object")
        operation, status, code = body.get("operation"), body.get("status"), body.get("code")
        count, message = body.get("count", 1), body.get("message", "refused by the gateway (emulator fault)")
        if not isinstance(operation, str) or operation not in emu.spec.by_id:
            raise ApiError("invalid_argument", "operation must be an operationId of the spec")
        if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
            raise ApiError("invalid_argument", "status must be an HTTP error status (400-599)")
        if not isinstance(code, str) or not _GATEWAY_CODE.match(code):
            raise ApiError("invalid_argument", "code must be an upper-case gateway code such as INVALID_ENV")
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ApiError("invalid_argument", "count must be an integer >= 1")
        if not isinstance(message, str):
            raise ApiError("invalid_argument", "message must be a string")
        emu.add_fault(
            operation, Fault(status=status, error=code, description=message, remaining=count, gateway=True)
        )
        return JSONResponse({})
    except ApiError as error:
        return error_response(emu, error)


routes = [
    Route("/admin-credentials", admin_credentials, methods=["GET", "POST"]),
    Route("/gateway-faults", gateway_faults, methods=["POST"]),
]
