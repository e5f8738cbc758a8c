"""A loopback HTTP server that records what a client sends and answers with canned bodies
written by hand (the smallest answer each call's model accepts), so the wire-table tests see
the client's own request, not the emulator's reading of it."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from .table import MINTED_ACCESS_TOKEN

PREFIX = "/auth/v1"

TOKEN = {
    "token_type": "Bearer",
    "access_token": MINTED_ACCESS_TOKEN,
    "refresh_token": "rt-minted-by-the-server",
    "expires_in": 7200,
    "sub": "wire-user",
}
# path (under /auth/v1) -> answer body; anything else answers {}
ANSWERS: dict[str, object] = {
    "/signin": TOKEN,
    "/signin/anonymously": TOKEN,
    "/token": TOKEN,
    "/token/clientCredential": {**TOKEN, "scope": "admin", "refresh_token": None},
    "/user/me": {"sub": "wire-user"},
    "/user/sudo": {"sudo_token": "sudo-wire", "expires_in": 900},
    "/user/provider": {"total": 0, "data": []},
    "/checkIfUserExist": {"exist": False},
    "/user/authorize/info": {"client": {"id": "wire-client", "name": "Wire"}, "scopes": []},
}


@dataclass(frozen=True)
class Seen:
    method: str
    path: str  # under /auth/v1
    query: dict[str, str]
    authorization: str | None


class Recorder:
    def __init__(self) -> None:
        self.seen: dict[str, list[Seen]] = {}  # x-request-id -> requests
        self.lock = threading.Lock()

    def record(self, request_id: str, seen: Seen) -> None:
        with self.lock:
            self.seen.setdefault(request_id, []).append(seen)


def _handler(recorder: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            url = urlsplit(self.path)
            path = url.path.removeprefix(PREFIX)
            seen = Seen(self.command, path, dict(parse_qsl(url.query)), self.headers.get("Authorization"))
            recorder.record(self.headers.get("x-request-id", ""), seen)
            body = ANSWERS.get(path, {})
            if isinstance(body, dict):
                body = {k: v for k, v in body.items() if v is not None}
            raw = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def recording_server() -> Iterator[tuple[str, Recorder]]:
    """The server's base URL (http://127.0.0.1:PORT/auth/v1, a free port) and its recorder."""
    recorder = Recorder()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(recorder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}", recorder
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
