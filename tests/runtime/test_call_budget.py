"""One budget per call, retries included (issue 9 L8, issue 28 item 6), through the runtime under
test (the `_base` mutation run of 2026-12-07; ``test_hardening.py`` checks the same through the
installed package, which a mutation run does not reach): a ``Retry-After`` that would outlast
the call's timeout is not waited for; each retry's timeouts are cut to what is left, ``None``
values included; a budget spent while waiting stops the call before the next attempt, at its
exact bound; the call's own timeout wins over the client's, which applies when none is given.

The clock is a fake one that the client's sleeps move: no real waiting.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import httpx
import pytest


class Clock:
    def __init__(self, overshoot: float = 0.0) -> None:
        self.now = 1000.0
        self.slept: list[float] = []
        self.overshoot = overshoot  # a loaded machine wakes up late

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds + self.overshoot


class Busy:
    """Answers 503 with ``Retry-After`` (then, optionally, 200), recording each attempt's timeouts."""

    def __init__(self, retry_after: str, successes_after: int | None = None) -> None:
        self.retry_after = retry_after
        self.successes_after = successes_after
        self.timeouts: list[dict[str, float | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.timeouts.append(dict(request.extensions["timeout"]))
        if self.successes_after is not None and len(self.timeouts) > self.successes_after:
            return httpx.Response(200, json={"exist": True})
        return httpx.Response(503, headers={"Retry-After": self.retry_after}, json={"error": "unavailable"})


def client_for(rt: SimpleNamespace, busy: Busy, clock: Clock, **kwargs: Any) -> Any:
    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(busy), **kwargs)
    client._monotonic, client._sleep, client._rand = clock, clock.sleep, lambda: 0.5
    return client


def check_user(rt: SimpleNamespace, client: Any, **kwargs: Any) -> Any:
    return client._call(rt.operations.OPERATIONS["checkIfUserExist"], query={"username": "bob"}, **kwargs)


def test_a_retry_after_beyond_the_timeout_is_not_waited_for(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    busy, clock = Busy("30"), Clock()
    client = client_for(rt, busy, clock, max_retries=3)
    with caplog.at_level(logging.DEBUG, logger="cloudbase_auth"), pytest.raises(rt.errors.Unavailable):
        check_user(rt, client, timeout=1.0)
    assert clock.slept == [] and len(busy.timeouts) == 1  # no 30 s wait for a 1 s call
    assert "no retry: waiting 30.000s would outlast the call's timeout" in [
        r.getMessage() for r in caplog.records
    ]


def test_retries_fit_in_the_timeout_and_each_gets_what_is_left(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    busy, clock = Busy("0.4"), Clock()
    client = client_for(rt, busy, clock, max_retries=5)
    with caplog.at_level(logging.DEBUG, logger="cloudbase_auth"), pytest.raises(rt.errors.Unavailable):
        check_user(rt, client, timeout=httpx.Timeout(1.0, pool=None), request_id="req-3")
    # Each attempt is logged with its number (what someone reading a DEBUG log counts retries by).
    attempts = [r.getMessage() for r in caplog.records if r.getMessage().startswith("request ")]
    assert attempts == [
        f"request GET /auth/v1/checkIfUserExist attempt={n} request_id=req-3 query={{'username': 'bob', 'client_id': 'env-1'}} body=None"
        for n in (1, 2, 3)
    ]
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retry ")]
    assert retries == [
        f"retry GET /auth/v1/checkIfUserExist request_id=req-3 after attempt={n} (status 503) in 0.400s"
        for n in (1, 2)
    ]
    assert clock.slept == [0.4, 0.4] and len(busy.timeouts) == 3  # a third 0.4 s wait would end after 1 s
    first, second, third = busy.timeouts
    assert first == {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": None}  # the first attempt: as asked
    assert second == pytest.approx({"connect": 0.6, "read": 0.6, "write": 0.6, "pool": 0.6})
    assert third == pytest.approx({"connect": 0.2, "read": 0.2, "write": 0.2, "pool": 0.2})


def test_a_shorter_timeout_of_its_own_is_kept_when_more_is_left(rt: SimpleNamespace) -> None:
    busy, clock = Busy("0.5", successes_after=1), Clock()
    client = client_for(rt, busy, clock, max_retries=1)
    check_user(rt, client, timeout=httpx.Timeout(5.0, connect=0.25))
    assert busy.timeouts[1] == pytest.approx({"connect": 0.25, "read": 4.5, "write": 4.5, "pool": 4.5})


def test_a_budget_spent_while_waiting_stops_the_call_before_the_next_attempt(rt: SimpleNamespace) -> None:
    busy, clock = Busy("0.4"), Clock(overshoot=0.6)  # the 0.4 s wait ends exactly at the deadline
    client = client_for(rt, busy, clock, max_retries=3)
    with pytest.raises(rt.errors.APITimeoutError) as info:
        check_user(rt, client, timeout=1.0, request_id="req-7")
    assert len(busy.timeouts) == 1 and clock.slept == [0.4]
    assert str(info.value) == (
        "GET /auth/v1/checkIfUserExist timed out: the call's timeout was spent before attempt 2 [request_id=req-7]"
    )
    assert info.value.request_id == "req-7"


def test_the_calls_timeout_wins_over_the_clients_which_applies_otherwise(rt: SimpleNamespace) -> None:
    busy, clock = Busy("30", successes_after=1), Clock()
    client = client_for(rt, busy, clock, max_retries=1, timeout=1.0)
    assert check_user(rt, client, timeout=60.0) == {"exist": True}  # 30 s fits in the call's 60 s
    assert clock.slept == [30.0]
    busy = Busy("30", successes_after=1)
    client = client_for(rt, busy, clock, max_retries=1, timeout=1.0)
    with pytest.raises(rt.errors.Unavailable):
        check_user(rt, client)  # the client's 1 s
    assert clock.slept == [30.0] and len(busy.timeouts) == 1
