"""Server side of the TC3-HMAC-SHA256 signature on ``POST /token/clientCredential``: parse the
``Authorization`` header, rebuild the canonical request from what arrived, compare.

The algorithm is the one ``@cloudbase/signature-nodejs`` signs with for node-sdk (cloud API v3,
service ``tcb``): see the ``tc3Signature`` security scheme in the spec. A signature is refused
when its SecretId is unknown, when it does not match the request (another key, body, path,
query or signed header value), or when its timestamp is more than ``WINDOW`` seconds away from
the emulator's clock. Error descriptions never quote the signature or the key.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

from .errors import ApiError

ALGORITHM = "TC3-HMAC-SHA256"
SERVICE = "tcb"
WINDOW = 300  # seconds either side of the emulator's clock (inferred: cloud API v3 allows 5 min)
REQUIRED_HEADERS = frozenset({"content-type", "host"})
_CREDENTIAL = re.compile(r"^([^/\s]+)/(\d{4}-\d{2}-\d{2})/([a-z0-9-]+)/tc3_request$")


@dataclass(frozen=True)
class Signature:
    secret_id: str
    date: str
    service: str
    signed_headers: tuple[str, ...]
    signature: str
    timestamp: int
    token: str | None


def _refuse(reason: str) -> ApiError:
    return ApiError("invalid_client", reason)


def parse(authorization: str) -> Signature:
    """The parts of a ``TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...,
    Timestamp=...`` header; ApiError(invalid_client) when it is malformed."""
    scheme, _, rest = authorization.strip().partition(" ")
    if scheme != ALGORITHM:
        raise _refuse(f"Authorization must start with {ALGORITHM}")
    parts: dict[str, str] = {}
    for item in rest.split(","):
        key, sep, value = item.strip().partition("=")
        if not sep or not key or key in parts:
            raise _refuse(
                "Authorization is not Credential=..., SignedHeaders=..., Signature=..., Timestamp=..."
            )
        parts[key] = value.strip()
    missing = [k for k in ("Credential", "SignedHeaders", "Signature", "Timestamp") if not parts.get(k)]
    if missing:
        raise _refuse(f"the TC3 signature has no {', '.join(missing)}")
    credential = _CREDENTIAL.match(parts["Credential"])
    if credential is None:
        raise _refuse("Credential must be {SecretId}/{YYYY-MM-DD}/tcb/tc3_request")
    # ASCII digits only: str.isdigit() also takes "²", which int() refuses.
    if not re.fullmatch(r"[0-9]{1,12}", parts["Timestamp"]):
        raise _refuse("Timestamp must be Unix seconds")
    if not re.fullmatch(r"[0-9a-f]{64}", parts["Signature"]):
        raise _refuse("Signature must be 64 lower-case hex digits")
    names = tuple(parts["SignedHeaders"].split(";"))
    if any(not n or n != n.lower() for n in names):
        raise _refuse("SignedHeaders must be lower-case header names separated by ';'")
    return Signature(
        secret_id=credential.group(1),
        date=credential.group(2),
        service=credential.group(3),
        signed_headers=names,
        signature=parts["Signature"],
        timestamp=int(parts["Timestamp"]),
        token=parts.get("Token"),
    )


def expected_signature(
    secret_key: str,
    sig: Signature,
    *,
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes,
) -> str:
    lines = []
    for name in sorted(sig.signed_headers):
        value = headers.get(name)
        if value is None:
            raise _refuse(f"signed header {name} is not in the request")
        lines.append(
            f"{quote(name, safe='-_.~')}:{value if name == 'content-type' else value.strip().lower()}\n"
        )
    canonical = "\n".join(
        [
            method,
            path,
            query,
            "".join(lines),
            ";".join(sorted(sig.signed_headers)),
            hashlib.sha256(body).hexdigest(),
        ]
    )
    scope = f"{sig.date}/{sig.service}/tc3_request"
    to_sign = (
        f"{ALGORITHM}\n{sig.timestamp}\n{scope}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"
    )
    key = ("TC3" + secret_key).encode("utf-8")
    for part in (sig.date, sig.service, "tc3_request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def verify(
    sig: Signature,
    secret_key: str | None,
    *,
    now: float,
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    body: bytes,
) -> None:
    """Raise ApiError(invalid_client) unless ``sig`` signs this request with ``secret_key``."""
    if secret_key is None:
        raise _refuse("unknown SecretId")
    if sig.service != SERVICE:
        raise _refuse(f"the credential scope must name the service {SERVICE!r}")
    if abs(now - sig.timestamp) > WINDOW:
        raise _refuse(f"the signature's Timestamp is more than {WINDOW} s away from the server's clock")
    if datetime.fromtimestamp(sig.timestamp, UTC).strftime("%Y-%m-%d") != sig.date:
        raise _refuse("the credential date is not the UTC date of the Timestamp")
    missing = REQUIRED_HEADERS - set(sig.signed_headers)
    if missing:
        raise _refuse(f"SignedHeaders must include {', '.join(sorted(missing))}")
    # the canonical request is built over signed headers in sorted order, as the signer sorts them
    if list(sig.signed_headers) != sorted(sig.signed_headers):
        raise _refuse("SignedHeaders must be sorted")
    expected = expected_signature(
        secret_key, sig, method=method, path=path, query=query, headers=headers, body=body
    )
    if not hmac.compare_digest(expected, sig.signature):
        raise _refuse("TC3 signature does not match the request")
