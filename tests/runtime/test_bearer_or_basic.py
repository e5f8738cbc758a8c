"""`security: [{bearerAuth: []}, {clientBasic: []}]` (getAuthorizeInfo): the session's Bearer
token when signed in, else Basic client_id:client_secret with `?client_id=`, as the SDK's
authorizeInfo does."""

from __future__ import annotations

import base64
from types import SimpleNamespace

import httpx

from .test_client import make_client


def test_bearer_when_signed_in_else_basic(rt: SimpleNamespace) -> None:
    info = rt.base.OperationSpec(
        "getAuthorizeInfo", "GET", "/user/authorize/info", "bearer_or_basic", False, False, True
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"client": {"id": "env-1", "name": "App"}})

    client = make_client(rt, handler, client_secret="s3cret")
    client._call(info, query={"scope": "openid"})
    expected = base64.b64encode(b"env-1:s3cret").decode()
    assert seen[-1].headers["authorization"] == f"Basic {expected}"
    assert seen[-1].url.params["client_id"] == "env-1"
    client.set_session(
        {"access_token": "at-user", "refresh_token": "rt", "expires_in": 7200, "token_type": "Bearer"}
    )
    client._call(info, query={"scope": "openid"})
    assert seen[-1].headers["authorization"] == "Bearer at-user"
    assert "client_id" not in seen[-1].url.params
