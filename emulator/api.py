"""The /auth/v1 dispatcher: match the spec operation, validate, run the handler, check the answer."""

from __future__ import annotations

import asyncio
import secrets
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .core import Call, Emulator
from .errors import ApiError
from .handlers import HANDLERS
from .store import StoreUnavailable
from .validation import RequestInvalid
from .wire import credentials, parse_json, read_body

# Parameters the spec marks required whose absence the service reports as something other than
# invalid_argument: a missing sudo token is a bad sudo token (permission_denied), and
# updatePassword also takes it from the body.
_CHECKED_BY_HANDLER = frozenset({"sudo_token"})


def error_response(emu: Emulator, error: ApiError, headers: dict[str, str] | None = None) -> JSONResponse:
    status = error.status or emu.errors.status(error.error)
    return JSONResponse(emu.errors.body(error.error, error.description), status_code=status, headers=headers)


def _raw_path(request: Request) -> str:
    """The path as sent, still percent-encoded (what a TC3 signature covers)."""
    raw = request.scope.get("raw_path")
    if isinstance(raw, bytes) and raw:
        return raw.split(b"?", 1)[0].decode("latin-1")
    return quote(request.scope.get("root_path", "") + request.scope["path"])


def _translate(invalid: RequestInvalid) -> ApiError:
    if invalid.location == "body.grant_type" and invalid.keyword == "enum":
        return ApiError("unsupported_grant_type", "unsupported grant type")
    return ApiError("invalid_argument", invalid.message)


async def dispatch(request: Request) -> Response:
    emu: Emulator = request.app.state.emulator
    path = "/" + request.path_params["path"]
    request_id = request.headers.get("x-request-id")
    echo = {"x-request-id": request_id} if request_id and len(request_id) <= 128 else {}
    operation, path_params, path_known = emu.spec.match(request.method, path)
    if operation is None:
        if path_known:
            error = ApiError("invalid_argument", f"{request.method} is not allowed on {path}", status=405)
        else:
            error = ApiError("not_found", f"no operation at {request.method} /auth/v1{path}")
        return error_response(emu, error, echo)

    fault = emu.take_fault(operation.operation_id)
    if fault is not None:
        headers = dict(echo)
        if fault.retry_after is not None:
            headers["retry-after"] = str(fault.retry_after)
        refusal = (
            {"code": fault.error, "message": fault.description, "requestId": "gw-" + secrets.token_hex(8)}
            if fault.gateway
            else emu.errors.body(fault.error, fault.description)
        )
        return JSONResponse(refusal, status_code=fault.status, headers=headers)

    status = 200
    result: dict[str, Any]
    try:
        raw = await read_body(request)
        params = emu.spec.parse_parameters(
            operation, request.query_params, request.headers, path_params, optional=_CHECKED_BY_HANDLER
        )
        body: Any = {}
        if operation.body_validator is not None:
            body = parse_json(raw)
            emu.spec.validate_body(operation, body)
        bearer, basic = credentials(request.headers.get("authorization"))
        call = Call(
            operation=operation,
            body=body,
            params=params,
            headers=request.headers,
            client_id=str(
                params.get("client_id")
                or (body.get("client_id") if isinstance(body, dict) else None)
                or emu.env_id
            ),
            device_id=params.get("x-device-id"),
            bearer=bearer,
            basic=basic,
            raw_body=raw,
            raw_path=_raw_path(request),
            raw_query=request.scope.get("query_string", b"").decode("latin-1"),
            peer=request.client.host if request.client else "",
        )
        handle = HANDLERS[operation.operation_id]
        if emu.executor is None:
            result = handle(emu, call)
        else:
            # RS256 signing releases the GIL: in a worker thread it overlaps with the event loop
            # parsing the next request. Handlers sign outside the store's lock.
            result = await asyncio.get_running_loop().run_in_executor(emu.executor, handle, emu, call)
    except RequestInvalid as invalid:
        error = _translate(invalid)
        status, result = (
            error.status or emu.errors.status(error.error),
            emu.errors.body(error.error, error.description),
        )
    except ApiError as error:
        status, result = (
            error.status or emu.errors.status(error.error),
            emu.errors.body(error.error, error.description),
        )
    except StoreUnavailable as exc:
        status = emu.errors.status("unavailable")
        result = emu.errors.body("unavailable", f"the emulator's database cannot take writes: {exc}")
    except UnicodeEncodeError:
        # A JSON string with a lone surrogate ("\ud800") parses but cannot be stored or hashed.
        status = emu.errors.status("invalid_argument")
        result = emu.errors.body("invalid_argument", "strings must be valid Unicode (no lone surrogates)")
    if emu.validate_responses:
        emu.spec.check_response(operation, status, result)
    return JSONResponse(result, status_code=status, headers=echo)
