"""Sessions: refresh before expiry, single-flight across threads and tasks, rotation, invalid_grant."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .conftest import FakeAuth


def op(rt: SimpleNamespace, name: str) -> Any:
    return rt.operations.OPERATIONS[name]


def expired_session(rt: SimpleNamespace, fake: FakeAuth, client: Any, expires_in: int = -10) -> Any:
    """Give ``client`` a session whose access token is past (or close to) expiry."""
    tokens = fake.issue()
    session = rt.session.Session.from_token_response(
        {**tokens, "expires_in": 7200}, now=time.time() - 7200 + expires_in
    )
    client.set_session(session)
    return session


def refresh_requests(fake: FakeAuth) -> list[dict[str, Any]]:
    return [json.loads(r.content) for r in fake.requests if r.url.path == "/auth/v1/token"]


def test_refresh_request_shape(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient(
        "env-1", client_id="app-1", client_secret="client-secret-1", transport=fake.transport()
    )
    old = expired_session(rt, fake, client)
    client._call(op(rt, "getUserMe"))
    (token_request,) = [r for r in fake.requests if r.url.path == "/auth/v1/token"]
    assert token_request.method == "POST"
    assert token_request.url.params["client_id"] == "app-1"
    assert "authorization" not in token_request.headers
    assert token_request.headers["content-type"] == "application/json"
    assert json.loads(token_request.content) == {
        "grant_type": "refresh_token",
        "refresh_token": old.refresh_token,
        "client_id": "app-1",
        "client_secret": "client-secret-1",
    }
    assert client.session.access_token != old.access_token
    assert fake.requests[-1].headers["authorization"] == f"Bearer {client.session.access_token}"


def test_no_client_secret_means_none_in_the_body(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    expired_session(rt, fake, client)
    client._call(op(rt, "getUserMe"))
    assert "client_secret" not in refresh_requests(fake)[0]


def test_refresh_happens_within_the_skew_not_before(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), refresh_skew=60)
    expired_session(rt, fake, client, expires_in=120)  # 2 min left: outside the 60 s skew
    client._call(op(rt, "getUserMe"))
    assert fake.count("/token") == 0
    expired_session(rt, fake, client, expires_in=30)  # 30 s left: inside it
    client._call(op(rt, "getUserMe"))
    assert fake.count("/token") == 1


def test_sixteen_threads_one_refresh(rt: SimpleNamespace, fake: FakeAuth) -> None:
    fake.refresh_delay = 0.05
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    expired_session(rt, fake, client)
    barrier = threading.Barrier(16)
    results: list[Any] = []
    errors: list[BaseException] = []

    def worker() -> None:
        barrier.wait()
        try:
            results.append(client._call(op(rt, "getUserMe")))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert len(results) == 16 and all(r["name"] == "Alice" for r in results)
    assert fake.count("/token") == 1
    assert fake.count("/user/me") == 16
    assert fake.reused == []


@pytest.mark.anyio
async def test_hundred_tasks_one_refresh(rt: SimpleNamespace, fake: FakeAuth) -> None:
    async with rt.base.AsyncAPIClient("env-1", transport=fake.async_transport()) as client:
        expired_session(rt, fake, client)
        results = await asyncio.gather(*(client._call(op(rt, "getUserMe")) for _ in range(100)))
    assert len(results) == 100 and all(r["name"] == "Alice" for r in results)
    assert fake.count("/token") == 1
    assert fake.count("/user/me") == 100
    assert fake.reused == []


def test_rotation_never_resends_a_refresh_token(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    first = expired_session(rt, fake, client)
    client._call(op(rt, "getUserMe"))
    second = client.session
    assert second.refresh_token != first.refresh_token
    # Expire the rotated session: the next refresh must spend the NEW refresh token.
    client.set_session(
        rt.session.Session(**{**second.to_dict(), "groups": (), "expires_at": time.time() - 1})
    )
    client._call(op(rt, "getUserMe"))
    sent = [body["refresh_token"] for body in refresh_requests(fake)]
    assert sent == [first.refresh_token, second.refresh_token]
    assert len(set(sent)) == len(sent)
    assert fake.reused == []
    # An explicit refresh also spends the current one, once.
    third = client.session
    fourth = client.refresh_session()
    assert fourth.refresh_token not in (first.refresh_token, second.refresh_token, third.refresh_token)
    sent = [body["refresh_token"] for body in refresh_requests(fake)]
    assert len(set(sent)) == len(sent) == 3


def test_concurrent_explicit_refreshes_spend_the_token_once(rt: SimpleNamespace, fake: FakeAuth) -> None:
    fake.refresh_delay = 0.05
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue())
    barrier = threading.Barrier(8)
    sessions: list[Any] = []

    def worker() -> None:
        barrier.wait()
        sessions.append(client.refresh_session())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert fake.count("/token") == 1 and fake.reused == []
    assert len({s.access_token for s in sessions}) == 1


def test_invalid_grant_clears_session_and_storage(rt: SimpleNamespace, fake: FakeAuth) -> None:
    storage = rt.storage.MemoryStorage()
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage)
    session = expired_session(rt, fake, client)
    fake.valid_refresh.discard(session.refresh_token)  # revoked server-side
    assert storage.get("credentials_env-1") is not None
    with pytest.raises(rt.errors.InvalidGrant) as info:
        client._call(op(rt, "getUserMe"))
    assert info.value.error == "invalid_grant" and info.value.status_code == 400
    assert client.session is None
    assert storage.get("credentials_env-1") is None
    assert storage.get("device_id") == client.device_id  # the device id stays
    with pytest.raises(rt.errors.NotSignedInError):
        client._call(op(rt, "getUserMe"))
    assert fake.count("/user/me") == 0


@pytest.mark.anyio
async def test_invalid_grant_async_all_waiters_fail_cleanly(rt: SimpleNamespace, fake: FakeAuth) -> None:
    async with rt.base.AsyncAPIClient("env-1", transport=fake.async_transport()) as client:
        session = expired_session(rt, fake, client)
        fake.valid_refresh.discard(session.refresh_token)
        results = await asyncio.gather(
            *(client._call(op(rt, "getUserMe")) for _ in range(20)), return_exceptions=True
        )
    assert fake.count("/token") == 1
    assert sum(isinstance(r, rt.errors.InvalidGrant) for r in results) == 1
    assert all(isinstance(r, rt.errors.InvalidGrant | rt.errors.NotSignedInError) for r in results)
    assert client.session is None


def test_other_refresh_errors_keep_the_session(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    expired_session(rt, fake, client)
    fake.overrides["/token"] = lambda r: httpx.Response(
        500, json={"error": "internal", "error_description": "boom"}
    )
    with pytest.raises(rt.errors.InternalServerError):
        client._call(op(rt, "getUserMe"))
    assert client.session is not None


def test_session_without_refresh_token(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    body = fake.issue()
    del body["refresh_token"]
    client.set_session({**body, "expires_in": 10})  # inside the 30 s skew, not yet expired
    client._call(op(rt, "getUserMe"))
    assert fake.count("/token") == 0
    client.set_session(rt.session.Session(access_token=body["access_token"], expires_at=time.time() - 1))
    with pytest.raises(rt.errors.NotSignedInError, match="expired"):
        client._call(op(rt, "getUserMe"))
    with pytest.raises(rt.errors.NotSignedInError):
        client.refresh_session()


@pytest.mark.anyio
async def test_async_explicit_refresh(rt: SimpleNamespace, fake: FakeAuth) -> None:
    async with rt.base.AsyncAPIClient("env-1", transport=fake.async_transport()) as client:
        with pytest.raises(rt.errors.NotSignedInError):
            await client.refresh_session()
        client.set_session(fake.issue())
        old = client.session
        new = await client.refresh_session()
        assert new.refresh_token != old.refresh_token and client.session is new


def test_clients_sharing_a_storage_refresh_once(rt: SimpleNamespace, fake: FakeAuth) -> None:
    fake.refresh_delay = 0.05
    storage = rt.storage.MemoryStorage()
    first = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage)
    expired_session(rt, fake, first)
    second = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage)
    assert second.session == first.session
    barrier = threading.Barrier(16)
    errors: list[BaseException] = []

    def worker(client: Any) -> None:
        barrier.wait()
        try:
            client._call(op(rt, "getUserMe"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(c,)) for c in [first, second] * 8]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert fake.count("/token") == 1 and fake.reused == []
    assert first.session == second.session


def test_a_stale_client_adopts_the_session_another_process_stored(
    rt: SimpleNamespace, fake: FakeAuth, tmp_path: Any
) -> None:
    path = tmp_path / "tokens.json"
    # Two FileStorage objects on one file: as two processes would see it (no shared lock).
    a = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=rt.storage.FileStorage(path))
    expired_session(rt, fake, a)
    b = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=rt.storage.FileStorage(path))
    a._call(op(rt, "getUserMe"))  # a refreshes and stores the rotated session
    b._call(op(rt, "getUserMe"))  # b's in-memory session is stale: it must not re-send the old token
    assert fake.count("/token") == 1 and fake.reused == []
    assert b.session == a.session


def test_invalid_grant_after_someone_else_rotated_adopts_their_session(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    storage = rt.storage.MemoryStorage()
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage)
    stale = expired_session(rt, fake, client)

    def rotate_elsewhere(request: httpx.Request) -> httpx.Response:
        # Another process refreshed first: the server rejects our token, the storage has theirs.
        storage.set(
            "credentials_env-1", json.dumps(rt.session.Session.from_token_response(fake.issue()).to_dict())
        )
        return httpx.Response(400, json={"error": "invalid_grant", "error_description": "used"})

    fake.overrides["/token"] = rotate_elsewhere
    assert client._call(op(rt, "getUserMe"))["name"] == "Alice"
    assert client.session is not None and client.session.refresh_token != stale.refresh_token


@pytest.mark.anyio
async def test_async_clients_sharing_a_storage_refresh_once(rt: SimpleNamespace, fake: FakeAuth) -> None:
    storage = rt.storage.MemoryStorage()
    async with (
        rt.base.AsyncAPIClient("env-1", transport=fake.async_transport(), storage=storage) as first,
        rt.base.AsyncAPIClient("env-1", transport=fake.async_transport(), storage=storage) as second,
    ):
        expired_session(rt, fake, first)
        second.set_session(first.session)
        calls = [c._call(op(rt, "getUserMe")) for c in [first, second] * 50]
        results = await asyncio.gather(*calls)
    assert len(results) == 100
    assert fake.count("/token") == 1 and fake.reused == []
