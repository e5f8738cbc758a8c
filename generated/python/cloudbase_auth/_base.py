# generated from spec/auth-v1.yaml by authgen, do not edit
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
import json as jsonlib
import logging
import random
import re
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Self
from urllib.parse import quote

import httpx

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    CloudBaseAuthError,
    NotSignedInError,
    error_from_response,
)
from ._ids import load_device_id, new_id
from ._redact import BUILTIN_SECRET_FIELDS, REDACTED, is_secret_key, redact
from ._retry import RETRY_STATUSES, is_retryable_exception, retry_delay
from ._session import Session
from ._storage import MemoryStorage, StorageError, TokenStorage

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_REFRESH_SKEW",
    "DEFAULT_TIMEOUT",
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
    auth: str  # "none" | "bearer" | "bearer_optional" (when signed in) | "bearer_or_basic" | "basic" | "secret_basic"
    stores_session: bool  # a 2xx body is a token response: it becomes the session
    clears_session: bool  # the local session is cleared after a 2xx


DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_REFRESH_SKEW: Final = 30.0

_AUTH_KINDS: Final = frozenset({"none", "bearer", "bearer_optional", "bearer_or_basic", "basic", "secret_basic"})
_PATH_PARAM_RE: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_ENV_ID_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,62}")
_FALLBACK_REFRESH_OP: Final = OperationSpec("grantToken", "POST", "/token", "none", True, False)

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
    with _LOCKS_GUARD:
        try:
            per_storage = _THREAD_LOCKS.setdefault(storage, {})
        except TypeError:  # a storage that cannot be weakly referenced: a lock of its own
            return threading.Lock()
        return per_storage.setdefault(key, threading.Lock())


def _task_lock_for(storage: object, key: str, fallback: asyncio.Lock) -> asyncio.Lock:
    import asyncio

    loop = asyncio.get_running_loop()
    with _LOCKS_GUARD:
        try:
            per_storage = _TASK_LOCKS.setdefault(storage, weakref.WeakKeyDictionary())
        except TypeError:
            return fallback
        return per_storage.setdefault(loop, {}).setdefault(key, asyncio.Lock())


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


class _Prepared(NamedTuple):
    request: httpx.Request
    request_id: str
    params: list[tuple[str, str]]
    json: Any
    authorization: str | None


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
    ) -> None:
        # _operations imports OperationSpec from this module, so it is imported here, not at the top.
        from . import _operations as ops

        if not isinstance(env_id, str) or not env_id:
            raise ValueError("env_id must be a non-empty string")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if base_url is None:
            if not _ENV_ID_RE.fullmatch(env_id):
                raise ValueError("env_id may only hold letters, digits, '-' and '_' (or pass base_url=)")
            template = ops.GATEWAY_URL if region in ops.CHINA_REGIONS else ops.INTL_GATEWAY_URL
            base_url = template.replace("{envId}", env_id)
        url = httpx.URL(base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError("base_url must be an absolute http(s) URL")
        self._env_id = env_id
        self._region = region
        self._client_id = client_id or env_id
        self._client_secret = client_secret
        self._base_url = str(base_url).rstrip("/")
        self._origin = (url.scheme, url.host, url.port)
        self._netloc = url.netloc.decode("ascii")
        self._secret_fields = frozenset(name.lower() for name in ops.SECRET_FIELDS)
        self._refresh_op = ops.OPERATIONS.get(ops.REFRESH_OPERATION, _FALLBACK_REFRESH_OP)
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

    def _after_success(self, op: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
        if op.stores_session and isinstance(body.get("access_token"), str) and body["access_token"]:
            self._store_session(Session.from_token_response(body, now=self._now()))
        if op.clears_session:
            self.clear_session()
        return body

    def _needs_refresh(self, session: Session) -> bool:
        return session.expires_within(self._refresh_skew, now=self._now())

    def _refresh_body(self, session: Session) -> dict[str, Any]:
        body: dict[str, Any] = {
            "grant_type": "refresh_token",
            "refresh_token": session.refresh_token,
            "client_id": self._client_id,
        }
        if self._client_secret is not None:
            body["client_secret"] = self._client_secret
        return body

    def _adopt_stored(self, current: Session) -> Session | None:
        """A fresher session another client (or process) stored since ``current`` was loaded.

        Adopting it instead of refreshing keeps a rotated-away refresh token from being sent.
        """
        stored = self._load_session()
        if stored is None or stored.refresh_token == current.refresh_token or self._needs_refresh(stored):
            return None
        self._session = stored
        return stored

    def _usable_without_refresh(self, session: Session) -> Session:
        """A session with no refresh token: usable until it actually expires."""
        if session.expires_within(0.0, now=self._now()):
            raise NotSignedInError("the session has expired and has no refresh token; sign in again")
        return session

    # -- request building --------------------------------------------------------------------

    def _basic_authorization(self) -> str:
        raw = f"{self._client_id}:{self._client_secret or ''}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def _known_secrets(self) -> list[str]:
        out: list[str] = []
        if self._client_secret:
            out.append(self._client_secret)
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
        # Like the JS SDK: client_id goes on every call that carries no Bearer token.
        bearer = authorization is not None and authorization.startswith("Bearer ")
        if (
            op.auth in ("none", "basic", "bearer_optional", "bearer_or_basic")
            and not bearer
            and not any(k == "client_id" for k, _ in params)
        ):
            params.append(("client_id", self._client_id))

        # Header names are case-insensitive: compare and merge them lower-cased.
        extra = {k.lower(): v for k, v in extra_headers.items()} if extra_headers else {}
        rid = request_id or extra.get("x-request-id") or new_id()
        headers: dict[str, str] = {
            "accept": "application/json",
            "x-device-id": self._device_id,
            "x-sdk-version": self._sdk_version,
        }
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
        if attach:
            self._check_destination(request)
        return _Prepared(request, rid, params, json, authorization if attach else None)

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
        if (url.scheme, url.host, url.port) != self._origin or request.headers.get(
            "host", self._netloc
        ) != self._netloc:
            raise CloudBaseAuthError(
                f"refusing to send credentials to {request.headers.get('host') or url.host!r}: "
                f"the client is configured for {self._netloc!r}"
            )

    # -- responses ---------------------------------------------------------------------------

    def _retry_or_none(self, retries_done: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before the next attempt, or None when no retry is allowed."""
        if retries_done >= self._max_retries:
            return None
        if response is not None:
            if response.status_code not in RETRY_STATUSES:
                return None
            return retry_delay(retries_done, response.headers.get("retry-after"), rand=self._rand)
        return retry_delay(retries_done, None, rand=self._rand)

    def _connection_error(self, exc: httpx.RequestError, prepared: _Prepared) -> APIConnectionError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        what = "timed out" if cls is APITimeoutError else "failed"
        return cls(
            f"{prepared.request.method} {prepared.request.url.path} {what} ({type(exc).__name__}) "
            f"[request_id={prepared.request_id}]",
            request_id=prepared.request_id,
        )

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

    def _parse(self, response: httpx.Response, prepared: _Prepared, started: float) -> dict[str, Any]:
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
        raw = response.content
        body: dict[str, Any] | None
        if not raw.strip():
            body = {}
        else:
            try:
                decoded = jsonlib.loads(raw)
            except ValueError:
                decoded = None
            body = decoded if isinstance(decoded, dict) else None
        if body is None:
            if 200 <= status < 300:
                raise APIStatusError(
                    status_code=status,
                    error="invalid_response",
                    error_description="the answer is not a JSON object",
                    request_id=prepared.request_id,
                )
            body = {}
        if 200 <= status < 300 and not body.get("error") and not isinstance(body.get("code"), str):
            return body  # the common case: skip the error path entirely
        exc = error_from_response(status, body, prepared.request_id, secrets=self._secrets(prepared))
        if exc is not None:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "error %s %s request_id=%s: %s",
                    prepared.request.method,
                    prepared.request.url.path,
                    prepared.request_id,
                    exc,
                )
            raise exc
        return body

    def _authorization_for(self, op: OperationSpec) -> str | None:
        """Basic credentials for basic operations; None for the rest (bearer needs the refresh lock)."""
        if op.auth in ("basic", "secret_basic") or (op.auth == "bearer_or_basic" and self._session is None):
            return self._basic_authorization()
        return None

    def _wants_bearer(self, op: OperationSpec) -> bool:
        """bearer: always (no session is an error); bearer_optional and bearer_or_basic: when
        signed in (as the SDK)."""
        return op.auth == "bearer" or (op.auth in ("bearer_optional", "bearer_or_basic") and self._session is not None)

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
    ) -> None:
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
        )
        self._http = httpx.Client(transport=transport, timeout=self._timeout, follow_redirects=False)
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
    ) -> dict[str, Any]:
        """Run one operation; return the answer's JSON object (``{}`` for an empty body)."""
        authorization = self._authorization_for(op)
        if self._wants_bearer(op) and not self._user_sets_authorization(extra_headers):
            authorization = self._fresh_session().authorization
        body = self._send(
            op,
            authorization=authorization,
            path_params=path_params,
            query=query,
            json=json,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return self._after_success(op, body)

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
    ) -> dict[str, Any]:
        prepared = self._prepare(
            op,
            authorization=authorization,
            path_params=path_params,
            query=query,
            json=json,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        retries = 0
        while True:
            self._log_request(prepared, retries + 1)
            started = time.monotonic()
            try:
                response = self._http.send(prepared.request, follow_redirects=False)
            except httpx.RequestError as exc:
                delay = self._retry_or_none(retries, None) if is_retryable_exception(exc) else None
                if delay is None:
                    raise self._connection_error(exc, prepared) from exc
                self._log_retry(prepared, retries + 1, type(exc).__name__, delay)
                self._sleep(delay)
                retries += 1
                continue
            delay = self._retry_or_none(retries, response)
            if delay is not None:
                self._log_retry(prepared, retries + 1, f"status {response.status_code}", delay)
                response.close()
                self._sleep(delay)
                retries += 1
                continue
            return self._parse(response, prepared, started)

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
            if not current.refresh_token:
                raise NotSignedInError("the session has no refresh token")
            return self._refresh_locked(current)

    def _refresh_locked(self, session: Session) -> Session:
        adopted = self._adopt_stored(session)
        if adopted is not None:
            return adopted
        if not session.refresh_token:
            return self._usable_without_refresh(session)
        try:
            body = self._send(self._refresh_op, authorization=None, json=self._refresh_body(session))
        except APIStatusError as exc:
            if exc.error == "invalid_grant":
                adopted = self._adopt_stored(session)
                if adopted is not None:
                    return adopted
                self.clear_session()
            raise
        new = Session.from_token_response(body, now=self._now())
        self._store_session(new)
        return new


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
    ) -> None:
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
        )
        self._http = httpx.AsyncClient(transport=transport, timeout=self._timeout, follow_redirects=False)
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
    ) -> dict[str, Any]:
        """Run one operation; return the answer's JSON object (``{}`` for an empty body)."""
        authorization = self._authorization_for(op)
        if self._wants_bearer(op) and not self._user_sets_authorization(extra_headers):
            authorization = (await self._fresh_session()).authorization
        body = await self._send(
            op,
            authorization=authorization,
            path_params=path_params,
            query=query,
            json=json,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return self._after_success(op, body)

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
    ) -> dict[str, Any]:
        prepared = self._prepare(
            op,
            authorization=authorization,
            path_params=path_params,
            query=query,
            json=json,
            request_id=request_id,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        retries = 0
        while True:
            self._log_request(prepared, retries + 1)
            started = time.monotonic()
            try:
                response = await self._http.send(prepared.request, follow_redirects=False)
            except httpx.RequestError as exc:
                delay = self._retry_or_none(retries, None) if is_retryable_exception(exc) else None
                if delay is None:
                    raise self._connection_error(exc, prepared) from exc
                self._log_retry(prepared, retries + 1, type(exc).__name__, delay)
                await self._sleep(delay)
                retries += 1
                continue
            delay = self._retry_or_none(retries, response)
            if delay is not None:
                self._log_retry(prepared, retries + 1, f"status {response.status_code}", delay)
                await response.aclose()
                await self._sleep(delay)
                retries += 1
                continue
            return self._parse(response, prepared, started)

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
            if not current.refresh_token:
                raise NotSignedInError("the session has no refresh token")
            return await self._refresh_locked(current)

    async def _refresh_locked(self, session: Session) -> Session:
        adopted = self._adopt_stored(session)
        if adopted is not None:
            return adopted
        if not session.refresh_token:
            return self._usable_without_refresh(session)
        try:
            body = await self._send(self._refresh_op, authorization=None, json=self._refresh_body(session))
        except APIStatusError as exc:
            if exc.error == "invalid_grant":
                adopted = self._adopt_stored(session)
                if adopted is not None:
                    return adopted
                self.clear_session()
            raise
        new = Session.from_token_response(body, now=self._now())
        self._store_session(new)
        return new
