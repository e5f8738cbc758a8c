"""The request pipeline: URLs, headers, auth per operation, session bookkeeping, host pinning."""

from __future__ import annotations

import base64
import json
import re
import time
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .conftest import BASE_URL, FakeAuth

HEX32 = re.compile(r"[0-9a-f]{32}")


def make_client(rt: SimpleNamespace, handler: Any, **kwargs: Any) -> Any:
    transport = handler if isinstance(handler, httpx.BaseTransport) else httpx.MockTransport(handler)
    client = rt.base.SyncAPIClient("env-1", transport=transport, **kwargs)
    client._sleep = lambda _s: None
    return client


def op(rt: SimpleNamespace, name: str) -> Any:
    return rt.operations.OPERATIONS[name]


def basic_op(rt: SimpleNamespace) -> Any:
    """A Basic client-credentials operation (the spec may have none: built here, not looked up)."""
    return rt.base.OperationSpec("authorizeInfo", "GET", "/user/authorize/info", "basic", False, False, True)


def secret_basic_op(rt: SimpleNamespace) -> Any:
    return rt.base.OperationSpec(
        "clientCredential", "POST", "/token/clientCredential", "secret_basic", True, False, False
    )


def signed_in(rt: SimpleNamespace, fake: FakeAuth, **kwargs: Any) -> Any:
    client = make_client(rt, fake.transport(), **kwargs)
    client._call(op(rt, "signIn"), json={"username": fake.username, "password": fake.password})
    return client


def test_base_url_from_region_and_override(rt: SimpleNamespace) -> None:
    c = rt.base.SyncAPIClient("env-1")
    assert c.base_url == "https://env-1.api.tcloudbasegateway.com/auth/v1"
    assert rt.base.SyncAPIClient("env-1", region="ap-guangzhou").base_url == c.base_url
    assert (
        rt.base.SyncAPIClient("env-1", region="ap-singapore").base_url
        == "https://env-1.api.intl.tcloudbasegateway.com/auth/v1"
    )
    assert (
        rt.base.SyncAPIClient("env-1", base_url="http://127.0.0.1:8080/auth/v1/").base_url
        == "http://127.0.0.1:8080/auth/v1"
    )
    assert c.client_id == "env-1"
    assert rt.base.SyncAPIClient("env-1", client_id="app-7").client_id == "app-7"


@pytest.mark.parametrize("env_id", ["", "evil.com/x", "a b", "env@host"])
def test_env_id_cannot_change_the_host(rt: SimpleNamespace, env_id: str) -> None:
    with pytest.raises(ValueError):
        rt.base.SyncAPIClient(env_id)


def test_headers_query_and_body_on_a_no_auth_call(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"verification_id": "v", "expires_in": 600})

    client = make_client(rt, handler)
    body = client._call(op(rt, "sendVerification"), json={"phone_number": "+86 13800000000", "target": "ANY"})
    client._call(op(rt, "sendVerification"), json={"email": "a@b.c"}, request_id="my-request-id")
    assert body == {"verification_id": "v", "expires_in": 600}
    first, second = seen
    assert str(first.url) == BASE_URL + "/verification?client_id=env-1"
    assert first.method == "POST"
    assert first.headers["content-type"] == "application/json"
    assert json.loads(first.content) == {"phone_number": "+86 13800000000", "target": "ANY"}
    assert "authorization" not in first.headers
    assert HEX32.fullmatch(first.headers["x-request-id"])
    assert first.headers["x-request-id"] != second.headers["x-request-id"] == "my-request-id"
    assert first.headers["x-device-id"] == second.headers["x-device-id"] == client.device_id
    assert HEX32.fullmatch(client.device_id)
    assert first.headers["x-sdk-version"].startswith("cloudbase-auth-python/")


def test_path_params_are_percent_encoded_and_query_values_typed(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = signed_in(rt, fake)
    client._call(
        op(rt, "unbindProvider"),
        path_params={"provider_id": "we/ird id?#"},
        query={"with_user_center": True, "skip": None},
    )
    request = fake.requests[-1]
    assert request.url.raw_path == b"/auth/v1/user/provider/we%2Fird%20id%3F%23?with_user_center=true"
    assert "client_id" not in request.url.params  # bearer calls carry no client_id (reference 1.2)
    with pytest.raises(ValueError, match="provider_id"):
        client._call(op(rt, "unbindProvider"))


def test_sign_in_stores_a_session_and_bearer_calls_use_it(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = make_client(rt, fake.transport())
    assert client.session is None
    with pytest.raises(rt.errors.NotSignedInError):
        client._call(op(rt, "getUserMe"))
    assert fake.requests == []  # refused locally
    data = client._call(op(rt, "signIn"), json={"username": fake.username, "password": fake.password})
    session = client.session
    assert session is not None and session.access_token == data["access_token"]
    assert session.refresh_token == data["refresh_token"]
    assert session.sub == "9876543210123456789" and session.groups == ("user",)
    assert session.expires_at == pytest.approx(time.time() + 7200, abs=5)
    assert client._call(op(rt, "getUserMe"))["name"] == "Alice"
    assert fake.requests[-1].headers["authorization"] == f"Bearer {session.access_token}"


def test_sign_out_and_delete_clear_the_session(rt: SimpleNamespace, fake: FakeAuth) -> None:
    storage = rt.storage.MemoryStorage()
    client = signed_in(rt, fake, storage=storage)
    assert storage.get("credentials_env-1") is not None
    assert client._call(op(rt, "signOut"), json={}) == {}
    assert client.session is None and storage.get("credentials_env-1") is None
    client = signed_in(rt, fake, storage=storage)
    client._call(op(rt, "deleteUserMe"), query={"sudo_token": "sudo-token-0123456789"})
    assert client.session is None


def test_failed_clearing_call_keeps_the_session(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = signed_in(rt, fake)
    fake.overrides["/user/signout"] = lambda r: httpx.Response(500, json={"error": "internal"})
    with pytest.raises(rt.errors.InternalServerError):
        client._call(op(rt, "signOut"), json={})
    assert client.session is not None


def test_session_survives_a_new_client_on_the_same_storage(rt: SimpleNamespace, fake: FakeAuth) -> None:
    storage = rt.storage.MemoryStorage()
    first = signed_in(rt, fake, storage=storage)
    second = make_client(rt, fake.transport(), storage=storage)
    assert second.session == first.session
    assert second.device_id == first.device_id
    assert second._call(op(rt, "getUserMe"))["name"] == "Alice"


def test_set_and_clear_session(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = make_client(rt, fake.transport())
    s = client.set_session(fake.issue())
    assert client.session is s and s.expires_at is not None
    assert client.set_session(s.to_dict()) == s
    client.clear_session()
    assert client.session is None


def test_basic_auth_operations(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = make_client(rt, handler, client_id="app", client_secret="s3cret-value")
    client._call(basic_op(rt))
    assert seen[-1].headers["authorization"] == "Basic " + base64.b64encode(b"app:s3cret-value").decode()
    assert seen[-1].url.params["client_id"] == "app"
    anonymous = make_client(rt, handler)
    anonymous._call(basic_op(rt))
    assert seen[-1].headers["authorization"] == "Basic " + base64.b64encode(b"env-1:").decode()


def test_secret_basic_uses_the_configured_credentials_without_client_id_query(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"access_token": "admin-token-xyz", "token_type": "Bearer", "expires_in": 432000}
        )

    client = make_client(rt, handler, client_id="AKIDsecretid", client_secret="secretkey-value")
    client._call(secret_basic_op(rt), json={"grant_type": "client_credentials"})
    assert (
        seen[-1].headers["authorization"]
        == "Basic " + base64.b64encode(b"AKIDsecretid:secretkey-value").decode()
    )
    assert "client_id" not in seen[-1].url.params
    assert client.session is not None and client.session.refresh_token is None


def test_extra_headers_and_timeout_per_call(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = signed_in(rt, fake)
    client._call(op(rt, "getUserMe"), extra_headers={"Accept-Language": "en-US"}, timeout=3.5)
    request = fake.requests[-1]
    assert request.headers["accept-language"] == "en-US"
    assert request.extensions["timeout"] == httpx.Timeout(3.5).as_dict()
    client._call(op(rt, "getUserMe"))
    assert fake.requests[-1].extensions["timeout"] == rt.base.DEFAULT_TIMEOUT.as_dict()
    client._call(op(rt, "getUserMe"), timeout=rt.base.NOT_GIVEN)
    assert fake.requests[-1].extensions["timeout"] == rt.base.DEFAULT_TIMEOUT.as_dict()


def test_not_given_is_a_falsy_singleton_distinct_from_none(rt: SimpleNamespace) -> None:
    assert rt.base.NotGiven() is rt.base.NOT_GIVEN
    assert not rt.base.NOT_GIVEN and rt.base.NOT_GIVEN is not None
    assert repr(rt.base.NOT_GIVEN) == "NOT_GIVEN"


def test_token_never_sent_to_another_host(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = signed_in(rt, fake)
    token = client.session.access_token
    before = len(fake.requests)
    with pytest.raises(rt.errors.CloudBaseAuthError, match="refusing to send credentials"):
        client._call(op(rt, "getUserMe"), extra_headers={"Host": "attacker.example"})
    assert len(fake.requests) == before
    # The same for Basic credentials.
    basic = make_client(rt, fake.transport(), client_secret="client-secret-value")
    with pytest.raises(rt.errors.CloudBaseAuthError, match="refusing"):
        basic._call(basic_op(rt), extra_headers={"host": "attacker.example:443"})
    assert all(token not in r.headers.get("authorization", "") for r in fake.requests[before:])


def test_redirects_are_not_followed(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = signed_in(rt, fake)
    fake.overrides["/user/me"] = lambda r: httpx.Response(
        302, headers={"location": "https://attacker.example/steal"}
    )
    with pytest.raises(rt.errors.APIStatusError) as info:
        client._call(op(rt, "getUserMe"))
    assert info.value.status_code == 302
    assert all(r.url.host == "env-1.api.tcloudbasegateway.com" for r in fake.requests)


def test_caller_authorization_header_wins_without_a_session(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = make_client(rt, fake.transport())
    access = fake.issue()["access_token"]
    assert (
        client._call(op(rt, "getUserMe"), extra_headers={"Authorization": f"Bearer {access}"})["name"]
        == "Alice"
    )


def test_empty_and_non_json_answers(rt: SimpleNamespace) -> None:
    answers = iter(
        [httpx.Response(200, content=b""), httpx.Response(200, text="<html>"), httpx.Response(200, json=[1])]
    )
    client = make_client(rt, lambda r: next(answers))
    # Every success body is a JSON object ({} when there is nothing to say): a blank one is not.
    for problem in ("the answer is empty", "the answer is not JSON", "the answer is a JSON array"):
        with pytest.raises(rt.errors.InvalidResponseError) as info:
            client._call(op(rt, "sendVerification"), json={})
        assert info.value.error == "invalid_response" and isinstance(info.value, rt.errors.APIStatusError)
        assert str(info.value).startswith(f"invalid_response (HTTP 200): {problem}")


def test_context_manager_closes(rt: SimpleNamespace, fake: FakeAuth) -> None:
    with make_client(rt, fake.transport()) as client:
        pass
    assert client._http.is_closed
    assert "signed_in=False" in repr(client)


def test_device_id_given_is_kept(rt: SimpleNamespace) -> None:
    storage = rt.storage.MemoryStorage()
    client = rt.base.SyncAPIClient("env-1", device_id="my-device-0123456789", storage=storage)
    assert client.device_id == "my-device-0123456789"
    assert rt.base.SyncAPIClient("env-1", storage=storage).device_id == "my-device-0123456789"


@pytest.mark.anyio
async def test_async_client_basic_flow(rt: SimpleNamespace, fake: FakeAuth) -> None:
    async with rt.base.AsyncAPIClient("env-1", transport=fake.async_transport()) as client:
        await client._call(op(rt, "signIn"), json={"username": fake.username, "password": fake.password})
        assert client.session is not None
        assert (await client._call(op(rt, "getUserMe")))["name"] == "Alice"
        await client._call(op(rt, "signOut"), json={})
        assert client.session is None
        with pytest.raises(rt.errors.NotSignedInError):
            await client._call(op(rt, "getUserMe"))


def test_bearer_optional_sends_the_token_only_when_signed_in(rt: SimpleNamespace) -> None:
    """`security: [{}, {bearerAuth: []}]` (sendVerification): the SDK sends its token when it
    has one (needed for target=CUR_USER) and client_id otherwise."""
    optional = rt.base.OperationSpec(
        "sendVerification", "POST", "/verification", "bearer_optional", False, False, True
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"verification_id": "v", "expires_in": 600})

    client = make_client(rt, handler)
    client._call(optional, json={"email": "a@example.com", "target": "ANY"})
    assert "authorization" not in seen[-1].headers
    assert seen[-1].url.params["client_id"] == "env-1"
    client.set_session(
        {"access_token": "at-optional", "refresh_token": "rt", "expires_in": 7200, "token_type": "Bearer"}
    )
    client._call(optional, json={"target": "CUR_USER"})
    assert seen[-1].headers["authorization"] == "Bearer at-optional"
    assert "client_id" not in seen[-1].url.params
