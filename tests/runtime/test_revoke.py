"""Revoking a token (issue 22 item 3): the client forgets its own session only when the token
revoked is that session's own access or refresh token; revoking another user's token (an
administrator's job) keeps the caller signed in, in memory and in its store."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

SESSION = {"access_token": "admin-access-1", "refresh_token": "admin-refresh-1", "expires_in": 7200}


def signed_in(rt: SimpleNamespace, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler))
    client.set_session({**SESSION, "token_type": "Bearer"})
    return client


def stored(client: Any) -> Any:
    raw = client._storage.get("credentials_env-1")
    return None if raw is None else json.loads(raw)["access_token"]


def test_revoking_another_users_token_keeps_the_session(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []
    client = signed_in(rt, seen)
    client._call(rt.operations.OPERATIONS["revokeToken"], json={"token": "someone-elses-access-token"})
    assert seen[-1].headers["authorization"] == "Bearer admin-access-1"
    assert client.session is not None and client.session.access_token == "admin-access-1"
    assert stored(client) == "admin-access-1"


@pytest.mark.parametrize("token", ["admin-access-1", "admin-refresh-1", None])
def test_revoking_the_sessions_own_token_signs_out(rt: SimpleNamespace, token: str | None) -> None:
    seen: list[httpx.Request] = []
    client = signed_in(rt, seen)
    client._call(rt.operations.OPERATIONS["revokeToken"], json=None if token is None else {"token": token})
    assert client.session is None and stored(client) is None


def test_a_call_made_with_the_callers_own_authorization_keeps_the_session(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []
    client = signed_in(rt, seen)
    client._call(
        rt.operations.OPERATIONS["signOut"], json={}, extra_headers={"Authorization": "Bearer a-users-token"}
    )
    assert seen[-1].headers["authorization"] == "Bearer a-users-token"
    assert client.session is not None
    client._call(rt.operations.OPERATIONS["signOut"], json={})
    assert client.session is None


def test_revoke_after_a_refresh_on_401_compares_with_the_new_tokens(rt: SimpleNamespace) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/auth/v1")
        calls.append(f"{path} {request.headers.get('authorization', '')}")
        if path == "/token":
            return httpx.Response(
                200, json={"access_token": "new-access", "refresh_token": "new-refresh", "expires_in": 7200}
            )
        if request.headers.get("authorization") == "Bearer admin-access-1":
            return httpx.Response(401, json={"error": "unauthenticated"})
        return httpx.Response(200, json={})

    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler))
    client.set_session({**SESSION, "token_type": "Bearer"})
    client._call(rt.operations.OPERATIONS["revokeToken"], json={"token": "admin-refresh-1"})
    # Refused, refreshed, resent: the token named is the refresh token the refresh just spent,
    # no longer the session's, so the new session stays.
    assert calls == [
        "/revoke Bearer admin-access-1",
        "/token ",
        "/revoke Bearer new-access",
    ]
    assert client.session is not None and client.session.access_token == "new-access"
