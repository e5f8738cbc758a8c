"""Verify the access token a caller sent: ``TokenVerifier``, ``VerifiedToken`` and its errors.

A backend or gateway that receives a user's access token asks the service about it
(``GET /token/introspect`` with that token as the Bearer token) and caches the answer, so that a
busy service is asked once per token per ``max_ttl``, not once per request::

    TokenVerificationError
     +-- TokenInactive            the service says the token is not valid (revoked, unknown,
     |    |                       malformed): answer 401
     |    +-- TokenExpired        ... because its expiry has passed
     +-- VerificationUnavailable  the service could not be asked (down, timed out, an answer
                                  that is not the documented one): answer 503, never let it in

Cache rules: an active answer is kept until ``min(exp, now + max_ttl)``, an inactive one for
``negative_ttl``; both in LRUs of ``cache_size`` entries keyed by the token's SHA-256 (the token
itself is never kept), active and inactive apart, so a flood of junk tokens cannot evict the
valid ones. One introspection per token at a time (single-flight across threads, and across
tasks of an event loop). A revoked token is refused at most ``max_ttl`` after its revocation.
Failures (``VerificationUnavailable``) are never cached.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, TypeGuard

import httpx

from ._base import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient
from ._exceptions import APIConnectionError, APIStatusError, CloudBaseAuthError

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEFAULT_CACHE_SIZE",
    "DEFAULT_MAX_TTL",
    "DEFAULT_NEGATIVE_TTL",
    "MAX_TOKEN_LENGTH",
    "TokenExpired",
    "TokenInactive",
    "TokenVerificationError",
    "TokenVerifier",
    "VerificationUnavailable",
    "VerifiedToken",
]

DEFAULT_CACHE_SIZE: Final = 10_000
#: Seconds an active answer is trusted: the longest a revoked token keeps working.
DEFAULT_MAX_TTL: Final = 60.0
#: Seconds an inactive answer is kept (a token never becomes valid again; this only bounds memory
#: churn and lets an operator's mistake, such as a wrong environment, heal).
DEFAULT_NEGATIVE_TTL: Final = 10.0
#: Longer "tokens" are refused without asking the service (access tokens are about 1 KiB).
MAX_TOKEN_LENGTH: Final = 8192
# RFC 6750's b64token (token68): what a Bearer token is made of, before its "=" padding.
_TOKEN68_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/"


class TokenVerificationError(CloudBaseAuthError):
    """Base class of the verifier's errors. Messages never hold the token."""


class TokenInactive(TokenVerificationError):
    """The token is not valid: revoked, signed out, unknown to the service, or malformed.

    A middleware answers 401 with ``WWW-Authenticate: Bearer error="invalid_token"``.
    """


class TokenExpired(TokenInactive):
    """The token's expiry (its ``exp``) has passed. A subclass of ``TokenInactive``.

    Not to be confused with ``ExpiredToken``, the service's error code of the device-code grant.
    """


class VerificationUnavailable(TokenVerificationError):
    """The service could not be asked about the token (unreachable, timed out, an error or an
    answer that is not the documented one). The token is refused (fail closed): a middleware
    answers 503. ``__cause__`` holds the client's error."""


@dataclass(frozen=True, slots=True)
class VerifiedToken:
    """What the service said about an active token (never the token itself).

    ``sub`` is the user ID (for an administrator token, the SecretId it was issued to),
    ``scope`` the space-separated scopes, ``client_id`` the client it was issued to,
    ``expires_at`` its expiry (from the answer's ``exp``, else the token's own ``exp`` claim;
    ``None`` when neither says), ``groups`` the group IDs when the answer lists them, and
    ``claims`` the whole introspection answer.
    """

    sub: str
    scope: str
    client_id: str | None
    token_type: str | None
    expires_at: datetime | None
    groups: tuple[str, ...] = ()
    claims: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def scopes(self) -> frozenset[str]:
        """The scopes as a set: ``"user" in token.scopes``."""
        return frozenset(self.scope.split())


@dataclass(slots=True)
class _Entry:
    token: VerifiedToken | None  # None: the service said inactive
    until: float  # on the verifier's clock: usable while clock() < until
    expires: bool  # `until` is the token's own expiry (so reaching it means expired)


@dataclass(slots=True)
class _Flight:
    """One introspection in progress, that threads asking about the same token wait for."""

    done: threading.Event = field(default_factory=threading.Event)
    outcome: VerifiedToken | TokenVerificationError | None = None


Outcome = VerifiedToken | TokenVerificationError


class TokenVerifier:
    """Verifies callers' access tokens with the service, cached (see the module's docstring).

    ``auth`` is a ``CloudBaseAuth`` (use ``verify``; ``averify`` runs its misses in a worker
    thread) or an ``AsyncCloudBaseAuth`` (use ``averify``). Its own session, if any, is neither
    used nor changed. ``timeout`` bounds each introspection (default: the client's). ``clock``
    (seconds, monotonic) is replaceable for tests.
    """

    def __init__(
        self,
        auth: SyncAPIClient | AsyncAPIClient,
        *,
        cache_size: int = DEFAULT_CACHE_SIZE,
        max_ttl: float = DEFAULT_MAX_TTL,
        negative_ttl: float = DEFAULT_NEGATIVE_TTL,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not isinstance(auth, SyncAPIClient | AsyncAPIClient):
            raise TypeError("TokenVerifier needs a CloudBaseAuth or an AsyncCloudBaseAuth")
        if isinstance(cache_size, bool) or not isinstance(cache_size, int) or cache_size < 1:
            raise ValueError("cache_size must be a positive integer")
        if not max_ttl >= 0 or not negative_ttl >= 0:  # `not >=` also refuses NaN
            raise ValueError("max_ttl and negative_ttl must be >= 0 seconds")
        self._auth = auth
        self._cache_size = cache_size
        self._max_ttl = float(max_ttl)
        self._negative_ttl = float(negative_ttl)
        self._timeout = timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._active: OrderedDict[bytes, _Entry] = OrderedDict()
        self._inactive: OrderedDict[bytes, _Entry] = OrderedDict()
        self._flights: dict[bytes, _Flight] = {}
        self._tasks: dict[bytes, asyncio.Task[Outcome]] = {}
        #: Introspections sent (for metrics and tests).
        self.introspections = 0

    def __repr__(self) -> str:
        return (
            f"TokenVerifier(cache_size={self._cache_size}, max_ttl={self._max_ttl}, "
            f"negative_ttl={self._negative_ttl}, cached={len(self._active) + len(self._inactive)})"
        )

    @property
    def is_sync(self) -> bool:
        """True when ``verify`` works (the client is a ``CloudBaseAuth``)."""
        return isinstance(self._auth, SyncAPIClient)

    @property
    def max_ttl(self) -> float:
        """The longest a revoked token can still be accepted, in seconds."""
        return self._max_ttl

    def clear(self) -> None:
        """Forget every cached answer (say, after a mass revocation)."""
        with self._lock:
            self._active.clear()
            self._inactive.clear()

    # -- the calls -------------------------------------------------------------------------

    def verify(self, token: str) -> VerifiedToken:
        """The token's details if the service says it is active; raises ``TokenInactive``
        (``TokenExpired``) or ``VerificationUnavailable`` otherwise."""
        if not isinstance(self._auth, SyncAPIClient):
            raise TypeError("this verifier has an AsyncCloudBaseAuth: use `await verifier.averify(token)`")
        key = _key(token)
        with self._lock:
            cached = self._cached(key)
        if cached is not None:
            return _settle(cached)
        _check_syntax(token)
        with self._lock:
            cached = self._cached(key)  # again: an answer may have arrived meanwhile
            if cached is not None:
                return _settle(cached)
            flight = self._flights.get(key)
            leader = flight is None
            if flight is None:
                flight = self._flights[key] = _Flight()
        if not leader:
            flight.done.wait()
            assert flight.outcome is not None
            return _settle(flight.outcome)
        outcome: Outcome = VerificationUnavailable("the introspection did not finish")
        try:
            outcome = self._introspect_sync(self._auth, token, key)
        finally:
            with self._lock:
                del self._flights[key]
            flight.outcome = outcome
            flight.done.set()
        return _settle(outcome)

    async def averify(self, token: str) -> VerifiedToken:
        """``verify`` for async code (single-flight across the tasks of the running loop)."""
        import asyncio

        key = _key(token)
        with self._lock:
            cached = self._cached(key)
        if cached is not None:
            return _settle(cached)
        _check_syntax(token)
        auth = self._auth
        if isinstance(auth, SyncAPIClient):
            return await asyncio.to_thread(self.verify, token)
        loop = asyncio.get_running_loop()
        with self._lock:
            cached = self._cached(key)  # again: an answer may have arrived meanwhile
            if cached is not None:
                return _settle(cached)
            task = self._tasks.get(key)
            if task is None or task.get_loop() is not loop:
                task = loop.create_task(self._introspect_async(auth, token, key))
                self._tasks[key] = task
                task.add_done_callback(lambda done: self._forget_task(key, done))
        # Shielded: a caller that gives up (client disconnected) does not cancel the others' answer.
        return _settle(await asyncio.shield(task))

    def _forget_task(self, key: bytes, task: asyncio.Task[Outcome]) -> None:
        with self._lock:
            if self._tasks.get(key) is task:
                del self._tasks[key]

    # -- asking the service ------------------------------------------------------------------

    def _introspect_sync(self, auth: SyncAPIClient, token: str, key: bytes) -> Outcome:
        from ._operations import OPERATIONS

        self._count()
        try:
            answer = auth._call(
                OPERATIONS["introspectToken"], timeout=self._timeout, extra_headers=_bearer(token)
            )
        except Exception as exc:  # fail closed, whatever went wrong
            return self._failed(exc, token, key)
        return self._store(answer, token, key)

    async def _introspect_async(self, auth: AsyncAPIClient, token: str, key: bytes) -> Outcome:
        from ._operations import OPERATIONS

        self._count()
        try:
            answer = await auth._call(
                OPERATIONS["introspectToken"], timeout=self._timeout, extra_headers=_bearer(token)
            )
        except Exception as exc:  # fail closed, whatever went wrong
            return self._failed(exc, token, key)
        return self._store(answer, token, key)

    def _count(self) -> None:
        with self._lock:
            self.introspections += 1

    def _failed(self, exc: Exception, token: str, key: bytes) -> Outcome:
        if isinstance(exc, APIStatusError) and (exc.status_code == 401 or exc.error == "unauthenticated"):
            # The token is the request's only credential: the service refused the token itself.
            return self._store({}, token, key)
        # The client's message is not repeated: an error description could echo the token.
        if isinstance(exc, APIStatusError):
            reason = f"{exc.error} (HTTP {exc.status_code})"
        elif isinstance(exc, APIConnectionError):
            reason = f"no answer ({type(exc).__name__})"
        else:
            reason = f"an unexpected {type(exc).__name__}"
        error = VerificationUnavailable(f"could not verify the token with the service: {reason}")
        error.__cause__ = exc
        return error

    def _store(self, answer: Any, token: str, key: bytes) -> Outcome:
        """Turn an introspection answer into the outcome, and cache it."""
        if not isinstance(answer, dict):
            return VerificationUnavailable("the introspection answer is not a JSON object")
        now = self._clock()
        exp = _expiry(answer, token)
        wall = time.time()
        if not answer or answer.get("active") is False:
            expired = exp is not None and exp <= wall
            with self._lock:
                _put(self._inactive, key, _Entry(None, now + self._negative_ttl, expired), self._cache_size)
            return TokenExpired("the token has expired") if expired else TokenInactive("the token is not active")
        sub = answer.get("sub")
        if not isinstance(sub, str) or not sub:
            return VerificationUnavailable("the introspection answer has no subject (`sub`)")
        verified = VerifiedToken(
            sub=sub,
            scope=_text(answer.get("scope")) or "",
            client_id=_text(answer.get("client_id")),
            token_type=_text(answer.get("token_type")),
            expires_at=None if exp is None else datetime.fromtimestamp(exp, UTC),
            groups=_groups(answer.get("groups")),
            claims=dict(answer),
        )
        life = self._max_ttl
        expires = exp is not None and exp - wall <= life
        if exp is not None:
            life = min(life, exp - wall)
        # life <= 0: active at the service but expired by our clock (skew): believed, not cached.
        if life > 0:
            with self._lock:
                _put(self._active, key, _Entry(verified, now + life, expires), self._cache_size)
        return verified

    # -- the cache (called with self._lock held) ------------------------------------------------

    def _cached(self, key: bytes) -> Outcome | None:
        now = self._clock()
        entry = self._active.get(key)
        if entry is not None:
            if now < entry.until:
                self._active.move_to_end(key)
                return entry.token
            del self._active[key]
            if entry.expires:
                return TokenExpired("the token has expired")
            return None
        entry = self._inactive.get(key)
        if entry is not None:
            if now < entry.until:
                self._inactive.move_to_end(key)
                return TokenExpired("the token has expired") if entry.expires else TokenInactive("the token is not active")
            del self._inactive[key]
        return None


def _put(cache: OrderedDict[bytes, _Entry], key: bytes, entry: _Entry, size: int) -> None:
    cache[key] = entry
    cache.move_to_end(key)
    while len(cache) > size:
        cache.popitem(last=False)


def _settle(outcome: Outcome) -> VerifiedToken:
    """Return a verified token, or raise a fresh copy of a shared error (several threads or
    tasks may raise the outcome of one introspection; each gets its own traceback)."""
    if isinstance(outcome, VerifiedToken):
        return outcome
    error = type(outcome)(*outcome.args)
    raise error from outcome.__cause__


def _key(token: str) -> bytes:
    """The cache key of a token (its SHA-256); ``TokenInactive`` for no token or a huge one."""
    if not isinstance(token, str) or not token:
        raise TokenInactive("no token")
    if len(token) > MAX_TOKEN_LENGTH or not token.isascii():
        raise TokenInactive("the token is malformed")
    return hashlib.sha256(token.encode("ascii")).digest()


def _check_syntax(token: str) -> None:
    """``TokenInactive`` for a token that is not token68, so never sent to the service. Only
    needed on a cache miss (only well-formed tokens are ever asked about, so cached), and made
    with ``bytes.translate`` (a C loop): ``re`` takes microseconds on a 1 KiB token."""
    body = token.encode("ascii").rstrip(b"=")
    if not body or body.translate(None, _TOKEN68_BYTES):
        raise TokenInactive("the token is malformed")


def _bearer(token: str) -> dict[str, str]:
    return {"authorization": "Bearer " + token}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _groups(value: Any) -> tuple[str, ...]:
    """Group IDs from a list of strings or of ``{id: ...}`` objects (as ``/user/me`` lists them)."""
    if not isinstance(value, list):
        return ()
    out: list[str] = []
    for item in value:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and isinstance(item.get("id"), str):
            out.append(item["id"])
    return tuple(out)


def _expiry(answer: Mapping[str, Any], token: str) -> float | None:
    """The token's expiry (Unix seconds): the answer's ``exp`` (RFC 7662), else the token's own
    ``exp`` claim. Reading the claim unverified is sound here: it only ever shortens how long an
    answer is trusted, and the service has just vouched for (or refused) this very token."""
    exp = answer.get("exp")
    if _is_number(exp):
        return float(exp)
    import jwt

    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None  # an opaque token: only max_ttl bounds the cache
    exp = claims.get("exp")
    return float(exp) if _is_number(exp) else None


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value
