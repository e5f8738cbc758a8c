"""The request a call sends, through the runtime under test (the `_base` mutation run of
2026-12-07, brief M5, `_ClientCore._prepare`): query values (None left out wherever it stands,
lists repeated, the caller's own ``client_id`` kept once), the request id a caller gives as a
header, no body on a call without one, and the key-pair-signed calls: the caller's own
``Authorization`` kept, a foreign host refused before anything is signed and sent.
"""

from __future__ import annotations

import base64
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .test_admin_renewal import SECRET_ID, SECRET_KEY, AdminService


def recording(rt: SimpleNamespace, answer: httpx.Response | None = None, **kwargs: Any) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer if answer is not None else httpx.Response(200, json={"exist": False})

    return rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler), max_retries=0, **kwargs), seen


def check_user(rt: SimpleNamespace, client: Any, **kwargs: Any) -> Any:
    return client._call(rt.operations.OPERATIONS["checkIfUserExist"], **kwargs)


def test_none_query_values_are_left_out_wherever_they_stand(rt: SimpleNamespace) -> None:
    client, seen = recording(rt)
    check_user(rt, client, query={"phone_number": None, "username": "bob", "email": None})
    assert seen[-1].url.query == b"username=bob&client_id=env-1"


def test_a_list_query_value_is_sent_once_per_item(rt: SimpleNamespace) -> None:
    client, seen = recording(rt)
    check_user(rt, client, query={"username": ["bob", "ann"], "verbose": True})
    assert seen[-1].url.query == b"username=bob&username=ann&verbose=true&client_id=env-1"


def test_the_callers_own_client_id_is_kept_once(rt: SimpleNamespace) -> None:
    client, seen = recording(rt)
    check_user(rt, client, query={"username": "bob", "client_id": "app-2"})
    assert seen[-1].url.params.get_list("client_id") == ["app-2"]


def test_a_request_id_given_as_a_header_is_the_calls_request_id(rt: SimpleNamespace) -> None:
    client, seen = recording(rt, httpx.Response(400, json={"error": "invalid_argument", "error_description": "no"}))
    with pytest.raises(rt.errors.APIStatusError) as info:
        check_user(rt, client, query={"username": "bob"}, extra_headers={"X-Request-Id": "caller-rid-1"})
    assert seen[-1].headers.get_list("x-request-id") == ["caller-rid-1"]
    assert info.value.request_id == "caller-rid-1"
    # the argument wins over the header
    with pytest.raises(rt.errors.APIStatusError) as info:
        check_user(rt, client, request_id="arg-rid", extra_headers={"x-request-id": "header-rid"})
    assert seen[-1].headers.get_list("x-request-id") == ["arg-rid"] and info.value.request_id == "arg-rid"


def test_a_call_without_a_body_sends_none(rt: SimpleNamespace) -> None:
    client, seen = recording(rt)
    check_user(rt, client, query={"username": "bob"})
    request = seen[-1]
    assert request.method == "GET" and request.content == b""
    assert "content-type" not in request.headers and "content-length" not in request.headers
    assert request.headers["accept"] == "application/json"


def test_a_signed_call_keeps_the_callers_own_authorization(rt: SimpleNamespace) -> None:
    service = AdminService(delay=0.0)
    client = rt.base.SyncAPIClient("env-1", transport=service.transport())  # no key pair
    client._call(
        rt.operations.OPERATIONS["getClientCredential"],
        extra_headers={"Authorization": "TC3-HMAC-SHA256 Credential=signed-elsewhere"},
    )
    assert service.tc3_headers == ["TC3-HMAC-SHA256 Credential=signed-elsewhere"]


def test_a_signed_call_to_another_host_is_refused_before_it_is_sent(rt: SimpleNamespace) -> None:
    service = AdminService(delay=0.0)
    client = rt.base.SyncAPIClient(
        "env-1", transport=service.transport(), secret_id=SECRET_ID, secret_key=SECRET_KEY
    )
    with pytest.raises(rt.errors.CloudBaseAuthError, match=r"refusing to send credentials to 'attacker\.example'"):
        client._call(rt.operations.OPERATIONS["getClientCredential"], extra_headers={"Host": "attacker.example"})
    assert service.minted == 0


def test_an_unknown_auth_kind_is_named(rt: SimpleNamespace) -> None:
    client, seen = recording(rt)
    odd = rt.base.OperationSpec("oddCall", "GET", "/odd", "digest", False, False, False)
    with pytest.raises(ValueError) as info:
        client._call(odd)
    assert str(info.value) == "oddCall: unknown auth kind 'digest'"
    assert seen == []


def test_an_error_that_echoes_the_basic_credential_does_not_show_it(rt: SimpleNamespace) -> None:
    """The encoded ``client_id:client_secret`` the request carried is redacted from the error,
    like the secret itself (a service or proxy that echoes the header it refused)."""
    encoded = base64.b64encode(b"app-1:client-secret-value").decode()
    client, seen = recording(
        rt,
        httpx.Response(
            401, json={"error": "unauthenticated", "error_description": f"refused credential {encoded} here"}
        ),
        client_id="app-1",
        client_secret="client-secret-value",
    )
    basic = rt.base.OperationSpec("authorizeInfo", "GET", "/user/authorize/info", "basic", False, False, True)
    with pytest.raises(rt.errors.APIStatusError) as info:
        client._call(basic)
    assert seen[-1].headers["authorization"] == f"Basic {encoded}"  # it was sent
    assert encoded not in str(info.value) and "refused credential " in str(info.value)
