"""A hostile HTTP server on a free loopback port, for the deadline and size tests: it answers
each request with a script of (bytes, pause) steps, a byte at a time if asked, and counts what it
managed to send before the client hung up. Plain sockets: no framework smooths the trickle."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

#: A step of an answer: bytes to send, then seconds to wait before the next step.
Step = tuple[bytes, float]
Script = Callable[[int], Iterable[Step]]  # the request's number (0, 1, ...) -> its answer


def response_head(status: int = 200, length: int | None = None, extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\nconnection: close\r\n{extra}"
    if length is not None:
        head += f"content-length: {length}\r\n"
    return (head + "\r\n").encode()


def trickle(data: bytes, pause: float) -> Iterator[Step]:
    """``data`` one byte at a time, ``pause`` seconds apart."""
    for index in range(len(data)):
        yield data[index : index + 1], pause


@dataclass
class SlowServer:
    script: Script
    sent: list[int] = field(default_factory=list)  # bytes sent, per request
    requests: list[bytes] = field(default_factory=list)
    stopped: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/auth/v1"

    def __enter__(self) -> SlowServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        self._thread.join(timeout=10)
        self._listener.close()

    def _serve(self) -> None:
        number = 0
        while not self.stopped.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            with conn:
                self.requests.append(_read_request(conn))
                self.sent.append(0)
                self._answer(conn, self.script(number), number)
            number += 1

    def _answer(self, conn: socket.socket, steps: Iterable[Step], number: int) -> None:
        for data, pause in steps:
            try:
                conn.sendall(data)
            except OSError:  # the client hung up
                return
            self.sent[number] += len(data)
            if pause and self.stopped.wait(pause):
                return
        try:
            conn.shutdown(socket.SHUT_WR)
            conn.settimeout(5)
            while conn.recv(65536):  # until the client closes its side
                pass
        except OSError:
            pass


def _read_request(conn: socket.socket) -> bytes:
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def elapsed(start: float) -> float:
    return time.monotonic() - start
