"""The client's set-up (``_ClientCore.__init__``), through the runtime under test (the `_base`
mutation run of 2026-12-07, brief M7): every refusal and its exact message, the gateway a region
picks, what a given ``base_url`` becomes (user name and password dropped with a warning, the
trailing ``/`` only), the settings a call then carries (timeout, key pair, storage key, the
spec's own secret names). ``test_hardening.py`` and ``test_regions.py`` check some of the same
against the installed package, which a mutation run does not reach.
"""

from __future__ import annotations

import json
import logging
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

EMULATOR = "http://127.0.0.1:8080/auth/v1"


class Recorder:
    """Answers every request with ``answer`` (default ``{}``), keeping the requests."""

    def __init__(self, answer: httpx.Response | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer if self.answer is not None else httpx.Response(200, json={})


def client_with(rt: SimpleNamespace, recorder: Recorder, env_id: str = "env-1", **kwargs: Any) -> Any:
    return rt.base.SyncAPIClient(env_id, transport=httpx.MockTransport(recorder), **kwargs)


def check_user(rt: SimpleNamespace, client: Any, **kwargs: Any) -> Any:
    return client._call(rt.operations.OPERATIONS["checkIfUserExist"], query={"username": "bob"}, **kwargs)


def refused(rt: SimpleNamespace, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(ValueError) as info:
        rt.base.SyncAPIClient(*args, **kwargs)
    return str(info.value)


@pytest.mark.parametrize("env_id", ["", None, 123])
def test_env_id_must_be_a_non_empty_string(rt: SimpleNamespace, env_id: Any) -> None:
    assert refused(rt, env_id) == "env_id must be a non-empty string"
    assert refused(rt, env_id, base_url=EMULATOR) == "env_id must be a non-empty string"


@pytest.mark.parametrize("env_id", ["env.1", "a b", "-env", "env/x"])
def test_an_env_id_the_gateway_host_cannot_hold_is_refused_unless_base_url_is_given(
    rt: SimpleNamespace, env_id: str
) -> None:
    assert refused(rt, env_id) == "env_id may only hold letters, digits, '-' and '_' (or pass base_url=)"
    client = rt.base.SyncAPIClient(env_id, base_url=EMULATOR)
    assert (client.env_id, client.base_url, client.client_id) == (env_id, EMULATOR, env_id)


def test_max_retries_below_zero_is_refused_and_zero_is_allowed(rt: SimpleNamespace) -> None:
    assert refused(rt, "env-1", max_retries=-1) == "max_retries must be >= 0"
    recorder = Recorder(httpx.Response(503, json={"error": "unavailable"}))
    client = client_with(rt, recorder, max_retries=0)
    client._sleep = pytest.fail
    with pytest.raises(rt.errors.Unavailable):
        check_user(rt, client)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("size", [0, -1, True, False, 1.5, "10", None])
def test_max_response_bytes_must_be_a_positive_whole_number(rt: SimpleNamespace, size: Any) -> None:
    assert (
        refused(rt, "env-1", max_response_bytes=size)
        == "max_response_bytes must be a positive number of bytes"
    )


def test_the_smallest_max_response_bytes_is_one_byte(rt: SimpleNamespace) -> None:
    client = client_with(rt, Recorder(httpx.Response(200, content=b"{}")), max_response_bytes=1)
    with pytest.raises(rt.errors.ResponseTooLargeError, match="larger than 1 bytes"):
        check_user(rt, client)
    client = client_with(rt, Recorder(httpx.Response(200, content=b"{}")), max_response_bytes=2)
    assert check_user(rt, client) == {}


@pytest.mark.parametrize(
    ("region", "host"),
    [
        ("ap-shanghai", "env-1.api.tcloudbasegateway.com"),
        ("ap-guangzhou", "env-1.api.tcloudbasegateway.com"),
        ("ap-singapore", "env-1.api.intl.tcloudbasegateway.com"),
    ],
)
def test_a_region_picks_its_gateway_and_the_request_goes_there(
    rt: SimpleNamespace, region: str, host: str
) -> None:
    recorder = Recorder()
    client = client_with(rt, recorder, region=region)
    assert client.base_url == f"https://{host}/auth/v1"
    check_user(rt, client)
    assert (
        str(recorder.requests[0].url)
        == f"https://{host}/auth/v1/checkIfUserExist?username=bob&client_id=env-1"
    )


def test_an_unknown_region_is_refused_even_with_a_base_url(rt: SimpleNamespace) -> None:
    assert "unknown region 'ap-shangai'" in refused(rt, "env-1", region="ap-shangai")
    assert "unknown region 'ap-shangai'" in refused(rt, "env-1", region="ap-shangai", base_url=EMULATOR)


@pytest.mark.parametrize(("url", "kind"), [("http://[::1", "InvalidURL"), (123, "TypeError")])
def test_a_base_url_that_is_no_url_names_why(rt: SimpleNamespace, url: Any, kind: str) -> None:
    assert refused(rt, "env-1", base_url=url) == f"base_url is not a URL: {kind}"


@pytest.mark.parametrize("url", ["ftp://host.example/auth/v1", "http:///auth/v1", "/auth/v1", "host/auth/v1"])
def test_a_base_url_must_be_absolute_http_or_https(rt: SimpleNamespace, url: str) -> None:
    assert refused(rt, "env-1", base_url=url) == "base_url must be an absolute http(s) URL"


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/auth/v1", "https://auth.example.com/auth/v1"])
def test_http_and_https_base_urls_are_used_as_given(rt: SimpleNamespace, url: str) -> None:
    recorder = Recorder()
    client = client_with(rt, recorder, base_url=url + "/")
    assert client.base_url == url
    check_user(rt, client)
    assert str(recorder.requests[0].url).startswith(url + "/checkIfUserExist?")


def test_only_the_trailing_slash_of_a_base_url_is_dropped(rt: SimpleNamespace) -> None:
    # A path ending in another character than "/" keeps it (here an "X").
    assert rt.base.SyncAPIClient("env-1", base_url="http://127.0.0.1:8080/prefiX/").base_url == (
        "http://127.0.0.1:8080/prefiX"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://auth.example.com/auth/v1?region=x",
        "https://auth.example.com/auth/v1#top",
        "https://auth.example.com/auth/v1?",
    ],
)
def test_a_base_url_with_a_query_or_a_fragment_is_refused_saying_why(rt: SimpleNamespace, url: str) -> None:
    assert refused(rt, "env-1", base_url=url) == (
        "base_url must not have a query (?...) or a fragment (#...): operation paths are appended to it, so "
        "requests would go to the wrong path (got https://auth.example.com/auth/v1...)"
    )


def test_a_user_name_and_password_in_base_url_are_dropped_with_a_warning(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder()
    with caplog.at_level(logging.WARNING, logger="cloudbase_auth"):
        client = client_with(rt, recorder, base_url="http://admin:hunter2@127.0.0.1:8080/auth/v1")
    assert [r.getMessage() for r in caplog.records if r.name == "cloudbase_auth"] == [
        "base_url: the user name and password in it are ignored (not sent, not shown)"
    ]
    assert client.base_url == EMULATOR
    assert "hunter2" not in repr(client) and "admin" not in repr(client)
    check_user(rt, client)
    request = recorder.requests[0]
    assert str(request.url).startswith(EMULATOR + "/checkIfUserExist?")
    assert "authorization" not in request.headers


def test_the_client_id_defaults_to_the_env_id_and_the_secret_goes_in_basic_credentials(
    rt: SimpleNamespace,
) -> None:
    import base64

    # The spec may have no Basic operation: one built here, not looked up.
    basic_op = rt.base.OperationSpec(
        "authorizeInfo", "GET", "/user/authorize/info", "basic", False, False, True
    )
    for kwargs, user in (({}, "env-1"), ({"client_id": "app-7"}, "app-7")):
        recorder = Recorder()
        client = client_with(rt, recorder, client_secret="s3cr3t-value", **kwargs)
        assert client.client_id == user
        client._call(basic_op)
        expected = "Basic " + base64.b64encode(f"{user}:s3cr3t-value".encode()).decode()
        assert recorder.requests[0].headers["authorization"] == expected


@pytest.mark.parametrize("timeout", [2.5, httpx.Timeout(4.0, connect=1.5)])
def test_the_clients_timeout_is_what_a_call_without_its_own_carries(
    rt: SimpleNamespace, timeout: Any
) -> None:
    recorder = Recorder()
    client = client_with(rt, recorder, timeout=timeout)
    check_user(rt, client)
    expected = httpx.Timeout(timeout).as_dict()
    assert recorder.requests[0].extensions["timeout"] == expected
    assert client._deadline(rt.base.NOT_GIVEN).budget == (timeout if isinstance(timeout, float) else 4.0)


@pytest.mark.parametrize("given", [{"secret_id": "AKIDonly"}, {"secret_key": "key-only"}])
def test_half_an_api_key_pair_is_refused(rt: SimpleNamespace, given: dict[str, str]) -> None:
    assert refused(rt, "env-1", **given) == (
        "pass secret_id and secret_key together (the API key pair), or neither"
    )


def test_the_key_pair_and_its_session_token_sign_the_admin_call(rt: SimpleNamespace) -> None:
    recorder = Recorder(
        httpx.Response(
            200, json={"token_type": "Bearer", "access_token": "admin-1", "expires_in": 60, "scope": "admin"}
        )
    )
    client = client_with(
        rt, recorder, secret_id="AKIDexample0001", secret_key="key-0123456789", session_token="tmp-token-42"
    )
    client._call(rt.operations.OPERATIONS["getClientCredential"])
    authorization = recorder.requests[0].headers["authorization"]
    assert authorization.startswith("TC3-HMAC-SHA256 Credential=AKIDexample0001/")
    assert authorization.endswith(", Token=tmp-token-42")
    assert client.session is not None and client.session.access_token == "admin-1"


def test_without_a_key_pair_the_admin_call_says_what_to_pass(rt: SimpleNamespace) -> None:
    recorder = Recorder()
    client = client_with(rt, recorder)
    with pytest.raises(ValueError, match="getClientCredential is signed with an API key pair"):
        client._call(rt.operations.OPERATIONS["getClientCredential"])
    assert recorder.requests == []


def test_the_session_is_stored_under_the_clients_own_key(rt: SimpleNamespace) -> None:
    token = {"token_type": "Bearer", "access_token": "at-1", "refresh_token": "rt-1", "expires_in": 7200}
    storage = rt.storage.MemoryStorage()
    client = client_with(rt, Recorder(httpx.Response(200, json=token)), storage=storage, client_id="app-7")
    client._call(rt.operations.OPERATIONS["signIn"], json={"username": "u", "password": "p"})
    assert json.loads(storage.get("credentials_app-7"))["access_token"] == "at-1"
    again = rt.base.SyncAPIClient("env-1", client_id="app-7", storage=storage)
    assert again.session is not None and again.session.access_token == "at-1"
    assert rt.base.SyncAPIClient("env-1", storage=storage).session is None  # another client id


def test_a_secret_named_only_by_the_spec_is_hidden_in_the_debug_log(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    # "encryptedData" and "key" are x-secret in the spec, not built-in names of the redactor.
    assert "encrypteddata" not in rt.redact.BUILTIN_SECRET_FIELDS
    client = client_with(rt, Recorder())
    with caplog.at_level(logging.DEBUG, logger="cloudbase_auth"):
        client._call(
            rt.operations.OPERATIONS["signIn"], json={"encryptedData": "very-secret-blob", "key": "k-1"}
        )
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "body={'encryptedData': '[REDACTED]', 'key': '[REDACTED]'}" in text
    assert "very-secret-blob" not in text
