"""The emulator side of the spec fixes of issue 21 item 6: sign-up with a provider token alone,
`PATCH /user/profile` with a username, the refresh token's lifetime, open status values,
`need_weda_resource`. Each runs in-process and over loopback HTTP (the ``api`` fixture), with
every answer checked against the spec by the emulator itself."""

from __future__ import annotations

import secrets
from typing import Any

import httpx

from emulator.testing import PASSWORD, EmulatorApi

WECHAT_APP = "wx6b6b6b6b6b6b6b6b"


def _error(response: httpx.Response, status: int, error: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["error"] == error, body
    return body


def _device() -> dict[str, str]:
    return {"x-device-id": secrets.token_hex(8)}


def _provider_token(api: EmulatorApi, code: str | None = None) -> str:
    body = {"provider_id": "github", "provider_code": code or secrets.token_hex(6)}
    return str(api.ok("POST", "/provider/token", headers=_device(), json=body)["provider_token"])


# signUp: provider_token alone ---------------------------------------------------------------------


def test_sign_up_with_a_provider_token_alone(api: EmulatorApi) -> None:
    code = secrets.token_hex(6)
    username = f"gh{secrets.token_hex(3)}"
    signed_up = api.ok(
        "POST",
        "/signup",
        json={"provider_token": _provider_token(api, code), "username": username, "password": PASSWORD},
    )
    me = api.ok("GET", "/user/me", token=signed_up["access_token"])
    assert me["username"] == username and "email" not in me and "phone_number" not in me
    assert [p["id"] for p in me["providers"]] == ["github"]
    # the identity signs in to that account from now on, and so do the username and password
    again = api.ok(
        "POST",
        "/signin/with/provider",
        headers=_device(),
        json={"provider_token": _provider_token(api, code)},
    )
    assert again["sub"] == signed_up["sub"]
    assert (
        api.ok("POST", "/signin", json={"username": username, "password": PASSWORD})["sub"]
        == signed_up["sub"]
    )
    history = api.ok("GET", "/user/security/history", token=signed_up["access_token"])["data"]
    assert history[-1]["meta"] == {"from": "github"}  # the sign-up, oldest


def test_sign_up_needs_a_verification_token_or_a_provider_token(api: EmulatorApi) -> None:
    _error(api.post("/signup", json={"username": "nobody1", "password": PASSWORD}), 400, "invalid_argument")
    _error(api.post("/signup", json={"provider_token": "", "password": PASSWORD}), 400, "invalid_argument")
    # a phone number or an email is proved by its verification token, never by a provider token
    body = _error(
        api.post("/signup", json={"provider_token": _provider_token(api), "email": "x@example.com"}),
        400,
        "invalid_argument",
    )
    assert "verification_token" in body["error_description"]
    _error(api.post("/signup", json={"provider_token": "pt.unknown"}), 400, "invalid_grant")
    assert api.ok("GET", "/emulator/v1/users")["total"] == 0


def test_sign_up_with_the_provider_token_of_an_identity_that_has_an_account(api: EmulatorApi) -> None:
    code = secrets.token_hex(6)
    api.ok(
        "POST",
        "/signin/with/provider",
        headers=_device(),
        json={"provider_token": _provider_token(api, code)},
    )
    _error(api.post("/signup", json={"provider_token": _provider_token(api, code)}), 400, "invalid_grant")
    assert api.ok("GET", "/emulator/v1/users")["total"] == 1


def test_sign_up_with_both_tokens_binds_the_identity_to_the_verified_account(api: EmulatorApi) -> None:
    email = f"both-{secrets.token_hex(4)}@example.com"
    signed_up = api.sign_up(email, provider_token=_provider_token(api))
    me = api.ok("GET", "/user/me", token=signed_up["access_token"])
    assert me["email"] == email and [p["id"] for p in me["providers"]] == ["github"]


# PATCH /user/profile: username ----------------------------------------------------------------


def test_set_user_profile_changes_the_username(api: EmulatorApi) -> None:
    alice = api.sign_up(f"alice-{secrets.token_hex(4)}@example.com")
    bob = api.sign_up(f"bob-{secrets.token_hex(4)}@example.com", username=f"bob{secrets.token_hex(3)}")
    name = f"alice{secrets.token_hex(3)}"
    profile = api.ok("PATCH", "/user/profile", token=alice["access_token"], json={"username": name})
    assert profile["username"] == name and profile["sub"] == alice["sub"]
    assert api.ok("POST", "/signin", json={"username": name, "password": PASSWORD})["sub"] == alice["sub"]
    bobs = api.ok("GET", "/user/me", token=bob["access_token"])["username"]
    _error(
        api.request("PATCH", "/user/profile", token=alice["access_token"], json={"username": bobs}),
        409,
        "username_already_exists",
    )
    _error(
        api.request(
            "PATCH", "/user/profile", token=alice["access_token"], json={"username": "alice@example.org"}
        ),
        400,
        "invalid_argument",
    )
    log = api.ok(
        "GET",
        "/user/security/history",
        token=alice["access_token"],
        params={"ne_query[action]": "USER_LOGIN"},
    )
    assert [entry["meta"]["from"] for entry in log["data"]] == ["username"]
    assert api.ok("GET", "/user/me", token=alice["access_token"])["username"] == name


# the refresh token lives 2592000 s in the emulator (the spec states both documented values) ------


def test_the_refresh_token_lives_2592000_seconds(api: EmulatorApi) -> None:
    tokens = api.sign_up(f"r-{secrets.token_hex(4)}@example.com")
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 2_592_000 - 10})
    refreshed = api.ok(
        "POST", "/token", json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    )
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 10})  # 30 days after sign-in, not 31
    _error(
        api.post("/token", json={"grant_type": "refresh_token", "refresh_token": refreshed["refresh_token"]}),
        400,
        "invalid_grant",
    )


# open status values ---------------------------------------------------------------------------


def test_a_user_status_the_spec_does_not_list_is_answered_as_it_is(api: EmulatorApi) -> None:
    user = api.sign_up(f"s-{secrets.token_hex(4)}@example.com")
    api.ok("POST", f"/emulator/v1/users/{user['sub']}/status", json={"status": "FROZEN"})
    # the emulator checks its answers against the spec in tests: an open string passes
    assert api.ok("GET", "/user/me", token=user["access_token"])["status"] == "FROZEN"
    _error(
        api.post(f"/emulator/v1/users/{user['sub']}/status", json={"status": "lower"}),
        400,
        "invalid_argument",
    )
    _error(api.post("/emulator/v1/users/nobody/status", json={"status": "ACTIVE"}), 404, "not_found")
    api.ok("POST", f"/emulator/v1/users/{user['sub']}/status", json={"status": "BLOCKED"})
    _error(
        api.post(
            "/signin",
            json={
                "username": api.ok("GET", "/user/me", token=user["access_token"])["email"],
                "password": PASSWORD,
            },
        ),
        403,
        "user_blocked",
    )


def test_a_qr_code_status_the_spec_does_not_list_is_answered_as_it_is(api: EmulatorApi) -> None:
    api.ok("POST", "/emulator/v1/wechat/apps", json={"appid": WECHAT_APP})
    where = {"envId": api.ok("GET", "/emulator/v1/health")["env_id"], "wxAppId": WECHAT_APP}
    qr_id = api.ok("POST", "/qrcode/generate", json=where)["qr_code_id"]
    api.ok("POST", f"/emulator/v1/qrcodes/{qr_id}", json={"status": "SCANNED_ELSEWHERE"})
    status = api.ok("POST", "/qrcode/get/status", json={"qrCodeId": qr_id, **where})
    assert status["status"] == "SCANNED_ELSEWHERE" and 0 < status["expires_in"] <= 300


# need_weda_resource -------------------------------------------------------------------------


def test_need_weda_resource_is_sent_when_the_environment_says_so(api: EmulatorApi) -> None:
    email = f"w-{secrets.token_hex(4)}@example.com"
    assert "need_weda_resource" not in api.sign_up(email)
    answer = api.ok("POST", "/emulator/v1/weda", json={"need_weda_resource": True})
    assert answer == {"id": "weda", "provider_sub_type": "", "need_weda_resource": True}
    signed_in = api.ok("POST", "/signin", json={"username": email, "password": PASSWORD})
    assert signed_in["need_weda_resource"] is True
    assert api.anonymous()["need_weda_resource"] is True
    refreshed = api.ok(
        "POST", "/token", json={"grant_type": "refresh_token", "refresh_token": signed_in["refresh_token"]}
    )
    assert refreshed["need_weda_resource"] is True
    admin = api.ok(
        "POST",
        "/token",
        headers={"Authorization": api.admin_basic()},
        json={"grant_type": "client_credentials"},
    )
    assert "need_weda_resource" not in admin  # an administrator's token is no user's sign-in
    api.ok("POST", "/emulator/v1/weda", json={"need_weda_resource": False})
    assert "need_weda_resource" not in api.ok(
        "POST", "/signin", json={"username": email, "password": PASSWORD}
    )
    _error(api.post("/emulator/v1/weda", json={}), 400, "invalid_argument")
    _error(api.post("/emulator/v1/weda", json={"need_weda_resource": "yes"}), 400, "invalid_argument")
