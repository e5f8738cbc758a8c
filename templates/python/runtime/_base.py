"""The request pipeline under ``CloudBaseAuth`` and ``AsyncCloudBaseAuth``.

``SyncAPIClient`` / ``AsyncAPIClient`` turn one ``OperationSpec`` plus arguments into one HTTP
exchange: URL (base + percent-encoded path parameters + query, ``client_id`` on calls without a
bearer token, as the JS SDK does), headers (persistent ``x-device-id``, fresh ``x-request-id``,
``x-sdk-version``), auth (the session's bearer token, refreshed first when it is about to
expire; or Basic client credentials), JSON body, bounded retries, typed errors, and the session
bookkeeping (store after a token response, clear after sign-out).

Credentials are only ever attached to requests for the configured base URL's host, and
redirects are never followed.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json as jsonlib
import logging
import random
import re
import threading
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Self, TypeVar, overload
from urllib.parse import quote

import httpx

from ._deadline import Deadline, bind_deadlines
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    CloudBaseAuthError,
    InvalidResponseError,
    NotSignedInError,
    ResponseTooLargeError,
    error_from_response,
)
from ._ids import load_device_id, new_id
from ._redact import BUILTIN_SECRET_FIELDS, REDACTED, is_secret_key, redact, redact_url
from ._retry import RETRY_STATUSES, is_retryable_exception, retry_delay
from ._session import Session
from ._storage import MemoryStorage, StorageError, TokenStorage
from ._tc3 import TC3Credentials, tc3_authorization

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_REFRESH_SKEW",
    "DEFAULT_TIMEOUT",
    "MAX_JSON_DEPTH",
    "NOT_GIVEN",
    "AsyncAPIClient",
    "NotGiven",
    "OperationSpec",
    "SyncAPIClient",
]

if TYPE_CHECKING:
    # Imported lazily at run time: only the async client needs it, and it is slow to import.
    import asyncio

logger = logging.getLogger("cloudbase_auth")


class NotGiven:
    """The type of ``NOT_GIVEN``: "use the client's default", distinct from ``None``."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class OperationSpec(NamedTuple):
    """What the pipeline needs to know about one operation of the spec."""

    operation_id: str
    method: str
    path: str  # relative to the /auth/v1 base, e.g. "/user/provider/{provider_id}"
    auth: str  # "none" | "bearer" | "bearer_optional" (when signed in) | "bearer_or_basic" | "basic" | "secret_basic" | "tc3"
    stores_session: bool  # a 2xx body is a token response: it becomes the session
    clears_session: bool  # the local session is cleared after a 2xx
    sends_client_id: bool  # client_id goes in the query whenever no Bearer token is sent (the IR's rule)
    #: (name, value) of each body field the spec pins to one value (a const or a one-value enum):
    #: sent with that value whenever the caller leaves it out.
    fixed_body: tuple[tuple[str, str], ...] = ()


DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_REFRESH_SKEW: Final = 30.0
#: Answers larger than this (decoded) are not read whole: ``ResponseTooLargeError``.
DEFAULT_MAX_RESPONSE_BYTES: Final = 8 * 1024 * 1024
#: JSON nested deeper than this is not the answer the spec promises: ``InvalidResponseError``.
MAX_JSON_DEPTH: Final = 512

_T = TypeVar("_T")

_AUTH_KINDS: Final = frozenset(
    {"none", "bearer", "bearer_optional", "bearer_or_basic", "basic", "secret_basic", "tc3"}
)
_PATH_PARAM_RE: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_ENV_ID_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,62}")
_FALLBACK_REFRESH_OP: Final = OperationSpec("grantToken", "POST", "/token", "none", True, False, True)
_FALLBACK_REFRESH_BODY: Final = (("grant_type", "refresh_token"),)

_sdk_version: str | None = None

# Refresh locks are shared by every client on the same storage object and session key, so two
# clients in one process never spend the same refresh token. Weak keys: a dropped storage (or
# a closed event loop) drops its locks.
_LOCKS_GUARD = threading.Lock()
_THREAD_LOCKS: weakref.WeakKeyDictionary[Any, dict[str, threading.Lock]] = weakref.WeakKeyDictionary()
_TASK_LOCKS: weakref.WeakKeyDictionary[Any, weakref.WeakKeyDictionary[Any, dict[str, asyncio.Lock]]] = (
    weakref.WeakKeyDictionary()
)


def _thread_lock_for(storage: object, key: str) -> threading.Lock:
    storage = getattr(storage, "lock_identity", storage)  # one per file for FileStorage
    with _LOCKS_GUARD:
        try:
            per_storage = _THREAD_LOCKS.setdefault(storage, {})
        except TypeError:  # a storage that cannot be weakly referenced: a lock of its own
            return threading.Lock()
        return per_storage.setdefault(key, threading.Lock())


def _task_lock_for(storage: object, key: str, fallback: asyncio.Lock) -> asyncio.Lock:
    import asyncio

    loop = asyncio.get_running_loop()
    storage = getattr(storage, "lock_identity", storage)  # one per file for FileStorage
    with _LOCKS_GUARD:
        try:
            per_storage = _TASK_LOCKS.setdefault(storage, weakref.WeakKeyDictionary())
        except TypeError:
            return fallback
        return per_storage.setdefault(loop, {}).setdefault(key, asyncio.Lock())


class _RedactQueryFilter(logging.Filter):
    """Removes secret query values from the log records of the ``httpx`` logger.

    The service takes some secrets in the query (``DELETE /user/me?sudo_token=...``, as the
    official SDK sends it), and httpx logs every request's full URL at INFO
    (``HTTP Request: DELETE http://...?sudo_token=...``). Moving the secret elsewhere would break
    the wire contract, and suppressing httpx's logger would hide what operators rely on; a
    filter on that logger is the one place that runs for every record of it before any handler,
    whoever configured logging (root handlers, propagation, ``dictConfig``). It only replaces
    the values of secret-named query parameters (the built-in names plus the spec's
    ``x-secret`` ones), so other users of httpx in the process lose nothing but secrets.
    httpcore's DEBUG records name the method and host, never the URL, so they need nothing.
    """

    def __init__(self, secret_fields: frozenset[str]) -> None:
        super().__init__("cloudbase_auth.redact_query")
        self.secret_fields = secret_fields

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and "?" in record.msg:
            record.msg = redact_url(record.msg, self.secret_fields)
        args = record.args
        if isinstance(args, tuple) and args:
            record.args = tuple(self._clean(a) for a in args)
        elif isinstance(args, Mapping) and args:
            record.args = {k: self._clean(v) for k, v in args.items()}
        return True

    def _clean(self, value: Any) -> Any:
        if isinstance(value, httpx.URL | str):
            text = str(value)
            if "?" in text:
                cleaned = redact_url(text, self.secret_fields)
                if cleaned != text:
                    return cleaned  # only an argument that held a secret changes (type included)
        return value


def _install_httpx_log_filter(secret_fields: frozenset[str]) -> None:
    """Once per process (and again if someone removed it): see ``_RedactQueryFilter``."""
    httpx_logger = logging.getLogger("httpx")
    with _LOCKS_GUARD:
        for existing in httpx_logger.filters:
            if isinstance(existing, _RedactQueryFilter):
                existing.secret_fields = existing.secret_fields | secret_fields
                return
        httpx_logger.addFilter(_RedactQueryFilter(secret_fields))


def _sdk_version_header() -> str:
    global _sdk_version
    if _sdk_version is None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            _sdk_version = version("cloudbase-auth")
        except PackageNotFoundError:
            _sdk_version = "0+unknown"
    return f"cloudbase-auth-python/{_sdk_version}"


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _collect_secrets(value: Any, secret_fields: frozenset[str], out: list[str], inside: bool = False) -> None:
    """Append every string stored under a secret-named key (at any depth) to ``out``."""
    if isinstance(value, Mapping):
        for k, v in value.items():
            key_secret = isinstance(k, str) and (k.lower() in BUILTIN_SECRET_FIELDS or k.lower() in secret_fields)
            _collect_secrets(v, secret_fields, out, inside or key_secret)
    elif isinstance(value, list | tuple):
        for v in value:
            _collect_secrets(v, secret_fields, out, inside)
    elif inside and isinstance(value, str) and value:
        out.append(value)


def _same_tokens(a: Session, b: Session) -> bool:
    return a.access_token == b.access_token and a.refresh_token == b.refresh_token


def _is_unauthenticated(exc: APIStatusError) -> bool:
    """The service refused the access token itself (not the operation)."""
    return exc.error == "unauthenticated" or exc.status_code == 401


def _transport_cause(exc: httpx.RequestError) -> str:
    """A few words on why a request got no answer, from the OS error under httpx's."""
    import errno
    import socket
    import ssl

    if isinstance(exc, httpx.TimeoutException):
        name = type(exc).__name__  # ReadTimeout -> "read"; the base class itself has no kind
        kind = name.removesuffix("Timeout").lower() if name.endswith("Timeout") else ""
        kind = kind or "request"
        return f"{kind} timed out"
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            break
        if isinstance(seen, socket.gaierror):
            return "host name not resolved"
        if isinstance(seen, ssl.SSLError):
            return "TLS handshake failed"
        if isinstance(seen, OSError) and seen.errno is not None:
            return {
                errno.ECONNREFUSED: "connection refused",
                errno.ECONNRESET: "connection reset",
                errno.EHOSTUNREACH: "host unreachable",
                errno.ENETUNREACH: "network unreachable",
                errno.ETIMEDOUT: "connection timed out",
            }.get(seen.errno, (seen.strerror or type(seen).__name__).lower())
        seen = seen.__cause__ or seen.__context__
    text = str(exc).lower()
    for needle, cause in (
        ("refused", "connection refused"),
        ("name or service not known", "host name not resolved"),
        ("nodename nor servname", "host name not resolved"),
        ("getaddrinfo", "host name not resolved"),
        ("reset", "connection reset"),
        ("certificate", "TLS certificate rejected"),
        ("ssl", "TLS handshake failed"),
    ):
        if needle in text:
            return cause
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server broke the HTTP protocol or closed the connection"
    return type(exc).__name__


def _ticket_expiry_hint(ticket: str, now: float, said_expired: bool) -> str | None:
    """For a refused custom-login ticket: when it expired (its ``exp`` claim, milliseconds),
    read without verifying anything and without showing the ticket. A ticket still valid by the
    local clock gets a hint only when the service said it expired (then the clocks differ)."""
    import datetime

    jwt = ticket.rpartition("/@@/")[2]
    parts = jwt.split(".")
    if len(parts) != 3:
        return None
    try:
        padded = parts[1] + "=" * (-len(parts[1]) % 4)
        claims = jsonlib.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        exp_ms = float(claims["exp"])
        when = datetime.datetime.fromtimestamp(exp_ms / 1000.0, tz=datetime.UTC)
    except (ValueError, TypeError, KeyError, OverflowError, OSError):
        return None
    stamp = when.isoformat(timespec="seconds").replace("+00:00", "Z")
    age = now - exp_ms / 1000.0
    if age >= 0:
        return (
            f"the ticket expired at {stamp}, {age:.0f}s before this call by this machine's clock "
            "(tickets live 10 minutes: mint one with create_ticket() just before signing in)"
        )
    if not said_expired:
        return None
    return f"the ticket expires at {stamp} by its claims; the service's clock may be ahead of this machine's"


def _check_region(region: object, china: frozenset[str], intl: frozenset[str]) -> None:
    """Refuse a region the spec does not list (``ap-shangai``, ``AP-SHANGHAI``, ``""``): the
    gateway is chosen by region, and a misspelt one would silently pick the international
    gateway, where the environment does not exist. A spec that lists no regions checks none."""
    if not china and not intl:
        return
    if isinstance(region, str) and (region in china or region in intl):
        return
    known = ", ".join(sorted(china))
    if intl:
        known += f" (mainland China); {', '.join(sorted(intl))} (international)"
    raise ValueError(
        f"unknown region {region!r}: the known regions are {known}; "
        "for any other host pass base_url= (it ends in /auth/v1)"
    )


@contextlib.contextmanager
def _process_lock(storage: object) -> Iterator[None]:
    """The store's own lock, shared with other processes, when it has one (``FileStorage``)."""
    acquire = getattr(storage, "acquire_lock", None)
    release = getattr(storage, "release_lock", None)
    if not (callable(acquire) and callable(release)):
        yield
        return
    acquire(True)
    try:
        yield
    finally:
        release()


@contextlib.asynccontextmanager
async def _async_process_lock(storage: object) -> AsyncIterator[None]:
    """``_process_lock`` for the event loop: polled without blocking, so a lock held by another
    client of the same loop (or another process) never freezes the loop that must release it."""
    import asyncio

    acquire = getattr(storage, "acquire_lock", None)
    release = getattr(storage, "release_lock", None)
    if not (callable(acquire) and callable(release)):
        yield
        return
    pause = 0.005
    while not acquire(False):
        await asyncio.sleep(pause)
        pause = min(pause * 2, 0.1)
    try:
        yield
    finally:
        release()


class _Prepared(NamedTuple):
    request: httpx.Request
    request_id: str
    params: list[tuple[str, str]]
    json: Any
    authorization: str | None
    timeout: dict[str, float | None]  # the per-attempt timeouts asked for, before the budget cuts them


class _Answer(NamedTuple):
    """A success answer: its JSON object, its status and the request id it was sent with."""

    body: dict[str, Any]
    status_code: int
    request_id: str


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether JSON data nests objects and arrays more than ``limit`` levels (iteratively:
    no recursion to run out of)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


_JSON_KINDS: Final = {
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def _decode_object(raw: bytes) -> tuple[dict[str, Any], str | None]:
    """The answer's JSON object, or ``{}`` and what is wrong with it (for people, never the
    body itself: it may hold tokens)."""
    if not raw.strip():
        return {}, "the answer is empty"
    try:
        decoded = jsonlib.loads(raw)
    except RecursionError:
        return {}, f"the answer is JSON nested deeper than {MAX_JSON_DEPTH} levels"
    except ValueError:  # not UTF-8, not JSON, truncated, HTML ...
        return {}, "the answer is not JSON"
    if not isinstance(decoded, dict):
        return {}, f"the answer is a JSON {_JSON_KINDS.get(type(decoded), 'value')}, not an object"
    if _deeper_than(decoded, MAX_JSON_DEPTH):
        return {}, f"the answer is JSON nested deeper than {MAX_JSON_DEPTH} levels"
    return decoded, None


class _ClientCore:
    """Everything the sync and async clients share: configuration, request building, parsing."""

    def __init__(
        self,
        env_id: str,
        *,
        region: str,
        client_id: str | None,
        client_secret: str | None,
        base_url: str | None,
        device_id: str | None,
        storage: TokenStorage | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        refresh_skew: float,
        secret_id: str | None = None,
        secret_key: str | None = None,
        session_token: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        # _operations imports OperationSpec from this module, so it is imported here, not at the top.
        from . import _operations as ops

        if not isinstance(env_id, str) or not env_id:
            raise ValueError("env_id must be a non-empty string")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if not isinstance(max_response_bytes, int) or isinstance(max_response_bytes, bool) or max_response_bytes < 1:
            raise ValueError("max_response_bytes must be a positive number of bytes")
        self._max_response_bytes = max_response_bytes
        _check_region(region, ops.CHINA_REGIONS, getattr(ops, "INTL_REGIONS", frozenset()))
        if base_url is None:
            if not _ENV_ID_RE.fullmatch(env_id):
                raise ValueError("env_id may only hold letters, digits, '-' and '_' (or pass base_url=)")
            template = ops.GATEWAY_URL if region in ops.CHINA_REGIONS else ops.INTL_GATEWAY_URL
            base_url = template.replace("{envId}", env_id)
        try:
            url = httpx.URL(base_url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise ValueError(f"base_url is not a URL: {type(exc).__name__}") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError("base_url must be an absolute http(s) URL")
        if url.userinfo:
            # Never shown (repr, errors, logs) and never sent: httpx would turn it into a Basic
            # Authorization header replacing the client's own (bearer tokens, client credentials).
            logger.warning("base_url: the user name and password in it are ignored (not sent, not shown)")
            url = url.copy_with(userinfo=b"")
            base_url = str(url)
        if "?" in base_url or "#" in base_url:
            raise ValueError(
                f"base_url must not have a query (?...) or a fragment (#...): operation paths are appended "
                f"to it, so requests would go to the wrong path (got {url.scheme}://{url.netloc.decode('ascii')}{url.path}...)"
            )
        self._env_id = env_id
        self._region = region
        self._client_id = client_id or env_id
        self._client_secret = client_secret
        self._base_url = str(base_url).rstrip("/")
        self._origin = (url.scheme, url.host, url.port)
        self._netloc = url.netloc.decode("ascii")
        self._secret_fields = frozenset(name.lower() for name in ops.SECRET_FIELDS)
        _install_httpx_log_filter(self._secret_fields)
        self._refresh_op = ops.OPERATIONS.get(ops.REFRESH_OPERATION, _FALLBACK_REFRESH_OP)
        # The API key pair, for the administrator token (the spec's one TC3-signed call that
        # returns a session): given, an expired admin token is renewed with it (see _renews_admin).
        if (secret_id is None) != (secret_key is None):
            raise ValueError("pass secret_id and secret_key together (the API key pair), or neither")
        self._tc3 = (
            TC3Credentials(secret_id, secret_key, session_token)
            if secret_id is not None and secret_key is not None
            else None
        )
        self._admin_op = next(
            (o for o in ops.OPERATIONS.values() if o.auth == "tc3" and o.stores_session), None
        )
        self._refresh_fixed: tuple[tuple[str, str], ...] = getattr(ops, "REFRESH_BODY", _FALLBACK_REFRESH_BODY)
        self._timeout: httpx.Timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._timeout_dict = self._timeout.as_dict()
        self._max_retries = max_retries
        self._refresh_skew = float(refresh_skew)
        self._storage: TokenStorage = storage if storage is not None else MemoryStorage()
        self._device_id = load_device_id(self._storage, device_id)
        self._session_key = f"credentials_{self._client_id}"
        self._session: Session | None = self._load_session()
        self._sdk_version = _sdk_version_header()
        #: Time source (epoch seconds) and jitter source: replaceable in tests.
        self._now: Callable[[], float] = time.time
        self._rand: Callable[[], float] = random.random
        #: Monotonic clock for the call's timeout budget: replaceable in tests (with ``_sleep``).
        self._monotonic: Callable[[], float] = time.monotonic

    # -- public state ----------------------------------------------------------------------

    @property
    def env_id(self) -> str:
        return self._env_id

    @property
    def client_id(self) -> str:
        return self._client_id

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def device_id(self) -> str:
        """The persistent ``x-device-id`` sent on every request."""
        return self._device_id

    @property
    def session(self) -> Session | None:
        """The current session (``None`` when signed out). Its ``repr`` shows no token."""
        return self._session

    def set_session(self, session: Session | Mapping[str, Any]) -> Session:
        """Adopt a session: a ``Session``, a token response, or ``Session.to_dict()`` output."""
        if not isinstance(session, Session):
            if "expires_in" in session:
                session = Session.from_token_response(session, now=self._now())
            else:
                session = Session.from_dict(session)
        self._store_session(session)
        return session

    def clear_session(self) -> None:
        """Forget the session locally (memory and storage); no request is made."""
        self._session = None
        try:
            self._storage.delete(self._session_key)
        except StorageError as exc:
            logger.warning("could not delete the stored session: %s", exc)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(env_id={self._env_id!r}, base_url={self._base_url!r}, "
            f"client_id={self._client_id!r}, signed_in={self._session is not None})"
        )

    # -- session bookkeeping -----------------------------------------------------------------

    def _load_session(self) -> Session | None:
        try:
            raw = self._storage.get(self._session_key)
        except StorageError as exc:
            logger.warning("could not read the stored session: %s", exc)
            return None
        if raw is None:
            return None
        try:
            data = jsonlib.loads(raw)
            return Session.from_dict(data) if isinstance(data, dict) else None
        except (ValueError, TypeError):
            logger.warning("ignoring an unreadable stored session under %r", self._session_key)
            return None

    def _store_session(self, session: Session) -> None:
        self._session = session
        try:
            self._storage.set(self._session_key, jsonlib.dumps(session.to_dict(), sort_keys=True))
        except StorageError as exc:
            # The call succeeded and the old refresh token may already be spent: keep the new
            # session in memory rather than fail.
            logger.warning("could not persist the session: %s", exc)

    def _after_success(
        self, op: OperationSpec, body: dict[str, Any], *, json: Any = None, sent: Session | None = None
    ) -> dict[str, Any]:
        """Session bookkeeping after a 2xx: store a token response; forget the session after a
        call that ended it. ``json`` is the request body, ``sent`` the session whose access
        token the call carried (None: it carried none, or the caller's own header)."""
        if op.stores_session and isinstance(body.get("access_token"), str) and body["access_token"]:
            self._store_session(Session.from_token_response(body, now=self._now()))
        if op.clears_session and self._ended_own_session(json, sent):
            self.clear_session()
        return body

    def _ended_own_session(self, json: Any, sent: Session | None) -> bool:
        """Whether a session-ending call (sign-out, revoke, delete ...) ended this client's own
        session. A call that names a token in its body (``revoke_token(token=...)``) ended
        it only when that token is the session's access or refresh token: an administrator
        revoking a user's token stays signed in. Otherwise it ended the session whose access
        token it carried, if any (not one the caller put in ``extra_headers``)."""
        session = self._session
        if session is None:
            return False
        named = json.get("token") if isinstance(json, Mapping) else None
        if isinstance(named, str) and named:
            own = {session.access_token, session.refresh_token}
            if sent is not None:
                own |= {sent.access_token, sent.refresh_token}
            return named in own
        return sent is not None

    def _needs_refresh(self, session: Session) -> bool:
        return session.expires_within(self._refresh_skew, now=self._now())

    def _refresh_body(self, session: Session) -> dict[str, Any]:
        body: dict[str, Any] = {
            **dict(self._refresh_fixed),  # grant_type=refresh_token: the IR's session rules
            "refresh_token": session.refresh_token,
            "client_id": self._client_id,
        }
        if self._client_secret is not None:
            body["client_secret"] = self._client_secret
        return body

    def _latest_session(self, session: Session) -> tuple[Session, bool]:
        """Called under the refresh lock, before refreshing: the store is read again, and when
        another client or process replaced ``session`` there meanwhile, its session is adopted.
        Returns (the session to use or refresh, True when it is usable as it is). So a refresh
        token that someone else already rotated is never sent.
        """
        stored = self._load_session()
        if stored is None or _same_tokens(stored, session):
            return session, False
        self._session = stored
        return stored, not self._needs_refresh(stored)

    def _after_refresh_error(self, exc: APIStatusError, session: Session) -> Session | None:
        """A refresh failed. ``invalid_grant``: forget the session, unless the store (read
        again, under the lock) holds a newer one another client stored: that one is returned
        and used. None: the error stands."""
        if exc.error != "invalid_grant":
            return None
        stored = self._load_session()
        if stored is not None and not _same_tokens(stored, session):
            self._session = stored
            return stored
        self.clear_session()
        return None

    def _renews_admin(self, session: Session) -> bool:
        """An administrator token (``scope`` admin, no refresh token) this client can renew:
        it holds the API key pair. Only such a session is replaced by a fresh admin token; a
        user's session without a refresh token is never swapped for an administrator's."""
        return (
            self._tc3 is not None
            and self._admin_op is not None
            and not session.refresh_token
            and "admin" in (session.scope or "").split()
        )

    def _usable_without_refresh(self, session: Session) -> Session:
        """A session with no refresh token: usable until it actually expires."""
        if session.expires_within(0.0, now=self._now()):
            raise NotSignedInError("the session has expired and has no refresh token; sign in again")
        return session

    def _admin_op_spec(self) -> OperationSpec:
        if self._admin_op is None:  # _renews_admin checked it; for the type checker
            raise NotSignedInError("this spec has no administrator token call")
        return self._admin_op

    def _store_response(self, body: dict[str, Any]) -> Session:
        """A token response (a renewed admin token) made the session and stored."""
        new = Session.from_token_response(body, now=self._now())
        self._store_session(new)
        return new

    # -- request building --------------------------------------------------------------------

    def _basic_authorization(self) -> str:
        raw = f"{self._client_id}:{self._client_secret or ''}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def _known_secrets(self) -> list[str]:
        out: list[str] = []
        if self._client_secret:
            out.append(self._client_secret)
        if self._tc3 is not None:
            out.append(self._tc3.secret_key)
            if self._tc3.session_token:
                out.append(self._tc3.session_token)
        session = self._session
        if session is not None:
            out.append(session.access_token)
            if session.refresh_token:
                out.append(session.refresh_token)
        return out

    def _build_path(self, op: OperationSpec, path_params: Mapping[str, Any] | None) -> str:
        params = path_params or {}

        def substitute(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in params or params[name] is None:
                raise ValueError(f"{op.operation_id}: missing path parameter {name!r}")
            return quote(_query_value(params[name]), safe="")

        return _PATH_PARAM_RE.sub(substitute, op.path)

    def _prepare(
        self,
        op: OperationSpec,
        *,
        authorization: str | None,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        json: Any,
        request_id: str | None,
        timeout: float | httpx.Timeout | NotGiven,
        extra_headers: Mapping[str, str] | None,
        tc3: TC3Credentials | None = None,
    ) -> _Prepared:
        if op.auth not in _AUTH_KINDS:
            raise ValueError(f"{op.operation_id}: unknown auth kind {op.auth!r}")
        url = self._base_url + self._build_path(op, path_params)

        params: list[tuple[str, str]] = []
        for key, value in (query or {}).items():
            if value is None:
                continue
            if isinstance(value, list | tuple):
                params.extend((key, _query_value(v)) for v in value)
            else:
                params.append((key, _query_value(value)))
        # Like the JS SDK: client_id goes on every call that carries no Bearer token (which
        # calls: `sends_client_id`, decided once in the spec's IR, generator/spec.py).
        bearer = authorization is not None and authorization.startswith("Bearer ")
        if op.sends_client_id and not bearer and not any(k == "client_id" for k, _ in params):
            params.append(("client_id", self._client_id))

        # Header names are case-insensitive: compare and merge them lower-cased.
        extra = {k.lower(): v for k, v in extra_headers.items()} if extra_headers else {}
        rid = request_id or extra.get("x-request-id") or new_id()
        headers: dict[str, str] = {
            "accept": "application/json",
            "x-device-id": self._device_id,
            "x-sdk-version": self._sdk_version,
        }
        if op.fixed_body and (json is None or isinstance(json, Mapping)):
            json = {**dict(op.fixed_body), **(json or {})}
        content: bytes | None = None
        if json is not None:
            content = jsonlib.dumps(json, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            headers["content-type"] = "application/json"
        attach = authorization is not None and "authorization" not in extra
        if attach and authorization is not None:
            headers["authorization"] = authorization
        headers.update(extra)
        headers["x-request-id"] = rid

        if isinstance(timeout, NotGiven):
            timeout_dict = self._timeout_dict
        else:
            timeout_dict = (timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)).as_dict()
        request = httpx.Request(op.method, url, params=tuple(params), headers=headers, content=content)
        request.extensions["timeout"] = timeout_dict
        if op.auth == "tc3" and "authorization" not in extra:
            tc3 = tc3 or self._tc3
            if tc3 is None:
                raise ValueError(
                    f"{op.operation_id} is signed with an API key pair: pass secret_id and secret_key "
                    "(to the call, or to the client)"
                )
            # Signed over the final request (host, content-type, body), as node-sdk signs it.
            authorization = tc3_authorization(
                tc3,
                method=request.method,
                path=request.url.raw_path.decode("ascii").partition("?")[0],
                query=request.url.query.decode("ascii"),
                headers=request.headers,
                body=content or b"",
                timestamp=int(self._now()) - 1,
            )
            request.headers["authorization"] = authorization
            attach = True
        if attach:
            self._check_destination(request)
        return _Prepared(request, rid, params, json, authorization if attach else None, timeout_dict)

    def _secrets(self, prepared: _Prepared) -> list[str]:
        """Literal secret values this request involves, to redact from free text (errors)."""
        secrets: list[str] = self._known_secrets()
        if prepared.authorization is not None:
            secrets.append(prepared.authorization.partition(" ")[2])
        _collect_secrets(prepared.json, self._secret_fields, secrets)
        _collect_secrets(dict(prepared.params), self._secret_fields, secrets)
        return secrets

    def _check_destination(self, request: httpx.Request) -> None:
        """Refuse to put credentials on a request for any other host than the configured one."""
        url = request.url
        if (url.scheme, url.host, url.port) != self._origin or request.headers.get("host", self._netloc) != self._netloc:
            raise CloudBaseAuthError(
                f"refusing to send credentials to {request.headers.get('host') or url.host!r}: "
                f"the client is configured for {self._netloc!r}"
            )

    # -- responses ---------------------------------------------------------------------------

    def _retry_or_none(
        self, retries_done: int, response: httpx.Response | None, deadline: Deadline | None = None
    ) -> float | None:
        """Seconds to wait before the next attempt, or None when no retry is allowed: none
        left, an answer that is not retried, or a wait (``Retry-After`` included) that would
        end after the call's timeout."""
        if retries_done >= self._max_retries:
            return None
        if response is not None:
            if response.status_code not in RETRY_STATUSES:
                return None
            delay = retry_delay(retries_done, response.headers.get("retry-after"), rand=self._rand)
        else:
            delay = retry_delay(retries_done, None, rand=self._rand)
        if deadline is not None and not deadline.allows(delay):
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("no retry: waiting %.3fs would outlast the call's timeout", delay)
            return None
        return delay

    def _deadline(self, timeout: float | httpx.Timeout | NotGiven) -> Deadline:
        """The whole call's time budget, retries and their waits included (see ``Deadline``)."""
        chosen = self._timeout if isinstance(timeout, NotGiven) else timeout
        return Deadline(chosen if isinstance(chosen, httpx.Timeout) else httpx.Timeout(chosen), self._monotonic)

    def _deadline_error(self, prepared: _Prepared, deadline: Deadline) -> APITimeoutError:
        request = prepared.request
        budget = f" of {deadline.budget:g}s" if deadline.budget is not None else ""
        return APITimeoutError(
            f"{request.method} {request.url.path} took longer than the call's timeout{budget} "
            f"(connect, answer, retries) [request_id={prepared.request_id}]",
            request_id=prepared.request_id,
        )

    def _check_length(self, response: httpx.Response, prepared: _Prepared) -> None:
        """Refuse an answer whose announced length is over the cap before reading any of it."""
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self._max_response_bytes:
            raise self._too_large(response, prepared)

    def _too_large(self, response: httpx.Response, prepared: _Prepared) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            status_code=response.status_code,
            error_description=(
                f"the answer is larger than {self._max_response_bytes} bytes (max_response_bytes); "
                "the client stopped reading it"
            ),
            request_id=prepared.request_id,
        )

    def _take(self, chunks: list[bytes], chunk: bytes, size: int, response: httpx.Response, prepared: _Prepared,
              deadline: Deadline) -> int:
        """Keep one chunk of the answer: under the size cap and within the deadline."""
        size += len(chunk)
        if size > self._max_response_bytes:
            raise self._too_large(response, prepared)
        chunks.append(chunk)
        if deadline.passed():
            raise self._deadline_error(prepared, deadline)
        return size

    def _model(self, op: OperationSpec, parse: Callable[[dict[str, Any]], _T], answer: _Answer) -> _T:
        """The operation's model from its answer; an answer that does not fit it (a required
        field missing, a value of the wrong type) is ``InvalidResponseError``, not a bare
        ``KeyError`` or ``TypeError`` from the model's code."""
        try:
            return parse(answer.body)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            what = f"field {exc.args[0]!r} is missing" if isinstance(exc, KeyError) and exc.args else (
                f"a field does not have the type the spec gives it ({type(exc).__name__})"
            )
            raise InvalidResponseError(
                status_code=answer.status_code,
                error_description=f"the answer to {op.operation_id} is not what the spec promises: {what}",
                request_id=answer.request_id,
            ) from None

    def _start_attempt(self, prepared: _Prepared, deadline: Deadline, attempt: int) -> None:
        """Per-attempt timeouts cut to what is left of the call's budget; log the attempt."""
        left = deadline.remaining()
        first, deadline.started = not deadline.started, True
        if left is not None and not first:
            if left <= 0:
                raise APITimeoutError(
                    f"{prepared.request.method} {prepared.request.url.path} timed out: the call's timeout "
                    f"was spent before attempt {attempt} [request_id={prepared.request_id}]",
                    request_id=prepared.request_id,
                )
            prepared.request.extensions["timeout"] = {
                k: (left if v is None else min(float(v), left)) for k, v in prepared.timeout.items()
            }
        self._log_request(prepared, attempt)

    def _connection_error(
        self, exc: httpx.RequestError, prepared: _Prepared, deadline: Deadline | None = None
    ) -> APIConnectionError:
        """``cannot connect to 127.0.0.1:8080 (connection refused) for GET /auth/v1/user/me``:
        where, why and which call; never the query (it may hold a secret)."""
        if isinstance(exc, httpx.TimeoutException) and deadline is not None and deadline.passed():
            return self._deadline_error(prepared, deadline)
        request = prepared.request
        where = f"{request.url.host}:{request.url.port or (443 if request.url.scheme == 'https' else 80)}"
        cause = _transport_cause(exc)
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
            what = f"cannot connect to {where} ({cause})"
        elif isinstance(exc, httpx.ReadTimeout):
            what = f"no answer from {where} in time ({cause})"
        elif isinstance(exc, httpx.PoolTimeout):
            what = f"no free connection to {where} in time ({cause})"
        else:
            what = f"the exchange with {where} failed ({cause})"
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return cls(
            f"{what} for {request.method} {request.url.path} [request_id={prepared.request_id}]",
            request_id=prepared.request_id,
        )

    def _hint(self, status: int, body: dict[str, Any], prepared: _Prepared) -> str | None:
        """What the client can add to an error the service (or something else) answered."""
        if status == 404:
            if not httpx.URL(self._base_url).path.rstrip("/").endswith("/auth/v1"):
                return f"base_url should end with /auth/v1 (it is {self._base_url!r})"
            if not body.get("error") and not isinstance(body.get("code"), str):
                return (
                    f"the answer is not from CloudBase Auth (nothing at {prepared.request.url.path}): "
                    f"is base_url {self._base_url!r} the right service?"
                )
        if 400 <= status < 500 and isinstance(prepared.json, Mapping) and isinstance(prepared.json.get("ticket"), str):
            said_expired = "expire" in str(body.get("error_description") or body.get("message") or "").lower()
            return _ticket_expiry_hint(prepared.json["ticket"], self._now(), said_expired)
        return None

    def _log_request(self, prepared: _Prepared, attempt: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request %s %s attempt=%d request_id=%s query=%s body=%s",
                prepared.request.method,
                prepared.request.url.path,
                attempt,
                prepared.request_id,
                {k: (REDACTED if is_secret_key(k, self._secret_fields) else v) for k, v in prepared.params},
                redact(prepared.json, self._secret_fields),
            )

    def _log_retry(self, prepared: _Prepared, attempt: int, reason: str, delay: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "retry %s %s request_id=%s after attempt=%d (%s) in %.3fs",
                prepared.request.method,
                prepared.request.url.path,
                prepared.request_id,
                attempt,
                reason,
                delay,
            )

    def _parse(self, response: httpx.Response, raw: bytes, prepared: _Prepared, started: float) -> _Answer:
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "response %s %s status=%d request_id=%s elapsed_ms=%.1f",
                prepared.request.method,
                prepared.request.url.path,
                status,
                prepared.request_id,
                (time.monotonic() - started) * 1000.0,
            )
        body, problem = _decode_object(raw)
        if problem is not None and 200 <= status < 300:
            # The spec promises a JSON object on every success ({} when there is nothing to say).
            raise InvalidResponseError(
                status_code=status,
                error_description=f"{problem}: the spec promises a JSON object",
                request_id=prepared.request_id,
            )
        if 200 <= status < 300 and not body.get("error") and not isinstance(body.get("code"), str):
            return _Answer(body, status, prepared.request_id)  # the common case: skip the error path
        hint = self._hint(status, body, prepared)
        if hint is not None:
            gateway_shape = not body.get("error") and isinstance(body.get("code"), str) and "message" in body
            key = "message" if gateway_shape else "error_description"
            original = body.get(key)
            body = {**body, key: f"{original}; {hint}" if original else hint}
        exc = error_from_response(status, body, prepared.request_id, secrets=self._secrets(prepared))
        if exc is not None:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "error %s %s request_id=%s: %s", prepared.request.method, prepared.request.url.path, prepared.request_id, exc
                )
            raise exc
        return _Answer(body, status, prepared.request_id)

    def _authorization_for(self, op: OperationSpec) -> str | None:
        """Basic credentials for basic operations; None for the rest (bearer needs the refresh lock)."""
        if op.auth in ("basic", "secret_basic") or (op.auth == "bearer_or_basic" and self._session is None):
            return self._basic_authorization()
        return None

    def _wants_bearer(self, op: OperationSpec) -> bool:
        """bearer: always (no session is an error); bearer_optional and bearer_or_basic: when
        signed in (as the SDK)."""
        return op.auth == "bearer" or (
            op.auth in ("bearer_optional", "bearer_or_basic") and self._session is not None
        )

    @staticmethod
    def _user_sets_authorization(extra_headers: Mapping[str, str] | None) -> bool:
        return bool(extra_headers) and "authorization" in httpx.Headers(extra_headers)


class SyncAPIClient(_ClientCore):
    """The blocking client. Safe to share between threads; refresh is single-flight."""

    def __init__(
        self,
        env_id: str,
        *,
        region: str = "ap-shanghai",
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        device_id: str | None = None,
        storage: TokenStorage | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.BaseTransport | None = None,
        refresh_skew: float = DEFAULT_REFRESH_SKEW,
        secret_id: str | None = None,
        secret_key: str | None = None,
        session_token: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        """A client for one CloudBase environment (and one signed-in session at a time).

        Args:
            env_id: The environment ID (letters, digits, ``-``, ``_``); it names the gateway
                host and is the default ``client_id``.
            region: The environment's region (default ``ap-shanghai``). A mainland China region
                (``ap-shanghai``, ``ap-guangzhou``, ``ap-beijing`` ...) uses the gateway
                ``https://{env_id}.api.tcloudbasegateway.com/auth/v1``; an international one
                (``ap-singapore``) ``https://{env_id}.api.intl.tcloudbasegateway.com/auth/v1``.
                Any other value (``ap-shangai``, ``AP-SHANGHAI``, ``""``) is a ``ValueError``
                that lists the known regions; it is never sent to a gateway by guess. The
                README lists the regions of this version.
            client_id: The OAuth client (default: ``env_id``); sessions are stored per client.
            client_secret: Its secret, for the calls that take Basic client credentials.
            base_url: Any other host instead of the region's gateway, such as the emulator
                (``http://127.0.0.1:8080/auth/v1``): an absolute http(s) URL ending in
                ``/auth/v1``, with no query or fragment.
            device_id: The ``x-device-id`` to send (default: the stored one, else a new one).
            storage: Where the session and device id are kept (default ``MemoryStorage()``;
                ``FileStorage(path)`` keeps them across runs and processes).
            timeout: Seconds (or an ``httpx.Timeout``) for each call, as one deadline: connect,
                every byte of the answer, retries and their waits (default 30 s). A server
                that trickles its answer is cut off at it (``APITimeoutError``).
            max_retries: Retries where a retry cannot repeat an effect (default 2).
            transport: An httpx transport (tests: ``httpx.MockTransport``). With httpx's own
                (the default, the proxies the environment names, an ``httpx.HTTPTransport`` of
                yours) every network operation stops at the call's deadline; with another the
                deadline is checked between the chunks of the answer (and the async client
                cancels the attempt at it).
            refresh_skew: Refresh the access token this many seconds before it expires.
            secret_id: The SecretId of the environment's API key pair (server side only).
                With ``secret_key``, ``get_client_credential()`` needs no arguments, and the
                administrator token it returns (``scope`` admin, no refresh token) is renewed
                with the key pair when it expires or is refused: once, whatever the number of
                threads (or tasks) waiting for it.
            secret_key: The SecretKey of that pair; it signs, it is never sent or shown.
            session_token: The token of a temporary key pair, if that is what you have.
            max_response_bytes: The largest answer read (default 8 MiB); a larger one is
                ``ResponseTooLargeError``, and is never read whole.
        """
        super().__init__(
            env_id,
            region=region,
            client_id=client_id,
            client_secret=client_secret,
            base_url=base_url,
            device_id=device_id,
            storage=storage,
            timeout=timeout,
            max_retries=max_retries,
            refresh_skew=refresh_skew,
            secret_id=secret_id,
            secret_key=secret_key,
            session_token=session_token,
            max_response_bytes=max_response_bytes,
        )
        self._http = httpx.Client(transport=transport, timeout=self._timeout, follow_redirects=False)
        bind_deadlines(self._http)  # connects, reads and writes end by the call's deadline
        self._refresh_lock = _thread_lock_for(self._storage, self._session_key)
        #: Sleep between retries: replaceable in tests.
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @overload
    def _call(
        self,
        op: OperationSpec,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        tc3: TC3Credentials | None = None,
        parse: None = None,
    ) -> dict[str, Any]: ...

    @overload
    def _call(
        self,
        op: OperationSpec,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        tc3: TC3Credentials | None = None,
        parse: Callable[[dict[str, Any]], _T],
    ) -> _T: ...

    def _call(
        self,
        op: OperationSpec,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        tc3: TC3Credentials | None = None,
        parse: Callable[[dict[str, Any]], Any] | None = None,
    ) -> Any:
        """Run one operation; return the answer's JSON object, or ``parse`` of it (the
        operation's model; an answer that does not fit it is ``InvalidResponseError``)."""
        authorization = self._authorization_for(op)
        sent: Session | None = None
        if self._wants_bearer(op) and not self._user_sets_authorization(extra_headers):
            sent = self._fresh_session()
            authorization = sent.authorization
        deadline = self._deadline(timeout)
        send = functools.partial(
            self._send,
            op,
            path_params=path_params,
            query=query,
            json=json,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            deadline=deadline,
            tc3=tc3,
        )
        try:
            answer = send(authorization=authorization)
        except APIStatusError as exc:
            # The service refused a token the local clock still trusts (revoked, a skewed clock,
            # a restored VM): refresh once and retry once; a second refusal is raised as it is.
            # Only a refused token (401 / unauthenticated): a 403 refuses the operation itself.
            if sent is None or not _is_unauthenticated(exc):
                raise
            fresh = self._refresh_after_rejection(sent)
            if fresh is None:
                raise
            sent = fresh
            answer = send(authorization=fresh.authorization)
        body = self._after_success(op, answer.body, json=json, sent=sent)
        return body if parse is None else self._model(op, parse, answer)

    def _send(
        self,
        op: OperationSpec,
        *,
        authorization: str | None,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: Deadline | None = None,
        tc3: TC3Credentials | None = None,
    ) -> _Answer:
        """One exchange, retried where that cannot double an effect, all within ``deadline``:
        the answer is streamed, capped at ``max_response_bytes`` and cut off at the deadline."""
        prepared = self._prepare(
            op,
            authorization=authorization,
            path_params=path_params,
            query=query,
            json=json,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            tc3=tc3,
        )
        if deadline is None:
            deadline = self._deadline(timeout)
        retries = 0
        while True:
            self._start_attempt(prepared, deadline, retries + 1)
            started = time.monotonic()
            with deadline.running():
                try:
                    response = self._http.send(prepared.request, follow_redirects=False, stream=True)
                except httpx.RequestError as exc:
                    delay = self._retry_or_none(retries, None, deadline) if is_retryable_exception(exc) else None
                    if delay is None:
                        raise self._connection_error(exc, prepared, deadline) from exc
                    reason = type(exc).__name__
                else:
                    with contextlib.closing(response):
                        delay = self._retry_or_none(retries, response, deadline)
                        if delay is None:
                            raw = self._read_body(response, prepared, deadline)
                            return self._parse(response, raw, prepared, started)
                    reason = f"status {response.status_code}"
            self._log_retry(prepared, retries + 1, reason, delay)
            self._sleep(delay)
            retries += 1

    def _read_body(self, response: httpx.Response, prepared: _Prepared, deadline: Deadline) -> bytes:
        self._check_length(response, prepared)
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size = self._take(chunks, chunk, size, response, prepared, deadline)
        except httpx.RequestError as exc:  # the answer broke off, or the deadline cut it off
            raise self._connection_error(exc, prepared, deadline) from exc
        return b"".join(chunks)

    # -- refresh -----------------------------------------------------------------------------

    def _fresh_session(self) -> Session:
        """The session, refreshed first (once, whatever the concurrency) if about to expire."""
        session = self._session
        if session is None:
            raise NotSignedInError("this call needs a signed-in session: sign in first")
        if not self._needs_refresh(session):
            return session
        with self._refresh_lock:
            current = self._session
            if current is None:
                raise NotSignedInError("the session was cleared: sign in again")
            if not self._needs_refresh(current):
                return current  # another thread refreshed it while this one waited
            return self._refresh_locked(current)

    def refresh_session(self) -> Session:
        """Refresh the access token now (spending the refresh token) and return the new session."""
        before = self._session
        if before is None:
            raise NotSignedInError("no session to refresh: sign in first")
        with self._refresh_lock:
            current = self._session
            if current is None:
                raise NotSignedInError("the session was cleared: sign in again")
            if current is not before:
                return current  # refreshed (or replaced) while this call waited: do not spend it again
            if not current.refresh_token and not self._renews_admin(current):
                raise NotSignedInError("the session has no refresh token")
            return self._refresh_locked(current)

    def _refresh_locked(self, session: Session) -> Session:
        """Refresh ``session`` (the caller holds the thread lock); see ``_latest_session``."""
        with _process_lock(self._storage):
            session, usable = self._latest_session(session)
            if usable:
                return session
            if not session.refresh_token:
                if self._renews_admin(session):
                    renewed = self._send(self._admin_op_spec(), authorization=None, tc3=self._tc3)
                    return self._store_response(renewed.body)
                return self._usable_without_refresh(session)
            try:
                body = self._send(self._refresh_op, authorization=None, json=self._refresh_body(session)).body
            except APIStatusError as exc:
                newer = self._after_refresh_error(exc, session)
                if newer is None:
                    raise
                return newer
            new = Session.from_token_response(body, now=self._now())
            self._store_session(new)
            return new

    def _refresh_after_rejection(self, sent: Session) -> Session | None:
        """The service refused ``sent``'s access token: the session to retry with (refreshed
        once, single-flight), or None when there is nothing to refresh with."""
        with self._refresh_lock:
            current = self._session
            if current is None:
                return None
            if current.access_token != sent.access_token:
                return current  # another thread already replaced it
            if not current.refresh_token and not self._renews_admin(current):
                return None
            return self._refresh_locked(current)


class AsyncAPIClient(_ClientCore):
    """The asyncio client. Refresh is single-flight across tasks."""

    def __init__(
        self,
        env_id: str,
        *,
        region: str = "ap-shanghai",
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        device_id: str | None = None,
        storage: TokenStorage | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
        refresh_skew: float = DEFAULT_REFRESH_SKEW,
        secret_id: str | None = None,
        secret_key: str | None = None,
        session_token: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        """A client for one CloudBase environment (and one signed-in session at a time).

        Args:
            env_id: The environment ID (letters, digits, ``-``, ``_``); it names the gateway
                host and is the default ``client_id``.
            region: The environment's region (default ``ap-shanghai``). A mainland China region
                (``ap-shanghai``, ``ap-guangzhou``, ``ap-beijing`` ...) uses the gateway
                ``https://{env_id}.api.tcloudbasegateway.com/auth/v1``; an international one
                (``ap-singapore``) ``https://{env_id}.api.intl.tcloudbasegateway.com/auth/v1``.
                Any other value (``ap-shangai``, ``AP-SHANGHAI``, ``""``) is a ``ValueError``
                that lists the known regions; it is never sent to a gateway by guess. The
                README lists the regions of this version.
            client_id: The OAuth client (default: ``env_id``); sessions are stored per client.
            client_secret: Its secret, for the calls that take Basic client credentials.
            base_url: Any other host instead of the region's gateway, such as the emulator
                (``http://127.0.0.1:8080/auth/v1``): an absolute http(s) URL ending in
                ``/auth/v1``, with no query or fragment.
            device_id: The ``x-device-id`` to send (default: the stored one, else a new one).
            storage: Where the session and device id are kept (default ``MemoryStorage()``;
                ``FileStorage(path)`` keeps them across runs and processes).
            timeout: Seconds (or an ``httpx.Timeout``) for each call, as one deadline: connect,
                every byte of the answer, retries and their waits (default 30 s). A server
                that trickles its answer is cut off at it (``APITimeoutError``).
            max_retries: Retries where a retry cannot repeat an effect (default 2).
            transport: An httpx transport (tests: ``httpx.MockTransport``). With httpx's own
                (the default, the proxies the environment names, an ``httpx.HTTPTransport`` of
                yours) every network operation stops at the call's deadline; with another the
                deadline is checked between the chunks of the answer (and the async client
                cancels the attempt at it).
            refresh_skew: Refresh the access token this many seconds before it expires.
            secret_id: The SecretId of the environment's API key pair (server side only).
                With ``secret_key``, ``get_client_credential()`` needs no arguments, and the
                administrator token it returns (``scope`` admin, no refresh token) is renewed
                with the key pair when it expires or is refused: once, whatever the number of
                threads (or tasks) waiting for it.
            secret_key: The SecretKey of that pair; it signs, it is never sent or shown.
            session_token: The token of a temporary key pair, if that is what you have.
            max_response_bytes: The largest answer read (default 8 MiB); a larger one is
                ``ResponseTooLargeError``, and is never read whole.
        """
        super().__init__(
            env_id,
            region=region,
            client_id=client_id,
            client_secret=client_secret,
            base_url=base_url,
            device_id=device_id,
            storage=storage,
            timeout=timeout,
            max_retries=max_retries,
            refresh_skew=refresh_skew,
            secret_id=secret_id,
            secret_key=secret_key,
            session_token=session_token,
            max_response_bytes=max_response_bytes,
        )
        self._http = httpx.AsyncClient(transport=transport, timeout=self._timeout, follow_redirects=False)
        bind_deadlines(self._http)  # connects, reads and writes end by the call's deadline
        import asyncio

        self._own_refresh_lock = asyncio.Lock()
        #: Sleep between retries: replaceable in tests.
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def close(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @overload
    async def _call(
        self,
        op: OperationSpec,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        tc3: TC3Credentials | None = None,
        parse: None = None,
    ) -> dict[str, Any]: ...

    @overload
    async def _call(
        self,
        op: OperationSpec,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        tc3: TC3Credentials | None = None,
        parse: Callable[[dict[str, Any]], _T],
    ) -> _T: ...

    async def _call(
        self,
        op: OperationSpec,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        tc3: TC3Credentials | None = None,
        parse: Callable[[dict[str, Any]], Any] | None = None,
    ) -> Any:
        """Run one operation; return the answer's JSON object, or ``parse`` of it (the
        operation's model; an answer that does not fit it is ``InvalidResponseError``)."""
        authorization = self._authorization_for(op)
        sent: Session | None = None
        if self._wants_bearer(op) and not self._user_sets_authorization(extra_headers):
            sent = await self._fresh_session()
            authorization = sent.authorization
        deadline = self._deadline(timeout)
        send = functools.partial(
            self._send,
            op,
            path_params=path_params,
            query=query,
            json=json,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            deadline=deadline,
            tc3=tc3,
        )
        try:
            answer = await send(authorization=authorization)
        except APIStatusError as exc:
            # The service refused a token the local clock still trusts (revoked, a skewed clock,
            # a restored VM): refresh once and retry once; a second refusal is raised as it is.
            # Only a refused token (401 / unauthenticated): a 403 refuses the operation itself.
            if sent is None or not _is_unauthenticated(exc):
                raise
            fresh = await self._refresh_after_rejection(sent)
            if fresh is None:
                raise
            sent = fresh
            answer = await send(authorization=fresh.authorization)
        body = self._after_success(op, answer.body, json=json, sent=sent)
        return body if parse is None else self._model(op, parse, answer)

    async def _send(
        self,
        op: OperationSpec,
        *,
        authorization: str | None,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        json: Any = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: Deadline | None = None,
        tc3: TC3Credentials | None = None,
    ) -> _Answer:
        """One exchange, retried where that cannot double an effect, all within ``deadline``:
        the answer is streamed, capped at ``max_response_bytes`` and cut off at the deadline."""
        prepared = self._prepare(
            op,
            authorization=authorization,
            path_params=path_params,
            query=query,
            json=json,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
            tc3=tc3,
        )
        if deadline is None:
            deadline = self._deadline(timeout)
        import asyncio

        retries = 0
        while True:
            self._start_attempt(prepared, deadline, retries + 1)
            started = time.monotonic()
            try:
                with deadline.running():
                    # asyncio.timeout: the attempt is cancelled at the deadline whatever the
                    # transport (the network backend's cut covers only the default one).
                    async with asyncio.timeout(deadline.remaining()):
                        try:
                            response = await self._http.send(prepared.request, follow_redirects=False, stream=True)
                        except httpx.RequestError as exc:
                            delay = (
                                self._retry_or_none(retries, None, deadline) if is_retryable_exception(exc) else None
                            )
                            if delay is None:
                                raise self._connection_error(exc, prepared, deadline) from exc
                            reason = type(exc).__name__
                        else:
                            try:
                                delay = self._retry_or_none(retries, response, deadline)
                                if delay is None:
                                    raw = await self._read_body(response, prepared, deadline)
                                    return self._parse(response, raw, prepared, started)
                            finally:
                                await response.aclose()
                            reason = f"status {response.status_code}"
            except TimeoutError:  # asyncio.timeout's: the call's deadline passed mid-attempt
                raise self._deadline_error(prepared, deadline) from None
            self._log_retry(prepared, retries + 1, reason, delay)
            await self._sleep(delay)
            retries += 1

    async def _read_body(self, response: httpx.Response, prepared: _Prepared, deadline: Deadline) -> bytes:
        self._check_length(response, prepared)
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size = self._take(chunks, chunk, size, response, prepared, deadline)
        except httpx.RequestError as exc:  # the answer broke off, or the deadline cut it off
            raise self._connection_error(exc, prepared, deadline) from exc
        return b"".join(chunks)

    # -- refresh -----------------------------------------------------------------------------

    async def _fresh_session(self) -> Session:
        """The session, refreshed first (once, whatever the concurrency) if about to expire."""
        session = self._session
        if session is None:
            raise NotSignedInError("this call needs a signed-in session: sign in first")
        if not self._needs_refresh(session):
            return session
        async with _task_lock_for(self._storage, self._session_key, self._own_refresh_lock):
            current = self._session
            if current is None:
                raise NotSignedInError("the session was cleared: sign in again")
            if not self._needs_refresh(current):
                return current  # another task refreshed it while this one waited
            return await self._refresh_locked(current)

    async def refresh_session(self) -> Session:
        """Refresh the access token now (spending the refresh token) and return the new session."""
        before = self._session
        if before is None:
            raise NotSignedInError("no session to refresh: sign in first")
        async with _task_lock_for(self._storage, self._session_key, self._own_refresh_lock):
            current = self._session
            if current is None:
                raise NotSignedInError("the session was cleared: sign in again")
            if current is not before:
                return current  # refreshed (or replaced) while this call waited: do not spend it again
            if not current.refresh_token and not self._renews_admin(current):
                raise NotSignedInError("the session has no refresh token")
            return await self._refresh_locked(current)

    async def _refresh_locked(self, session: Session) -> Session:
        """Refresh ``session`` (the caller holds the task lock); see ``_latest_session``."""
        async with _async_process_lock(self._storage):
            session, usable = self._latest_session(session)
            if usable:
                return session
            if not session.refresh_token:
                if self._renews_admin(session):
                    renewed = await self._send(self._admin_op_spec(), authorization=None, tc3=self._tc3)
                    return self._store_response(renewed.body)
                return self._usable_without_refresh(session)
            try:
                answer = await self._send(self._refresh_op, authorization=None, json=self._refresh_body(session))
                body = answer.body
            except APIStatusError as exc:
                newer = self._after_refresh_error(exc, session)
                if newer is None:
                    raise
                return newer
            new = Session.from_token_response(body, now=self._now())
            self._store_session(new)
            return new

    async def _refresh_after_rejection(self, sent: Session) -> Session | None:
        """The service refused ``sent``'s access token: the session to retry with (refreshed
        once, single-flight), or None when there is nothing to refresh with."""
        async with _task_lock_for(self._storage, self._session_key, self._own_refresh_lock):
            current = self._session
            if current is None:
                return None
            if current.access_token != sent.access_token:
                return current  # another task already replaced it
            if not current.refresh_token and not self._renews_admin(current):
                return None
            return await self._refresh_locked(current)
