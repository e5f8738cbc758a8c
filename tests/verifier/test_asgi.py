"""The ASGI middleware in a Starlette app: through Starlette's test client, and served by a real
uvicorn on a loopback port, against the emulator."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from cloudbase_auth import (
    ASGITokenMiddleware,
    AsyncCloudBaseAuth,
    TokenVerifier,
    VerifiedToken,
    verified_token_of,
)
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocket, WebSocketDisconnect

from emulator.pytest_plugin import ServerThread

from .conftest import ENV, Emulator, FakeClock, closed_port_url, forged

MALFORMED: list[str | bytes] = [
    "Basic dXNlcjpwYXNz",
    "Bearer",
    "Bearer ",
    "Bearer two words",
    "Bearer tok\u00e9n".encode("latin-1"),
    "Bearertoken",
    "Bearer a,Bearer b",
]


async def whoami(request: Request) -> JSONResponse:
    token = request.state.verified_token
    assert isinstance(token, VerifiedToken)
    assert verified_token_of(request) is token
    return JSONResponse({"sub": token.sub, "scope": token.scope})


async def health(request: Request) -> JSONResponse:
    return JSONResponse({"ok": True, "user": getattr(request.state, "verified_token", None)})


async def socket(websocket: WebSocket) -> None:
    await websocket.accept()
    await websocket.send_json({"sub": websocket.state.verified_token.sub})
    await websocket.close()


def make_app(verifier_factory: Callable[[], TokenVerifier]) -> Starlette:
    """A Starlette app behind the middleware. The verifier (and its AsyncCloudBaseAuth) is made
    on the serving loop, at startup, and its client closed at shutdown."""
    holder: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        holder["verifier"] = verifier_factory()
        yield
        await holder["verifier"]._auth.close()

    class LateMiddleware:
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            if scope["type"] == "lifespan":
                await self.app(scope, receive, send)
                return
            if "mw" not in holder:
                holder["mw"] = ASGITokenMiddleware(
                    self.app, holder["verifier"], public_paths=["/health"], public_prefixes=["/static/"]
                )
            await holder["mw"](scope, receive, send)

    return Starlette(
        routes=[
            Route("/me", whoami),
            Route("/health", health),
            Route("/static/app.js", health),
            WebSocketRoute("/ws", socket),
        ],
        middleware=[Middleware(LateMiddleware)],
        lifespan=lifespan,
    )


def test_starlette_test_client(emulator: Emulator, clock: FakeClock) -> None:
    session = emulator.sign_in()
    token = session["access_token"]

    def factory() -> TokenVerifier:
        return TokenVerifier(AsyncCloudBaseAuth(ENV, base_url=emulator.base_url), max_ttl=30, clock=clock)

    with TestClient(make_app(factory)) as client:
        ok = client.get("/me", headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 200 and ok.json()["sub"] == session["sub"]
        lower = client.get("/me", headers={"authorization": f"bearer   {token}"})
        assert lower.status_code == 200, "the scheme is case-insensitive (RFC 7235)"

        missing = client.get("/me")
        assert missing.status_code == 401
        assert missing.headers["www-authenticate"] == "Bearer"
        assert missing.json()["error"] == "unauthenticated"

        for header in MALFORMED:
            bad = client.get("/me", headers={"Authorization": header})
            assert bad.status_code == 401, header
            assert bad.headers["www-authenticate"].startswith('Bearer error="invalid_token"'), header
        twice = client.get("/me", headers=[("Authorization", f"Bearer {token}"), ("Authorization", f"Bearer {token}")])
        assert twice.status_code == 401

        assert client.get("/health").json() == {"ok": True, "user": None}
        assert client.get("/static/app.js").status_code == 200
        assert client.get("/healthz").status_code == 401, "public paths match exactly"

        with client.websocket_connect("/ws", headers={"Authorization": f"Bearer {token}"}) as ws:
            assert ws.receive_json() == {"sub": session["sub"]}
        with pytest.raises(WebSocketDisconnect) as refused, client.websocket_connect("/ws"):
            pass
        assert refused.value.code == 1008

        emulator.revoke(token)
        assert client.get("/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        clock.advance(30)
        revoked = client.get("/me", headers={"Authorization": f"Bearer {token}"})
        assert revoked.status_code == 401
        assert revoked.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
        assert token not in revoked.text
    assert emulator.introspections == 2


def test_service_down_is_503() -> None:
    def factory() -> TokenVerifier:
        return TokenVerifier(AsyncCloudBaseAuth(ENV, base_url=closed_port_url(), max_retries=0))

    with TestClient(make_app(factory)) as client:
        down = client.get("/me", headers={"Authorization": f"Bearer {forged({'sub': 'x'})}"})
        assert down.status_code == 503
        assert down.json()["error"] == "unavailable"
        assert "www-authenticate" not in down.headers
        assert client.get("/health").status_code == 200, "public paths do not need the service"


def test_realm_and_its_quoting() -> None:
    app = Starlette(routes=[Route("/me", whoami)])
    verifier = TokenVerifier(AsyncCloudBaseAuth(ENV, base_url=closed_port_url()))  # never asked
    wrapped = ASGITokenMiddleware(app, verifier, realm='my "api"')
    with TestClient(wrapped) as client:
        assert client.get("/me").headers["www-authenticate"] == 'Bearer realm="my \\"api\\""'
        bad = client.get("/me", headers={"Authorization": "Bearer"})
        assert bad.headers["www-authenticate"].startswith('Bearer realm="my \\"api\\"", error="invalid_token"')
    with pytest.raises(ValueError, match="realm"):
        ASGITokenMiddleware(app, verifier, realm="a\nb")
    with pytest.raises(ValueError, match="start with '/'"):
        ASGITokenMiddleware(app, verifier, public_paths=["health"])


def test_real_uvicorn_server(emulator: Emulator) -> None:
    """Valid, revoked (within max_ttl), malformed, down; and 100 concurrent requests with one new
    token make one introspection."""
    first = emulator.sign_in()
    second = emulator.sign_in()
    down_app = make_app(lambda: TokenVerifier(AsyncCloudBaseAuth(ENV, base_url=closed_port_url(), max_retries=0)))

    # The verifier's own clock, moved by the test: a wall-clock max_ttl short enough to see a
    # revocation soon would also expire the burst's entry on a slow machine (2 introspections).
    now = [time.monotonic()]

    def factory() -> TokenVerifier:
        return TokenVerifier(
            AsyncCloudBaseAuth(ENV, base_url=emulator.base_url), max_ttl=60, clock=lambda: now[0]
        )

    with ServerThread(make_app(factory)) as server, ServerThread(down_app) as down:  # type: ignore[arg-type]

        async def burst(token: str) -> list[httpx.Response]:
            limits = httpx.Limits(max_connections=100)
            async with httpx.AsyncClient(base_url=server.url, timeout=30, limits=limits) as client:
                return await asyncio.gather(
                    *(client.get("/me", headers={"Authorization": f"Bearer {token}"}) for _ in range(100))
                )

        answers = asyncio.run(burst(first["access_token"]))
        assert [a.status_code for a in answers] == [200] * 100
        assert {a.json()["sub"] for a in answers} == {first["sub"]}
        assert emulator.introspections == 1

        with httpx.Client(base_url=server.url, timeout=30) as client:
            assert client.get("/me", headers={"Authorization": "Bearer a b"}).status_code == 401
            assert client.get("/me").status_code == 401
            assert emulator.introspections == 1
            assert client.get("/me", headers={"Authorization": f"Bearer {second['access_token']}"}).status_code == 200
            emulator.revoke(second["access_token"])
            # Within max_ttl the cached answer may still let it in; once max_ttl has passed on the
            # verifier's clock it must ask again and refuse.
            before = emulator.introspections
            now[0] += 61
            status = client.get("/me", headers={"Authorization": f"Bearer {second['access_token']}"}).status_code
            assert status == 401, "the revoked token was still let in after max_ttl (60 s) had passed"
            assert emulator.introspections == before + 1
        with httpx.Client(base_url=down.url, timeout=30) as client:
            assert client.get("/me", headers={"Authorization": f"Bearer {first['access_token']}"}).status_code == 503
