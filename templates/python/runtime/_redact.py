"""Redaction of secrets in what the client logs, shows or raises.

Two layers: structures (mappings, query parameters, headers) are redacted by key, using the
spec's ``x-secret`` property names plus a built-in list; free text (error descriptions,
transport messages) is redacted by the literal secret values the client knows about and by
patterns (``Bearer ...``, ``Basic ...``, JWTs, ``password=...``-style pairs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "BUILTIN_SECRET_FIELDS",
    "REDACTED",
    "additional_properties_repr",
    "is_secret_key",
    "redact",
    "redact_headers",
    "redact_text",
    "redact_url",
    "secret_repr",
]

REDACTED = "[REDACTED]"

#: Names that are secret whatever the spec says (lower-case). The spec's ``SECRET_FIELDS`` are
#: added by the client.
BUILTIN_SECRET_FIELDS: frozenset[str] = frozenset(
    {
        "access_token",
        "anonymous_token",
        "authorization",
        "captcha_token",
        "client_secret",
        "code",
        "code_verifier",
        "confirm_password",
        "device_code",
        "encrypt_new_password",
        "encrypt_password",
        "id_token",
        "new_password",
        "old_password",
        "password",
        "private_key",
        "provider_access_token",
        "provider_code",
        "provider_id_token",
        "provider_token",
        "provider_trans_token",
        "proxy-authorization",
        "refresh_token",
        "secret_key",
        "secretkey",
        "sudo_token",
        "ticket",
        "token",
        "verification_code",
        "verification_token",
        "x-captcha-token",
    }
)

# In free text, "code" and "token" alone are too common ("status code: 500") to be treated as keys.
_SECRET_KEY_PATTERN = "|".join(
    re.escape(name)
    for name in sorted(BUILTIN_SECRET_FIELDS, key=len, reverse=True)
    if "-" not in name and name not in {"code", "token"}
)
# "password": "x", password=x, 'token': 'x', refresh_token: x ... (JSON, query strings, reprs)
_PAIR_RE = re.compile(
    r"(?P<key>[\"']?\b(?:" + _SECRET_KEY_PATTERN + r")\b[\"']?\s*[:=]\s*)(?P<q>[\"']?)(?!\[REDACTED\])(?P<value>[^\"'\s,&;}\]]+)",
    re.IGNORECASE,
)
_AUTH_RE = re.compile(r"\b(?P<scheme>Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
_JWT_RE = re.compile(r"\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_PEM_RE = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", re.DOTALL)


def is_secret_key(key: str, extra: Iterable[str] = ()) -> bool:
    """True when a field, query parameter or header of this name carries a secret."""
    lowered = key.lower()
    return lowered in BUILTIN_SECRET_FIELDS or lowered in extra


def redact(value: Any, secret_fields: frozenset[str] = frozenset()) -> Any:
    """A copy of ``value`` (nested mappings and lists) with every secret-named field replaced."""
    if isinstance(value, Mapping):
        return {
            k: (REDACTED if isinstance(k, str) and is_secret_key(k, secret_fields) else redact(v, secret_fields))
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [redact(v, secret_fields) for v in value]
    return value


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers with ``Authorization`` and other credential headers replaced."""
    return {k: (REDACTED if is_secret_key(k) else v) for k, v in headers.items()}


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with known secret values and secret-looking patterns replaced.

    ``secrets`` are literal values to remove wherever they appear (values shorter than 4
    characters are skipped: replacing them would mangle ordinary words).
    """
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _PEM_RE.sub(REDACTED, text)
    text = _AUTH_RE.sub(lambda m: f"{m.group('scheme')} {REDACTED}", text)
    text = _JWT_RE.sub(REDACTED, text)
    return _PAIR_RE.sub(lambda m: f"{m.group('key')}{m.group('q')}{REDACTED}", text)


_QUERY_PAIR_RE = re.compile(r"(?P<sep>[?&])(?P<key>[^=&#\s]+)=(?P<value>[^&#\s\"']*)")


def redact_url(text: str, secret_fields: Iterable[str] = ()) -> str:
    """``text`` (a URL, or a line holding URLs) with the value of every query parameter that
    carries a secret replaced: ``/user/me?sudo_token=abc`` -> ``/user/me?sudo_token=[REDACTED]``."""
    if "?" not in text:
        return text
    extra = frozenset(name.lower() for name in secret_fields)

    def sub(match: re.Match[str]) -> str:
        from urllib.parse import unquote

        if not is_secret_key(unquote(match.group("key")), extra):
            return match.group(0)
        return f"{match.group('sep')}{match.group('key')}={REDACTED}"

    return _QUERY_PAIR_RE.sub(sub, text)


def secret_repr(value: Any) -> str:
    """How a model shows a field the spec marks ``x-secret``: ``[REDACTED]`` when it holds a
    value, the plain ``repr`` when it is unset or ``None`` (so a reader still sees absence)."""
    if isinstance(value, str | bytes | Mapping | list | tuple | int | float):
        return REDACTED
    return repr(value)


def additional_properties_repr(value: Any) -> str:
    """How a model shows the undocumented fields the service sent: secret-named ones redacted
    (the built-in names plus every ``x-secret`` name of the spec)."""
    from ._operations import SECRET_FIELDS

    return repr(redact(value, frozenset(name.lower() for name in SECRET_FIELDS)))
