"""No secret in any repr, str, log record or exception text, over a full flow with DEBUG logging."""

from __future__ import annotations

import json
import logging
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .conftest import FakeAuth

CLIENT_SECRET = "client-secret-Zq8w"
VERIFICATION_CODE = "480913"
VERIFICATION_TOKEN = "vtoken-5d1c0ffee"
SUDO_PASSWORD = "Sudo-Pa55-Again"


def test_full_flow_leaks_nothing(
    rt: SimpleNamespace, fake: FakeAuth, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="cloudbase_auth")
    OperationSpec = rt.base.OperationSpec
    verify = OperationSpec("verifyVerification", "POST", "/verification/verify", "none", False, False, True)
    issued: list[dict[str, Any]] = []
    original_issue = fake.issue

    def issue(expires_in: int = 7200) -> dict[str, Any]:
        body = original_issue(expires_in)
        issued.append(body)
        return body

    fake.issue = issue  # type: ignore[method-assign]
    fake.overrides["/verification/verify"] = lambda r: httpx.Response(
        200, json={"verification_token": VERIFICATION_TOKEN, "expires_in": 600}
    )
    texts: list[str] = []
    client = rt.base.SyncAPIClient("env-1", client_secret=CLIENT_SECRET, transport=fake.transport())
    client._sleep = lambda _s: None
    ops = rt.operations.OPERATIONS

    # Wrong password: the service echoes it back in the description.
    with pytest.raises(rt.errors.APIStatusError) as bad_login:
        client._call(ops["signIn"], json={"username": fake.username, "password": fake.password + "-wrong"})
    texts += [str(bad_login.value), repr(bad_login.value)]

    client._call(verify, json={"verification_id": "vid-1", "verification_code": VERIFICATION_CODE})
    client._call(ops["signIn"], json={"username": fake.username, "password": fake.password})
    texts += [repr(client), str(client), repr(client.session), str(client.session)]
    client._call(ops["getUserMe"])
    sudo = client._call(ops["sudo"], json={"password": SUDO_PASSWORD})
    # Force a refresh (rotation) with logging on.
    client.refresh_session()
    texts += [repr(client.session), str(client.session)]
    # A 401 whose description echoes the bearer token.
    fake.overrides["/user/me"] = lambda r: httpx.Response(
        401,
        json={"error": "unauthenticated", "error_description": f"token {r.headers['authorization']} expired"},
    )
    with pytest.raises(rt.errors.Unauthenticated) as unauth:
        client._call(ops["getUserMe"])
    texts += [str(unauth.value), repr(unauth.value)]
    # Retries with a secret in the query string.
    fake.overrides["/user/me"] = lambda r: httpx.Response(503, json={"error": "unavailable"})
    with pytest.raises(rt.errors.APIStatusError) as unavailable:
        client._call(ops["deleteUserMe"], query={"sudo_token": sudo["sudo_token"]})
    texts += [str(unavailable.value), repr(unavailable.value)]
    del fake.overrides["/user/me"]
    client._call(ops["deleteUserMe"], query={"sudo_token": sudo["sudo_token"]})
    texts += [repr(client), repr(client._storage)]

    secrets = {
        fake.password,
        fake.password + "-wrong",
        CLIENT_SECRET,
        VERIFICATION_CODE,
        VERIFICATION_TOKEN,
        SUDO_PASSWORD,
        sudo["sudo_token"],
    }
    for body in issued:
        secrets.add(body["access_token"])
        secrets.add(body["refresh_token"])
    assert len(issued) >= 2  # sign-in and the refresh

    records = [r for r in caplog.records if r.name.startswith("cloudbase_auth")]
    assert any("request POST /auth/v1/token" in r.getMessage() for r in records)
    assert any("retry" in r.getMessage() for r in records)
    for record in records:
        texts.append(record.getMessage())
        texts.append(json.dumps(record.args, default=repr) if record.args else "")
    texts.append(caplog.text)
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"secret leaked into {text!r}"
    # The request that carried secrets was logged, with them redacted.
    assert any("[REDACTED]" in r.getMessage() and "/signin" in r.getMessage() for r in records)


def test_session_repr_and_str(rt: SimpleNamespace) -> None:
    s = rt.session.Session(
        access_token="AT-123456789", refresh_token="RT-987654321", sub="u1", expires_at=1.0
    )
    for text in (repr(s), str(s), f"{s}", f"{s!r}"):
        assert "AT-123456789" not in text and "RT-987654321" not in text
        assert "u1" in text and "[REDACTED]" in text


def test_redact_helpers(rt: SimpleNamespace) -> None:
    r = rt.redact
    data = {"username": "bob", "password": "p4ss", "nested": [{"refresh_token": "rt"}], "PRIVATE_KEY": "k"}
    assert r.redact(data) == {
        "username": "bob",
        "password": "[REDACTED]",
        "nested": [{"refresh_token": "[REDACTED]"}],
        "PRIVATE_KEY": "[REDACTED]",
    }
    assert r.redact({"pin": "1234"}, frozenset({"pin"})) == {"pin": "[REDACTED]"}
    assert r.redact_headers({"Authorization": "Bearer x", "X-Request-Id": "1"}) == {
        "Authorization": "[REDACTED]",
        "X-Request-Id": "1",
    }
    text = (
        "Authorization: Bearer abc.def-ghi, basic Zm9vOmJhcg==, jwt eyJhbGciOi.eyJzdWIi.c2ln, "
        '{"password": "hunter2"}, new_password=xyz&x=1, -----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----'
    )
    out = r.redact_text(text, ["never-appears"])
    for secret in ("abc.def-ghi", "Zm9vOmJhcg==", "eyJhbGciOi", "hunter2", "xyz", "MIIE"):
        assert secret not in out
    assert "x=1" in out
    assert r.redact_text("status code: 500 for token") == "status code: 500 for token"
    assert r.redact_text("my secret value here", ["secret value"]) == "my [REDACTED] here"
    assert r.redact_text(r.redact_text('password="a"')) == 'password="[REDACTED]"'
    # Fields the spec alone marks x-secret stay secret at any depth (mutation run: TESTING.md).
    nested = {"outer": {"pin": "1234"}, "list": [{"pin": "5678"}]}
    assert r.redact(nested, frozenset({"pin"})) == {
        "outer": {"pin": "[REDACTED]"},
        "list": [{"pin": "[REDACTED]"}],
    }


def test_a_four_character_password_echoed_in_an_error_is_hidden(rt: SimpleNamespace, fake: FakeAuth) -> None:
    """The shortest secret value removed from error text is 4 characters: a mistyped short
    password the service echoes must not show (mutants `len(s) > 4`, `len(s) >= 5`)."""
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    with pytest.raises(rt.errors.APIStatusError) as wrong:
        client._call(rt.operations.OPERATIONS["signIn"], json={"username": fake.username, "password": "Qx7z"})
    for text in (str(wrong.value), repr(wrong.value)):
        assert "wrong password [REDACTED] for alice" in text
        assert "Qx7z" not in text


def test_a_secret_that_ends_another_leaves_no_part_of_either(rt: SimpleNamespace, fake: FakeAuth) -> None:
    """A new password that ends with the old one: the longer value is removed first, so no
    fragment of it ("2026") is left in the error (mutants that sort the secrets otherwise)."""
    old, new = "Pa55word!", "2026Pa55word!"
    fake.overrides["/user/password"] = lambda r: httpx.Response(
        400,
        json={
            "error": "invalid_argument",
            "error_description": f"new password {json.loads(r.content)['new_password']} repeats the old one",
        },
    )
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    ops = rt.operations.OPERATIONS
    client._call(ops["signIn"], json={"username": fake.username, "password": fake.password})
    with pytest.raises(rt.errors.APIStatusError) as refused:
        client._call(ops["updatePassword"], json={"old_password": old, "new_password": new})
    for text in (str(refused.value), repr(refused.value)):
        assert "new password [REDACTED] repeats the old one" in text
        assert "2026" not in text


def test_httpx_request_lines_hide_secret_query_values(
    rt: SimpleNamespace, fake: FakeAuth, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx logs every request's URL at INFO; the client's filter on that logger hides the
    values of secret query parameters (built-in names and the spec's x-secret ones) and keeps
    the rest. Other packages' filters are set aside, so only this runtime's filter is tested."""
    httpx_logger = logging.getLogger("httpx")
    monkeypatch.setattr(httpx_logger, "filters", [])
    caplog.set_level(logging.INFO, logger="httpx")
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client._call(
        rt.operations.OPERATIONS["signIn"], json={"username": fake.username, "password": fake.password}
    )
    sudo_token, captcha_key, encrypted = "sudo-token-0123456789", "captcha-answer-42", "enc-data-77"
    client._call(
        rt.operations.OPERATIONS["deleteUserMe"],
        query={
            "sudo_token": sudo_token,
            "Key": captcha_key,
            "encryptedData": encrypted,
            "reason": "moving on",
        },
    )
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx" and "DELETE" in r.getMessage()]
    assert lines, [r.getMessage() for r in caplog.records]
    for line in lines:
        assert "?sudo_token=[REDACTED]&Key=[REDACTED]&encryptedData=[REDACTED]&reason=moving+on" in line, line
        assert sudo_token not in line and captcha_key not in line and encrypted not in line
