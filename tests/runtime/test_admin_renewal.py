"""An administrator token renews itself (issue 22 item 5): a client holding the API key pair
(``secret_id=``/``secret_key=``) gets a new ``getClientCredential`` token when its admin token
expires or is refused (it has no refresh token): once, whatever the concurrency."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

SECRET_ID = "AKIDadminexample0001"
SECRET_KEY = "admin-secret-key-0123456789"


class AdminService:
    """getClientCredential mints admin-token-N (scope admin, no refresh token); user calls need
    a live one. Counts the mints; answers slowly so that every caller piles up behind one."""

    def __init__(self, delay: float = 0.05) -> None:
        self.minted = 0
        self.live: set[str] = set()
        self.tc3_headers: list[str] = []
        self.delay = delay
        self._lock = threading.Lock()

    def mint(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.minted += 1
            token = f"admin-token-{self.minted}"
            self.live.add(token)
        self.tc3_headers.append(request.headers.get("authorization", ""))
        return httpx.Response(
            200,
            json={"token_type": "Bearer", "access_token": token, "expires_in": 432000, "scope": "admin"},
        )

    def answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token/clientCredential"):
            return self.mint(request)
        if request.headers.get("authorization", "").removeprefix("Bearer ") in self.live:
            return httpx.Response(200, json={"total": 0, "data": []})
        return httpx.Response(401, json={"error": "unauthenticated", "error_description": "token expired"})

    def transport(self) -> httpx.MockTransport:
        def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/token/clientCredential"):
                threading.Event().wait(self.delay)
            return self.answer(request)

        return httpx.MockTransport(handler)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/token/clientCredential"):
                await asyncio.sleep(self.delay)
            return self.answer(request)

        return httpx.MockTransport(handler)


def admin_client(rt: SimpleNamespace, service: AdminService, **kwargs: Any) -> Any:
    client = rt.base.SyncAPIClient(
        "env-1", transport=service.transport(), secret_id=SECRET_ID, secret_key=SECRET_KEY, **kwargs
    )
    client._call(rt.operations.OPERATIONS["getClientCredential"])
    return client


def test_the_key_pair_given_to_the_client_signs_get_client_credential(rt: SimpleNamespace) -> None:
    service = AdminService()
    client = admin_client(rt, service)
    assert client.session.access_token == "admin-token-1" and client.session.scope == "admin"
    assert service.tc3_headers[0].startswith(f"TC3-HMAC-SHA256 Credential={SECRET_ID}/")
    assert SECRET_KEY not in repr(client) and SECRET_KEY not in service.tc3_headers[0]


def test_an_expired_admin_token_is_renewed_once_for_sixteen_threads(rt: SimpleNamespace) -> None:
    service = AdminService()
    client = admin_client(rt, service)
    client._now = lambda: 10**10  # far past the token's 432000 s
    query = rt.operations.OPERATIONS["queryUser"]
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda _: client._call(query, query={"username": "bob"}), range(16)))
    assert answers == [{"total": 0, "data": []}] * 16
    assert service.minted == 2  # the first token, then exactly one renewal
    assert client.session.access_token == "admin-token-2"
    assert all(h.startswith("TC3-HMAC-SHA256 ") for h in service.tc3_headers)


def test_an_admin_token_the_service_refuses_is_renewed_and_the_call_resent(rt: SimpleNamespace) -> None:
    service = AdminService()
    client = admin_client(rt, service)
    service.live.clear()  # expired on the service's clock, not on ours
    answer = client._call(rt.operations.OPERATIONS["queryUser"], query={"username": "bob"})
    assert answer == {"total": 0, "data": []}
    assert service.minted == 2 and client.session.access_token == "admin-token-2"


@pytest.mark.anyio
async def test_async_renewal_is_single_flight_across_tasks(rt: SimpleNamespace) -> None:
    service = AdminService()
    client = rt.base.AsyncAPIClient(
        "env-1", transport=service.async_transport(), secret_id=SECRET_ID, secret_key=SECRET_KEY
    )
    await client._call(rt.operations.OPERATIONS["getClientCredential"])
    client._now = lambda: 10**10
    query = rt.operations.OPERATIONS["queryUser"]
    answers = await asyncio.gather(*(client._call(query, query={"username": "b"}) for _ in range(10)))
    assert len(answers) == 10 and service.minted == 2
    await client.close()


def test_without_the_key_pair_an_expired_admin_token_is_not_renewed(rt: SimpleNamespace) -> None:
    service = AdminService()
    client = rt.base.SyncAPIClient("env-1", transport=service.transport())
    tc3 = rt.pkg.TC3Credentials(SECRET_ID, SECRET_KEY)
    client._call(rt.operations.OPERATIONS["getClientCredential"], tc3=tc3)
    client._now = lambda: 10**10
    with pytest.raises(rt.exceptions.NotSignedInError, match="no refresh token"):
        client._call(rt.operations.OPERATIONS["queryUser"], query={"username": "bob"})
    assert service.minted == 1


def test_a_users_session_is_never_swapped_for_an_admin_token(rt: SimpleNamespace) -> None:
    service = AdminService()
    client = rt.base.SyncAPIClient("env-1", transport=service.transport(), secret_id=SECRET_ID, secret_key=SECRET_KEY)
    client.set_session({"access_token": "user-token", "expires_in": 60, "scope": "user", "token_type": "Bearer"})
    client._now = lambda: 10**10
    with pytest.raises(rt.exceptions.NotSignedInError):
        client._call(rt.operations.OPERATIONS["queryUser"], query={"username": "bob"})
    assert service.minted == 0


def test_half_a_key_pair_is_refused(rt: SimpleNamespace) -> None:
    with pytest.raises(ValueError, match="secret_id and secret_key together"):
        rt.base.SyncAPIClient("env-1", secret_id=SECRET_ID)
