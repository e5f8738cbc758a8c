"""One deadline per call: connect, every byte of the answer, retries and their waits.

httpx's timeouts bound each network operation, not the call: its read timeout starts again on
every byte, so a server that trickles its answer one byte at a time (or one every half second)
holds a call for as long as it likes. ``Deadline`` is the call's budget; while a call runs, its
end sits in a context variable that two things read:

- the network backend of the client's httpx transports (``bind_deadlines``): every connect,
  TLS handshake, read and write of the call waits at most until the end, then fails with httpx's
  own timeout error, so a trickle or a silence is cut off at the deadline (threads, sync);
- the client's body loop, which checks it between chunks, for any transport (the async client
  also wraps the whole attempt in ``asyncio.timeout``).

The backend is httpcore's own, wrapped: its ``ConnectionPool`` keeps it as ``_network_backend``
(httpcore 0.16 to 1.x). Should a future httpcore keep it elsewhere, the wrapper is left out and
only the chunk checks remain (each read then bounded by the read timeout, cut to what is left).
The wrapper only passes httpcore's own operations a shorter timeout, so every failure is still
httpcore's (and httpx's) own timeout error; httpcore is not imported (the package depends on
httpx alone).
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

__all__ = ["Deadline", "bind_deadlines", "running_deadline"]

#: The monotonic time at which the running call's budget ends (None: no budget, or no call).
_CALL_END: contextvars.ContextVar[float | None] = contextvars.ContextVar("cloudbase_auth_call_end", default=None)


class Deadline:
    """The time budget of one call: the largest of its timeout's values (connect, read, write,
    pool; ``None`` everywhere means no budget). Retries and their waits fit in it: a wait that
    would end after it is not made, and each attempt's timeouts are cut to what is left. So
    ``timeout=1.0`` facing ``503 Retry-After: 30`` raises at once instead of sleeping 30 s.
    """

    def __init__(self, timeout: httpx.Timeout, clock: Callable[[], float]) -> None:
        values = [v for v in (timeout.connect, timeout.read, timeout.write, timeout.pool) if v is not None]
        self._clock = clock
        self.budget: float | None = max(values) if values else None
        self._end = clock() + self.budget if self.budget is not None else None
        self.started = False  # an attempt was made: later ones get their timeouts cut

    def remaining(self) -> float | None:
        return None if self._end is None else self._end - self._clock()

    def allows(self, wait: float) -> bool:
        left = self.remaining()
        return left is None or wait < left

    def passed(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0

    @contextlib.contextmanager
    def running(self) -> Iterator[None]:
        """While the block runs, the default transport's network operations stop at the end.
        The end is taken on ``time.monotonic`` (what the backend compares with), whatever clock
        the budget was made with."""
        left = self.remaining()
        token = _CALL_END.set(None if left is None else time.monotonic() + left)
        try:
            yield
        finally:
            _CALL_END.reset(token)


def running_deadline() -> float | None:
    """Seconds left for the running call's network operations (None: no budget)."""
    end = _CALL_END.get()
    return None if end is None else end - time.monotonic()


#: What an operation gets once the deadline has passed: httpcore's socket operations then time
#: out at once (unless the bytes are already there; the body loop checks the deadline after).
_EXPIRED = 1e-6


def _cut(timeout: float | None) -> float | None:
    """``timeout`` cut to what is left of the running call."""
    left = running_deadline()
    if left is None:
        return timeout
    left = max(left, _EXPIRED)
    return left if timeout is None else min(timeout, left)


class _Stream:
    """An httpcore network stream whose reads and writes end by the running call's deadline."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> Any:
        return self._inner.read(max_bytes, _cut(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> Any:
        return self._inner.write(buffer, _cut(timeout))

    def close(self) -> Any:
        return self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend:
    """An httpcore network backend whose connections end by the running call's deadline."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *args: Any, **kwargs: Any) -> Any:
        return _Stream(self._inner.connect_tcp(host, port, _cut(timeout), *args, **kwargs))

    def connect_unix_socket(self, path: str, timeout: float | None = None, *args: Any, **kwargs: Any) -> Any:
        return _Stream(self._inner.connect_unix_socket(path, _cut(timeout), *args, **kwargs))

    def sleep(self, seconds: float) -> Any:
        return self._inner.sleep(seconds)


class _AsyncStream:
    """The async twin of ``_Stream``."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> Any:
        return await self._inner.read(max_bytes, _cut(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> Any:
        return await self._inner.write(buffer, _cut(timeout))

    async def aclose(self) -> Any:
        return await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend:
    """The async twin of ``_Backend``."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, *args: Any, **kwargs: Any) -> Any:
        return _AsyncStream(await self._inner.connect_tcp(host, port, _cut(timeout), *args, **kwargs))

    async def connect_unix_socket(self, path: str, timeout: float | None = None, *args: Any, **kwargs: Any) -> Any:
        return _AsyncStream(await self._inner.connect_unix_socket(path, _cut(timeout), *args, **kwargs))

    async def sleep(self, seconds: float) -> Any:
        return await self._inner.sleep(seconds)


def _wrap_backend(transport: object, wrapper: Callable[[Any], object]) -> None:
    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if pool is not None and inner is not None and not isinstance(inner, _Backend | _AsyncBackend):
        pool._network_backend = wrapper(inner)


def bind_deadlines(http: httpx.Client | httpx.AsyncClient) -> None:
    """Bound every network operation of ``http``'s httpx transports by the running call's
    deadline: its default transport, and the proxy transports httpx mounted for the
    environment's ``HTTP(S)_PROXY``. A transport without httpcore's pool (``MockTransport``,
    most custom ones) is left as it is."""
    wrapper: Callable[[Any], object] = _AsyncBackend if isinstance(http, httpx.AsyncClient) else _Backend
    mounts = getattr(http, "_mounts", None)
    transports = [getattr(http, "_transport", None), *(mounts.values() if isinstance(mounts, dict) else ())]
    for transport in transports:
        _wrap_backend(transport, wrapper)
