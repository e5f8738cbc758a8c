"""What the official SDKs put on the wire, read leniently: bodies with no or a text/plain content
type, a 64 KiB cap, Bearer and Basic credentials."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from starlette.requests import Request

from .errors import ApiError

MAX_BODY = 64 * 1024


async def read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise ApiError("invalid_argument", f"request body exceeds {MAX_BODY} bytes", status=413)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError("invalid_argument", f"request body exceeds {MAX_BODY} bytes", status=413)
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json(raw: bytes) -> Any:
    """JSON whatever the content type (the SDK sends text/plain or none); empty means ``{}``."""
    if not raw.strip():
        return {}
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ApiError("invalid_argument", "request body is not valid JSON") from exc


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
