"""Every flow of the reference, each run in-process and over loopback HTTP."""

from __future__ import annotations

import base64
import secrets
import time

import jwt

from emulator.testing import NEW_PASSWORD, PASSWORD, EmulatorApi


def _error(response: object, status: int, error: str) -> None:
    import httpx

    assert isinstance(response, httpx.Response)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error, body
    assert isinstance(body["error_code"], int)
    assert isinstance(body["error_description"], str)


def test_password_sign_in_by_username_email_and_password_grant(api: EmulatorApi) -> None:
    email = f"alice-{secrets.token_hex(3)}@example.com"
    signed_up = api.sign_up(email, username=f"alice{secrets.token_hex(3)}")
    me = api.ok("GET", "/user/me", token=signed_up["access_token"])
    for login in (me["username"], email):
        tokens = api.ok("POST", "/signin", json={"username": login, "password": PASSWORD})
        assert tokens["sub"] == signed_up["sub"]
        assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 7200 and tokens["scope"] == "user"
        assert tokens["refresh_token"].startswith("m.")
    granted = api.ok(
        "POST", "/token", json={"grant_type": "password", "username": email, "password": PASSWORD}
    )
    assert granted["sub"] == signed_up["sub"]
    _error(
        api.post("/signin", json={"username": email, "password": "wrong"}),
        400,
        "invalid_username_or_password",
    )
    _error(
        api.post("/signin", json={"username": "nobody", "password": "x"}), 400, "invalid_username_or_password"
    )
    _error(api.post("/signin", json={"username": email}), 400, "invalid_argument")


def test_sms_sign_up_then_sign_in_with_verification_token(api: EmulatorApi) -> None:
    phone = f"+86 138{secrets.randbelow(10**8):08d}"
    signed_up = api.sign_up(phone, name="Alice")
    me = api.ok("GET", "/user/me", token=signed_up["access_token"])
    assert me["phone_number"] == phone and me["name"] == "Alice" and me["has_password"] is True
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    sent = api.ok("POST", "/verification", json={"phone_number": phone, "target": "USER", "usage": "SIGN_IN"})
    assert sent["is_user"] is True and sent["expires_in"] == 600
    # the rate limit (one code per target per 60 s) applies to the second code
    _error(
        api.post("/verification", json={"phone_number": phone, "target": "USER"}), 429, "rate_limit_exceeded"
    )


def test_sign_in_with_verification_token(api: EmulatorApi) -> None:
    email = f"v-{secrets.token_hex(3)}@example.com"
    signed_up = api.sign_up(email)
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    token = api.verification_token(email)
    tokens = api.ok("POST", "/signin", json={"username": email, "verification_token": token})
    assert tokens["sub"] == signed_up["sub"]
    # a verification token is spent once
    _error(
        api.post("/signin", json={"username": email, "verification_token": token}),
        400,
        "invalid_verification_code",
    )
    stranger = f"s-{secrets.token_hex(3)}@example.com"
    _error(
        api.post(
            "/signin", json={"username": stranger, "verification_token": api.verification_token(stranger)}
        ),
        404,
        "user_not_found",
    )


def test_email_sign_up_and_duplicates(api: EmulatorApi) -> None:
    email = f"Bob-{secrets.token_hex(3)}@Example.com"
    signed_up = api.sign_up(email, username="bob-" + secrets.token_hex(3))
    me = api.ok("GET", "/user/me", token=signed_up["access_token"])
    assert me["email"] == email.lower()
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    token = api.verification_token(email)
    _error(
        api.post("/signup", json={"email": email, "verification_token": token}),
        409,
        "username_already_exists",
    )
    other = f"c-{secrets.token_hex(3)}@example.com"
    token = api.verification_token(other)
    _error(
        api.post("/signup", json={"email": other, "verification_token": token, "username": me["username"]}),
        409,
        "username_already_exists",
    )
    # the failed sign-up did not spend the token
    api.ok("POST", "/signup", json={"email": other, "verification_token": token})
    _error(
        api.post("/signup", json={"email": other, "verification_token": "vt.nope"}),
        400,
        "invalid_verification_code",
    )


def test_verification_rules(api: EmulatorApi) -> None:
    email = f"v-{secrets.token_hex(3)}@example.com"
    _error(api.post("/verification", json={"email": email, "target": "USER"}), 404, "user_not_found")
    _error(api.post("/verification", json={"target": "ANY"}), 400, "invalid_argument")
    _error(
        api.post("/verification", json={"email": email, "phone_number": "+86 13800000000", "target": "ANY"}),
        400,
        "invalid_argument",
    )
    _error(
        api.post("/verification", json={"phone_number": "+86 12", "target": "ANY"}),
        400,
        "invalid_phone_number",
    )
    sent = api.ok("POST", "/verification", json={"email": email, "target": "ANY"})
    code = api.latest_code(email)
    assert len(code["code"]) == 6 and code["code"].isdigit() and code["target"] == email
    wrong = f"{(int(code['code']) + 1) % 1_000_000:06d}"
    _error(
        api.post(
            "/verification/verify",
            json={"verification_id": sent["verification_id"], "verification_code": wrong},
        ),
        400,
        "invalid_verification_code",
    )
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 601})
    _error(
        api.post(
            "/verification/verify",
            json={"verification_id": sent["verification_id"], "verification_code": code["code"]},
        ),
        400,
        "invalid_verification_code",
    )
    # 600 s later the resend window is long gone
    fresh = api.ok("POST", "/verification", json={"email": email, "target": "NOT_USER"})
    assert fresh["is_user"] is False


def test_verification_attempts_are_limited(api: EmulatorApi) -> None:
    email = f"a-{secrets.token_hex(3)}@example.com"
    sent = api.ok("POST", "/verification", json={"email": email, "target": "ANY"})
    code = api.latest_code(email)["code"]
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for _ in range(5):
        api.post(
            "/verification/verify",
            json={"verification_id": sent["verification_id"], "verification_code": wrong},
        )
    _error(
        api.post(
            "/verification/verify",
            json={"verification_id": sent["verification_id"], "verification_code": code},
        ),
        400,
        "invalid_verification_code",
    )


def test_anonymous_sign_in_is_per_device(api: EmulatorApi) -> None:
    device = secrets.token_hex(16)
    first, again, other = api.anonymous(device), api.anonymous(device), api.anonymous()
    assert first["sub"] == again["sub"] != other["sub"]
    assert first["scope"] == "anonymous" and first["groups"] == []
    me = api.ok("GET", "/user/me", token=first["access_token"])
    assert me["sub"] == first["sub"] and me["has_password"] is False
    _error(api.post("/signin/anonymously"), 400, "invalid_argument")
    _error(api.post("/signin/anonymously", headers={"x-device-id": "d" * 72}), 400, "invalid_argument")


def test_anonymous_upgrade_keeps_the_user(api: EmulatorApi) -> None:
    device = secrets.token_hex(16)
    anonymous = api.anonymous(device)
    upgraded = api.sign_up(anonymous_token=anonymous["access_token"], username="up" + secrets.token_hex(3))
    assert upgraded["sub"] == anonymous["sub"] and upgraded["scope"] == "user"
    assert api.introspect(anonymous["access_token"]) == {}
    assert api.introspect(upgraded["access_token"])["sub"] == anonymous["sub"]
    # the device gets a new anonymous user from now on
    assert api.anonymous(device)["sub"] != anonymous["sub"]
    email = f"u-{secrets.token_hex(3)}@example.com"
    token = api.verification_token(email)
    _error(
        api.post("/signup", json={"email": email, "verification_token": token, "anonymous_token": "garbage"}),
        400,
        "invalid_grant",
    )


def test_custom_login_with_a_minted_ticket(api: EmulatorApi) -> None:
    creds = api.ok("GET", "/emulator/v1/custom-login-credentials")
    assert set(creds) == {"env_id", "private_key_id", "private_key"}
    assert creds["private_key"].startswith("-----BEGIN PRIVATE KEY-----")
    uid = "user_" + secrets.token_hex(4)
    first = api.ok("POST", "/signin/custom", json={"provider_id": "custom", "ticket": api.ticket(uid)})
    second = api.ok("POST", "/signin/custom", json={"provider_id": "custom", "ticket": api.ticket(uid)})
    assert first["sub"] == second["sub"] and first["expires_in"] == 7200
    assert api.introspect(first["access_token"])["sub"] == first["sub"]


def test_custom_login_rejects_bad_tickets(api: EmulatorApi) -> None:
    now_ms = int(time.time() * 1000)
    good = api.ticket("user_1234")
    key_id, _, token = good.partition("/@@/")
    header, _payload, signature = token.split(".")
    tampered_payload = base64.urlsafe_b64encode(b'{"uid":"admin","env":"x"}').rstrip(b"=").decode()
    bad = {
        "expired": api.ticket("user_1234", now_ms=now_ms - 11 * 60 * 1000),
        "seconds not ms": api.ticket("user_1234", iat=now_ms // 1000, exp=now_ms // 1000 + 600),
        "other env": api.ticket("user_1234", env="another-env"),
        "too long": api.ticket("user_1234", exp=now_ms + 3_600_000),
        "bad uid": api.ticket("no"),
        "tampered": f"{key_id}/@@/{header}.{tampered_payload}.{signature}",
        "wrong key id": f"not-the-key/@@/{token}",
        "no separator": token,
        "garbage": "x/@@/y",
    }
    for name, ticket in bad.items():
        response = api.post("/signin/custom", json={"provider_id": "custom", "ticket": ticket})
        assert response.status_code == 400, name
        assert response.json()["error"] == "invalid_grant", name
    _error(
        api.post("/signin/custom", json={"provider_id": "github", "ticket": good}), 400, "invalid_argument"
    )
    # a ticket goes stale after 10 minutes of emulator time
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 601})
    _error(api.post("/signin/custom", json={"provider_id": "custom", "ticket": good}), 400, "invalid_grant")


def test_refresh_rotates_and_reuse_fails(api: EmulatorApi) -> None:
    tokens = api.sign_up()
    refreshed = api.ok(
        "POST", "/token", json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    )
    assert refreshed["refresh_token"] != tokens["refresh_token"] and refreshed["sub"] == tokens["sub"]
    assert api.introspect(refreshed["access_token"])["sub"] == tokens["sub"]
    # (reusing tokens["refresh_token"] now would end the session: test_l6_* in test_emulator_hardening)
    again = api.ok(
        "POST", "/token", json={"grant_type": "refresh_token", "refresh_token": refreshed["refresh_token"]}
    )
    assert again["refresh_token"] not in {tokens["refresh_token"], refreshed["refresh_token"]}
    _error(api.post("/token", json={"grant_type": "refresh_token"}), 400, "invalid_argument")
    _error(api.post("/token", json={"grant_type": "implicit"}), 400, "unsupported_grant_type")
    # authorization_code is a grant since the OAuth-server operations (surface group B): no code, no grant
    _error(api.post("/token", json={"grant_type": "authorization_code"}), 400, "invalid_request")
    # refresh tokens live 30 days
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 2_592_001})
    _error(
        api.post("/token", json={"grant_type": "refresh_token", "refresh_token": again["refresh_token"]}),
        400,
        "invalid_grant",
    )


def test_access_token_is_an_rs256_jwt_with_the_real_claims(api: EmulatorApi) -> None:
    tokens = api.sign_up()
    header = jwt.get_unverified_header(tokens["access_token"])
    assert header["alg"] == "RS256" and header["kid"]
    claims = jwt.decode(tokens["access_token"], options={"verify_signature": False})
    for claim in ("iss", "sub", "aud", "exp", "iat", "scope", "project_id", "provider_type", "user_type"):
        assert claim in claims, claim
    assert claims["exp"] - claims["iat"] == 7200 and claims["iat"] < 10**11  # seconds, not ms
    assert claims["sub"] == tokens["sub"] and claims["project_id"] == "emulator-env"
    assert claims["provider_type"] == "email"


def test_introspect(api: EmulatorApi) -> None:
    tokens = api.anonymous()
    assert api.introspect(tokens["access_token"]) == {
        "token_type": "Bearer",
        "client_id": "emulator-env",
        "sub": tokens["sub"],
        "scope": "anonymous",
    }
    header, _payload, signature = tokens["access_token"].split(".")
    forged = base64.urlsafe_b64encode(b'{"sub":"admin","exp":99999999999}').rstrip(b"=").decode()
    for bad in ("garbage", "a.b.c", f"{header}.{forged}.{signature}", tokens["access_token"][:-4] + "AAAA"):
        assert api.introspect(bad) == {}
    _error(api.get("/token/introspect"), 401, "unauthenticated")
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 7201})
    assert api.introspect(tokens["access_token"]) == {}
    _error(api.get("/user/me", token=tokens["access_token"]), 401, "unauthenticated")


def test_revoke_with_bearer_body_and_refresh_token(api: EmulatorApi) -> None:
    first = api.sign_up()
    assert api.ok("POST", "/revoke", token=first["access_token"]) == {}
    assert api.introspect(first["access_token"]) == {}
    _error(
        api.post("/token", json={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}),
        400,
        "invalid_grant",
    )
    _error(api.post("/revoke", token=first["access_token"]), 401, "unauthenticated")
    _error(api.post("/revoke"), 401, "unauthenticated")
    # the official SDK sends {token} with no Authorization header
    second = api.anonymous()
    assert api.ok("POST", "/revoke", json={"token": second["access_token"]}) == {}
    assert api.introspect(second["access_token"]) == {}
    # revoking by refresh token ends the session too; an unknown token is not an error (RFC 7009)
    third = api.anonymous()
    assert (
        api.ok("POST", "/revoke", token=third["access_token"], json={"token": third["refresh_token"]}) == {}
    )
    assert api.introspect(third["access_token"]) == {}
    third_live = api.anonymous()
    assert api.ok("POST", "/revoke", token=third_live["access_token"], json={"token": "m.unknown"}) == {}
    _error(api.post("/revoke", json={"token": "m.unknown"}), 401, "unauthenticated")


def test_sign_out(api: EmulatorApi) -> None:
    tokens = api.anonymous()
    assert api.ok("POST", "/user/signout", token=tokens["access_token"], json={}) == {}
    assert api.introspect(tokens["access_token"]) == {}
    _error(
        api.post("/token", json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}),
        400,
        "invalid_grant",
    )
    other = api.anonymous()
    body = api.ok(
        "POST", "/user/signout", token=other["access_token"], json={"redirect_uri": "https://app.example/"}
    )
    assert body == {"redirect_uri": "https://app.example/"}
    _error(api.post("/user/signout", token=other["access_token"]), 401, "unauthenticated")


def test_sudo_then_change_password(api: EmulatorApi) -> None:
    email = f"p-{secrets.token_hex(3)}@example.com"
    here = api.sign_up(email)
    elsewhere = api.ok("POST", "/signin", json={"username": email, "password": PASSWORD})
    _error(
        api.post("/user/sudo", token=here["access_token"], json={"password": "wrong"}),
        400,
        "invalid_password",
    )
    _error(api.post("/user/sudo", token=here["access_token"], json={}), 400, "invalid_argument")
    sudo = api.ok("POST", "/user/sudo", token=here["access_token"], json={"password": PASSWORD})
    assert sudo["expires_in"] == 900
    change = {"old_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD}
    _error(
        api.request("PATCH", "/user/password", token=here["access_token"], json=change),
        403,
        "permission_denied",
    )
    _error(
        api.request("PATCH", "/user/password", token=here["access_token"], params={"sudo_token": sudo["sudo_token"]},
                    json={"new_password": "weakpassword"}),
        400,
        "invalid_password",
    )  # fmt: skip
    assert (
        api.ok(
            "PATCH",
            "/user/password",
            token=here["access_token"],
            params={"sudo_token": sudo["sudo_token"]},
            json=change,
        )
        == {}
    )
    # one change per sudo token; other devices are signed out, this one is not
    _error(
        api.request(
            "PATCH",
            "/user/password",
            token=here["access_token"],
            params={"sudo_token": sudo["sudo_token"]},
            json=change,
        ),
        403,
        "permission_denied",
    )
    assert api.introspect(elsewhere["access_token"]) == {}
    assert api.introspect(here["access_token"])["sub"] == here["sub"]
    _error(
        api.post("/signin", json={"username": email, "password": PASSWORD}),
        400,
        "invalid_username_or_password",
    )
    api.ok("POST", "/signin", json={"username": email, "password": NEW_PASSWORD})
    # the SDK puts sudo_token in the body
    sudo_token = api.sudo(here["access_token"], NEW_PASSWORD)
    api.ok(
        "PATCH",
        "/user/password",
        token=here["access_token"],
        json={"new_password": PASSWORD, "sudo_token": sudo_token},
    )
    # sudo tokens expire after 900 s
    sudo_token = api.sudo(here["access_token"])
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 901})
    _error(
        api.request(
            "PATCH",
            "/user/password",
            token=here["access_token"],
            params={"sudo_token": sudo_token},
            json=change,
        ),
        403,
        "permission_denied",
    )


def test_sudo_with_verification_token_then_delete_account(api: EmulatorApi) -> None:
    email = f"d-{secrets.token_hex(3)}@example.com"
    tokens = api.sign_up(email)
    _error(api.request("DELETE", "/user/me", token=tokens["access_token"]), 403, "permission_denied")
    _error(
        api.request("DELETE", "/user/me", token=tokens["access_token"], params={"sudo_token": "sudo.bad"}),
        403,
        "permission_denied",
    )
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    stranger = f"x-{secrets.token_hex(3)}@example.com"
    _error(
        api.post(
            "/user/sudo",
            token=tokens["access_token"],
            json={"verification_token": api.verification_token(stranger)},
        ),
        400,
        "invalid_verification_code",
    )
    sudo = api.ok(
        "POST",
        "/user/sudo",
        token=tokens["access_token"],
        json={"verification_token": api.verification_token(email)},
    )
    assert (
        api.ok("DELETE", "/user/me", token=tokens["access_token"], params={"sudo_token": sudo["sudo_token"]})
        == {}
    )
    _error(api.get("/user/me", token=tokens["access_token"]), 401, "unauthenticated")
    _error(
        api.post("/signin", json={"username": email, "password": PASSWORD}),
        400,
        "invalid_username_or_password",
    )
    assert api.ok("GET", "/checkIfUserExist", params={"username": email}) == {"exist": False}


def test_providers_bind_list_sign_in_unbind(api: EmulatorApi) -> None:
    tokens = api.sign_up()
    access = tokens["access_token"]
    granted = api.ok(
        "POST",
        "/provider/token",
        headers={"x-device-id": secrets.token_hex(16)},
        json={"provider_id": "github", "provider_code": "code-" + secrets.token_hex(4)},
    )
    assert granted["provider_token"] and granted["provider_profile"]["provider_id"] == "github"
    listed = api.ok("GET", "/user/provider", token=access)
    assert listed["total"] == len(listed["data"]) and not any(p["bind"] for p in listed["data"])
    assert (
        api.ok(
            "POST", "/user/provider/bind", token=access, json={"provider_token": granted["provider_token"]}
        )
        == {}
    )
    github = next(p for p in api.ok("GET", "/user/provider", token=access)["data"] if p["id"] == "github")
    assert github["bind"] is True and github["provider_user_name"]
    assert [p["id"] for p in api.ok("GET", "/user/me", token=access)["providers"]] == ["github"]
    device = {"x-device-id": secrets.token_hex(16)}
    via_github = api.ok(
        "POST", "/signin/with/provider", headers=device,
        json={"provider_id": "github", "provider_token": granted["provider_token"]},
    )  # fmt: skip
    assert via_github["sub"] == tokens["sub"]
    # the same identity cannot be bound to a second user
    other = api.anonymous()
    _error(
        api.post(
            "/user/provider/bind",
            token=other["access_token"],
            json={"provider_token": granted["provider_token"]},
        ),
        400,
        "invalid_grant",
    )
    assert api.ok("DELETE", "/user/provider/github", token=access) == {}
    _error(api.request("DELETE", "/user/provider/github", token=access), 404, "provider_not_found")
    # unbound: signing in with the identity now creates a new user, unless sign-up is disabled
    _error(
        api.post("/signin/with/provider", headers=device,
                 json={"provider_id": "github", "provider_token": granted["provider_token"], "force_disable_sign_up": True}),
        404,
        "user_not_found",
    )  # fmt: skip
    fresh = api.ok(
        "POST",
        "/signin/with/provider",
        headers=device,
        json={"provider_id": "github", "provider_token": granted["provider_token"]},
    )
    assert fresh["sub"] != tokens["sub"]


def test_provider_errors(api: EmulatorApi) -> None:
    device = {"x-device-id": secrets.token_hex(16)}
    _error(
        api.post("/provider/token", headers=device, json={"provider_id": "myspace", "provider_code": "x"}),
        404,
        "provider_not_found",
    )
    _error(
        api.post("/provider/token", headers=device, json={"provider_id": "github"}), 400, "invalid_argument"
    )
    _error(
        api.post(
            "/provider/token", headers=device, json={"provider_id": "github", "provider_code": "invalid-code"}
        ),
        400,
        "invalid_grant",
    )
    _error(
        api.post(
            "/signin/with/provider",
            headers=device,
            json={"provider_id": "github", "provider_token": "pt.nope"},
        ),
        400,
        "invalid_grant",
    )
    _error(
        api.post("/signin/with/provider", json={"provider_id": "github", "provider_token": "pt.x"}),
        400,
        "invalid_argument",
    )
    token = api.ok(
        "POST", "/provider/token", headers=device, json={"provider_id": "qq", "provider_access_token": "at"}
    )["provider_token"]
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 3601})  # provider tokens live 1 h
    _error(
        api.post(
            "/signin/with/provider", headers=device, json={"provider_id": "qq", "provider_token": token}
        ),
        400,
        "invalid_grant",
    )


def test_reset_password(api: EmulatorApi) -> None:
    phone = f"+86 139{secrets.randbelow(10**8):08d}"
    tokens = api.sign_up(phone)
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    token = api.verification_token(phone, usage="PASSWORD_RESET")
    _error(
        api.post(
            "/reset", json={"phone_number": phone, "verification_token": token, "new_password": "short"}
        ),
        400,
        "invalid_argument",
    )
    _error(
        api.post(
            "/reset",
            json={"phone_number": phone, "verification_token": token, "new_password": "alllowercase1!"},
        ),
        400,
        "invalid_password",
    )
    assert (
        api.ok(
            "POST",
            "/reset",
            json={"phone_number": phone, "verification_token": token, "new_password": NEW_PASSWORD},
        )
        == {}
    )
    assert api.introspect(tokens["access_token"]) == {}
    api.ok("POST", "/signin", json={"username": phone, "password": NEW_PASSWORD})
    stranger = f"r-{secrets.token_hex(3)}@example.com"
    _error(
        api.post(
            "/reset",
            json={
                "email": stranger,
                "verification_token": api.verification_token(stranger),
                "new_password": NEW_PASSWORD,
            },
        ),
        404,
        "user_not_found",
    )


def test_check_if_user_exist_and_edit_basic_user(api: EmulatorApi) -> None:
    name = "carol" + secrets.token_hex(3)
    assert api.ok("GET", "/checkIfUserExist", params={"username": name}) == {"exist": False}
    tokens = api.sign_up(username=name)
    assert api.ok("GET", "/checkIfUserExist", params={"username": name}) == {"exist": True}
    _error(api.get("/checkIfUserExist"), 400, "invalid_argument")
    edit = {
        "nickname": "Carol",
        "description": "Likes tea",
        "gender": "FEMALE",
        "avatar_url": "https://a.example/c.png",
    }
    assert api.ok("POST", "/user/basic/edit", token=tokens["access_token"], json=edit) == {}
    me = api.ok("GET", "/user/me", token=tokens["access_token"])
    assert (me["name"], me["description"], me["gender"], me["picture"]) == (
        "Carol",
        "Likes tea",
        "FEMALE",
        "https://a.example/c.png",
    )
    taken = api.sign_up(username="dave" + secrets.token_hex(3))
    taken_name = api.ok("GET", "/user/me", token=taken["access_token"])["username"]
    _error(
        api.post("/user/basic/edit", token=tokens["access_token"], json={"username": taken_name}),
        409,
        "username_already_exists",
    )
    _error(api.post("/user/basic/edit", json={"nickname": "x"}), 401, "unauthenticated")


def test_client_credentials(api: EmulatorApi) -> None:
    api.ok(
        "POST",
        "/emulator/v1/admin-credentials",
        json={"secret_id": "AKIDexample", "secret_key": "secret-key"},
    )
    basic = base64.b64encode(b"AKIDexample:secret-key").decode()
    tokens = api.ok(
        "POST",
        "/token",
        headers={"Authorization": f"Basic {basic}"},
        json={"grant_type": "client_credentials"},
    )
    assert "refresh_token" not in tokens and tokens["expires_in"] == 432000
    assert api.introspect(tokens["access_token"])["sub"] == "AKIDexample"
    _error(api.post("/token", json={"grant_type": "client_credentials"}), 401, "invalid_client")
    _error(api.get("/user/me", token=tokens["access_token"]), 403, "permission_denied")


def test_client_id_from_the_query_becomes_the_audience(api: EmulatorApi) -> None:
    tokens = api.ok(
        "POST",
        "/signin/anonymously",
        params={"client_id": "my-app"},
        headers={"x-device-id": secrets.token_hex(8)},
    )
    assert jwt.decode(tokens["access_token"], options={"verify_signature": False})["aud"] == "my-app"
    assert api.introspect(tokens["access_token"])["client_id"] == "my-app"


def test_verification_for_the_current_user(api: EmulatorApi) -> None:
    email = f"cur-{secrets.token_hex(3)}@example.com"
    tokens = api.sign_up(email)
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    sent = api.ok("POST", "/verification", token=tokens["access_token"], json={"target": "CUR_USER"})
    assert sent["is_user"] is True and api.latest_code(email)["verification_id"] == sent["verification_id"]
    _error(api.post("/verification", json={"target": "CUR_USER"}), 401, "unauthenticated")


def test_logins_in_any_normal_form(api: EmulatorApi) -> None:
    number = f"139{secrets.randbelow(10**8):08d}"
    by_phone = api.sign_up(f"+86 {number}")
    assert (
        api.ok("POST", "/signin", json={"username": number, "password": PASSWORD})["sub"] == by_phone["sub"]
    )
    email = f"Mixed-{secrets.token_hex(3)}@example.com"
    by_email = api.sign_up(email)
    assert (
        api.ok("POST", "/signin", json={"username": email.upper(), "password": PASSWORD})["sub"]
        == by_email["sub"]
    )
    assert api.ok("GET", "/checkIfUserExist", params={"username": email.upper()}) == {"exist": True}
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    token = api.verification_token(f"+86 {number}")
    assert (
        api.ok("POST", "/signin", json={"username": number, "verification_token": token})["sub"]
        == by_phone["sub"]
    )
