"""The one door every request of a run goes through (the Python client's `transport=`).

It keeps the run safe and observable: it refuses any request to an operation the run may not
call (a write without `--allow-writes`, or anything outside the plan) before a byte is sent,
spaces requests to the configured rate, learns the secrets of every request and answer, and
records each exchange (the answer's status, headers and body) for the checks.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from .contract import Contract
from .redact import Redactor

_RECODED = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class RefusedRequest(Exception):
    """The client asked for a call the run may not make; nothing was sent."""


@dataclass(frozen=True)
class Exchange:
    step: str
    operation: str  # operationId ("" when the path is not in the spec)
    method: str
    path: str  # relative to the base URL's path
    url: str  # redacted, for the report
    status: int
    headers: httpx.Headers
    body: bytes


class RateLimit:
    """At most `per_second` requests a second (spaced evenly); 0 means no limit."""

    def __init__(
        self,
        per_second: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0

    def wait(self) -> None:
        if not self.interval:
            return
        now = self._clock()
        if now < self._next:
            self._sleep(self._next - now)
            now = self._next
        self._next = now + self.interval


class RecordingTransport(httpx.BaseTransport):
    def __init__(
        self,
        contract: Contract,
        base_path: str,
        allowed: frozenset[str],
        redactor: Redactor,
        rate: RateLimit,
        inner: httpx.BaseTransport | None = None,
    ) -> None:
        self._contract = contract
        self._base_path = base_path.rstrip("/")
        self._allowed = allowed
        self._redactor = redactor
        self._rate = rate
        self._inner = inner or httpx.HTTPTransport()
        self.step = ""  # the step being run, set by the runner
        self.exchanges: list[Exchange] = []
        self.sent = 0

    def operation_of(self, request: httpx.Request) -> tuple[str, str]:
        path = request.url.path
        relative = path[len(self._base_path) :] if path.startswith(self._base_path) else path
        op = self._contract.match(request.method, relative)
        return (op.operation_id if op else ""), relative

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._redactor.learn_request(request)
        operation, relative = self.operation_of(request)
        if operation not in self._allowed:
            what = operation or "a path the spec does not have"
            raise RefusedRequest(
                f"refused {request.method} {relative} ({what}): not a call this run may make"
            )
        body = request.read()
        if body:
            with contextlib.suppress(ValueError):  # not JSON: nothing to learn by name
                self._redactor.learn_json(json.loads(body))
        self._rate.wait()
        self.sent += 1
        response = self._inner.handle_request(request)
        content = response.read()
        with contextlib.suppress(ValueError):
            self._redactor.learn_json(json.loads(content))
        self.exchanges.append(
            Exchange(
                self.step,
                operation,
                request.method,
                relative,
                self._redactor.url(request.url),
                response.status_code,
                response.headers,
                content,
            )
        )
        # The content is decoded now: the client must not decode it again.
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _RECODED]
        return httpx.Response(response.status_code, headers=headers, content=content, request=request)

    def close(self) -> None:
        self._inner.close()
