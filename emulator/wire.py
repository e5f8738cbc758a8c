"""What the official SDKs put on the wire, read leniently: bodies with no or a text/plain content
type, a 64 KiB cap, Bearer and Basic credentials."""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import math
from typing import Any

from starlette.requests import Request

from .errors import ApiError
from .serve import BODY_TIMEOUT

MAX_BODY = 64 * 1024
MAX_DEPTH = 32  # arrays and objects nested deeper than this are refused


async def read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "").strip()
    # ASCII digits only (str.isdigit() also takes "²", which int() refuses); compare the
    # digits' length first: int() of a 5,000-digit header would raise.
    if declared.isascii() and declared.isdigit() and (len(declared) > 12 or int(declared) > MAX_BODY):
        raise ApiError("invalid_argument", f"request body exceeds {MAX_BODY} bytes", status=413)
    timeout = getattr(request.app.state, "body_timeout", BODY_TIMEOUT) if "app" in request.scope else None
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_BODY:
                    raise ApiError("invalid_argument", f"request body exceeds {MAX_BODY} bytes", status=413)
                chunks.append(chunk)
    except TimeoutError as exc:
        raise ApiError(
            "invalid_argument", f"request body not received within {timeout:g} s", status=408
        ) from exc
    return b"".join(chunks)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _refusal(value: Any) -> str | None:
    """Why ``value`` cannot be taken, or None: arrays/objects nested deeper than MAX_DEPTH, or
    a string (key or value) with a lone surrogate ("\\ud800" parses, but no handler can store,
    hash or echo it). Iterative: no recursion."""
    if isinstance(value, str):
        return None if _unicode(value) else _SURROGATE
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            if not all(_unicode(key) for key in node):
                return _SURROGATE
            children: Any = node.values()
        else:
            children = node if isinstance(node, list) else ()
        for child in children:
            if isinstance(child, str):
                if not _unicode(child):
                    return _SURROGATE
            elif isinstance(child, dict | list):
                if depth + 1 > MAX_DEPTH:
                    return f"request body nests deeper than {MAX_DEPTH} levels"
                stack.append((child, depth + 1))
    return None


_SURROGATE = "strings must be valid Unicode (no lone surrogates)"


# Made once: json.loads and json.dumps build a new decoder or encoder on every call that passes
# options. The encoder writes what Starlette's JSONResponse writes.
_DECODER = json.JSONDecoder(parse_float=_finite, parse_constant=_no_constant)
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def encode_json(value: Any) -> bytes:
    """A response body: compact UTF-8 JSON, no NaN or Infinity."""
    return _ENCODER.encode(value).encode("utf-8")


def parse_json(raw: bytes) -> Any:
    """JSON whatever the content type (the SDK sends text/plain or none); empty means ``{}``.

    Strict JSON only: ``NaN``/``Infinity``, numbers that overflow a float, integers over
    Python's 4,300-digit conversion limit, nesting deeper than MAX_DEPTH and strings with a
    lone surrogate are all refused with ``invalid_argument``, never a 500."""
    if not raw.strip():
        return {}
    try:
        value = _DECODER.decode(raw.decode("utf-8"))
    except RecursionError as exc:
        raise ApiError("invalid_argument", f"request body nests deeper than {MAX_DEPTH} levels") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        # ValueError covers JSONDecodeError, NaN/Infinity, float overflow and the int limit.
        raise ApiError("invalid_argument", "request body is not valid JSON") from exc
    refusal = _refusal(value)
    if refusal is not None:
        raise ApiError("invalid_argument", refusal)
    return value


def credentials(authorization: str | None) -> tuple[str | None, tuple[str, str] | None]:
    """(bearer token, (basic user, basic password)) from an Authorization header."""
    if not authorization:
        return None, None
    scheme, _, value = authorization.strip().partition(" ")
    value = value.strip()
    if scheme.lower() == "bearer":
        return value, None
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None, None
        user, sep, password = decoded.partition(":")
        return None, ((user, password) if sep else None)
    return None, None
