"""The signed-in session: the tokens of the last token response, and when they expire."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Mapping
from typing import Any

__all__ = ["Session"]


@dataclasses.dataclass(frozen=True, repr=False)
class Session:
    """Tokens from a token response (sign-in, sign-up, refresh ...).

    ``expires_at`` is the access token's expiry in epoch seconds (``None``: unknown, treated
    as never expiring). ``repr`` and ``str`` never show a token.
    """

    access_token: str
    refresh_token: str | None = None
    token_type: str = "Bearer"
    expires_at: float | None = None
    scope: str | None = None
    sub: str | None = None
    groups: tuple[str, ...] = ()

    @classmethod
    def from_token_response(cls, body: Mapping[str, Any], *, now: float | None = None) -> Session:
        """A session from a ``/token``-style answer (``expires_in`` seconds from ``now``)."""
        access_token = body.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise ValueError("token response has no access_token")
        expires_in = body.get("expires_in")
        expires_at: float | None = None
        if isinstance(expires_in, int | float) and not isinstance(expires_in, bool) and expires_in > 0:
            expires_at = (time.time() if now is None else now) + float(expires_in)
        refresh_token = body.get("refresh_token")
        token_type = body.get("token_type")
        scope = body.get("scope")
        sub = body.get("sub")
        groups = body.get("groups")
        return cls(
            access_token=access_token,
            refresh_token=refresh_token if isinstance(refresh_token, str) and refresh_token else None,
            token_type=token_type if isinstance(token_type, str) and token_type else "Bearer",
            expires_at=expires_at,
            scope=scope if isinstance(scope, str) else None,
            sub=sub if isinstance(sub, str) else None,
            groups=tuple(str(g) for g in groups) if isinstance(groups, list) else (),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Session:
        """The inverse of ``to_dict`` (what the token storage holds)."""
        access_token = data.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise ValueError("stored session has no access_token")
        expires_at = data.get("expires_at")
        groups = data.get("groups")
        return cls(
            access_token=access_token,
            refresh_token=data.get("refresh_token") or None,
            token_type=data.get("token_type") or "Bearer",
            expires_at=float(expires_at) if isinstance(expires_at, int | float) else None,
            scope=data.get("scope"),
            sub=data.get("sub"),
            groups=tuple(str(g) for g in groups) if isinstance(groups, list | tuple) else (),
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (tokens included: this is what storage persists)."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "token_type": self.token_type,
            "expires_at": self.expires_at,
            "scope": self.scope,
            "sub": self.sub,
            "groups": list(self.groups),
        }

    def expires_within(self, seconds: float, *, now: float | None = None) -> bool:
        """True when the access token expires in less than ``seconds`` (or already has)."""
        if self.expires_at is None:
            return False
        return self.expires_at - seconds <= (time.time() if now is None else now)

    @property
    def expired(self) -> bool:
        """True once the access token's expiry has passed."""
        return self.expires_within(0.0)

    @property
    def authorization(self) -> str:
        """The ``Authorization`` header value (secret: never log it)."""
        return f"{self.token_type} {self.access_token}"

    def __repr__(self) -> str:
        return (
            f"Session(token_type={self.token_type!r}, sub={self.sub!r}, scope={self.scope!r}, "
            f"groups={list(self.groups)!r}, expires_at={self.expires_at!r}, "
            f"access_token=[REDACTED], refresh_token={'[REDACTED]' if self.refresh_token else None})"
        )

    __str__ = __repr__
