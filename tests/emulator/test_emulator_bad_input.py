"""Bad input never gets a 500 or a traceback: a spec-shaped error body with a 4xx status."""

from __future__ import annotations

import json
import secrets

import httpx
import pytest

from emulator.testing import EmulatorApi


def _error(response: httpx.Response, status: int, error: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    body: dict[str, object] = response.json()
    assert set(body) == {"error", "error_code", "error_description"}, body
    assert body["error"] == error, body
    assert "Traceback" not in response.text
    return body


@pytest.mark.parametrize(
    "content",
    [b"{", b"{'username': 'a'}", b"\xff\xfe", b"[1, 2", b"null x", b"[" * 100_00 + b"]" * 100_00],
    ids=["truncated", "single-quotes", "not-utf8", "unclosed-array", "trailing", "deep-nesting"],
)
def test_malformed_json(api: EmulatorApi, content: bytes) -> None:
    _error(
        api.post("/signin", content=content, headers={"content-type": "application/json"}),
        400,
        "invalid_argument",
    )


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/signin", [1, 2]),
        ("/signin", "alice"),
        ("/signin", {"username": 42, "password": "x"}),
        ("/signup", {"verification_token": None}),
        ("/verification", {"email": "a@example.com", "target": "SOMEONE"}),
        ("/verification", {"email": ["a@example.com"], "target": "ANY"}),
        ("/verification/verify", {"verification_id": "vid.x", "verification_code": "12345"}),
        ("/verification/verify", {"verification_id": "vid.x", "verification_code": 123456}),
        ("/signin/custom", {"provider_id": "custom"}),
        ("/token", {"grant_type": 7}),
        ("/token", {}),
        ("/reset", {"verification_token": "vt.x", "new_password": True}),
    ],
)
def test_wrong_types_and_missing_fields(api: EmulatorApi, path: str, body: object) -> None:
    _error(api.post(path, json=body), 400, "invalid_argument")


def test_error_messages_never_echo_the_secret_value(api: EmulatorApi) -> None:
    secret = "S3cret-" + secrets.token_hex(8)
    body = _error(
        api.post("/user/sudo", token="x", json={"password": ["list", secret]}), 400, "invalid_argument"
    )
    assert secret not in json.dumps(body)


def test_oversized_bodies_are_capped(api: EmulatorApi) -> None:
    big = {"username": "a" * 70_000, "password": "x"}
    _error(api.post("/signin", json=big), 413, "invalid_argument")
    just_under = json.dumps({"username": "alice", "pad": "x" * 60_000})
    _error(api.post("/signin", content=just_under.encode()), 400, "invalid_argument")


def test_unknown_paths_and_methods(api: EmulatorApi) -> None:
    _error(api.get("/nope"), 404, "not_found")
    _error(
        api.post("/signin-anonymously", headers={"x-device-id": "d"}), 404, "not_found"
    )  # the old guide's path
    _error(api.get("/user/providers", token="x"), 404, "not_found")  # the old guide's plural
    _error(api.request("PATCH", "/user/me", json={}), 405, "invalid_argument")
    _error(api.get("/emulator/v1/nope"), 404, "not_found")
    _error(api.get("/emulator/v1/reset"), 405, "invalid_argument")


def test_missing_required_headers(api: EmulatorApi) -> None:
    _error(api.post("/signin/anonymously", json={}), 400, "invalid_argument")
    _error(
        api.post("/signin/with/provider", json={"provider_id": "github", "provider_token": "pt.x"}),
        400,
        "invalid_argument",
    )
    for path in ("/user/me", "/user/provider"):
        _error(api.get(path), 401, "unauthenticated")
    _error(api.get("/user/me", headers={"Authorization": "Basic Zm9vOmJhcg=="}), 401, "unauthenticated")


def test_expired_and_tampered_tokens(api: EmulatorApi) -> None:
    tokens = api.anonymous()
    access = tokens["access_token"]
    tampered = access[:-6] + ("AAAAAA" if not access.endswith("AAAAAA") else "BBBBBB")
    for token in ("garbage", "a.b.c", tampered, access.replace(".", "", 1)):
        _error(api.get("/user/me", token=token), 401, "unauthenticated")
        assert api.introspect(token) == {}
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 7200})
    _error(api.get("/user/me", token=access), 401, "unauthenticated")
    _error(api.post("/user/sudo", token=access, json={"password": "x"}), 401, "unauthenticated")


def test_bad_query_parameter_types(api: EmulatorApi) -> None:
    tokens = api.anonymous()
    _error(
        api.request(
            "DELETE",
            "/user/provider/github",
            token=tokens["access_token"],
            params={"with_user_center": "maybe"},
        ),
        400,
        "invalid_argument",
    )
    _error(api.get("/checkIfUserExist", params={"username": "x" * 65}), 400, "invalid_argument")


@pytest.mark.parametrize("content_type", [None, "text/plain", "text/plain;charset=UTF-8", "application/json"])
def test_json_bodies_with_any_content_type(api: EmulatorApi, content_type: str | None) -> None:
    """The official SDK sends a JSON string with no Content-Type, so fetch labels it text/plain."""
    headers = {"x-device-id": secrets.token_hex(16)}
    if content_type is not None:
        headers["content-type"] = content_type
    body = api.ok(
        "POST",
        "/verification",
        content=json.dumps({"email": f"{secrets.token_hex(4)}@example.com", "target": "ANY"}).encode(),
        headers=headers,
    )
    assert body["expires_in"] == 600


def test_request_id_is_echoed(api: EmulatorApi) -> None:
    response = api.post("/signin", json={}, headers={"x-request-id": "req-123"})
    assert response.headers["x-request-id"] == "req-123"
    _error(api.post("/signin", json={}, headers={"x-request-id": ""}), 400, "invalid_argument")


def test_empty_body_on_an_optional_body_operation(api: EmulatorApi) -> None:
    tokens = api.ok("POST", "/signin/anonymously", headers={"x-device-id": secrets.token_hex(16)})
    assert tokens["scope"] == "anonymous"
    assert api.ok("POST", "/user/signout", token=tokens["access_token"]) == {}


def test_lone_surrogates_in_strings(api: EmulatorApi) -> None:
    body = b'{"username": "\\ud800alice", "password": "\\udfffx"}'
    _error(api.post("/signin", content=body), 400, "invalid_argument")
    email = f"{secrets.token_hex(4)}@example.com"
    token = api.verification_token(email)
    signup = b'{"email": "%s", "verification_token": "%s", "name": "\\ud83d"}' % (
        email.encode(),
        token.encode(),
    )
    _error(api.post("/signup", content=signup), 400, "invalid_argument")


def test_the_official_sdk_wire_shape(api: EmulatorApi) -> None:
    """As @cloudbase/oauth sends it: a JSON string body with no Content-Type, client_id in the query,
    its headers of reference section 1.3 (including the literal `undefined` one a missing i18n gives),
    Basic client credentials on the automatic anonymous re-login, client_secret "" on refresh."""
    sdk_headers = {
        "x-device-id": secrets.token_hex(16),
        "x-request-id": secrets.token_hex(16),
        "X-SDK-Version": "@cloudbase/js-sdk/3.7.0",
        "Accept-Language": "zh-CN",
        "undefined": "undefined",
        "Authorization": "Basic ZW11bGF0b3ItZW52Og==",  # base64("emulator-env:")
    }
    signed_in = api.ok(
        "POST",
        "/signin/anonymously",
        params={"client_id": "emulator-env"},
        content=b"{}",
        headers=sdk_headers,
    )
    refresh = {
        "client_id": "emulator-env",
        "client_secret": "",
        "grant_type": "refresh_token",
        "refresh_token": signed_in["refresh_token"],
    }
    headers = {k: v for k, v in sdk_headers.items() if k != "Authorization"}
    refreshed = api.ok(
        "POST",
        "/token",
        params={"client_id": "emulator-env"},
        content=json.dumps(refresh).encode(),
        headers=headers,
    )
    assert refreshed["sub"] == signed_in["sub"]
    # signOut() of the SDK: {token} and no Authorization header
    assert (
        api.ok(
            "POST", "/revoke", params={"client_id": "emulator-env"}, json={"token": refreshed["access_token"]}
        )
        == {}
    )
    assert api.introspect(refreshed["access_token"]) == {}
