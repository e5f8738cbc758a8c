"""Secrets never leave a conformance run: not in the report, a log line or an error message.

Two layers. By name: the value of any field the spec marks `x-secret` (and of a field the spec
does not know whose name looks secret: a new `session_token` is treated as one) is replaced
before a body is shown. By value: every secret the run sent or received (tokens, passwords,
codes, tickets, the key file's private key, the SecretKey, Authorization headers) is learned as
it passes the transport, and every text the run prints is scrubbed of all of them, so a secret
the service echoes in an `error_description` is caught too.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

REDACTED = "[REDACTED]"
# Field names that look secret, for fields the spec does not declare (declared ones follow x-secret).
SECRET_LOOKING = re.compile(
    r"token|secret|passw|ticket|code|key|credential|signature|authori[sz]ation|cookie", re.I
)
ALWAYS_SECRET = frozenset({"authorization", "cookie", "set-cookie", "private_key", "secret_key", "secretkey"})
MIN_LONG = 8  # shorter secrets (6-digit codes) are only replaced where they stand alone


class Redactor:
    def __init__(self, secret_names: Iterable[str], declared_names: Iterable[str]) -> None:
        self._secret_names = frozenset(n.lower() for n in secret_names) | ALWAYS_SECRET
        self._declared = frozenset(n.lower() for n in declared_names)
        self._values: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    # -- learning ---------------------------------------------------------------------------

    def is_secret_name(self, name: str) -> bool:
        lowered = name.lower()
        if lowered in self._secret_names:
            return True
        return lowered not in self._declared and bool(SECRET_LOOKING.search(lowered))

    def add(self, value: Any) -> None:
        """Remember a secret value (and the lines of a multi-line one, such as a PEM key)."""
        if not isinstance(value, str):
            return
        value = value.strip()
        if len(value) < 4:  # nothing this short is a secret of this API; it would blank out text
            return
        if value not in self._values:
            self._values.add(value)
            self._pattern = None
            for line in value.splitlines():
                if line.strip() != value and len(line.strip()) >= MIN_LONG:
                    self.add(line)

    def learn_json(self, value: Any, secret: bool = False) -> None:
        if isinstance(value, Mapping):
            for key, item in value.items():
                self.learn_json(item, secret or self.is_secret_name(str(key)))
        elif isinstance(value, list):
            for item in value:
                self.learn_json(item, secret)
        elif secret:
            self.add(value if isinstance(value, str) else None)

    def learn_request(self, request: httpx.Request) -> None:
        for name, value in request.headers.items():
            if self.is_secret_name(name):
                self._learn_authorization(value)
        for name, value in request.url.params.multi_items():
            if self.is_secret_name(name):
                self.add(value)

    def _learn_authorization(self, value: str) -> None:
        self.add(value)
        scheme, _, credentials = value.partition(" ")
        self.add(credentials)
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(credentials, validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return
            self.add(user)
            self.add(password)

    # -- showing ----------------------------------------------------------------------------

    def body(self, value: Any, secret: bool = False) -> Any:
        """A copy of a JSON value with secret fields replaced and every string scrubbed."""
        if isinstance(value, Mapping):
            return {str(k): self.body(v, secret or self.is_secret_name(str(k))) for k, v in value.items()}
        if isinstance(value, list):
            return [self.body(v, secret) for v in value]
        if secret and value is not None and not isinstance(value, bool):
            return REDACTED
        if isinstance(value, str):
            return self.text(value)
        return value

    def text(self, text: str) -> str:
        """`text` with every known secret value replaced."""
        if not self._values:
            return text
        if self._pattern is None:
            ordered = sorted(self._values, key=len, reverse=True)  # a token before its prefixes
            parts = [
                re.escape(v) if len(v) >= MIN_LONG else rf"(?<![0-9A-Za-z]){re.escape(v)}(?![0-9A-Za-z])"
                for v in ordered
            ]
            self._pattern = re.compile("|".join(parts))
        return self._pattern.sub(REDACTED, text)

    def url(self, url: httpx.URL) -> str:
        """A URL for a report: no user info, secret query values replaced."""
        params = [(k, REDACTED if self.is_secret_name(k) else v) for k, v in url.params.multi_items()]
        clean = url.copy_with(userinfo=b"", params=params or None) if params else url.copy_with(userinfo=b"")
        return self.text(str(clean))
