"""A small HTTP proxy on loopback for the conformance tests: it forwards every request to the
emulator, records it (method, path, query, headers, body), and lets a test change the answers
it picks, one thing per case, as a service that moved away from the spec would answer."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

# Not copied across: they describe one connection, or a body the proxy may change. The Host
# header is copied: the TC3 signature of POST /token/clientCredential covers it.
HOP_BY_HOP = {"connection", "content-length", "transfer-encoding", "content-encoding", "keep-alive"}


@dataclass
class Recorded:
    method: str
    path: str  # without the query
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    status: int = 0
    answer: bytes = b""


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: Any  # the JSON value (or bytes when the body is not JSON)


# (method, path, answer) -> the answer to send instead (the same object, changed, is fine)
Mutation = Callable[[str, str, Answer], Answer]


@dataclass
class Proxy:
    upstream: str
    mutate: Mutation | None = None
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._http = httpx.Client(base_url=self.upstream, timeout=30)
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def _forward(self) -> None:
                proxy.forward(self)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _forward

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def forward(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("content-length") or 0)
        body = handler.rfile.read(length) if length else b""
        parts = urlsplit(handler.path)
        headers = {
            k: v for k, v in handler.headers.items() if k.lower() not in HOP_BY_HOP | {"accept-encoding"}
        }
        record = Recorded(
            handler.command, parts.path, parse_qsl(parts.query), dict(handler.headers.items()), body
        )
        with self._lock:
            self.requests.append(record)
        upstream = self._http.request(handler.command, handler.path, headers=headers, content=body)
        try:
            value: Any = upstream.json()
        except ValueError:
            value = upstream.content
        answer = Answer(
            upstream.status_code,
            {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP},
            value,
        )
        if self.mutate is not None:
            answer = self.mutate(handler.command, parts.path, answer)
        raw = answer.body if isinstance(answer.body, bytes) else json.dumps(answer.body).encode()
        record.status, record.answer = answer.status, raw
        handler.send_response(answer.status)
        for name, value in answer.headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(raw)))
        handler.end_headers()
        handler.wfile.write(raw)

    def __enter__(self) -> Proxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._http.close()
