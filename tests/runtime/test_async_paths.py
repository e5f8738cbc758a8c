"""The async client's call and refresh paths (``AsyncAPIClient._call``, ``refresh_session``,
``_refresh_locked``, ``_fresh_session``), through the runtime under test (the `_base` mutation
run of 2026-12-07, brief M7): the same cases ``test_refresh_paths.py`` checks on the sync client
(what each refusal says, a session cleared or replaced while a refresh waited for the task
lock, a refresh answer stored and used, one timeout across a refused-refreshed-resent call, a
sign-out resent after a refresh), and an administrator token renewed by ``refresh_session()``.

The refresh lock is held by the test itself while the call waits for it: no real waiting beyond
0.02 s per such test.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .conftest import FakeAuth
from .test_admin_renewal import SECRET_ID, SECRET_KEY, AdminService

pytestmark = pytest.mark.anyio


def client_for(rt: SimpleNamespace, fake: FakeAuth, **kwargs: Any) -> Any:
    return rt.base.AsyncAPIClient("env-1", transport=fake.transport(), **kwargs)


def op(rt: SimpleNamespace, name: str) -> Any:
    return rt.operations.OPERATIONS[name]


async def held_lock_then(
    rt: SimpleNamespace, client: Any, action: Callable[[], Awaitable[Any]], meanwhile: Callable[[], Any]
) -> Any:
    """Start ``action`` while the client's refresh lock is held (as by a refresh in another
    task), do ``meanwhile``, let go; return what the action returned or raised."""
    lock = rt.base._task_lock_for(client._storage, client._session_key, client._own_refresh_lock)

    async def run() -> Any:
        try:
            return await action()
        except Exception as exc:  # handed back to the test
            return exc

    async with lock:
        task = asyncio.create_task(run())
        await asyncio.sleep(0.02)  # now waiting for the lock
        assert not task.done()
        meanwhile()
    return await asyncio.wait_for(task, 60)


async def test_refreshing_without_a_session_says_to_sign_in(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = client_for(rt, fake)
    with pytest.raises(rt.errors.NotSignedInError) as info:
        await client.refresh_session()
    assert str(info.value) == "no session to refresh: sign in first"
    assert fake.requests == []


async def test_a_valid_session_without_a_refresh_token_cannot_be_refreshed(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake)
    body = fake.issue()
    del body["refresh_token"]
    client.set_session(body)
    with pytest.raises(rt.errors.NotSignedInError) as info:
        await client.refresh_session()
    assert str(info.value) == "the session has no refresh token"
    assert fake.requests == [] and client.session is not None


async def test_an_expired_session_without_a_refresh_token_says_to_sign_in_again(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake)
    body = fake.issue(expires_in=5)  # within the refresh skew, and nothing to refresh it with
    del body["refresh_token"]
    client.set_session(body)
    assert await client._call(op(rt, "getUserMe")) == {"sub": "9876543210123456789", "name": "Alice"}
    client._now = lambda: 10**10  # now it has expired
    with pytest.raises(rt.errors.NotSignedInError) as info:
        await client._call(op(rt, "getUserMe"))
    assert str(info.value) == "the session has expired and has no refresh token; sign in again"
    assert fake.count("/token") == 0 and fake.count("/user/me") == 1


async def test_refresh_session_renews_an_administrator_token_with_the_key_pair(rt: SimpleNamespace) -> None:
    service = AdminService(delay=0.0)
    client = rt.base.AsyncAPIClient(
        "env-1", transport=service.async_transport(), secret_id=SECRET_ID, secret_key=SECRET_KEY
    )
    await client._call(op(rt, "getClientCredential"))
    assert client.session.access_token == "admin-token-1"
    renewed = await client.refresh_session()
    assert renewed.access_token == "admin-token-2" and client.session is renewed
    assert renewed.scope == "admin" and renewed.refresh_token is None
    assert service.minted == 2 and service.tc3_headers[-1].startswith(
        f"TC3-HMAC-SHA256 Credential={SECRET_ID}/"
    )


async def test_an_expired_administrator_token_is_renewed_before_the_call(rt: SimpleNamespace) -> None:
    service = AdminService(delay=0.0)
    client = rt.base.AsyncAPIClient(
        "env-1", transport=service.async_transport(), secret_id=SECRET_ID, secret_key=SECRET_KEY
    )
    await client._call(op(rt, "getClientCredential"))
    client._now = lambda: 10**10  # the admin token has expired
    assert await client._call(op(rt, "queryUser"), query={"phone": "1"}) == {"total": 0, "data": []}
    assert service.minted == 2 and client.session.access_token == "admin-token-2"


async def test_a_session_cleared_while_a_refresh_waited_says_so(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = client_for(rt, fake)
    client.set_session(fake.issue())
    raised = await held_lock_then(rt, client, client.refresh_session, client.clear_session)
    assert isinstance(raised, rt.errors.NotSignedInError)
    assert str(raised) == "the session was cleared: sign in again"
    assert fake.count("/token") == 0


async def test_a_session_replaced_while_a_refresh_waited_is_not_refreshed_again(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake)
    client.set_session(fake.issue())
    fresh = fake.issue()
    got = await held_lock_then(rt, client, client.refresh_session, lambda: client.set_session(fresh))
    assert got.access_token == fresh["access_token"]
    assert fake.count("/token") == 0


async def test_a_session_cleared_while_a_call_waited_to_refresh_it_says_so(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake)
    client.set_session(fake.issue(expires_in=5))  # within the refresh skew: the call refreshes first
    raised = await held_lock_then(rt, client, lambda: client._call(op(rt, "getUserMe")), client.clear_session)
    assert isinstance(raised, rt.errors.NotSignedInError)
    assert str(raised) == "the session was cleared: sign in again"
    assert fake.requests == []


async def test_a_call_without_a_session_says_to_sign_in_first(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = client_for(rt, fake)
    with pytest.raises(rt.errors.NotSignedInError) as info:
        await client._call(op(rt, "getUserMe"))
    assert str(info.value) == "this call needs a signed-in session: sign in first"
    assert fake.requests == []


async def test_a_session_refreshed_while_a_call_waited_is_used_as_it_is(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake)
    client.set_session(fake.issue(expires_in=5))
    fresh = fake.issue()
    answer = await held_lock_then(
        rt, client, lambda: client._call(op(rt, "getUserMe")), lambda: client.set_session(fresh)
    )
    assert answer == {"sub": "9876543210123456789", "name": "Alice"}
    assert fake.count("/token") == 0
    assert fake.requests[-1].headers["authorization"] == f"Bearer {fresh['access_token']}"


async def test_a_refresh_answer_is_stored_and_used(rt: SimpleNamespace, fake: FakeAuth) -> None:
    storage = rt.storage.MemoryStorage()
    client = client_for(rt, fake, storage=storage)
    client._now = lambda: 5000.0
    client.set_session(fake.issue(expires_in=5))
    await client._call(op(rt, "getUserMe"))
    assert fake.count("/token") == 1
    new = client.session
    assert fake.requests[-1].headers["authorization"] == f"Bearer {new.access_token}"
    assert new.access_token in fake.valid_access and new.refresh_token in fake.valid_refresh
    assert new.expires_at == 5000.0 + 7200  # from the client's clock
    assert rt.base.AsyncAPIClient("env-1", storage=storage).session.access_token == new.access_token
    assert fake.requests[0].url.path == "/auth/v1/token"


async def test_a_refused_refresh_token_is_raised_and_the_session_forgotten(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake)
    body = fake.issue(expires_in=5)
    fake.valid_refresh.clear()  # revoked
    client.set_session(body)
    with pytest.raises(rt.errors.APIStatusError) as info:
        await client._call(op(rt, "getUserMe"))
    assert info.value.error == "invalid_grant"
    assert client.session is None and fake.count("/user/me") == 0


async def test_a_call_refused_refreshed_and_resent_keeps_one_timeout(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    now = [1000.0]
    client = client_for(rt, fake, max_retries=0)
    client._monotonic = lambda: now[0]
    client.set_session(fake.issue())
    fake.valid_access.clear()  # revoked on the service's side: the first attempt is refused

    def slow_refresh(request: httpx.Request) -> httpx.Response:
        now[0] += 11.0  # the refresh ate the call's 10 s
        return httpx.Response(200, json=fake.issue())

    fake.overrides["/token"] = slow_refresh
    with pytest.raises(rt.errors.APITimeoutError) as info:
        await client._call(op(rt, "getUserMe"), timeout=10.0, request_id="req-5")
    assert "the call's timeout was spent before attempt" in str(info.value)
    assert fake.count("/token") == 1 and fake.count("/user/me") == 1


async def test_a_call_refused_once_is_refreshed_and_resent_with_the_new_token(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake, max_retries=0)
    client.set_session(fake.issue())
    fake.valid_access.clear()
    assert await client._call(op(rt, "getUserMe"), request_id="req-6") == {
        "sub": "9876543210123456789",
        "name": "Alice",
    }
    assert fake.paths() == ["/auth/v1/user/me", "/auth/v1/token", "/auth/v1/user/me"]
    assert fake.requests[-1].headers["authorization"] == f"Bearer {client.session.access_token}"
    assert fake.requests[-1].headers["x-request-id"] == "req-6"


async def test_a_call_refused_twice_is_raised_after_one_refresh(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = client_for(rt, fake, max_retries=0)
    client.set_session(fake.issue())
    fake.overrides["/user/me"] = lambda r: httpx.Response(
        401, json={"error": "unauthenticated", "error_description": "no"}
    )
    with pytest.raises(rt.errors.APIStatusError) as info:
        await client._call(op(rt, "getUserMe"))
    assert info.value.status_code == 401
    assert fake.count("/token") == 1 and fake.count("/user/me") == 2


async def test_a_forbidden_call_is_not_refreshed(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = client_for(rt, fake, max_retries=0)
    client.set_session(fake.issue())
    fake.overrides["/user/me"] = lambda r: httpx.Response(403, json={"error": "permission_denied"})
    with pytest.raises(rt.errors.APIStatusError):
        await client._call(op(rt, "getUserMe"))
    assert fake.count("/token") == 0 and fake.count("/user/me") == 1


async def test_a_sign_out_resent_after_a_refresh_still_ends_the_session(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake, max_retries=0)
    client.set_session(fake.issue())
    fake.valid_access.clear()
    await client._call(op(rt, "signOut"), json={})
    assert fake.count("/token") == 1 and fake.count("/user/signout") == 2
    assert client.session is None


async def test_the_callers_own_authorization_is_sent_without_touching_the_session(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake)
    client.set_session(fake.issue(expires_in=5))  # would be refreshed by a call that used it
    access = fake.issue()["access_token"]
    answer = await client._call(op(rt, "getUserMe"), extra_headers={"Authorization": f"Bearer {access}"})
    assert answer["name"] == "Alice" and fake.count("/token") == 0


async def test_parse_gives_the_model_and_a_misfit_answer_is_invalid(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake)
    client.set_session(fake.issue())
    assert await client._call(op(rt, "getUserMe"), parse=lambda body: body["name"]) == "Alice"
    with pytest.raises(rt.errors.InvalidResponseError, match="field 'missing' is missing"):
        await client._call(op(rt, "getUserMe"), parse=lambda body: body["missing"])


async def test_a_refresh_waits_for_the_stores_lock_held_elsewhere(
    rt: SimpleNamespace, fake: FakeAuth, tmp_path: Path
) -> None:
    """A ``FileStorage``'s lock, held by another client of the file (here another thread, as
    another process would): the refresh waits for it instead of spending the refresh token."""
    path = tmp_path / "tokens.json"
    client = client_for(rt, fake, storage=rt.storage.FileStorage(path))
    client.set_session(fake.issue())
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        other = rt.storage.FileStorage(path)
        other.acquire_lock(True)
        held.set()
        release.wait(5)  # bounded: a client that does not wait blocks the loop on the file lock until then
        other.release_lock()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(60)
        task = asyncio.create_task(client.refresh_session())
        await asyncio.sleep(0.05)
        assert not task.done() and fake.count("/token") == 0
    finally:
        release.set()
    await asyncio.wait_for(task, 60)
    holder.join(60)
    assert fake.count("/token") == 1


async def test_a_basic_operation_carries_the_client_credentials(rt: SimpleNamespace, fake: FakeAuth) -> None:
    import base64

    # The spec may have no Basic operation: one built here, not looked up.
    basic_op = rt.base.OperationSpec(
        "authorizeInfo", "GET", "/user/authorize/info", "basic", False, False, True
    )
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = rt.base.AsyncAPIClient(
        "env-1", transport=httpx.MockTransport(answer), client_secret="s3cr3t-value"
    )
    await client._call(basic_op)
    assert seen[0].headers["authorization"] == "Basic " + base64.b64encode(b"env-1:s3cr3t-value").decode()


async def test_a_call_without_the_session_refused_as_unauthenticated_is_not_refreshed(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    """A call that carried no session token (here one without auth) answered 401: raised as it
    is, the session neither refreshed nor touched."""
    client = client_for(rt, fake, max_retries=0)
    client.set_session(fake.issue())
    before = client.session
    fake.overrides["/checkIfUserExist"] = lambda r: httpx.Response(
        401, json={"error": "unauthenticated", "error_description": "no"}
    )
    with pytest.raises(rt.errors.APIStatusError) as info:
        await client._call(op(rt, "checkIfUserExist"), query={"username": "bob"})
    assert info.value.status_code == 401
    assert fake.count("/token") == 0 and client.session is before


async def test_revoking_another_users_token_keeps_the_session_and_revoking_its_own_ends_it(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake)
    client.set_session(fake.issue())
    await client._call(op(rt, "revokeToken"), json={"token": "someone-elses-access-token"})
    assert client.session is not None  # an administrator revoking a user's token stays signed in
    await client._call(op(rt, "revokeToken"), json={"token": client.session.refresh_token})
    assert client.session is None


class SlotStorage:
    """A storage of the caller's that cannot be weakly referenced (``__slots__``, no ``__weakref__``)."""

    __slots__ = ("data",)

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.data.get(key)

    def set(self, key: str, value: str) -> None:
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.data.pop(key, None)


async def test_a_storage_without_weak_references_refreshes_under_the_clients_own_lock(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = client_for(rt, fake, storage=SlotStorage())
    client.set_session(fake.issue(expires_in=5))
    assert await client._call(op(rt, "getUserMe")) == {"sub": "9876543210123456789", "name": "Alice"}
    renewed = await client.refresh_session()
    assert fake.count("/token") == 2 and client.session is renewed
