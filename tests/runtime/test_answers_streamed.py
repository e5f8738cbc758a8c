"""Answers as the client streams them, through the runtime under test (issue 28 items 6 and 7;
the `_base` mutation run of 2026-12-07): the size cap at its exact bound, announced or not; the
call's deadline checked between the chunks of a trickling answer; an answer that breaks off;
JSON nested exactly as deep as the client reads, and one level deeper; every JSON kind that is
not an object. ``test_bounded_answers.py`` and ``test_deadline.py`` check the same rules over
real sockets against the installed package; these reach the runtime a mutation run mutates.

The answers come from ``httpx.MockTransport`` as iterators of chunks (the client reads them as
a stream, chunk by chunk, as it reads a socket), and the call's clock is a fake one that the
chunks move forward: no real waiting.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

CAP = 100  # max_response_bytes in these tests


class Clock:
    """The client's monotonic clock, moved by the test (and by its sleeps)."""

    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class Chunks:
    """An answer body sent as chunks; counts what the client pulled, and can move the clock on
    each chunk (a server trickling its answer) or fail after some (an answer that breaks off)."""

    def __init__(
        self,
        body: bytes,
        size: int,
        clock: Clock | None = None,
        step: float = 0.0,
        fail_after: int | None = None,
        failure: Callable[[], httpx.RequestError] | None = None,
    ) -> None:
        self.parts = [body[i : i + size] for i in range(0, len(body), size)]
        self.pulled = 0
        self.clock, self.step = clock, step
        self.fail_after, self.failure = fail_after, failure

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            if self.fail_after is not None and self.pulled == self.fail_after:
                assert self.failure is not None
                raise self.failure()
            self.pulled += 1
            if self.clock is not None:
                self.clock.now += self.step
            yield part


def object_of(total: int) -> bytes:
    """A JSON object exactly ``total`` bytes long."""
    head, tail = b'{"sub": "u", "pad": "', b'"}'
    return head + b"x" * (total - len(head) - len(tail)) + tail


def client_for(
    rt: SimpleNamespace,
    answer: Callable[[httpx.Request], httpx.Response],
    clock: Clock | None = None,
    **kwargs: Any,
) -> Any:
    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(answer), max_retries=0, **kwargs)
    clock = clock or Clock()
    client._monotonic, client._sleep = clock, clock.sleep
    return client


def sign_in(rt: SimpleNamespace, client: Any, **kwargs: Any) -> Any:
    return client._call(
        rt.operations.OPERATIONS["signIn"],
        json={"username": "u", "password": "p"},
        request_id="req-1",
        **kwargs,
    )


# --- the size cap -------------------------------------------------------------------------


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "chunked"])
def test_an_answer_exactly_at_the_cap_is_read(rt: SimpleNamespace, announced: bool) -> None:
    body = object_of(CAP)
    chunks = Chunks(body, 10)
    headers = {"content-length": str(CAP)} if announced else {}
    client = client_for(
        rt, lambda r: httpx.Response(200, headers=headers, content=chunks), max_response_bytes=CAP
    )
    assert sign_in(rt, client) == json.loads(body)


def test_an_announced_length_over_the_cap_is_refused_before_any_byte_is_read(rt: SimpleNamespace) -> None:
    chunks = Chunks(object_of(CAP + 1), 10)
    client = client_for(
        rt,
        lambda r: httpx.Response(200, headers={"Content-Length": str(CAP + 1)}, content=chunks),
        max_response_bytes=CAP,
    )
    with pytest.raises(rt.errors.ResponseTooLargeError) as info:
        sign_in(rt, client)
    assert chunks.pulled == 0
    assert info.value.status_code == 200 and info.value.request_id == "req-1"
    assert (
        f"the answer is larger than {CAP} bytes (max_response_bytes); the client stopped reading it"
        in str(info.value)
    )


def test_an_unannounced_answer_over_the_cap_is_cut_off_at_the_chunk_that_crosses_it(
    rt: SimpleNamespace,
) -> None:
    chunks = Chunks(object_of(10 * CAP), 10)
    client = client_for(rt, lambda r: httpx.Response(200, content=chunks), max_response_bytes=CAP)
    with pytest.raises(rt.errors.ResponseTooLargeError) as info:
        sign_in(rt, client)
    assert chunks.pulled == CAP // 10 + 1  # 100 bytes kept, the 11th chunk crosses the cap
    assert info.value.error == "invalid_response" and f"larger than {CAP} bytes" in str(info.value)


def test_an_error_answer_over_the_cap_is_cut_off_too(rt: SimpleNamespace) -> None:
    body = b'{"error": "internal", "error_description": "' + b"y" * 500 + b'"}'
    chunks = Chunks(body, 10)
    client = client_for(rt, lambda r: httpx.Response(500, content=chunks), max_response_bytes=CAP)
    with pytest.raises(rt.errors.ResponseTooLargeError) as info:
        sign_in(rt, client)
    assert info.value.status_code == 500 and chunks.pulled == CAP // 10 + 1


# --- the deadline between chunks ----------------------------------------------------------


def test_a_trickling_answer_is_cut_off_at_the_calls_deadline(rt: SimpleNamespace) -> None:
    clock = Clock()
    chunks = Chunks(object_of(60), 2, clock=clock, step=0.3)  # 30 chunks, 0.3 s apart
    client = client_for(rt, lambda r: httpx.Response(200, content=chunks), clock=clock)
    with pytest.raises(rt.errors.APITimeoutError) as info:
        sign_in(rt, client, timeout=1.0)
    assert chunks.pulled == 4  # 1.2 s after the start: the first chunk past the deadline
    message = str(info.value)
    assert (
        "POST /auth/v1/signin took longer than the call's timeout of 1s (connect, answer, retries)" in message
    )
    assert "[request_id=req-1]" in message and info.value.request_id == "req-1"


def test_a_slow_answer_within_the_deadline_is_read_whole(rt: SimpleNamespace) -> None:
    clock = Clock()
    chunks = Chunks(object_of(60), 2, clock=clock, step=0.03)  # 0.9 s in all
    client = client_for(rt, lambda r: httpx.Response(200, content=chunks), clock=clock)
    assert sign_in(rt, client, timeout=1.0)["sub"] == "u"
    assert chunks.pulled == 30


def test_an_answer_that_breaks_off_is_a_connection_error_naming_where(rt: SimpleNamespace) -> None:
    def broken() -> httpx.RequestError:
        return httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    chunks = Chunks(object_of(60), 10, fail_after=2, failure=broken)
    client = client_for(rt, lambda r: httpx.Response(200, content=chunks))
    with pytest.raises(rt.errors.APIConnectionError) as info:
        sign_in(rt, client)
    assert not isinstance(info.value, rt.errors.APITimeoutError)
    message = str(info.value)
    assert message.startswith("the exchange with env-1.api.tcloudbasegateway.com:443 failed")
    assert message.endswith("for POST /auth/v1/signin [request_id=req-1]")


def test_a_read_timeout_after_the_deadline_is_the_calls_timeout(rt: SimpleNamespace) -> None:
    clock = Clock()

    def timed_out() -> httpx.RequestError:
        clock.now += 5.0  # the read waited out the rest of the budget
        return httpx.ReadTimeout("timed out")

    chunks = Chunks(object_of(60), 10, fail_after=1, failure=timed_out)
    client = client_for(rt, lambda r: httpx.Response(200, content=chunks), clock=clock)
    with pytest.raises(rt.errors.APITimeoutError, match=r"took longer than the call's timeout of 2s"):
        sign_in(rt, client, timeout=2.0)


def test_a_read_timeout_within_the_deadline_says_no_answer_in_time(rt: SimpleNamespace) -> None:
    chunks = Chunks(object_of(60), 10, fail_after=1, failure=lambda: httpx.ReadTimeout("timed out"))
    client = client_for(rt, lambda r: httpx.Response(200, content=chunks))
    with pytest.raises(rt.errors.APITimeoutError) as info:
        sign_in(rt, client, timeout=2.0)
    assert str(info.value).startswith("no answer from env-1.api.tcloudbasegateway.com:443 in time")


# --- what an answer holds -----------------------------------------------------------------


def nested(depth: int) -> bytes:
    """A JSON object whose containers nest exactly ``depth`` levels (the object counts as one)."""
    return b'{"a": ' + b"[" * (depth - 1) + b"]" * (depth - 1) + b"}"


def test_json_nested_as_deep_as_the_client_reads_and_one_level_deeper(rt: SimpleNamespace) -> None:
    limit = rt.base.MAX_JSON_DEPTH
    answers = iter([nested(limit), nested(limit + 1), nested(100_000)])
    client = client_for(rt, lambda r: httpx.Response(200, content=next(answers)))
    assert "a" in sign_in(rt, client)
    for _ in range(2):
        with pytest.raises(rt.errors.InvalidResponseError) as info:
            sign_in(rt, client)
        assert f"the answer is JSON nested deeper than {limit} levels" in str(info.value)
        assert not isinstance(info.value, rt.errors.ResponseTooLargeError)


def test_nesting_counts_objects_inside_arrays_and_arrays_inside_objects(rt: SimpleNamespace) -> None:
    limit = rt.base.MAX_JSON_DEPTH
    # Alternating objects and arrays, one level too deep, behind a shallow sibling.
    deep: Any = "leaf"
    for level in range(limit):  # `limit` containers inside the outer object
        deep = {"k": deep} if level % 2 else [deep]
    body = json.dumps({"shallow": [1, {"x": 2}], "deep": deep}).encode()
    client = client_for(rt, lambda r: httpx.Response(200, content=body))
    with pytest.raises(rt.errors.InvalidResponseError, match="nested deeper than"):
        sign_in(rt, client)


@pytest.mark.parametrize(
    ("body", "kind"),
    [(b'"text"', "string"), (b"12", "number"), (b"1.5", "number"), (b"true", "boolean"), (b"null", "null")],
)
def test_a_success_that_is_json_but_not_an_object_says_which_kind(
    rt: SimpleNamespace, body: bytes, kind: str
) -> None:
    client = client_for(rt, lambda r: httpx.Response(200, content=body))
    with pytest.raises(rt.errors.InvalidResponseError) as info:
        sign_in(rt, client)
    assert str(info.value).startswith(
        f"invalid_response (HTTP 200): the answer is a JSON {kind}, not an object: the spec promises a JSON object"
    )
    assert info.value.request_id == "req-1"  # the one the call was sent with, to quote to support


def test_an_error_status_with_a_blank_or_html_body_is_the_status_error(rt: SimpleNamespace) -> None:
    """Not InvalidResponseError: the status already says what went wrong (a 300 too: redirects
    are not followed, and only a 2xx promises a JSON object)."""
    answers = iter(
        [
            httpx.Response(502, content=b""),
            httpx.Response(500, text="<html>oops</html>"),
            httpx.Response(300, content=b""),
        ]
    )
    client = client_for(rt, lambda r: next(answers))
    for status in (502, 500, 300):
        with pytest.raises(rt.errors.APIStatusError) as info:
            sign_in(rt, client)
        assert info.value.status_code == status
        assert not isinstance(info.value, rt.errors.InvalidResponseError)


# --- transport failures before any answer -------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "base_url", "expected", "timeout_class"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), None, "cannot connect to {where} (", False),
        (httpx.ConnectTimeout("timed out"), None, "cannot connect to {where} (", True),
        (httpx.PoolTimeout("timed out"), None, "no free connection to {where} in time (", True),
        (
            httpx.ReadTimeout("timed out"),
            "http://auth.example.test/auth/v1",
            "no answer from {where} in time (",
            True,
        ),
        (
            httpx.ConnectError("refused"),
            "http://auth.example.test/auth/v1",
            "cannot connect to {where} (",
            False,
        ),
        (
            httpx.ConnectError("refused"),
            "https://auth.example.test:8443/auth/v1",
            "cannot connect to {where} (",
            False,
        ),
    ],
    ids=[
        "connect-refused",
        "connect-timeout",
        "pool-timeout",
        "read-timeout-http",
        "http-port-80",
        "own-port",
    ],
)
def test_a_transport_failure_says_where_what_and_which_call(
    rt: SimpleNamespace, raised: httpx.RequestError, base_url: str | None, expected: str, timeout_class: bool
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise raised

    client = client_for(rt, fail, base_url=base_url)
    with pytest.raises(rt.errors.APIConnectionError) as info:
        sign_in(rt, client, timeout=30.0)
    url = httpx.URL(base_url or "https://env-1.api.tcloudbasegateway.com/auth/v1")
    where = f"{url.host}:{url.port or {'https': 443, 'http': 80}[url.scheme]}"
    message = str(info.value)
    assert message.startswith(expected.format(where=where))
    assert message.endswith(f"for POST {url.path}/signin [request_id=req-1]")
    assert isinstance(info.value, rt.errors.APITimeoutError) is timeout_class


def test_the_debug_log_gives_each_answers_status_request_id_and_time(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    client = client_for(rt, lambda r: httpx.Response(200, content=object_of(60)))
    with caplog.at_level(logging.DEBUG, logger="cloudbase_auth"):
        sign_in(rt, client)
    answers = [r.getMessage() for r in caplog.records if r.getMessage().startswith("response ")]
    assert len(answers) == 1
    found = re.fullmatch(
        r"response POST /auth/v1/signin status=200 request_id=req-1 elapsed_ms=(\d+\.\d)", answers[0]
    )
    assert found is not None, answers[0]
    assert float(found.group(1)) < 60_000  # milliseconds of this exchange, not a clock reading
