"""Bounded answers (issue 28 item 7): the client reads at most ``max_response_bytes`` (8 MiB by
default) of an answer, and JSON nested deeper than 512 levels is its own typed error, not a
``RecursionError``. The 300 MB answer is streamed from a real loopback server to a client in a
fresh interpreter, whose peak memory is measured."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import cloudbase_auth as cba
import pytest
from cloudbase_auth import CloudBaseAuth

from .slow_server import SlowServer, Step, response_head

MiB = 1024 * 1024


def endless_json(total: int, announce_length: bool) -> Iterator[Step]:
    """A JSON object ``total`` bytes long, sent in 64 KiB chunks as fast as the client reads."""
    head = b'{"sub": "u", "padding": "'
    tail = b'"}'
    yield response_head(200, total if announce_length else None) + head, 0.0
    chunk = b"x" * (64 * 1024)
    left = total - len(head) - len(tail)
    while left > 0:
        piece = chunk[: min(len(chunk), left)]
        left -= len(piece)
        yield piece, 0.0
    yield tail, 0.0


_MEASURE = """
import resource, sys, httpx, cloudbase_auth as cba
client = cba.CloudBaseAuth("env-1", base_url=sys.argv[1], max_retries=0)
client.set_session({"access_token": "at", "expires_in": 7200, "token_type": "Bearer"})
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    client.get_user_me()
    outcome = "read whole"
except cba.ResponseTooLargeError as exc:
    outcome = "too large: " + str(exc)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(outcome)
print((after - before) * 1024)  # ru_maxrss is in KiB on Linux
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB is Linux's")
def test_a_300_mb_answer_is_cut_off_at_8_mib_and_memory_stays_bounded() -> None:
    total = 300 * 1000 * 1000
    with SlowServer(lambda n: endless_json(total, announce_length=False)) as server:
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(_MEASURE), server.base_url],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        sent = server.sent[0]
    assert done.returncode == 0, done.stderr
    outcome, grown = done.stdout.splitlines()
    assert outcome.startswith("too large: invalid_response (HTTP 200): the answer is larger than 8388608 bytes")
    assert int(grown) < 64 * MiB, f"peak memory grew by {int(grown) / MiB:.0f} MiB"
    assert sent < 100 * MiB  # the client hung up long before the end


def test_an_announced_length_over_the_cap_is_refused_before_reading() -> None:
    with SlowServer(lambda n: endless_json(9 * MiB, announce_length=True)) as server:
        with CloudBaseAuth("env-1", base_url=server.base_url, max_retries=0) as client:
            client.set_session({"access_token": "at", "expires_in": 7200, "token_type": "Bearer"})
            with pytest.raises(cba.ResponseTooLargeError, match="larger than 8388608 bytes"):
                client.get_user_me()
        sent = server.sent[0]
    assert sent < 9 * MiB


def test_the_cap_is_configurable() -> None:
    def script(n: int) -> Iterator[Step]:
        size = 2048 if n == 0 else 512
        yield from endless_json(size, announce_length=n == 0)

    with (
        SlowServer(script) as server,
        CloudBaseAuth("env-1", base_url=server.base_url, max_retries=0, max_response_bytes=1024) as client,
    ):
        client.set_session({"access_token": "at", "expires_in": 7200, "token_type": "Bearer"})
        with pytest.raises(cba.ResponseTooLargeError, match="larger than 1024 bytes"):
            client.get_user_me()
        assert client.get_user_me().sub == "u"  # 512 bytes: read
    with pytest.raises(ValueError, match="max_response_bytes"):
        CloudBaseAuth("env-1", max_response_bytes=0)


def nested(depth: int) -> bytes:
    return b'{"sub": "u", "undocumented": ' + b"[" * depth + b"]" * depth + b"}"


@pytest.mark.parametrize("depth", [600, 100_000])
def test_deeply_nested_json_is_a_typed_error_not_a_recursion_error(depth: int) -> None:
    body = nested(depth)
    with (
        SlowServer(lambda n: [(response_head(200, len(body)) + body, 0.0)]) as server,
        CloudBaseAuth("env-1", base_url=server.base_url, max_retries=0) as client,
    ):
        client.set_session({"access_token": "at", "expires_in": 7200, "token_type": "Bearer"})
        with pytest.raises(cba.InvalidResponseError, match="nested deeper than 512 levels"):
            client.get_user_me()


def test_nesting_within_the_limit_is_read() -> None:
    body = nested(500)
    with (
        SlowServer(lambda n: [(response_head(200, len(body)) + body, 0.0)]) as server,
        CloudBaseAuth("env-1", base_url=server.base_url, max_retries=0) as client,
    ):
        client.set_session({"access_token": "at", "expires_in": 7200, "token_type": "Bearer"})
        me = client.get_user_me()
    assert json.dumps(me.to_dict()).count("[") == 500
