"""The rest of ``_base`` (the mutation run of 2026-12-07, brief M10), through the runtime under
test: the async client's streamed answer (``AsyncAPIClient._read_body``: the size cap at its
bound, the deadline between chunks, an answer that breaks off); the refresh after a refused
token (``_refresh_after_rejection``, both clients: under the shared refresh lock, once, the
session another client stored adopted, nothing to refresh with); every constructor argument of
both clients reaching the client; the session bookkeeping (what is stored, under which key, in
which form, and what is logged when the store fails); the redaction of an echoed credential; the
DEBUG lines; the log filter on ``httpx``; the region check's message.

``httpx.MockTransport`` answers; the clocks are fake ones the test moves: no real waiting beyond
0.02 s where a call must be seen waiting for a lock the test holds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator, Callable
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .conftest import FakeAuth
from .test_admin_renewal import SECRET_ID, SECRET_KEY, AdminService
from .test_answers_streamed import Clock as SyncClock
from .test_answers_streamed import object_of
from .test_async_paths import SlotStorage
from .test_refresh_paths import held_lock_then

CAP = 100  # max_response_bytes in the streamed-answer tests
ME = {"sub": "9876543210123456789", "name": "Alice"}


def op(rt: SimpleNamespace, name: str) -> Any:
    return rt.operations.OPERATIONS[name]


class Clock(SyncClock):
    """The client's monotonic clock, moved by the test (and by the client's sleeps, async too)."""

    async def asleep(self, seconds: float) -> None:
        self.now += seconds


class AsyncChunks:
    """An answer body the async client reads as chunks; counts the chunks pulled, can move the
    clock on each (a trickling server) or fail after some (an answer that breaks off). Not a
    `Chunks`: httpx reads a stream that also iterates synchronously as a sync one."""

    def __init__(
        self,
        body: bytes,
        size: int,
        clock: Clock | None = None,
        step: float = 0.0,
        fail_after: int | None = None,
        failure: Callable[[], httpx.RequestError] | None = None,
    ) -> None:
        self.parts = [body[i : i + size] for i in range(0, len(body), size)]
        self.pulled = 0
        self.clock, self.step = clock, step
        self.fail_after, self.failure = fail_after, failure

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.parts:
            if self.fail_after is not None and self.pulled == self.fail_after:
                assert self.failure is not None
                raise self.failure()
            self.pulled += 1
            if self.clock is not None:
                self.clock.now += self.step
            yield part


def async_client(
    rt: SimpleNamespace,
    answer: Callable[[httpx.Request], httpx.Response],
    clock: Clock | None = None,
    **kwargs: Any,
) -> Any:
    client = rt.base.AsyncAPIClient("env-1", transport=httpx.MockTransport(answer), max_retries=0, **kwargs)
    clock = clock or Clock()
    client._monotonic, client._sleep = clock, clock.asleep
    return client


async def sign_in(rt: SimpleNamespace, client: Any, **kwargs: Any) -> Any:
    return await client._call(
        op(rt, "signIn"), json={"username": "u", "password": "p"}, request_id="req-1", **kwargs
    )


# --- AsyncAPIClient._read_body ----------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "chunked"])
async def test_async_an_answer_exactly_at_the_cap_is_read_whole(rt: SimpleNamespace, announced: bool) -> None:
    body = object_of(CAP)
    chunks = AsyncChunks(body, 10)
    headers = {"content-length": str(CAP)} if announced else {}
    client = async_client(
        rt, lambda r: httpx.Response(200, headers=headers, content=chunks), max_response_bytes=CAP
    )
    assert await sign_in(rt, client) == json.loads(body)
    assert chunks.pulled == 10


@pytest.mark.anyio
async def test_async_an_announced_length_over_the_cap_is_refused_before_any_byte_is_read(
    rt: SimpleNamespace,
) -> None:
    chunks = AsyncChunks(object_of(CAP + 1), 10)
    client = async_client(
        rt,
        lambda r: httpx.Response(200, headers={"Content-Length": str(CAP + 1)}, content=chunks),
        max_response_bytes=CAP,
    )
    with pytest.raises(rt.errors.ResponseTooLargeError) as info:
        await sign_in(rt, client)
    assert chunks.pulled == 0
    assert info.value.status_code == 200 and info.value.request_id == "req-1"
    assert f"the answer is larger than {CAP} bytes (max_response_bytes)" in str(info.value)


@pytest.mark.anyio
async def test_async_an_unannounced_answer_over_the_cap_is_cut_at_the_chunk_that_crosses_it(
    rt: SimpleNamespace,
) -> None:
    chunks = AsyncChunks(object_of(10 * CAP), 10)
    client = async_client(rt, lambda r: httpx.Response(200, content=chunks), max_response_bytes=CAP)
    with pytest.raises(rt.errors.ResponseTooLargeError) as info:
        await sign_in(rt, client)
    assert chunks.pulled == CAP // 10 + 1
    assert info.value.request_id == "req-1" and f"larger than {CAP} bytes" in str(info.value)


@pytest.mark.anyio
async def test_async_a_trickling_answer_is_cut_at_the_calls_deadline(rt: SimpleNamespace) -> None:
    clock = Clock()
    chunks = AsyncChunks(object_of(60), 2, clock=clock, step=0.3)  # 30 chunks, 0.3 s apart
    client = async_client(rt, lambda r: httpx.Response(200, content=chunks), clock=clock)
    with pytest.raises(rt.errors.APITimeoutError) as info:
        await sign_in(rt, client, timeout=1.0)
    assert chunks.pulled == 4
    assert "POST /auth/v1/signin took longer than the call's timeout of 1s" in str(info.value)
    assert info.value.request_id == "req-1"


@pytest.mark.anyio
async def test_async_an_answer_that_breaks_off_is_a_connection_error_naming_the_call(
    rt: SimpleNamespace,
) -> None:
    def broken() -> httpx.RequestError:
        return httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    chunks = AsyncChunks(object_of(60), 10, fail_after=2, failure=broken)
    client = async_client(rt, lambda r: httpx.Response(200, content=chunks))
    with pytest.raises(rt.errors.APIConnectionError) as info:
        await sign_in(rt, client)
    assert not isinstance(info.value, rt.errors.APITimeoutError)
    message = str(info.value)
    assert message.startswith("the exchange with env-1.api.tcloudbasegateway.com:443 failed")
    assert message.endswith("for POST /auth/v1/signin [request_id=req-1]")


@pytest.mark.anyio
async def test_async_a_read_timeout_after_the_deadline_is_the_calls_timeout(rt: SimpleNamespace) -> None:
    clock = Clock()

    def timed_out() -> httpx.RequestError:
        clock.now += 5.0  # the read waited out the rest of the budget
        return httpx.ReadTimeout("timed out")

    chunks = AsyncChunks(object_of(60), 10, fail_after=1, failure=timed_out)
    client = async_client(rt, lambda r: httpx.Response(200, content=chunks), clock=clock)
    with pytest.raises(rt.errors.APITimeoutError, match=r"took longer than the call's timeout of 2s"):
        await sign_in(rt, client, timeout=2.0)


# --- _refresh_after_rejection: the refresh after a refused token, both clients -------------------


async def async_held_lock_then(
    rt: SimpleNamespace,
    client: Any,
    action: Callable[[], Any],
    meanwhile: Callable[[], Any],
    sent: list[httpx.Request],
) -> Any:
    """The same for the async client: the task lock every client of this storage and session
    key shares, held by the test while the call runs up to it."""
    lock = rt.base._task_lock_for(client._storage, client._session_key, asyncio.Lock())

    async def run() -> Any:
        try:
            return await action()
        except Exception as exc:  # handed back to the test
            return exc

    async with lock:
        task = asyncio.create_task(run())
        # the refused attempt, then as many loop turns again (a refresh that did not wait for
        # the lock would be sent by then): no real waiting
        turns = 0
        while not any(r.url.path.endswith("/user/me") for r in sent) and turns < 10_000:
            await asyncio.sleep(0)
            turns += 1
        for _ in range(turns + 200):
            await asyncio.sleep(0)
        assert not task.done()  # waiting for the lock the test holds
        meanwhile()
    return await asyncio.wait_for(task, 60)


def refused_then(fake: FakeAuth, client: Any) -> None:
    """Signed in; the service then refuses the session's access token (revoked on its side)."""
    client.set_session(fake.issue())
    fake.valid_access.clear()


def test_a_refused_token_is_refreshed_once_and_the_call_resent(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    refused_then(fake, client)
    assert client._call(op(rt, "getUserMe")) == ME
    assert fake.count("/token") == 1 and fake.count("/user/me") == 2
    assert fake.requests[-1].headers["authorization"] == f"Bearer {client.session.access_token}"


def test_a_refused_session_without_a_refresh_token_is_not_resent(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    body = fake.issue()
    del body["refresh_token"]
    client.set_session(body)
    fake.valid_access.clear()
    with pytest.raises(rt.errors.APIStatusError) as info:
        client._call(op(rt, "getUserMe"))
    assert info.value.status_code == 401
    assert fake.count("/token") == 0 and fake.count("/user/me") == 1


def test_a_refused_administrator_token_is_renewed_and_the_call_resent(rt: SimpleNamespace) -> None:
    service = AdminService(delay=0.0)
    client = rt.base.SyncAPIClient(
        "env-1", transport=service.transport(), secret_id=SECRET_ID, secret_key=SECRET_KEY, max_retries=0
    )
    client._call(op(rt, "getClientCredential"))
    service.live.clear()  # the service refuses admin-token-1 now
    assert client._call(op(rt, "queryUser"), query={"phone": "1"}) == {"total": 0, "data": []}
    assert service.minted == 2 and client.session.access_token == "admin-token-2"


def test_a_session_cleared_while_a_refused_call_waited_leaves_the_refusal(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    refused_then(fake, client)
    raised = held_lock_then(client, lambda: client._call(op(rt, "getUserMe")), client.clear_session)
    assert isinstance(raised, rt.errors.APIStatusError) and raised.status_code == 401
    assert fake.count("/token") == 0 and fake.count("/user/me") == 1


def test_a_session_replaced_while_a_refused_call_waited_is_used_without_a_refresh(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    refused_then(fake, client)
    fresh = fake.issue()  # another thread's refresh, stored meanwhile
    answer = held_lock_then(
        client, lambda: client._call(op(rt, "getUserMe")), lambda: client.set_session(fresh)
    )
    assert answer == ME
    assert fake.count("/token") == 0 and fake.count("/user/me") == 2
    assert fake.requests[-1].headers["authorization"] == f"Bearer {fresh['access_token']}"


@pytest.mark.anyio
async def test_async_a_refused_token_is_refreshed_once_and_the_call_resent(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.AsyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    refused_then(fake, client)
    assert await client._call(op(rt, "getUserMe")) == ME
    assert fake.count("/token") == 1 and fake.count("/user/me") == 2
    assert fake.requests[-1].headers["authorization"] == f"Bearer {client.session.access_token}"


@pytest.mark.anyio
async def test_async_a_refused_session_without_a_refresh_token_is_not_resent(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.AsyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    body = fake.issue()
    del body["refresh_token"]
    client.set_session(body)
    fake.valid_access.clear()
    with pytest.raises(rt.errors.APIStatusError) as info:
        await client._call(op(rt, "getUserMe"))
    assert info.value.status_code == 401
    assert fake.count("/token") == 0 and fake.count("/user/me") == 1


@pytest.mark.anyio
async def test_async_a_refused_administrator_token_is_renewed_and_the_call_resent(
    rt: SimpleNamespace,
) -> None:
    service = AdminService(delay=0.0)
    client = rt.base.AsyncAPIClient(
        "env-1",
        transport=service.async_transport(),
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        max_retries=0,
    )
    await client._call(op(rt, "getClientCredential"))
    service.live.clear()
    assert await client._call(op(rt, "queryUser"), query={"phone": "1"}) == {"total": 0, "data": []}
    assert service.minted == 2 and client.session.access_token == "admin-token-2"


@pytest.mark.anyio
async def test_async_a_refused_call_refreshes_under_the_lock_every_client_of_the_store_shares(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.AsyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    refused_then(fake, client)
    seen: list[int] = []
    answer = await async_held_lock_then(
        rt,
        client,
        lambda: client._call(op(rt, "getUserMe")),
        lambda: seen.append(fake.count("/token")),
        fake.requests,
    )
    assert answer == ME
    assert seen == [0]  # no refresh while another holder of the lock was refreshing
    assert fake.count("/token") == 1 and fake.count("/user/me") == 2


@pytest.mark.anyio
async def test_async_a_session_cleared_while_a_refused_call_waited_leaves_the_refusal(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.AsyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    refused_then(fake, client)
    raised = await async_held_lock_then(
        rt, client, lambda: client._call(op(rt, "getUserMe")), client.clear_session, fake.requests
    )
    assert isinstance(raised, rt.errors.APIStatusError) and raised.status_code == 401
    assert fake.count("/token") == 0 and fake.count("/user/me") == 1


@pytest.mark.anyio
async def test_async_a_session_replaced_while_a_refused_call_waited_is_used_without_a_refresh(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.AsyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    refused_then(fake, client)
    fresh = fake.issue()
    answer = await async_held_lock_then(
        rt,
        client,
        lambda: client._call(op(rt, "getUserMe")),
        lambda: client.set_session(fresh),
        fake.requests,
    )
    assert answer == ME
    assert fake.count("/token") == 0 and fake.count("/user/me") == 2
    assert fake.requests[-1].headers["authorization"] == f"Bearer {fresh['access_token']}"


@pytest.mark.anyio
async def test_async_a_refused_token_is_refreshed_with_a_storage_without_weak_references(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.AsyncAPIClient("env-1", transport=fake.transport(), max_retries=0, storage=SlotStorage())
    refused_then(fake, client)
    assert await client._call(op(rt, "getUserMe")) == ME
    assert fake.count("/token") == 1 and fake.count("/user/me") == 2


# --- SyncAPIClient.__init__ and AsyncAPIClient.__init__: every argument reaches the client --------


def finish(result: Any) -> Any:
    """The sync client's answer, or the async client's, awaited in a loop of its own."""
    if asyncio.iscoroutine(result):
        return asyncio.run(result)
    return result


class Service:
    """Answers by path; keeps the requests. A token answer for the sign-in, refresh and admin
    calls, 503 for ``/checkIfUserExist`` (``busy``), a body of ``size`` bytes for the captcha."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.minted = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/auth/v1")
        if path in ("/signin", "/token", "/token/clientCredential"):
            self.minted += 1
            body = {"token_type": "Bearer", "access_token": f"at-{self.minted}", "expires_in": 7200}
            if path != "/token/clientCredential":
                body["refresh_token"] = f"rt-{self.minted}"
            else:
                body["scope"] = "admin"
            return httpx.Response(200, json=body)
        if path == "/checkIfUserExist":
            return httpx.Response(503, json={"error": "unavailable"})
        if path == "/captcha/data":
            return httpx.Response(200, content=object_of(1001))
        return httpx.Response(200, json={})

    def paths(self) -> list[str]:
        return [r.url.path.removeprefix("/auth/v1") for r in self.requests]


KINDS = ["sync", "async"]


def make(rt: SimpleNamespace, kind: str, service: Service, *args: Any, **kwargs: Any) -> Any:
    cls = rt.base.SyncAPIClient if kind == "sync" else rt.base.AsyncAPIClient
    client = cls(*args, transport=httpx.MockTransport(service), **kwargs)
    client._rand = lambda: 0.0
    return client


@pytest.mark.parametrize("kind", KINDS)
def test_the_defaults_of_each_client(rt: SimpleNamespace, kind: str) -> None:
    service = Service()
    client = make(rt, kind, service, "env-1")
    assert client.base_url == "https://env-1.api.tcloudbasegateway.com/auth/v1"
    assert client.client_id == "env-1"
    assert repr(client) == (
        f"{type(client).__name__}(env_id='env-1', base_url='https://env-1.api.tcloudbasegateway.com/auth/v1', "
        "client_id='env-1', signed_in=False)"
    )
    slept: list[float] = []
    real_sleep = client._sleep
    assert real_sleep is not None

    if kind == "sync":
        client._sleep = lambda s: (slept.append(s), real_sleep(0))[1]
    else:

        async def asleep(s: float) -> None:
            slept.append(s)
            await real_sleep(0)

        client._sleep = asleep
    with pytest.raises(rt.errors.APIStatusError):
        finish(client._call(op(rt, "checkIfUserExist"), query={"username": "bob"}))
    assert service.paths() == ["/checkIfUserExist"] * 3  # two retries by default
    assert slept == [0.25, 0.5]
    finish(client._call(op(rt, "signIn"), json={"username": "u", "password": "p"}))
    assert repr(client).endswith("client_id='env-1', signed_in=True)")
    assert service.requests[-1].extensions["timeout"] == {
        "connect": 10.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }


@pytest.mark.parametrize("kind", KINDS)
def test_every_constructor_argument_reaches_the_client(rt: SimpleNamespace, kind: str) -> None:
    service = Service()
    storage = rt.storage.MemoryStorage()
    device = "device-0123456789abcdef"
    client = make(
        rt,
        kind,
        service,
        "env-1",
        region="ap-singapore",
        client_id="app-1",
        client_secret="s3cret",
        device_id=device,
        storage=storage,
        timeout=7.0,
        max_retries=1,
        refresh_skew=100.0,
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        session_token="tmp-token-42",
        max_response_bytes=1000,
    )
    client._sleep = (lambda s: None) if kind == "sync" else asyncio.sleep
    assert client.env_id == "env-1" and client.client_id == "app-1" and client.device_id == device
    assert client.base_url == "https://env-1.api.intl.tcloudbasegateway.com/auth/v1"
    # client_id and client_secret: Basic credentials on a call that takes them while signed out
    finish(client._call(op(rt, "getAuthorizeInfo")))
    assert service.requests[-1].headers["authorization"] == "Basic YXBwLTE6czNjcmV0"  # app-1:s3cret
    assert service.requests[-1].headers["x-device-id"] == device
    assert service.requests[-1].extensions["timeout"] == {
        "connect": 7.0,
        "read": 7.0,
        "write": 7.0,
        "pool": 7.0,
    }
    # max_retries: one retry of a busy answer
    with pytest.raises(rt.errors.APIStatusError):
        finish(client._call(op(rt, "checkIfUserExist"), query={"username": "bob"}))
    assert service.paths()[1:] == ["/checkIfUserExist"] * 2
    # max_response_bytes: a 1001-byte answer is too large
    with pytest.raises(rt.errors.ResponseTooLargeError):
        finish(client._call(op(rt, "createCaptchaData"), json={}))
    # the key pair and its session token sign the admin call; storage: kept under the client's key
    finish(client._call(op(rt, "getClientCredential")))
    authorization = service.requests[-1].headers["authorization"]
    assert authorization.startswith(f"TC3-HMAC-SHA256 Credential={SECRET_ID}/")
    assert authorization.endswith(", Token=tmp-token-42")
    assert json.loads(storage.get("credentials_app-1"))["access_token"] == client.session.access_token
    # refresh_skew: a session with 60 s left is refreshed before a call (100 s skew; 30 s by default)
    client.set_session({"access_token": "at-old", "refresh_token": "rt-old", "expires_in": 60})
    finish(client._call(op(rt, "getUserMe")))
    assert service.paths()[-2:] == ["/token", "/user/me"]
    assert json.loads(service.requests[-2].content)["refresh_token"] == "rt-old"


@pytest.mark.parametrize("kind", KINDS)
def test_a_base_url_given_to_either_client_is_used(rt: SimpleNamespace, kind: str) -> None:
    service = Service()
    client = make(rt, kind, service, "env-1", base_url="http://127.0.0.1:8080/auth/v1/")
    assert client.base_url == "http://127.0.0.1:8080/auth/v1"
    finish(client._call(op(rt, "signIn"), json={"username": "u", "password": "p"}))
    assert str(service.requests[0].url) == "http://127.0.0.1:8080/auth/v1/signin?client_id=env-1"


def test_a_sync_call_waits_for_the_refresh_lock_of_another_client_of_the_same_store(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    """The refresh lock is the store's and the session key's, not the client's own: a refresh
    running in another client (another thread) of the same store is waited for, and its result
    used; a client of another ``client_id`` on the same store does not wait."""
    storage = rt.storage.MemoryStorage()
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage)
    client.set_session(fake.issue(expires_in=5))  # within the skew: the call refreshes first
    other_app = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage, client_id="app-2")
    other_app.set_session(fake.issue(expires_in=5))
    shared = rt.base._thread_lock_for(storage, "credentials_env-1")
    fresh = fake.issue()
    outcome: list[Any] = []
    with shared:
        worker = threading.Thread(target=lambda: outcome.append(client._call(op(rt, "getUserMe"))))
        worker.start()
        worker.join(0.2)
        assert worker.is_alive() and fake.requests == []  # waiting for the other client's refresh
        assert other_app._call(op(rt, "getUserMe")) == ME  # another key: not held up
        peer = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage)
        peer.set_session(fresh)  # the other client's refresh, stored
    worker.join(60)
    assert outcome == [ME]
    assert fake.count("/token") == 1  # other_app's own refresh only
    assert fake.requests[-1].headers["authorization"] == f"Bearer {fresh['access_token']}"


def test_an_async_call_waits_for_the_refresh_lock_of_another_client_of_the_same_file(
    rt: SimpleNamespace, fake: FakeAuth, tmp_path: Any
) -> None:
    """Two ``FileStorage`` objects of one file are one store: their clients share one task lock
    (``lock_identity``), so a refresh in one is waited for by the other and its result used."""
    path = tmp_path / "tokens.json"

    async def scenario() -> None:
        one = rt.storage.FileStorage(path)
        client = rt.base.AsyncAPIClient("env-1", transport=fake.transport(), storage=one)
        client.set_session(fake.issue(expires_in=5))  # within the skew: the call refreshes first
        other = rt.storage.FileStorage(path)
        fresh = fake.issue()
        lock = rt.base._task_lock_for(other, "credentials_env-1", asyncio.Lock())
        async with lock:
            task = asyncio.create_task(client._call(op(rt, "getUserMe")))
            for _ in range(20):
                await asyncio.sleep(0)
            assert not task.done() and fake.requests == []
            peer = rt.base.AsyncAPIClient("env-1", transport=fake.transport(), storage=other)
            peer.set_session(fresh)
        assert await asyncio.wait_for(task, 60) == ME
        assert fake.count("/token") == 0
        assert fake.requests[-1].headers["authorization"] == f"Bearer {fresh['access_token']}"

    asyncio.run(scenario())


def test_a_sync_call_waits_for_the_refresh_lock_of_another_client_of_the_same_file(
    rt: SimpleNamespace, fake: FakeAuth, tmp_path: Any
) -> None:
    path = tmp_path / "tokens.json"
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=rt.storage.FileStorage(path))
    client.set_session(fake.issue(expires_in=5))
    other = rt.storage.FileStorage(path)
    fresh = fake.issue()
    outcome: list[Any] = []
    with rt.base._thread_lock_for(other, "credentials_env-1"):
        worker = threading.Thread(target=lambda: outcome.append(client._call(op(rt, "getUserMe"))))
        worker.start()
        worker.join(0.2)
        assert worker.is_alive() and fake.requests == []
        rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=other).set_session(fresh)
    worker.join(60)
    assert outcome == [ME] and fake.count("/token") == 0
    assert fake.requests[-1].headers["authorization"] == f"Bearer {fresh['access_token']}"


# --- session bookkeeping: the stored form, the client's clock, a store that fails ----------------


class FailingStorage:
    """A store whose session record cannot be read, written or deleted (the device id can)."""

    def __init__(self, rt: SimpleNamespace, fail: set[str]) -> None:
        self.data: dict[str, str] = {}
        self.fail = fail
        self.error = rt.storage.StorageError

    def _check(self, what: str, key: str) -> None:
        if what in self.fail and key.startswith("credentials_"):
            raise self.error(f"cannot {what} /home/u/.tokens.json")

    def get(self, key: str) -> str | None:
        self._check("read", key)
        return self.data.get(key)

    def set(self, key: str, value: str) -> None:
        self._check("write", key)
        self.data[key] = value

    def delete(self, key: str) -> None:
        self._check("delete", key)
        self.data.pop(key, None)


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name == "cloudbase_auth" and r.levelno == logging.WARNING
    ]


def test_a_store_that_cannot_be_read_leaves_the_client_signed_out_with_a_warning(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"):
        client = rt.base.SyncAPIClient("env-1", storage=FailingStorage(rt, {"read"}))
    assert client.session is None
    assert warnings_of(caplog) == ["could not read the stored session: cannot read /home/u/.tokens.json"]


def test_a_store_that_cannot_be_written_keeps_the_session_in_memory_with_a_warning(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    client = rt.base.SyncAPIClient("env-1", storage=FailingStorage(rt, {"write"}))
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"):
        session = client.set_session({"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 60})
    assert client.session is session and session.access_token == "at-1"
    assert warnings_of(caplog) == ["could not persist the session: cannot write /home/u/.tokens.json"]


def test_a_store_that_cannot_delete_still_signs_the_client_out_with_a_warning(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    client = rt.base.SyncAPIClient("env-1", storage=FailingStorage(rt, {"delete"}))
    client.set_session({"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 60})
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"):
        client.clear_session()
    assert client.session is None
    assert warnings_of(caplog) == ["could not delete the stored session: cannot delete /home/u/.tokens.json"]


@pytest.mark.parametrize(
    ("stored", "warned"),
    [
        ("{garbled", True),
        ('{"refresh_token": "rt-1"}', True),  # an object without its access token
        ("[1, 2]", False),  # JSON, not an object: nothing to read
        ("null", False),
    ],
)
def test_a_stored_session_the_client_cannot_use_is_ignored(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture, stored: str, warned: bool
) -> None:
    storage = rt.storage.MemoryStorage()
    storage.set("credentials_env-1", stored)
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"):
        client = rt.base.SyncAPIClient("env-1", storage=storage)
    assert client.session is None
    expected = ["ignoring an unreadable stored session under 'credentials_env-1'"] if warned else []
    assert warnings_of(caplog) == expected


def test_the_session_is_stored_as_json_with_sorted_keys_and_read_back(rt: SimpleNamespace) -> None:
    storage = rt.storage.MemoryStorage()
    client = rt.base.SyncAPIClient("env-1", storage=storage, client_id="app-1")
    client._now = lambda: 1000.0
    session = client.set_session(
        {"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 60, "scope": "user"}
    )
    assert session.expires_at == 1060.0  # the client's clock, not the wall clock
    stored = storage.get("credentials_app-1")
    assert stored == json.dumps(session.to_dict(), sort_keys=True)
    assert list(json.loads(stored)) == sorted(session.to_dict())
    again = rt.base.SyncAPIClient("env-1", storage=storage, client_id="app-1")
    assert again.session == session
    # the three forms set_session takes: a token response, Session.to_dict() output, a Session
    assert client.set_session(session.to_dict()) == session
    assert client.set_session(session) is session and client.session is session


def test_a_token_answer_is_stored_with_the_clients_clock(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client._now = lambda: 1000.0
    client._call(op(rt, "signIn"), json={"username": fake.username, "password": fake.password})
    assert client.session is not None and client.session.expires_at == 1000.0 + 7200


def test_a_renewed_administrator_token_is_stored_with_the_clients_clock(rt: SimpleNamespace) -> None:
    service = AdminService(delay=0.0)
    storage = rt.storage.MemoryStorage()
    client = rt.base.SyncAPIClient(
        "env-1", transport=service.transport(), secret_id=SECRET_ID, secret_key=SECRET_KEY, storage=storage
    )
    client._call(op(rt, "getClientCredential"))
    client._now = lambda: 10**10  # the admin token has expired by the client's clock
    client._call(op(rt, "queryUser"), query={"phone": "1"})
    assert client.session.access_token == "admin-token-2" and client.session.expires_at == 10**10 + 432000
    assert json.loads(storage.get("credentials_env-1"))["access_token"] == "admin-token-2"


def test_the_refresh_before_a_call_goes_by_the_clients_clock(rt: SimpleNamespace, fake: FakeAuth) -> None:
    import time

    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    wall = time.time()
    client.set_session({**fake.issue(), "expires_in": 3600})  # an hour left by the wall clock
    client._now = lambda: wall + 3590  # 10 s left by the client's: within the 30 s skew
    assert client._call(op(rt, "getUserMe")) == ME
    assert fake.count("/token") == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_session_without_a_refresh_token_is_used_until_its_last_second(
    rt: SimpleNamespace, fake: FakeAuth, kind: str
) -> None:
    import time

    cls = rt.base.SyncAPIClient if kind == "sync" else rt.base.AsyncAPIClient
    client = cls("env-1", transport=fake.transport())
    body = fake.issue()
    del body["refresh_token"]
    wall = time.time()
    client._now = lambda: wall
    client.set_session({**body, "expires_in": 3600})
    client._now = lambda: wall + 3599.5  # half a second left: still usable, nothing to refresh with
    assert finish(client._call(op(rt, "getUserMe"))) == ME
    client._now = lambda: wall + 3600  # expired by the client's clock (not by the wall clock)
    with pytest.raises(rt.errors.NotSignedInError) as info:
        finish(client._call(op(rt, "getUserMe")))
    assert str(info.value) == "the session has expired and has no refresh token; sign in again"
    assert fake.count("/token") == 0 and fake.count("/user/me") == 1


def test_a_stored_session_with_the_same_refresh_token_but_a_new_access_token_is_adopted(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    """A refresh another client did with a refresh token that does not rotate: the store holds a
    new access token beside the same refresh token; that session is adopted, not refreshed again."""
    storage = rt.storage.MemoryStorage()
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage)
    old = fake.issue(expires_in=5)  # within the skew
    client.set_session(old)
    newer = {**fake.issue(), "refresh_token": old["refresh_token"]}
    rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage).set_session(newer)
    assert client._call(op(rt, "getUserMe")) == ME
    assert fake.count("/token") == 0
    assert fake.requests[-1].headers["authorization"] == f"Bearer {newer['access_token']}"
    assert client.session is not None and client.session.access_token == newer["access_token"]


# --- what a call logs at DEBUG: each attempt and each retry, secrets hidden ----------------------


def debug_lines(caplog: pytest.LogCaptureFixture, start: str) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "cloudbase_auth" and r.levelno == logging.DEBUG and r.getMessage().startswith(start)
    ]


def test_each_attempt_and_retry_is_logged_with_its_secrets_hidden(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    answers = iter(
        [httpx.Response(503, json={"error": "unavailable"}), httpx.Response(200, json={"exist": False})]
    )
    client = rt.base.SyncAPIClient(
        "env-1", transport=httpx.MockTransport(lambda r: next(answers)), max_retries=1
    )
    client._sleep, client._rand = (lambda s: None), (lambda: 0.0)
    caplog.set_level(logging.DEBUG, logger="cloudbase_auth")
    query = {"username": "bob", "sudo_token": "sudo-1", "encryptedData": "enc-1"}
    client._call(op(rt, "checkIfUserExist"), query=query, request_id="req-1")
    shown = "query={'username': 'bob', 'sudo_token': '[REDACTED]', 'encryptedData': '[REDACTED]', 'client_id': 'env-1'}"
    assert debug_lines(caplog, "request ") == [
        f"request GET /auth/v1/checkIfUserExist attempt={n} request_id=req-1 {shown} body=None"
        for n in (1, 2)
    ]
    assert debug_lines(caplog, "retry ") == [
        "retry GET /auth/v1/checkIfUserExist request_id=req-1 after attempt=1 (status 503) in 0.250s"
    ]


def test_a_request_body_is_logged_with_its_secrets_hidden_at_any_depth(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    client = rt.base.SyncAPIClient(
        "env-1", transport=httpx.MockTransport(lambda r: httpx.Response(200, json={}))
    )
    caplog.set_level(logging.DEBUG, logger="cloudbase_auth")
    body = {"username": "bob", "password": "pw-1", "encryptedData": "enc-2", "n": {"key": "k-1"}}
    client._call(op(rt, "resetPassword"), json=body, request_id="req-2")
    assert debug_lines(caplog, "request ") == [
        "request POST /auth/v1/reset attempt=1 request_id=req-2 query={'client_id': 'env-1'} "
        "body={'username': 'bob', 'password': '[REDACTED]', 'encryptedData': '[REDACTED]', 'n': {'key': '[REDACTED]'}}"
    ]


def test_nothing_is_logged_below_debug(rt: SimpleNamespace, caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([httpx.Response(503, json={}), httpx.Response(200, json={})])
    client = rt.base.SyncAPIClient(
        "env-1", transport=httpx.MockTransport(lambda r: next(answers)), max_retries=1
    )
    client._sleep = lambda s: None
    caplog.set_level(logging.INFO, logger="cloudbase_auth")
    client._call(op(rt, "checkIfUserExist"), query={"username": "bob"})
    assert [r for r in caplog.records if r.name == "cloudbase_auth"] == []


# --- what an error echoes: every secret of the client and of the request hidden ---------------------


def echo_service(extra: str = "") -> Callable[[httpx.Request], httpx.Response]:
    """A 400 whose description echoes the request: its authorization credential, its query and
    its JSON body values, bare (no ``key=value`` shape a pattern would catch)."""

    def answer(request: httpx.Request) -> httpx.Response:
        words = [request.headers.get("authorization", "").partition(" ")[2]]
        words += [v for _, v in request.url.params.multi_items()]

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                for v in value.values():
                    walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)
            else:
                words.append(str(value))

        if request.content:
            walk(json.loads(request.content))
        return httpx.Response(
            400, json={"error": "invalid_argument", "error_description": " ".join([*words, extra]).strip()}
        )

    return answer


def test_an_error_that_echoes_the_request_shows_none_of_its_secrets(rt: SimpleNamespace) -> None:
    known = ["client-secret-value", "secret-key-value-42", "temporary-session-token", "access-token-value"]
    known.append("refresh-token-value")
    client = rt.base.SyncAPIClient(
        "env-1",
        transport=httpx.MockTransport(echo_service(" ".join(known))),
        client_secret=known[0],
        secret_id=SECRET_ID,
        secret_key=known[1],
        session_token=known[2],
    )
    client.set_session({"access_token": known[3], "refresh_token": known[4], "expires_in": 7200})
    body = {
        "name": "visible-name",
        "password": ["pw-in-a-list", 41, {"k": "v-inside"}],
        "profile": {
            "token": "nested-token-value",
            "age": 42,
            "nick": "visible-nick",
            "more": [{"k": "visible-k"}],
        },
        "encryptedData": "spec-secret-value",
        "private_key": "builtin-secret-value",  # a secret name of the runtime's, not of the spec
        "plain": [{"x": "visible-in-list"}, 43],
    }
    with pytest.raises(rt.errors.APIStatusError) as info:
        client._call(
            op(rt, "editBasicUser"), json=body, query={"sudo_token": "sudo-token-value", "q": "visible-q"}
        )
    message = str(info.value)
    hidden = [
        *known,
        "pw-in-a-list",
        "nested-token-value",
        "v-inside",
        "spec-secret-value",
        "builtin-secret-value",
        "sudo-token-value",
    ]
    for secret in hidden:
        assert secret not in message, secret
    for visible in (
        "visible-name",
        "41",
        "42",
        "visible-k",
        "visible-nick",
        "visible-in-list",
        "43",
        "visible-q",
    ):
        assert visible in message, visible
    assert message.count("[REDACTED]") == len(hidden) + 1  # and the bearer token echoed first


def test_an_error_that_echoes_basic_credentials_does_not_show_them(rt: SimpleNamespace) -> None:
    client = rt.base.SyncAPIClient(
        "env-1", transport=httpx.MockTransport(echo_service()), client_id="app-1", client_secret="s3cret"
    )
    with pytest.raises(rt.errors.APIStatusError) as info:
        client._call(op(rt, "getAuthorizeInfo"), query={"client": "web-app"})
    assert str(info.value).startswith("invalid_argument (HTTP 400): [REDACTED] web-app app-1 [request_id=")
    assert "YXBwLTE6czNjcmV0" not in str(info.value)


# --- the answer's model, the path, the destination, which credential a call carries --------------


def test_an_answer_that_does_not_fit_the_model_says_which_field_or_which_kind(rt: SimpleNamespace) -> None:
    client = rt.base.SyncAPIClient(
        "env-1", transport=httpx.MockTransport(lambda r: httpx.Response(201, json={"n": "x"}))
    )

    def wrong_type(body: dict[str, Any]) -> Any:
        return int(body["n"])  # ValueError

    def bare_key_error(body: dict[str, Any]) -> Any:
        raise KeyError

    def attribute_error(body: dict[str, Any]) -> Any:
        return body["n"].missing

    cases = [
        (lambda body: body["missing"], "field 'missing' is missing"),
        (wrong_type, "a field does not have the type the spec gives it (ValueError)"),
        (bare_key_error, "a field does not have the type the spec gives it (KeyError)"),
        (attribute_error, "a field does not have the type the spec gives it (AttributeError)"),
    ]
    for parse, what in cases:
        with pytest.raises(rt.errors.InvalidResponseError) as info:
            client._call(op(rt, "checkIfUserExist"), query={"username": "b"}, request_id="req-7", parse=parse)
        assert str(info.value) == (
            "invalid_response (HTTP 201): the answer to checkIfUserExist is not what the spec promises: "
            f"{what} [request_id=req-7]"
        )
        assert info.value.status_code == 201 and info.value.request_id == "req-7"
        assert info.value.__cause__ is None and info.value.__suppress_context__
    assert (
        client._call(op(rt, "checkIfUserExist"), query={"username": "b"}, parse=lambda body: body["n"]) == "x"
    )


def test_a_missing_path_parameter_is_named_and_a_slash_in_one_is_encoded(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue())
    for given in (None, {}, {"provider_id": None}, {"other": "x"}):
        with pytest.raises(ValueError) as info:
            client._call(op(rt, "unbindProvider"), path_params=given)
        assert str(info.value) == "unbindProvider: missing path parameter 'provider_id'"
    client._call(op(rt, "unbindProvider"), path_params={"provider_id": "a/b c"})
    client._call(op(rt, "unbindProvider"), path_params={"provider_id": True})
    client._call(
        op(rt, "unbindProvider"), path_params={"provider_id": False}, query={"on": True, "off": False}
    )
    assert [r.url.raw_path for r in fake.requests] == [
        b"/auth/v1/user/provider/a%2Fb%20c",
        b"/auth/v1/user/provider/true",
        b"/auth/v1/user/provider/false?on=true&off=false",
    ]


def test_a_foreign_host_is_refused_naming_it_and_the_configured_one(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue())
    with pytest.raises(rt.errors.CloudBaseAuthError) as info:
        client._call(op(rt, "getUserMe"), extra_headers={"Host": "attacker.example"})
    assert str(info.value) == (
        "refusing to send credentials to 'attacker.example': "
        "the client is configured for 'env-1.api.tcloudbasegateway.com'"
    )
    # the configured host given as the Host header is no foreign host
    assert client._call(op(rt, "getUserMe"), extra_headers={"host": "env-1.api.tcloudbasegateway.com"}) == ME
    assert len(fake.requests) == 1


def test_a_call_without_credentials_carries_no_authorization(rt: SimpleNamespace) -> None:
    service = Service()
    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(service), client_secret="s3cret")
    client._call(op(rt, "signIn"), json={"username": "u", "password": "p"})
    client._call(op(rt, "verifyVerification"), json={})  # signed in now; still no token
    client.clear_session()
    client._call(op(rt, "requestDeviceCode"), json={})  # bearer_optional, signed out
    assert ["authorization" in r.headers for r in service.requests] == [False, False, False]


def test_a_signed_in_client_sends_its_token_where_a_call_takes_one(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), client_secret="s3cret")
    client.set_session(fake.issue())
    bearer = f"Bearer {client.session.access_token}"
    for name in ("requestDeviceCode", "getAuthorizeInfo", "getUserMe"):
        client._call(op(rt, name), json={} if name == "requestDeviceCode" else None)
    assert [r.headers["authorization"] for r in fake.requests] == [bearer] * 3
    # another header of the caller's does not replace the token
    client._call(op(rt, "getUserMe"), extra_headers={"X-Trace": "t-1"})
    assert (
        fake.requests[-1].headers["authorization"] == bearer and fake.requests[-1].headers["x-trace"] == "t-1"
    )


@pytest.mark.parametrize("header", ["Authorization", "authorization"])
def test_a_call_with_the_callers_own_authorization_does_not_end_the_clients_session(
    rt: SimpleNamespace, fake: FakeAuth, header: str
) -> None:
    """The caller signs another user out with that user's token: this client's session stays,
    and a refusal of the caller's token is not answered with this client's refresh."""
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    client.set_session(fake.issue())
    other = fake.issue()["access_token"]
    client._call(op(rt, "signOut"), json={}, extra_headers={header: f"Bearer {other}"})
    assert client.session is not None
    assert fake.requests[-1].headers["authorization"] == f"Bearer {other}"
    client._call(
        op(rt, "revokeToken"), json={"token": "someone-elses"}, extra_headers={header: f"Bearer {other}"}
    )
    assert client.session is not None
    with pytest.raises(rt.errors.APIStatusError) as info:
        client._call(op(rt, "getUserMe"), extra_headers={header: "Bearer revoked-elsewhere"})
    assert info.value.status_code == 401 and fake.count("/token") == 0


def test_revoking_this_sessions_refresh_token_ends_it_and_another_token_does_not(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue())
    client._call(op(rt, "revokeToken"), json={"token": "someone-elses-token"})
    assert client.session is not None
    client._call(op(rt, "revokeToken"), json={"token": client.session.refresh_token})
    assert client.session is None


@pytest.mark.parametrize(
    ("status", "error", "refreshed"),
    [
        (401, "invalid_token", True),  # a 401 whatever its error
        (400, "unauthenticated", True),  # the service's word for a refused token, whatever the status
        (402, "payment_required", False),
        (403, "permission_denied", False),
    ],
)
def test_only_a_refused_token_is_answered_with_a_refresh(
    rt: SimpleNamespace, fake: FakeAuth, status: int, error: str, refreshed: bool
) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    client.set_session(fake.issue())
    first = [True]

    def me(request: httpx.Request) -> httpx.Response:
        if first.pop() if first else False:
            return httpx.Response(status, json={"error": error, "error_description": "no"})
        return httpx.Response(200, json=ME)

    fake.overrides["/user/me"] = me
    if refreshed:
        assert client._call(op(rt, "getUserMe")) == ME
        assert fake.count("/token") == 1 and fake.count("/user/me") == 2
    else:
        with pytest.raises(rt.errors.APIStatusError) as info:
            client._call(op(rt, "getUserMe"))
        assert info.value.status_code == status and fake.count("/token") == 0


# --- module-level helpers: the region check, the httpx log filter, the version header -------------


CHINA = "ap-beijing, ap-chengdu, ap-chongqing, ap-guangzhou, ap-hongkong, ap-nanjing, ap-shanghai, ap-shanghai-fsi, ap-shenzhen-fsi"
INTL = (
    "ap-bangkok, ap-jakarta, ap-mumbai, ap-seoul, ap-singapore, ap-tokyo, eu-frankfurt, na-ashburn, "
    "na-siliconvalley, na-toronto, sa-saopaulo"
)


def test_an_unknown_region_lists_every_known_one(rt: SimpleNamespace) -> None:
    assert ", ".join(sorted(rt.operations.CHINA_REGIONS)) == CHINA
    assert ", ".join(sorted(rt.operations.INTL_REGIONS)) == INTL
    with pytest.raises(ValueError) as info:
        rt.base.SyncAPIClient("env-1", region="ap-shangai")
    assert str(info.value) == (
        f"unknown region 'ap-shangai': the known regions are {CHINA} (mainland China); {INTL} (international); "
        "for any other host pass base_url= (it ends in /auth/v1)"
    )


@pytest.mark.parametrize("listed", ["mainland", "international", "none"])
def test_the_region_check_follows_the_regions_the_spec_lists(
    rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch, listed: str
) -> None:
    """A spec that lists only mainland regions, only international ones, or none (what the
    rendered ``_operations`` then holds): a region outside the list is refused; with no list,
    none is."""
    if listed != "mainland":
        monkeypatch.setattr(rt.operations, "CHINA_REGIONS", frozenset())
    if listed != "international":
        monkeypatch.setattr(rt.operations, "INTL_REGIONS", frozenset())
    if listed == "none":
        client = rt.base.SyncAPIClient("env-1", region="anywhere-1")
        assert client.base_url == "https://env-1.api.intl.tcloudbasegateway.com/auth/v1"
        return
    known, other = (
        ("ap-shanghai", "ap-singapore") if listed == "mainland" else ("ap-singapore", "ap-shanghai")
    )
    rt.base.SyncAPIClient("env-1", region=known)
    with pytest.raises(ValueError) as info:
        rt.base.SyncAPIClient("env-1", region=other)
    if listed == "mainland":
        assert str(info.value) == (
            f"unknown region 'ap-singapore': the known regions are {CHINA}; "
            "for any other host pass base_url= (it ends in /auth/v1)"
        )
    else:
        assert str(info.value).startswith("unknown region 'ap-shanghai': the known regions are ")


def test_the_httpx_log_filter_hides_secret_query_values_in_every_form_of_record(
    rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """However a record of the ``httpx`` logger carries the URL (in its message, as a positional
    argument, as a URL object, in a mapping), a secret query value is hidden; nothing else changes;
    no record is dropped. Two clients install one filter, which knows the spec's secret names."""
    httpx_logger = logging.getLogger("httpx")
    monkeypatch.setattr(httpx_logger, "filters", [])
    rt.base.SyncAPIClient("env-1")
    rt.base.AsyncAPIClient("env-1")
    filters = [f for f in httpx_logger.filters if isinstance(f, rt.base._RedactQueryFilter)]
    assert len(filters) == 1
    caplog.set_level(logging.INFO, logger="httpx")
    url = "https://h/auth/v1/user/me?sudo_token=s-1&encryptedData=e-1&reason=ok"
    hidden = "https://h/auth/v1/user/me?sudo_token=[REDACTED]&encryptedData=[REDACTED]&reason=ok"
    httpx_logger.info(f"HTTP Request: DELETE {url}")
    httpx_logger.info("HTTP Request: %s %s", "DELETE", url)
    httpx_logger.info("HTTP Request: %s %s", "DELETE", httpx.URL(url))
    httpx_logger.info("HTTP Request: %(method)s %(url)s", {"method": "DELETE", "url": url})
    httpx_logger.info("a plain %s, %d", "line?", 5)
    httpx_logger.info(12345)  # not a string: nothing to look into
    httpx_logger.info("no query in %s", "https://h/auth/v1/user/me")
    assert [r.getMessage() for r in caplog.records if r.name == "httpx"] == [
        f"HTTP Request: DELETE {hidden}"
    ] * 4 + [
        "a plain line?, 5",
        "12345",
        "no query in https://h/auth/v1/user/me",
    ]


def test_a_url_argument_without_a_secret_is_passed_on_unchanged(
    rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpx_logger = logging.getLogger("httpx")
    monkeypatch.setattr(httpx_logger, "filters", [])
    rt.base.SyncAPIClient("env-1")
    (redact_filter,) = httpx_logger.filters
    plain = httpx.URL("https://h/auth/v1/x?reason=ok")
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "%s", (plain,), None)
    assert redact_filter.filter(record) is True
    assert record.args == (plain,) and record.args[0] is plain  # the same object, not its text


def test_the_sdk_version_header_names_the_installed_package_or_unknown(
    rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.metadata

    seen: list[str] = []

    def recorder(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["x-sdk-version"])
        return httpx.Response(200, json={})

    def sdk_call() -> None:
        rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(recorder))._call(
            op(rt, "checkIfUserExist"), query={"username": "b"}
        )

    monkeypatch.setattr(rt.base, "_sdk_version", None)
    sdk_call()
    assert seen[-1] == f"cloudbase-auth-python/{importlib.metadata.version('cloudbase-auth')}"

    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(rt.base, "_sdk_version", None)
    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    sdk_call()
    sdk_call()  # found once, kept
    assert seen[-2:] == ["cloudbase-auth-python/0+unknown"] * 2


# --- httpx's own transport: the call's deadline bounds every socket operation --------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_head_trickled_over_a_real_socket_is_cut_at_the_calls_deadline(
    rt: SimpleNamespace, kind: str
) -> None:
    """Each byte of the answer's head comes well within any read timeout, the head as a whole
    takes 2 s: only the deadline the client binds to its transport (``bind_deadlines``) ends
    the call at its 0.3 s. ``test_deadline.py`` checks the same against the installed package."""
    import time

    from .slow_server import SlowServer, response_head, trickle

    head = response_head(200, 2, f"x-padding: {'p' * 60}\r\n")
    with SlowServer(lambda n: trickle(head + b"{}", 0.02)) as server:
        cls = rt.base.SyncAPIClient if kind == "sync" else rt.base.AsyncAPIClient
        client = cls("env-1", base_url=server.base_url, timeout=0.3, max_retries=0)
        start = time.monotonic()
        with pytest.raises(rt.errors.APITimeoutError, match=r"took longer than the call's timeout of 0\.3s"):
            finish(client._call(op(rt, "signInAnonymously"), json={}))
        took = time.monotonic() - start
        finish(client.close())
    assert took < 1.2
    assert server.sent[0] < len(head)


def test_a_signed_out_client_ending_a_session_leaves_the_store_alone(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    """A client with no session of its own revokes a token (``revoke_token`` needs no session):
    the session another client of the same store keeps there stays."""
    storage = rt.storage.MemoryStorage()
    signed_out = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage)
    other = rt.base.SyncAPIClient("env-1", transport=fake.transport(), storage=storage)
    other._call(op(rt, "signIn"), json={"username": fake.username, "password": fake.password})
    fake.overrides["/revoke"] = lambda request: httpx.Response(200, json={})
    signed_out._call(op(rt, "revokeToken"), json={"token": "someone-elses-token"})
    assert signed_out.session is None
    assert json.loads(storage.get("credentials_env-1"))["access_token"] == other.session.access_token


def test_a_revoke_naming_no_token_of_text_ends_the_session_it_carried(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue())
    client._call(op(rt, "revokeToken"), json={"token": 12345})
    assert client.session is None


def test_an_error_of_a_call_without_the_token_still_hides_the_sessions_tokens(rt: SimpleNamespace) -> None:
    """The client's own secrets are hidden from any error, not only from the call that carried
    them: a call without a token (signed in, a call that takes none) whose error echoes them."""
    tokens = ["access-token-value", "refresh-token-value"]
    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(echo_service(" ".join(tokens))))
    client.set_session({"access_token": tokens[0], "refresh_token": tokens[1], "expires_in": 7200})
    with pytest.raises(rt.errors.APIStatusError) as info:
        client._call(op(rt, "checkIfUserExist"), query={"username": "visible-user"}, request_id="req-8")
    assert (
        str(info.value)
        == "invalid_argument (HTTP 400): visible-user env-1 [REDACTED] [REDACTED] [request_id=req-8]"
    )
