"""When to retry a request, and how long to wait first.

Only where a retry cannot double an effect: the connection was never made (connect error,
connect or pool timeout), or the service answered 429 / 503. A read timeout or a 500 may have
been acted on, so neither is retried.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable

import httpx

__all__ = [
    "BASE_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "RETRY_STATUSES",
    "is_retryable_exception",
    "parse_retry_after",
    "retry_delay",
]

RETRY_STATUSES: frozenset[int] = frozenset({429, 503})
BASE_DELAY = 0.5
MAX_DELAY = 8.0
#: A longer ``Retry-After`` is capped: the caller's timeout budget matters more.
MAX_RETRY_AFTER = 60.0

# The request never left this machine: a retry cannot run it twice on the server.
_NEVER_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_retryable_exception(exc: BaseException) -> bool:
    """True for transport errors where the connection was never made."""
    return isinstance(exc, _NEVER_SENT)


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now()
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def retry_delay(
    retries_done: int,
    retry_after: str | None = None,
    *,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to sleep before retry number ``retries_done + 1``.

    ``Retry-After`` when the answer had one; otherwise exponential backoff (0.5 s, 1 s, 2 s ...
    capped at 8 s) with full jitter down to half of it.
    """
    parsed = parse_retry_after(retry_after)
    if parsed is not None:
        return parsed
    delay = min(BASE_DELAY * (2.0**retries_done), MAX_DELAY)
    return delay * (0.5 + 0.5 * rand())
