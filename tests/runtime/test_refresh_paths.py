"""``refresh_session()`` and the refresh before a call, through the runtime under test (the
`_base` mutation run of 2026-12-07, brief M5, the refresh paths): what each refusal says (no
session; a user's session without a refresh token, even one still valid: nothing is sent); an
administrator's session renewed by ``refresh_session()`` with the client's key pair; a session
cleared while a refresh waited for the lock.
"""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .conftest import FakeAuth
from .test_admin_renewal import SECRET_ID, SECRET_KEY, AdminService


def test_refreshing_without_a_session_says_to_sign_in(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    with pytest.raises(rt.errors.NotSignedInError) as info:
        client.refresh_session()
    assert str(info.value) == "no session to refresh: sign in first"
    assert fake.requests == []


def test_a_valid_session_without_a_refresh_token_cannot_be_refreshed(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    body = fake.issue()
    del body["refresh_token"]
    client.set_session(body)  # valid for two hours
    with pytest.raises(rt.errors.NotSignedInError) as info:
        client.refresh_session()
    assert str(info.value) == "the session has no refresh token"
    assert fake.requests == [] and client.session is not None  # kept: still usable until it expires


def test_refresh_session_renews_an_administrator_token_with_the_key_pair(rt: SimpleNamespace) -> None:
    service = AdminService(delay=0.0)
    client = rt.base.SyncAPIClient(
        "env-1", transport=service.transport(), secret_id=SECRET_ID, secret_key=SECRET_KEY
    )
    client._call(rt.operations.OPERATIONS["getClientCredential"])
    assert client.session.access_token == "admin-token-1"
    renewed = client.refresh_session()  # still valid: renewed because the caller asked
    assert renewed.access_token == "admin-token-2" and client.session is renewed
    assert renewed.scope == "admin" and renewed.refresh_token is None
    assert service.minted == 2 and service.tc3_headers[-1].startswith(f"TC3-HMAC-SHA256 Credential={SECRET_ID}/")


def held_lock_then(client: Any, action: Any, meanwhile: Any) -> Any:
    """Run ``action`` in a thread while the client's refresh lock is held (as by a refresh in
    another thread), do ``meanwhile``, let go; return what the action returned or raised."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(action())
        except Exception as exc:  # handed back to the test
            outcome.append(exc)

    with client._refresh_lock:
        worker = threading.Thread(target=run)
        worker.start()
        worker.join(0.2)  # now waiting for the lock
        meanwhile()
    worker.join(60)
    assert not worker.is_alive() and len(outcome) == 1
    return outcome[0]


def test_a_session_cleared_while_a_refresh_waited_says_so(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue())
    raised = held_lock_then(client, client.refresh_session, client.clear_session)
    assert isinstance(raised, rt.errors.NotSignedInError)
    assert str(raised) == "the session was cleared: sign in again"
    assert fake.count("/token") == 0


def test_a_session_cleared_while_a_call_waited_to_refresh_it_says_so(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue(expires_in=5))  # within the refresh skew: the call refreshes first
    raised = held_lock_then(
        client, lambda: client._call(rt.operations.OPERATIONS["getUserMe"]), client.clear_session
    )
    assert isinstance(raised, rt.errors.NotSignedInError)
    assert str(raised) == "the session was cleared: sign in again"
    assert fake.requests == []


def test_a_call_without_a_session_says_to_sign_in_first(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    with pytest.raises(rt.errors.NotSignedInError) as info:
        client._call(rt.operations.OPERATIONS["getUserMe"])
    assert str(info.value) == "this call needs a signed-in session: sign in first"
    assert fake.requests == []


def test_a_session_refreshed_while_a_call_waited_is_used_as_it_is(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue(expires_in=5))
    fresh = fake.issue()
    answer = held_lock_then(
        client, lambda: client._call(rt.operations.OPERATIONS["getUserMe"]), lambda: client.set_session(fresh)
    )
    assert answer == {"sub": "9876543210123456789", "name": "Alice"}
    assert fake.count("/token") == 0  # another thread's fresh session: no second refresh
    assert fake.requests[-1].headers["authorization"] == f"Bearer {fresh['access_token']}"


def test_a_refresh_answer_is_stored_and_used(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue(expires_in=5))
    client._call(rt.operations.OPERATIONS["getUserMe"])
    assert fake.count("/token") == 1
    new = client.session
    assert fake.requests[-1].headers["authorization"] == f"Bearer {new.access_token}"
    assert new.access_token in fake.valid_access and new.refresh_token in fake.valid_refresh
    assert httpx.URL(str(fake.requests[0].url)).path == "/auth/v1/token"


def test_a_call_refused_refreshed_and_resent_keeps_one_timeout(rt: SimpleNamespace, fake: FakeAuth) -> None:
    """The call's timeout covers the whole call: a resend after the refresh that a refused token
    forced gets what is left of it, not a fresh budget (brief M5, `_call`'s shared deadline)."""
    now = [1000.0]
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    client._monotonic = lambda: now[0]
    client.set_session(fake.issue())
    fake.valid_access.clear()  # revoked on the service's side: the first attempt is refused

    def slow_refresh(request: httpx.Request) -> httpx.Response:
        now[0] += 11.0  # the refresh ate the call's 10 s
        return httpx.Response(200, json=fake.issue())

    fake.overrides["/token"] = slow_refresh
    with pytest.raises(rt.errors.APITimeoutError) as info:
        client._call(rt.operations.OPERATIONS["getUserMe"], timeout=10.0, request_id="req-5")
    assert "the call's timeout was spent before attempt" in str(info.value)
    assert fake.count("/token") == 1 and fake.count("/user/me") == 1  # refused once, not resent


def test_a_sign_out_resent_after_a_refresh_still_ends_the_session(rt: SimpleNamespace, fake: FakeAuth) -> None:
    """Sign-out refused (the token was revoked), refreshed, resent and accepted: the client is
    signed out, not left holding the session it just ended (brief M5, `_call`)."""
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), max_retries=0)
    client.set_session(fake.issue())
    fake.valid_access.clear()
    client._call(rt.operations.OPERATIONS["signOut"], json={})
    assert fake.count("/token") == 1 and fake.count("/user/signout") == 2
    assert client.session is None
