"""TC3-HMAC-SHA256 request signing, as ``@cloudbase/node-sdk`` signs ``POST /token/clientCredential``.

node-sdk signs with ``@cloudbase/signature-nodejs`` (``sign({..., isCloudApi: true})``, service
``tcb``). The steps, in its order:

1. every header to sign: the name lower-cased, trimmed and URL-encoded; the value trimmed and
   lower-cased (``content-type`` keeps its value as given); the names sorted;
2. the canonical request ``METHOD\\npath\\nquery\\nname:value\\n...\\n\\nname;name\\nsha256(body)``,
   where ``body`` is the exact bytes sent (node-sdk: ``JSON.stringify`` of the body);
3. ``TC3-HMAC-SHA256\\n{timestamp}\\n{date}/tcb/tc3_request\\n{sha256(canonical request)}``,
   signed with HMAC-SHA256 keys chained over ``TC3{SecretKey}``, the UTC date, ``tcb`` and
   ``tc3_request``;
4. ``Authorization: TC3-HMAC-SHA256 Credential={SecretId}/{date}/tcb/tc3_request,
   SignedHeaders=..., Signature=..., Timestamp={timestamp}`` (``, Token=...`` with a session
   token), the timestamp being the current second minus one, as node-sdk does.

The SecretKey never leaves this module: it is not in any repr, log line or error.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from urllib.parse import quote

__all__ = ["TC3Credentials", "tc3_authorization"]

ALGORITHM = "TC3-HMAC-SHA256"
SERVICE = "tcb"
#: What the client signs on its own requests: the two headers TC3 requires.
DEFAULT_SIGNED_HEADERS = ("content-type", "host")


class TC3Credentials:
    """An API key pair (and, for temporary keys, a session token). Its repr hides the secrets."""

    __slots__ = ("secret_id", "secret_key", "session_token")

    def __init__(self, secret_id: str, secret_key: str, session_token: str | None = None) -> None:
        if not isinstance(secret_id, str) or not secret_id.strip():
            raise ValueError("secret_id must be a non-empty string")
        if not isinstance(secret_key, str) or not secret_key:
            raise ValueError("secret_key must be a non-empty string")
        if session_token is not None and not isinstance(session_token, str):
            raise ValueError("session_token must be a string")
        self.secret_id = secret_id.strip()
        self.secret_key = secret_key
        self.session_token = session_token or None

    def __repr__(self) -> str:
        return f"TC3Credentials(secret_id={self.secret_id!r}, secret_key='***')"


def _cam_safe(text: str) -> str:
    # encodeURIComponent, then !'()* encoded too (Signer.camSafeUrlEncode)
    return quote(text, safe="-_.~")


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def canonical_headers(headers: Mapping[str, str], names: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(name, value) pairs to sign, sorted by name: ``names`` (any case) or every header."""
    wanted = None if names is None else {n.strip().lower() for n in names}
    pairs: dict[str, str] = {}
    for key, value in headers.items():
        name = _cam_safe(key.strip().lower())
        if wanted is not None and key.strip().lower() not in wanted:
            continue
        if name == "content-type":
            pairs[name] = "multipart/form-data" if value.startswith("multipart/form-data") else value
        else:
            pairs[name] = str(value).strip().lower()
    return sorted(pairs.items())


def tc3_authorization(
    credentials: TC3Credentials,
    *,
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes,
    timestamp: int,
    signed_headers: Iterable[str] | None = DEFAULT_SIGNED_HEADERS,
    service: str = SERVICE,
) -> str:
    """The ``Authorization`` value for one request. ``path`` and ``query`` are as on the wire
    (percent-encoded, no ``?``), ``body`` the exact bytes sent, ``timestamp`` Unix seconds.
    ``signed_headers=None`` signs every header given (node-sdk signs all it sends)."""
    pairs = canonical_headers(headers, signed_headers)
    names = ";".join(name for name, _ in pairs)
    if signed_headers is not None:
        missing = {n.lower() for n in signed_headers} - {name for name, _ in pairs}
        if missing:
            raise ValueError(f"cannot sign: the request has no {', '.join(sorted(missing))} header")
    canonical = "\n".join(
        [
            method,
            path,
            query,
            "".join(f"{name}:{value}\n" for name, value in pairs),
            names,
            _sha256_hex(body),
        ]
    )
    date = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    scope = f"{date}/{service}/tc3_request"
    to_sign = f"{ALGORITHM}\n{timestamp}\n{scope}\n{_sha256_hex(canonical.encode('utf-8'))}"
    key = _hmac(("TC3" + credentials.secret_key).encode("utf-8"), date)
    key = _hmac(key, service)
    key = _hmac(key, "tc3_request")
    signature = hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    value = (
        f"{ALGORITHM} Credential={credentials.secret_id}/{scope}, SignedHeaders={names}, "
        f"Signature={signature}, Timestamp={timestamp}"
    )
    if credentials.session_token:
        value += f", Token={credentials.session_token}"
    return value
