"""Control routes of surface group C: the API key pairs (and access keys) the emulator accepts
on ``POST /auth/v1/token/clientCredential``."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .api import error_response
from .core import Emulator
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


routes = [Route("/admin-credentials", admin_credentials, methods=["GET", "POST"])]
