"""The WSGI middleware served by the standard library's `wsgiref` (threaded) on a loopback
port, against the emulator."""

from __future__ import annotations

import json
import socketserver
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
from cloudbase_auth import CloudBaseAuth, TokenVerifier, VerifiedToken, WSGITokenMiddleware, verified_token_of

from .conftest import ENV, Emulator, FakeClock, closed_port_url


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog (5) makes a burst of connects wait seconds


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def app(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
    token = verified_token_of(environ)
    body = {"sub": token.sub if isinstance(token, VerifiedToken) else None}
    start_response("200 OK", [("content-type", "application/json")])
    return [json.dumps(body).encode()]


@contextmanager
def serve(verifier: TokenVerifier) -> Iterator[str]:
    wrapped = WSGITokenMiddleware(app, verifier, public_paths=["/health"])
    server = make_server("127.0.0.1", 0, wrapped, server_class=ThreadingWSGIServer, handler_class=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_wsgiref_server(emulator: Emulator, auth: CloudBaseAuth, clock: FakeClock) -> None:
    session = emulator.sign_in()
    bearer = {"Authorization": f"Bearer {session['access_token']}"}
    with serve(TokenVerifier(auth, max_ttl=30, clock=clock)) as url, httpx.Client(base_url=url, timeout=30) as client:
        ok = client.get("/me", headers=bearer)
        assert ok.status_code == 200 and ok.json() == {"sub": session["sub"]}

        missing = client.get("/me")
        assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
        for header in ["Basic dXNlcjpwYXNz", "Bearer", "Bearer a b", "Bearer é".encode("latin-1")]:
            bad = client.get("/me", headers={"Authorization": header})
            assert bad.status_code == 401, header
            assert bad.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
        twice = client.get("/me", headers=[("Authorization", bearer["Authorization"])] * 2)
        assert twice.status_code == 401, "two Authorization headers are refused"
        assert client.get("/health").json() == {"sub": None}
        assert emulator.introspections == 1

        emulator.revoke(session["access_token"])
        clock.advance(29)
        assert client.get("/me", headers=bearer).status_code == 200, "cached within max_ttl"
        clock.advance(1)
        revoked = client.get("/me", headers=bearer)
        assert revoked.status_code == 401
        assert revoked.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
        assert session["access_token"] not in revoked.text
    assert emulator.introspections == 2


def test_100_concurrent_requests_with_one_token_make_one_introspection(
    emulator: Emulator, auth: CloudBaseAuth
) -> None:
    session = emulator.sign_in()
    bearer = {"Authorization": f"Bearer {session['access_token']}"}
    limits = httpx.Limits(max_connections=100)
    with serve(TokenVerifier(auth)) as url, httpx.Client(base_url=url, timeout=30, limits=limits) as client:
        barrier = threading.Barrier(100)

        def one(_: int) -> tuple[int, Any]:
            barrier.wait()
            answer = client.get("/me", headers=bearer)
            return answer.status_code, answer.json()

        with ThreadPoolExecutor(max_workers=100) as pool:
            answers = list(pool.map(one, range(100)))
    assert answers == [(200, {"sub": session["sub"]})] * 100
    assert emulator.introspections == 1


def test_revoked_token_refused_in_real_time(emulator: Emulator, auth: CloudBaseAuth) -> None:
    session = emulator.sign_in()
    bearer = {"Authorization": f"Bearer {session['access_token']}"}
    with serve(TokenVerifier(auth, max_ttl=0.2)) as url, httpx.Client(base_url=url, timeout=30) as client:
        assert client.get("/me", headers=bearer).status_code == 200
        emulator.revoke(session["access_token"])
        until = time.monotonic() + 10  # generous: only a middleware that never re-asks fails
        status = 200
        while status == 200 and time.monotonic() < until:
            status = client.get("/me", headers=bearer).status_code
            time.sleep(0.05)
        assert status == 401


def test_service_down_is_503() -> None:
    with (
        CloudBaseAuth(ENV, base_url=closed_port_url(), max_retries=0) as down,
        serve(TokenVerifier(down)) as url,
        httpx.Client(base_url=url, timeout=30) as client,
    ):
        answer = client.get("/me", headers={"Authorization": "Bearer eyJhbGciOiJub25lIn0.e30.c2ln"})
        assert answer.status_code == 503
        assert answer.json()["error"] == "unavailable"
        assert client.get("/health").status_code == 200


def test_an_async_client_is_refused_up_front(async_auth_factory: Any) -> None:
    import pytest

    with pytest.raises(TypeError, match="AsyncCloudBaseAuth"):
        WSGITokenMiddleware(app, TokenVerifier(async_auth_factory()))
