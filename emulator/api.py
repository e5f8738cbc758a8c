"""The /auth/v1 dispatcher: match the spec operation, validate, run the handler, check the answer.

It is plain ASGI, in front of Starlette's router (``ApiMiddleware``): a request to /auth/v1 is
read, answered and written here, without Starlette's ``Request``, routing and response objects,
which cost more than the rest of an introspect. Everything per request that could be done once
is done when the app is made: the route table and compiled validators (``validation.Spec``), the
JSON encoder and decoder (``wire``). The control API (/emulator/v1) and the error pages stay
Starlette's; CORS and the 500 page wrap both, as middleware of the Starlette app.
"""

from __future__ import annotations

import asyncio
import secrets
from typing import Any
from urllib.parse import quote

from starlette.datastructures import QueryParams
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .core import Call, Emulator
from .errors import ApiError, ErrorCatalogue
from .handlers import HANDLERS
from .signer import PendingToken
from .store import StoreUnavailable
from .validation import RequestInvalid
from .wire import MAX_BODY, credentials, encode_json, parse_json

PREFIX = "/auth/v1"
# Parameters the spec marks required whose absence the service reports as something other than
# invalid_argument: a missing sudo token is a bad sudo token (permission_denied), and
# updatePassword also takes it from the body.
_CHECKED_BY_HANDLER = frozenset({"sudo_token"})
# Methods the /auth/v1 route answered before (the rest: 405 as Starlette's router did).
_ROUTED_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"})
_NO_QUERY = QueryParams("")
_JSON_HEADERS = [(b"content-type", b"application/json")]


def error_response(emu: Emulator, error: ApiError, headers: dict[str, str] | None = None) -> JSONResponse:
    """The error body as a Starlette response (the control API's)."""
    status = error.status or emu.errors.status(error.error)
    return JSONResponse(emu.errors.body(error.error, error.description), status_code=status, headers=headers)


class ApiMiddleware:
    """Serves /auth/v1/... itself; passes everything else on. The emulator is read from the
    Starlette app the request came through (``scope["app"].state.emulator``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"] if scope["type"] == "http" else ""
        root = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :]
        if not path.startswith(PREFIX + "/"):
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        answer = await dispatch(state.emulator, scope, receive, path[len(PREFIX) :], state.body_timeout)
        if answer is None:
            return  # the client went away mid-body: nobody to answer
        status, content, extra = answer
        body = encode_json(content)
        headers = [*_JSON_HEADERS, (b"content-length", str(len(body)).encode())]
        headers += [(name.encode(), value.encode("latin-1")) for name, value in extra.items()]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _headers(scope: Scope) -> dict[str, str]:
    """Header name -> value, the first of repeated ones (as Starlette's ``Headers.get``)."""
    headers: dict[str, str] = {}
    for name, value in scope["headers"]:
        key = name.decode("latin-1")
        if key not in headers:
            headers[key] = value.decode("latin-1")
    return headers


def _raw_path(scope: Scope) -> str:
    """The path as sent, still percent-encoded (what a TC3 signature covers)."""
    raw = scope.get("raw_path")
    if isinstance(raw, bytes) and raw:
        return raw.split(b"?", 1)[0].decode("latin-1")
    return quote(scope.get("root_path", "") + scope["path"])


async def _read_body(receive: Receive, headers: dict[str, str], timeout: float | None) -> bytes | None:
    """The whole body (None if the client disconnected), at most MAX_BODY bytes, within
    ``timeout`` seconds (else 408)."""
    declared = headers.get("content-length", "").strip()
    # ASCII digits only (str.isdigit() also takes "²", which int() refuses); compare the
    # digits' length first: int() of a 5,000-digit header would raise.
    if declared.isascii() and declared.isdigit() and (len(declared) > 12 or int(declared) > MAX_BODY):
        raise ApiError("invalid_argument", f"request body exceeds {MAX_BODY} bytes", status=413)
    if not declared and "transfer-encoding" not in headers:
        # No body on the wire (HTTP/1.1: neither length nor chunks): nothing to wait for.
        message = await receive()
        return b"" if message["type"] == "http.request" else None
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(timeout):
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return None
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > MAX_BODY:
                    raise ApiError("invalid_argument", f"request body exceeds {MAX_BODY} bytes", status=413)
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
    except TimeoutError as exc:
        raise ApiError(
            "invalid_argument", f"request body not received within {timeout:g} s", status=408
        ) from exc
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _translate(invalid: RequestInvalid) -> ApiError:
    if invalid.location == "body.grant_type" and invalid.keyword == "enum":
        return ApiError("unsupported_grant_type", "unsupported grant type")
    return ApiError("invalid_argument", invalid.message)


def _refusal(errors: ErrorCatalogue, error: ApiError) -> tuple[int, dict[str, Any]]:
    return error.status or errors.status(error.error), errors.body(error.error, error.description)


# The API's refusals keep the request's writes (a failed attempt still counts); anything else
# raised by a handler rolls the whole request back.
_KEEP = (ApiError, RequestInvalid)


async def dispatch(
    emu: Emulator, scope: Scope, receive: Receive, path: str, body_timeout: float | None
) -> tuple[int, Any, dict[str, str]] | None:
    """(status, JSON body, extra headers) for one /auth/v1 request; None when the client left."""
    method = scope["method"]
    headers = _headers(scope)
    request_id = headers.get("x-request-id")
    echo = {"x-request-id": request_id} if request_id and len(request_id) <= 128 else {}
    if method not in _ROUTED_METHODS:
        # what Starlette's router answered for a method the route did not take
        return 405, emu.errors.body("invalid_argument", f"{method} is not allowed here"), {}
    operation, path_params, path_known = emu.spec.match(method, path)
    if operation is None:
        if path_known:
            error = ApiError("invalid_argument", f"{method} is not allowed on {path}", status=405)
        else:
            error = ApiError("not_found", f"no operation at {method} /auth/v1{path}")
        return (*_refusal(emu.errors, error), echo)

    fault = emu.take_fault(operation.operation_id)
    if fault is not None:
        extra = dict(echo)
        if fault.retry_after is not None:
            extra["retry-after"] = str(fault.retry_after)
        refusal = (
            {"code": fault.error, "message": fault.description, "requestId": "gw-" + secrets.token_hex(8)}
            if fault.gateway
            else emu.errors.body(fault.error, fault.description)
        )
        return fault.status, refusal, extra

    status = 200
    result: dict[str, Any]
    try:
        raw = await _read_body(receive, headers, body_timeout)
        if raw is None:
            return None
        query_string: bytes = scope.get("query_string", b"")
        query = QueryParams(query_string) if query_string else _NO_QUERY
        params = emu.spec.parse_parameters(
            operation, query, headers, path_params, optional=_CHECKED_BY_HANDLER
        )
        body: Any = {}
        if operation.body_validator is not None:
            body = parse_json(raw)
            emu.spec.validate_body(operation, body)
        bearer, basic = credentials(headers.get("authorization"))
        client = scope.get("client")
        call = Call(
            operation=operation,
            body=body,
            params=params,
            headers=headers,
            client_id=str(
                params.get("client_id")
                or (body.get("client_id") if isinstance(body, dict) else None)
                or emu.env_id
            ),
            device_id=params.get("x-device-id"),
            bearer=bearer,
            basic=basic,
            raw_body=raw,
            raw_path=_raw_path(scope),
            raw_query=query_string.decode("latin-1"),
            peer=client[0] if client else "",
        )
        if emu.executor is None:
            result = _run(emu, call)
        else:
            # --threads: handlers in worker threads (the request's transaction with them: the
            # store's lock is per thread)
            result = await asyncio.get_running_loop().run_in_executor(emu.executor, _run, emu, call)
        signer = emu.signer
        if signer is not None:
            # signed now, after the transaction, by the signing process (emulator/signer.py)
            for name, value in result.items():
                if isinstance(value, PendingToken):
                    result[name] = await signer.complete(value)
    except RequestInvalid as invalid:
        status, result = _refusal(emu.errors, _translate(invalid))
    except ApiError as error:
        status, result = _refusal(emu.errors, error)
    except StoreUnavailable as exc:
        status = emu.errors.status("unavailable")
        result = emu.errors.body("unavailable", f"the emulator's database cannot take writes: {exc}")
    except UnicodeEncodeError:
        # A JSON string with a lone surrogate ("\ud800") parses but cannot be stored or hashed.
        status = emu.errors.status("invalid_argument")
        result = emu.errors.body("invalid_argument", "strings must be valid Unicode (no lone surrogates)")
    if emu.validate_responses:
        emu.spec.check_response(operation, status, result)
    return status, result, echo


def _run(emu: Emulator, call: Call) -> dict[str, Any]:
    """The handler, in the request's one transaction."""
    with emu.store.request(keep=_KEEP):
        return HANDLERS[call.operation.operation_id](emu, call)
