"""Signing cases for TC3-signed operations: fixed inputs, the one Authorization value they give.

A request case cannot pin a TC3 signature (it depends on the clock), so each signed operation
also gets signing cases: a request's method, path, query, signed headers and exact body bytes,
a key pair and a timestamp, and the `Authorization` header they must produce. A client's signer
is run on them directly. The expected value is computed here from the algorithm as the spec's
`tc3Signature` scheme describes it (Tencent Cloud API v3, service `tcb`, node-sdk's header
layout), independently of any client's code.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

ALGORITHM = "TC3-HMAC-SHA256"
SERVICE = "tcb"
# 2026-01-01T00:00:00Z, and a second late on a day, so the date in the scope is the UTC one.
TIMESTAMPS = (1767225600, 1767311999)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def authorization(
    *,
    secret_id: str,
    secret_key: str,
    session_token: str | None,
    method: str,
    path: str,
    query: str,
    headers: dict[str, str],
    body: str,
    timestamp: int,
) -> str:
    """`Authorization: TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...,
    Timestamp=...` over every header in `headers` (names lower-case, values trimmed)."""
    pairs = sorted((name.strip().lower(), value.strip().lower()) for name, value in headers.items())
    names = ";".join(name for name, _ in pairs)
    canonical = "\n".join(
        [method, path, query, "".join(f"{n}:{v}\n" for n, v in pairs), names, _sha256(body.encode("utf-8"))]
    )
    date = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    scope = f"{date}/{SERVICE}/tc3_request"
    to_sign = f"{ALGORITHM}\n{timestamp}\n{scope}\n{_sha256(canonical.encode('utf-8'))}"
    key = _hmac(_hmac(_hmac(f"TC3{secret_key}".encode(), date), SERVICE), "tc3_request")
    signature = hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    value = f"{ALGORITHM} Credential={secret_id}/{scope}, SignedHeaders={names}, Signature={signature}, Timestamp={timestamp}"
    return value + (f", Token={session_token}" if session_token else "")


def signing_cases(
    operation_id: str, request: dict[str, Any], host: str, secret_id: str, secret_key: str
) -> list[dict[str, Any]]:
    """Cases for one signed operation, from its first request case's `request`: its body as
    compact JSON bytes (what a client sends is up to it; the signature covers what was sent)."""
    body = (
        ""
        if request["body"] is None
        else json.dumps(request["body"], separators=(",", ":"), ensure_ascii=False)
    )
    query = urlencode([(k, v) for k, v in request["query"]])
    headers = {"content-type": "application/json", "host": host}
    cases = []
    for timestamp in TIMESTAMPS:
        for session_token in (None, "vectors-session-token"):
            inputs = {
                "method": request["method"],
                "path": request["path"],
                "query": query,
                "headers": headers,
                "body": body,
                "timestamp": timestamp,
            }
            credentials: dict[str, Any] = {"secret_id": secret_id, "secret_key": secret_key}
            if session_token:
                credentials["session_token"] = session_token
            name = f"{operation_id}/signature/{timestamp}" + ("/token" if session_token else "")
            cases.append(
                {
                    "name": name,
                    "description": "a fixed request signed at a fixed time"
                    + (" with temporary keys (a session token)" if session_token else ""),
                    "credentials": credentials,
                    "input": inputs,
                    "authorization": authorization(
                        secret_id=secret_id, secret_key=secret_key, session_token=session_token, **inputs
                    ),
                }
            )
    return cases
