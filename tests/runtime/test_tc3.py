"""TC3-HMAC-SHA256 signing (templates/python/runtime/_tc3.py): byte-for-byte parity with the
signature @cloudbase/node-sdk puts on `POST /auth/v1/token/clientCredential`, the client's own
signed request, and the gateway error class."""

from __future__ import annotations

import importlib
import json
import pickle
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from .conftest import PACKAGE

NODE_PARITY = Path(__file__).resolve().parent / "node_parity"
NPM_INSTALL = "npm ci --prefix tests/runtime/node_parity"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLEkey"


@pytest.fixture(scope="module")
def tc3(rt: SimpleNamespace) -> Any:
    return importlib.import_module(f"{PACKAGE}._tc3")


def node_client_credential(payload: dict[str, Any]) -> dict[str, Any]:
    """The request node-sdk's auth().getClientCredential() builds (its HTTP layer stubbed)."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: cannot compare with @cloudbase/node-sdk")
    if not (NODE_PARITY / "node_modules" / "@cloudbase" / "node-sdk").is_dir():
        pytest.fail(f"@cloudbase/node-sdk is not installed for the parity test: run `{NPM_INSTALL}` first")
    done = subprocess.run(
        [node, str(NODE_PARITY / "client_credential.js")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout)
    assert "error" not in result, result
    return result


PARITY_CASES = [
    # env, region, secret id, secret key, session token, now (ms)
    ("my-env-1a2b", None, "AKIDz8krbsJ5yKBZQpn74WFkmLPx3example", SECRET_KEY, None, 1_764_640_800_123),
    ("intl-env", "ap-singapore", "AKIDintl", "k" * 40, "temporary-session-token", 1_700_000_000_999),
    # just after midnight UTC: the date in the scope is the one of (now - 1 s)
    ("env-x", "ap-guangzhou", "AKID0", "secret with spaces & ünïcode", None, 1_767_225_600_500),
]


@pytest.mark.parametrize(("env", "region", "secret_id", "secret_key", "token", "now_ms"), PARITY_CASES)
def test_signature_is_byte_for_byte_node_sdk(
    tc3: Any, env: str, region: str | None, secret_id: str, secret_key: str, token: str | None, now_ms: int
) -> None:
    payload: dict[str, Any] = {"env": env, "secretId": secret_id, "secretKey": secret_key, "now": now_ms}
    if region:
        payload["region"] = region
    if token:
        payload["sessionToken"] = token
    sent = node_client_credential(payload)
    headers = {k: str(v) for k, v in sent["headers"].items() if k.lower() != "authorization"}
    url = urlsplit(sent["url"])
    ours = tc3.tc3_authorization(
        tc3.TC3Credentials(secret_id, secret_key, token),
        method=sent["method"],
        path=url.path,
        query=url.query,
        headers=headers,
        body=sent["body"].encode("utf-8"),
        timestamp=now_ms // 1000 - 1,
        signed_headers=None,  # node-sdk signs every header it sends
    )
    assert ours == sent["headers"]["Authorization"]
    assert sent["body"] == '{"grant_type":"client_credentials"}'


def test_another_key_body_or_time_changes_the_signature(tc3: Any) -> None:
    creds = tc3.TC3Credentials("AKID1", SECRET_KEY)
    base = {
        "method": "POST",
        "path": "/auth/v1/token/clientCredential",
        "query": "",
        "headers": {"content-type": "application/json", "host": "e.api.tcloudbasegateway.com"},
        "body": b'{"grant_type":"client_credentials"}',
        "timestamp": 1_764_640_800,
    }
    reference = tc3.tc3_authorization(creds, **base)
    assert reference.startswith(
        "TC3-HMAC-SHA256 Credential=AKID1/2025-12-02/tcb/tc3_request, SignedHeaders=content-type;host, "
    )
    assert reference.endswith(", Timestamp=1764640800")
    assert tc3.tc3_authorization(tc3.TC3Credentials("AKID1", SECRET_KEY + "x"), **base) != reference
    assert tc3.tc3_authorization(creds, **{**base, "body": b'{"grant_type":"password"}'}) != reference
    assert tc3.tc3_authorization(creds, **{**base, "timestamp": 1_764_640_801}) != reference
    assert (
        tc3.tc3_authorization(creds, **{**base, "headers": {**base["headers"], "host": "evil"}}) != reference
    )


def test_credentials_hide_the_secret_and_refuse_empty_values(tc3: Any) -> None:
    creds = tc3.TC3Credentials("AKID1", SECRET_KEY)
    assert SECRET_KEY not in repr(creds) and "AKID1" in repr(creds)
    with pytest.raises(ValueError, match="secret_key"):
        tc3.TC3Credentials("AKID1", "")
    with pytest.raises(ValueError, match="secret_id"):
        tc3.TC3Credentials(" ", SECRET_KEY)
    with pytest.raises(ValueError, match="no host header"):
        tc3.tc3_authorization(
            creds, method="POST", path="/", query="", headers={"content-type": "x"}, body=b"", timestamp=1
        )


def test_the_client_signs_its_own_request(rt: SimpleNamespace, tc3: Any) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            json={
                "token_type": "Bearer",
                "access_token": "eyJ.admin.sig",
                "expires_in": 432000,
                "scope": "admin",
            },
        )

    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler), max_retries=0)
    client._now = lambda: 1_764_640_800.7
    op = rt.base.OperationSpec(
        "getClientCredential", "POST", "/token/clientCredential", "tc3", True, False, False
    )
    creds = tc3.TC3Credentials("AKIDclient", SECRET_KEY)
    client._call(op, json={"grant_type": "client_credentials"}, tc3=creds)
    (request,) = seen
    assert request.content == b'{"grant_type":"client_credentials"}'
    assert "client_id" not in request.url.params  # node-sdk sends none on this call
    expected = tc3.tc3_authorization(
        creds,
        method="POST",
        path="/auth/v1/token/clientCredential",
        query="",
        headers=request.headers,
        body=request.content,
        timestamp=1_764_640_799,  # the current second minus one, as node-sdk
    )
    assert request.headers["authorization"] == expected
    wire = str(request.url) + str(dict(request.headers)) + request.content.decode()
    assert SECRET_KEY not in wire
    with pytest.raises(ValueError, match="secret_id and secret_key"):
        client._call(op, json={"grant_type": "client_credentials"})


def _answering(rt: SimpleNamespace, status: int, body: Any) -> Any:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    return rt.base.SyncAPIClient("env-1", transport=transport, max_retries=0)


def test_gateway_errors_are_typed_and_keep_their_status_class(rt: SimpleNamespace) -> None:
    op = rt.operations.OPERATIONS["sendVerification"]
    body = {"code": "INVALID_ENV", "message": "env not found", "requestId": "gw-42"}
    with pytest.raises(rt.errors.GatewayError) as info:
        _answering(rt, 200, body)._call(op, json={}, request_id="req-7")
    error = info.value
    assert (error.code, error.message, error.request_id) == ("INVALID_ENV", "env not found", "req-7")
    assert error.gateway_request_id == "gw-42" and "req-7" in str(error)
    with pytest.raises(rt.errors.RateLimitError) as limited:
        _answering(rt, 429, {"code": "EXCEED_RATELIMIT", "message": "slow down"})._call(op, json={})
    assert isinstance(limited.value, rt.errors.GatewayError) and limited.value.status_code == 429
    again = pickle.loads(pickle.dumps(limited.value))
    assert type(again) is type(limited.value) and again.code == "EXCEED_RATELIMIT"
    # a service error is not a gateway error
    with pytest.raises(rt.errors.APIStatusError) as service:
        _answering(rt, 400, {"error": "invalid_argument", "error_description": "x"})._call(op, json={})
    assert not isinstance(service.value, rt.errors.GatewayError)


def test_gateway_error_never_shows_a_secret(rt: SimpleNamespace) -> None:
    op = rt.operations.OPERATIONS["sendVerification"]
    password = "Pa55word!secret-value"
    body = {"code": "BAD_REQUEST", "message": f"cannot parse password={password}", "requestId": password}
    with pytest.raises(rt.errors.GatewayError) as info:
        _answering(rt, 400, body)._call(op, json={"password": password})
    assert password not in str(info.value) + repr(info.value) + (info.value.gateway_request_id or "")
