"""Control routes for sessions and CloudBase-as-OAuth-server state.

- ``POST /emulator/v1/oauth-clients``: register (or replace) an app that uses the environment as
  its OAuth server: ``{client_id, name, client_secret?, redirect_uris?, scopes?, description?,
  picture?, url?}``. ``GET`` lists them (without secrets).
- ``GET /emulator/v1/device-codes``: the device flows started, oldest first, with the user code a
  person would read off the TV (never the device code, the device's secret).
- ``GET /emulator/v1/sessions?sub=``: live sessions (which device, which client), without tokens:
  what a person sees in "signed-in devices".
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .api import error_response
from .core import Emulator, rfc3339
from .errors import ApiError
from .handlers.oauth_server import SCOPES, show_user_code
from .wire import parse_json, read_body

Endpoint = Callable[[Request], Awaitable[Response]]


def _emulator(request: Request) -> Emulator:
    emulator: Emulator = request.app.state.emulator
    return emulator


def _errors_as_json(function: Endpoint) -> Endpoint:
    async def wrapped(request: Request) -> Response:
        try:
            return await function(request)
        except ApiError as error:
            return error_response(_emulator(request), error)

    wrapped.__name__ = function.__name__
    return wrapped


def _strings(body: dict[str, Any], name: str) -> list[str] | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ApiError("invalid_argument", f"{name} must be a list of non-empty strings")
    return list(value)


@_errors_as_json
async def oauth_clients(request: Request) -> Response:
    emu = _emulator(request)
    if request.method == "GET":
        with emu.store.atomic() as conn:
            rows = conn.execute("SELECT * FROM oauth_clients ORDER BY client_id").fetchall()
        data = [
            {
                "client_id": row["client_id"],
                "name": row["name"],
                "redirect_uris": None if row["redirect_uris"] is None else json.loads(row["redirect_uris"]),
                "scopes": json.loads(row["scopes"]),
                "has_secret": bool(row["client_secret"]),
            }
            for row in rows
        ]
        return JSONResponse({"total": len(data), "data": data})
    body = parse_json(await read_body(request))
    if not isinstance(body, dict):
        raise ApiError("invalid_argument", "body must be a JSON object")
    client_id, name = body.get("client_id"), body.get("name")
    if not isinstance(client_id, str) or not 1 <= len(client_id) <= 128:
        raise ApiError("invalid_argument", "client_id must be a string of 1-128 characters")
    if not isinstance(name, str) or not name:
        raise ApiError("invalid_argument", "name must be a non-empty string")
    secret = body.get("client_secret", "")
    if not isinstance(secret, str):
        raise ApiError("invalid_argument", "client_secret must be a string")
    redirect_uris = _strings(body, "redirect_uris")
    scopes = _strings(body, "scopes")
    if scopes is None:
        scopes = list(SCOPES)
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown:
        raise ApiError("invalid_argument", f"scopes must be among {', '.join(SCOPES)}")
    extra = {}
    for key in ("description", "picture", "url"):
        value = body.get(key)
        if value is not None and not isinstance(value, str):
            raise ApiError("invalid_argument", f"{key} must be a string")
        extra[key] = value
    with emu.store.atomic() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO oauth_clients (client_id, name, description, picture, url, client_secret,"
            " redirect_uris, scopes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                client_id,
                name,
                extra["description"],
                extra["picture"],
                extra["url"],
                secret,
                None if redirect_uris is None else json.dumps(redirect_uris),
                json.dumps(scopes),
            ),
        )
    return JSONResponse({"client_id": client_id})


@_errors_as_json
async def device_codes(request: Request) -> Response:
    emu = _emulator(request)
    with emu.store.atomic() as conn:
        rows = conn.execute("SELECT * FROM device_codes ORDER BY created_at, rowid").fetchall()
    now = emu.now()
    data = [
        {
            "user_code": show_user_code(row["user_code"]),
            "client_id": row["client_id"],
            "scope": row["scope"],
            "status": "expired" if row["status"] == "pending" and row["expires_at"] <= now else row["status"],
            "created_at": rfc3339(row["created_at"]),
            "expires_at": rfc3339(row["expires_at"]),
        }
        for row in rows
    ]
    return JSONResponse({"total": len(data), "data": data})


@_errors_as_json
async def sessions(request: Request) -> Response:
    emu = _emulator(request)
    subject = request.query_params.get("sub")
    sql = "SELECT * FROM sessions WHERE revoked = 0"
    params: tuple[str, ...] = ()
    if subject:
        sql += " AND subject = ?"
        params = (subject,)
    with emu.store.atomic() as conn:
        rows = conn.execute(sql + " ORDER BY created_at, rowid", params).fetchall()
    data = [
        {
            "sub": row["subject"],
            "device_id": row["device_id"],
            "client_id": row["client_id"],
            "provider_type": row["provider_type"],
            "created_at": rfc3339(row["created_at"]),
        }
        for row in rows
    ]
    return JSONResponse({"total": len(data), "data": data})


routes = [
    Route("/oauth-clients", oauth_clients, methods=["GET", "POST"]),
    Route("/device-codes", device_codes, methods=["GET"]),
    Route("/sessions", sessions, methods=["GET"]),
]
