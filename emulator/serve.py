"""uvicorn settings shared by ``authgen emulator`` and the pytest fixtures: the fastest HTTP
stack available, and slow-client deadlines.

The HTTP parser and the event loop are httptools and uvloop when they are installed (authgen
and ``cloudbase-auth-emulator[fast]`` install them), else uvicorn's pure-Python h11 and
asyncio's own loop: the same behaviour, at about half the requests/s (BENCHMARKS.md).
``http_stack()`` names the pair in use; the server prints it when it starts.

uvicorn closes an idle keep-alive connection after ``timeout_keep_alive`` seconds, but a client
that sends part of its request headers and then trickles or stalls (slow-loris) keeps the
connection forever. The protocol below closes any connection whose request headers are not
complete ``header_timeout`` seconds after it opened or after its last response. The body has its
own deadline in the app (``create_app(body_timeout=...)``: a 408).
"""

from __future__ import annotations

import asyncio
import importlib.util
import socket
from typing import Any

HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 30.0  # seconds to receive a whole request body (the app's ``body_timeout``)
KEEP_ALIVE_TIMEOUT = 5


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:  # a module set to None in sys.modules (how the tests hide one)
        return False


def http_stack() -> tuple[str, str]:
    """(HTTP parser, event loop) the server runs on: httptools or h11, uvloop or asyncio."""
    return (
        "httptools" if _installed("httptools") else "h11",
        "uvloop" if _installed("uvloop") else "asyncio",
    )


def http_protocol(header_timeout: float = HEADER_TIMEOUT) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol class (httptools', else h11's) with a deadline for request headers."""
    if not header_timeout > 0:
        raise ValueError("header_timeout must be a positive number of seconds")
    # imported late: `authgen` starts fast
    base: Any
    if http_stack()[0] == "httptools":
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

        base = HttpToolsProtocol
    else:
        from uvicorn.protocols.http.h11_impl import H11Protocol

        base = H11Protocol

    class HeaderDeadlineProtocol(base):  # type: ignore[misc]
        _header_deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)
            self._arm_header_deadline()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm_header_deadline()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm_header_deadline()
            super().connection_lost(exc)

        def _disarm_header_deadline(self) -> None:
            if self._header_deadline is not None:
                self._header_deadline.cancel()
                self._header_deadline = None

        def _arm_header_deadline(self) -> None:
            self._disarm_header_deadline()
            if not self.transport.is_closing():
                self._header_deadline = self.loop.call_later(
                    header_timeout, self._header_deadline_passed, self.cycle
                )

        def _header_deadline_passed(self, waiting_since: Any) -> None:
            """Close unless a new request's headers arrived (a new cycle) or one is running."""
            self._header_deadline = None
            cycle = self.cycle
            if cycle is not waiting_since and cycle is not None:
                return  # headers arrived; on_response_complete arms the next deadline
            if cycle is not None and not cycle.response_complete:
                return  # a request is being answered
            if not self.transport.is_closing():
                self.transport.close()

    HeaderDeadlineProtocol.__name__ = f"HeaderDeadline{base.__name__}"
    return HeaderDeadlineProtocol


def uvicorn_options(*, header_timeout: float = HEADER_TIMEOUT) -> dict[str, Any]:
    """Keyword arguments for ``uvicorn.run``/``uvicorn.Config`` the emulator always uses."""
    return {
        "log_level": "warning",
        "access_log": False,
        "lifespan": "on",
        "ws": "none",
        "http": http_protocol(header_timeout),
        "loop": http_stack()[1],
        "timeout_keep_alive": KEEP_ALIVE_TIMEOUT,
    }


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (port 0: a free port the system picks), before the
    server starts: a host that does not resolve or a port in use is known here, with the reason
    (OSError), instead of after the banner has announced an address nobody listens on.

    uvicorn serves it as given (``Server.run(sockets=[...])``); asyncio calls ``listen()``."""
    name = host.strip().strip("[]")  # "[::1]" is how a URL writes the address ::1
    try:
        found = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        raise OSError(getattr(exc, "strerror", None) or "not a host name or address") from None
    family, kind, proto, _, address = found[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: restart at once
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket) -> str:
    """``http://host:port`` of a bound socket (its real port, IPv6 in brackets)."""
    address, port = sock.getsockname()[:2]
    shown = f"[{address}]" if ":" in address else address
    return f"http://{shown}:{port}"
