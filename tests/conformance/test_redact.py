"""The redactor's two layers, each on its own (the end-to-end test in test_safety.py sees them
together, where one covers for the other): by name, and by value."""

from __future__ import annotations

import base64

import httpx

from generator.conformance.redact import REDACTED, Redactor


def _redactor() -> Redactor:
    return Redactor(
        secret_names={"access_token", "password", "sudo_token"}, declared_names={"error_code", "code", "sub"}
    )


def test_by_name_without_knowing_the_value() -> None:
    r = _redactor()
    shown = r.body({"access_token": "never-seen-before", "sub": "u1", "nested": [{"password": 12345678}]})
    assert shown == {"access_token": REDACTED, "sub": "u1", "nested": [{"password": REDACTED}]}
    # a field the spec does not declare, named like a secret, is one; declared names follow the spec
    assert r.body({"session_token": "x", "error_code": 4001, "code": "INVALID_ENV"}) == {
        "session_token": REDACTED, "error_code": 4001, "code": "INVALID_ENV",
    }  # fmt: skip


def test_by_value_wherever_it_appears() -> None:
    r = _redactor()
    r.learn_json(
        {"access_token": "eyJ.secret-access.sig", "sub": "not-a-secret", "deep": {"password": "Pw-123456!"}}
    )
    assert r.text("echo eyJ.secret-access.sig and Pw-123456! for not-a-secret") == (
        f"echo {REDACTED} and {REDACTED} for not-a-secret"
    )
    assert r.body({"message": "token eyJ.secret-access.sig expired"}) == {
        "message": f"token {REDACTED} expired"
    }


def test_requests_teach_their_credentials() -> None:
    r = _redactor()
    basic = base64.b64encode(b"client-id-1:client-secret-1").decode()
    r.learn_request(
        httpx.Request(
            "GET", "http://h/x?sudo_token=sudo.abcdefgh", headers={"Authorization": f"Basic {basic}"}
        )
    )
    r.learn_request(httpx.Request("GET", "http://h/y", headers={"Authorization": "Bearer bearer-token-1"}))
    text = r.text(f"{basic} client-secret-1 sudo.abcdefgh bearer-token-1")
    assert text == " ".join([REDACTED] * 4)
    assert (
        r.url(httpx.URL("http://user:pw@h/x?sudo_token=other&keep=1"))
        == f"http://h/x?sudo_token={REDACTED.replace('[', '%5B').replace(']', '%5D')}&keep=1"
    )


def test_short_codes_only_where_they_stand_alone() -> None:
    r = _redactor()
    r.add("123456")
    assert r.text("code 123456, request 9123456a, 123456") == f"code {REDACTED}, request 9123456a, {REDACTED}"


def test_a_pem_key_is_redacted_line_by_line_too() -> None:
    r = _redactor()
    key = "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASC\nBKgwggSkAgEAAoIBAQCbo52CPYZaIxuK\n-----END PRIVATE KEY-----\n"
    r.add(key)
    assert "MIIEvg" not in r.text("line: MIIEvgIBADANBgkqhkiG9w0BAQEFAASC")
