"""What the session says about itself and when the client refreshes it, at its edges: a token
answer without ``expires_in``, the client's own clock, ``Session.expired``, ``scope``.

Written for the survivors of the mutation run on ``_session.py`` (TESTING.md).
"""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .conftest import FakeAuth


def op(rt: SimpleNamespace, name: str) -> Any:
    return rt.operations.OPERATIONS[name]


def client_for(rt: SimpleNamespace, fake: FakeAuth, **kwargs: Any) -> Any:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport(), **kwargs)
    client._sleep = lambda _s: None
    return client


def sign_in(rt: SimpleNamespace, fake: FakeAuth, client: Any) -> None:
    client._call(op(rt, "signIn"), json={"username": fake.username, "password": fake.password})


def test_a_session_without_expires_in_is_used_as_is_and_never_refreshed(
    rt: SimpleNamespace, fake: FakeAuth
) -> None:
    """Unknown expiry means "never expires": no refresh before each call, and a second client on
    the same storage loads the session and uses it as it is."""

    def sign_in_without_expiry(_request: httpx.Request) -> httpx.Response:
        body = fake.issue()
        del body["expires_in"]
        return httpx.Response(200, json=body)

    fake.overrides["/signin"] = sign_in_without_expiry
    storage = rt.storage.MemoryStorage()
    first = client_for(rt, fake, storage=storage)
    sign_in(rt, fake, first)
    assert first.session.expires_at is None and first.session.expired is False
    first._call(op(rt, "getUserMe"))
    first._call(op(rt, "getUserMe"))
    second = client_for(rt, fake, storage=storage)
    assert second.session == first.session
    assert second._call(op(rt, "getUserMe"))["name"] == "Alice"
    assert fake.count("/token") == 0


def test_the_client_refreshes_by_its_own_clock(rt: SimpleNamespace, fake: FakeAuth) -> None:
    """Expiry is judged by the client's clock (``_now``), not a second reading of the system's:
    two hours on, the next call refreshes first, once."""
    client = client_for(rt, fake)
    sign_in(rt, fake, client)
    client._call(op(rt, "getUserMe"))
    assert fake.count("/token") == 0
    client._now = lambda: time.time() + 7200
    client._call(op(rt, "getUserMe"))
    assert fake.count("/token") == 1


def test_session_expired_and_scope(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = client_for(rt, fake)
    sign_in(rt, fake, client)
    session = client.session
    assert session.scope == "user"
    assert session.token_type == "Bearer"
    assert session.expired is False
    past = rt.session.Session(access_token="AT-123456789", expires_at=time.time() - 1)
    assert past.expired is True
    assert rt.session.Session(access_token="AT-123456789").expired is False


def test_session_repr_says_whether_there_is_a_refresh_token(rt: SimpleNamespace) -> None:
    Session = rt.session.Session
    assert repr(Session(access_token="AT-123456789")).endswith("access_token=[REDACTED], refresh_token=None)")
    assert repr(Session(access_token="AT-123456789", refresh_token="RT-987654321")).endswith(
        "access_token=[REDACTED], refresh_token=[REDACTED])"
    )


def test_set_session_refuses_an_empty_access_token(rt: SimpleNamespace, fake: FakeAuth) -> None:
    """Both shapes ``set_session`` takes (a token response, ``to_dict()`` output) need a real
    access token; nothing is adopted otherwise."""
    client = client_for(rt, fake)
    for given in ({"access_token": "", "expires_in": 7200}, {"access_token": ""}, {"access_token": 7}):
        with pytest.raises(ValueError, match="no access_token"):
            client.set_session(given)
        assert client.session is None
