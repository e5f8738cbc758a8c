"""Why a request got no answer, as the error message says it in parentheses, through the
runtime under test (the `_base` mutation run of 2026-12-07, brief M5, `_transport_cause`):
each timeout kind, the OS errors httpx wraps (found through ``__cause__`` or ``__context__``),
a name lookup and a TLS failure told apart from other OS errors, the words of an error that
carries no OS error, and the fallbacks. ``test_hardening.py`` checks a few of these against the
installed package; these reach the runtime a mutation run mutates.

No network: ``httpx.MockTransport`` raises the exception a real transport would.
"""

from __future__ import annotations

import errno
import socket
import ssl
from types import SimpleNamespace
from typing import Any

import httpx
import pytest


def wrapped(outer: httpx.RequestError, inner: BaseException, *, context: bool = False) -> httpx.RequestError:
    """``outer`` raised from ``inner`` (``raise ... from``), or while handling it (``context``)."""
    if context:
        outer.__context__ = inner
    else:
        outer.__cause__ = inner
    return outer


def chain(depth: int, inner: BaseException) -> httpx.RequestError:
    """A ConnectError whose OS error is ``depth`` links down a chain of plain exceptions."""
    link: BaseException = inner
    for n in range(depth - 1):
        outer = RuntimeError(f"layer {n}")
        outer.__cause__ = link
        link = outer
    return wrapped(httpx.ConnectError("connect failed"), link)


def cause_of(rt: SimpleNamespace, raised: httpx.RequestError) -> str:
    """What the client says in parentheses when the transport raises ``raised``."""

    def fail(request: httpx.Request) -> httpx.Response:
        raise raised

    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(fail), max_retries=0)
    with pytest.raises(rt.errors.APIConnectionError) as info:
        client._call(
            rt.operations.OPERATIONS["signIn"], json={"username": "u", "password": "p"}, request_id="req-9"
        )
    message = str(info.value)
    assert message.endswith(") for POST /auth/v1/signin [request_id=req-9]"), message
    return message.partition(" (")[2].rpartition(") for ")[0]


CASES: list[tuple[str, Any, str]] = [
    # the timeout kinds, by the exception's class
    ("connect-timeout", lambda: httpx.ConnectTimeout("timed out"), "connect timed out"),
    ("read-timeout", lambda: httpx.ReadTimeout("timed out"), "read timed out"),
    ("write-timeout", lambda: httpx.WriteTimeout("timed out"), "write timed out"),
    ("pool-timeout", lambda: httpx.PoolTimeout("timed out"), "pool timed out"),
    # a transport of the caller's own may raise the base class: no kind, "request" is the fallback
    ("bare-timeout", lambda: httpx.TimeoutException("timed out"), "request timed out"),
    # OS errors under httpx's, each by its errno (the outer words say nothing)
    *(
        (
            f"errno-{name}",
            lambda code=code: wrapped(httpx.ConnectError("connect failed"), OSError(code, "os words")),
            said,
        )
        for name, code, said in [
            ("refused", errno.ECONNREFUSED, "connection refused"),
            ("reset", errno.ECONNRESET, "connection reset"),
            ("host-unreachable", errno.EHOSTUNREACH, "host unreachable"),
            ("net-unreachable", errno.ENETUNREACH, "network unreachable"),
            ("timed-out", errno.ETIMEDOUT, "connection timed out"),
        ]
    ),
    (
        "errno-other-says-the-os-words",
        lambda: wrapped(httpx.ConnectError("connect failed"), OSError(errno.EACCES, "Permission Denied")),
        "permission denied",
    ),
    (
        "errno-without-words-says-the-class",
        lambda: wrapped(httpx.ConnectError("connect failed"), PermissionError(errno.EACCES, None)),
        "permissionerror",
    ),
    (
        "found-through-context",
        lambda: wrapped(httpx.ReadError("read failed"), OSError(errno.ECONNRESET, "x"), context=True),
        "connection reset",
    ),
    ("an-os-error-without-errno-is-passed-over", lambda: chain_through_plain_oserror(), "host unreachable"),
    ("the-eighth-link", lambda: chain(7, OSError(errno.ENETUNREACH, "x")), "network unreachable"),
    # a name lookup and TLS: OSErrors too, named before their errno is looked at
    (
        "name-lookup",
        lambda: wrapped(
            httpx.ConnectError("lookup failed"),
            socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"),
        ),
        "host name not resolved",
    ),
    (
        "tls",
        lambda: wrapped(
            httpx.ConnectError("handshake broke"),
            ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"),
        ),
        "TLS handshake failed",
    ),
    # no OS error: the words of httpx's own message
    ("words-refused", lambda: httpx.ConnectError("[Errno 111] Connection refused"), "connection refused"),
    (
        "words-name-or-service",
        lambda: httpx.ConnectError("[Errno -2] Name or service not known"),
        "host name not resolved",
    ),
    (
        "words-nodename",
        lambda: httpx.ConnectError("nodename nor servname provided, or not known"),
        "host name not resolved",
    ),
    ("words-getaddrinfo", lambda: httpx.ConnectError("getaddrinfo failed"), "host name not resolved"),
    ("words-reset", lambda: httpx.ReadError("Connection reset by peer"), "connection reset"),
    (
        "words-certificate-before-ssl",
        lambda: httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
        "TLS certificate rejected",
    ),
    ("words-ssl", lambda: httpx.ConnectError("[SSL] record layer failure"), "TLS handshake failed"),
    (
        "protocol",
        lambda: httpx.RemoteProtocolError("Server disconnected without sending a response."),
        "the server broke the HTTP protocol or closed the connection",
    ),
    ("nothing-known-says-the-class", lambda: httpx.ReadError("boom"), "ReadError"),
]


def chain_through_plain_oserror() -> httpx.RequestError:
    """An OSError without errno on the way (skipped), the errno'd one under it (used)."""
    plain = OSError("no errno here")
    plain.__cause__ = OSError(errno.EHOSTUNREACH, "x")
    return wrapped(httpx.ConnectError("connect failed"), plain)


@pytest.mark.parametrize(("make", "said"), [(m, s) for _, m, s in CASES], ids=[i for i, _, _ in CASES])
def test_the_message_says_why_there_was_no_answer(rt: SimpleNamespace, make: Any, said: str) -> None:
    assert cause_of(rt, make()) == said

