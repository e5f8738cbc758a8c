"""Custom-login tickets, minted exactly as ``@cloudbase/node-sdk`` 3.18.3's ``createTicket``.

The ticket is ``private_key_id + "/@@/" + jwt`` where the JWT is RS256 over the header
``{"alg":"RS256","typ":"JWT"}`` and the payload, in this key order, ``alg`` ("RS256" again),
``env``, ``iat`` (now, epoch **milliseconds**), ``exp`` (``iat`` + 600000: ten minutes), ``uid``,
``refresh`` (a duration in ms, default one hour) and ``expire`` (an absolute epoch time in ms,
default ``iat`` + seven days). RS256 signatures are deterministic, so for the same key, clock and
arguments the bytes equal node-sdk's. Keys under 2048 bits are accepted, as node-sdk does.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["TicketError", "create_ticket"]

#: node-sdk's ``checkCustomUserIdRegex``: 4-32 characters from this set.
UID_RE = re.compile(r"[a-zA-Z0-9_\-#@~=*(){}\[\]:.,<>+]{4,32}")

_UID_RULE = "4-32 characters from letters, digits and _-#@~=*()" + "{" + "}[]:.,<>+"
TICKET_LIFETIME_MS = 10 * 60 * 1000
DEFAULT_REFRESH_MS = 3600 * 1000
DEFAULT_EXPIRE_AFTER_MS = 7 * 24 * 60 * 60 * 1000
_HEADER = b'{"alg":"RS256","typ":"JWT"}'


class TicketError(ValueError):
    """The ticket cannot be made (bad uid, bad or mismatched credentials). Never shows the key."""


def _now_ms() -> int:
    """``Date.now()``: the clock ``create_ticket`` reads (tests replace it)."""
    return time.time_ns() // 1_000_000


def _b64url(data: bytes) -> bytes:
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def _load_credentials(credentials: str | os.PathLike[str] | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(credentials, Mapping):
        return credentials
    if isinstance(credentials, str | os.PathLike):
        path = Path(credentials)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise TicketError(f"cannot read credentials file {path}: {exc.strerror or type(exc).__name__}") from None
        try:
            data = json.loads(text)
        except ValueError:
            raise TicketError(f"credentials file {path} is not valid JSON") from None
        if not isinstance(data, dict):
            raise TicketError(f"credentials file {path} is not a JSON object")
        return data
    raise TicketError("credentials must be a path to tcb_custom_login.json or a mapping")


def _number(name: str, value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TicketError(f"{name} must be a number of milliseconds")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise TicketError(f"{name} must be a finite number of milliseconds")
        if value.is_integer():
            return int(value)  # JSON.stringify(3600000.0) is "3600000"
    return value


def create_ticket(
    credentials: str | os.PathLike[str] | Mapping[str, Any],
    uid: str,
    *,
    env_id: str | None = None,
    refresh: int = DEFAULT_REFRESH_MS,
    expire: int | None = None,
) -> str:
    """A custom-login ticket for ``uid``, for ``POST /auth/v1/signin/custom``.

    ``credentials`` is the path of the console's ``tcb_custom_login.json`` or a mapping with
    ``private_key_id``, ``private_key`` (PEM) and ``env_id``. ``env_id`` (default: the one in the
    credentials) must equal the credentials' ``env_id``. ``refresh`` is a duration in
    milliseconds; ``expire`` an absolute epoch time in milliseconds (default: now + 7 days).
    The ticket itself is valid for 10 minutes. Raises ``TicketError``.
    """
    if not isinstance(uid, str):
        raise TicketError("uid must be a string")
    if not UID_RE.fullmatch(uid):
        raise TicketError(f"Invalid uid: {json.dumps(uid)} ({_UID_RULE})")
    timestamp = _now_ms()
    creds = _load_credentials(credentials)
    if env_id is not None and (not isinstance(env_id, str) or not env_id):
        raise TicketError("env_id must be a non-empty string")
    cred_env = creds.get("env_id")
    if not cred_env:
        raise TicketError(
            "the credentials contain no env_id: download a new custom-login private key from the CloudBase console"
        )
    env = env_id if env_id is not None else cred_env
    if not isinstance(env, str) or cred_env != env:
        raise TicketError(f"the credentials belong to env {cred_env!r}, not to {env!r}")
    private_key_id = creds.get("private_key_id")
    private_key = creds.get("private_key")
    if not isinstance(private_key_id, str) or not private_key_id:
        raise TicketError("the credentials contain no private_key_id")
    if not isinstance(private_key, str) or not private_key.strip():
        raise TicketError("the credentials contain no private_key")

    payload = {
        "alg": "RS256",
        "env": env,
        "iat": timestamp,
        "exp": timestamp + TICKET_LIFETIME_MS,
        "uid": uid,
        "refresh": _number("refresh", refresh),
        "expire": _number("expire", expire) if expire is not None else timestamp + DEFAULT_EXPIRE_AFTER_MS,
    }
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    signing_input = _b64url(_HEADER) + b"." + _b64url(body)
    signature = _sign_rs256(signing_input, private_key)
    return private_key_id + "/@@/" + (signing_input + b"." + _b64url(signature)).decode("ascii")


def _sign_rs256(message: bytes, private_key_pem: str) -> bytes:
    # Imported here: the crypto backend is only needed by the few programs that mint tickets.
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from jwt.algorithms import RSAAlgorithm
    from jwt.exceptions import InvalidKeyError

    algorithm = RSAAlgorithm(RSAAlgorithm.SHA256)
    try:
        key = algorithm.prepare_key(private_key_pem)
    except (InvalidKeyError, ValueError, TypeError):
        raise TicketError("private_key is not a PEM RSA private key") from None
    if not isinstance(key, RSAPrivateKey):
        raise TicketError("private_key is a public key; a PEM RSA private key is needed")
    try:
        return algorithm.sign(message, key)
    except (ValueError, TypeError):
        raise TicketError("private_key cannot sign with RS256") from None
