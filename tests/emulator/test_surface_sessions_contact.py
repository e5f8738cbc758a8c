"""Surface group B in the emulator: ending sessions (all devices, one device), binding or
changing a phone number or email with a conflict policy, the fuller profile, the SDK's
no-Authorization revoke and the body sudo token."""

from __future__ import annotations

import secrets

import httpx
import pytest

from emulator.testing import NEW_PASSWORD, PASSWORD, EmulatorApi


def _error(response: httpx.Response, status: int, error: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    body: dict[str, object] = response.json()
    assert body["error"] == error, body
    assert isinstance(body["error_code"], int) and isinstance(body["error_description"], str)
    return body


def _email() -> str:
    return f"b-{secrets.token_hex(4)}@example.com"


def _phone() -> str:
    return f"+86 139{secrets.randbelow(10**8):08d}"


def _sign_in(api: EmulatorApi, login: str, device: str) -> dict[str, object]:
    return api.ok(
        "POST", "/signin", json={"username": login, "password": PASSWORD}, headers={"x-device-id": device}
    )


def _live(api: EmulatorApi, token: object) -> bool:
    return api.introspect(str(token)) != {}


def test_revoke_all_devices_ends_every_session_of_the_user_only(api: EmulatorApi) -> None:
    email, other = _email(), _email()
    api.sign_up(email)
    api.sign_up(other)
    phone_a, laptop = _sign_in(api, email, "phone-a"), _sign_in(api, email, "laptop-b")
    bystander = _sign_in(api, other, "phone-a")
    assert api.ok("DELETE", "/user/revoke/all", token=str(laptop["access_token"])) == {}
    assert not _live(api, phone_a["access_token"]) and not _live(api, laptop["access_token"])
    assert _live(api, bystander["access_token"]), "another user's session must survive"
    for tokens in (phone_a, laptop):
        _error(
            api.post(
                "/token", json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
            ),
            400,
            "invalid_grant",
        )
    _error(
        api.request("DELETE", "/user/revoke/all", token=str(laptop["access_token"])), 401, "unauthenticated"
    )
    _error(api.request("DELETE", "/user/revoke/all"), 401, "unauthenticated")
    assert _sign_in(api, email, "phone-a")["access_token"], "the account itself still works"


def test_revoke_device_ends_only_that_devices_sessions(api: EmulatorApi) -> None:
    email = _email()
    api.sign_up(email)
    lost_1, lost_2 = _sign_in(api, email, "lost-phone"), _sign_in(api, email, "lost-phone")
    here = _sign_in(api, email, "my-laptop")
    listed = api.ok("GET", "/emulator/v1/sessions", params={"sub": str(here["sub"])})["data"]
    assert {s["device_id"] for s in listed} >= {"lost-phone", "my-laptop"}
    assert all("token" not in key for s in listed for key in s), "the control API shows no tokens"
    assert api.ok("DELETE", "/user/authorized/devices/lost-phone", token=str(here["access_token"])) == {}
    assert not _live(api, lost_1["access_token"]) and not _live(api, lost_2["access_token"])
    assert _live(api, here["access_token"])
    _error(
        api.request("DELETE", "/user/authorized/devices/lost-phone", token=str(here["access_token"])),
        404,
        "not_found",
    )
    _error(
        api.request("DELETE", "/user/authorized/devices/nobody-here", token=str(here["access_token"])),
        404,
        "not_found",
    )
    # another user's device of the same name is not this user's to end
    other = _email()
    api.sign_up(other)
    theirs = _sign_in(api, other, "shared-name")
    _error(
        api.request("DELETE", "/user/authorized/devices/shared-name", token=str(here["access_token"])),
        404,
        "not_found",
    )
    assert _live(api, theirs["access_token"])


def _contact_change(api: EmulatorApi, token: str, target: str, **extra: object) -> httpx.Response:
    key = "email" if "@" in target else "phone_number"
    body = {
        key: target,
        "sudo_token": api.sudo(token),
        "verification_token": api.verification_token(target),
        **extra,
    }
    return api.request("PATCH", "/user/contact", token=token, json=body)


def test_edit_contact_binds_a_new_phone_then_the_user_signs_in_with_it(api: EmulatorApi) -> None:
    user = api.sign_up(_email())
    token = str(user["access_token"])
    phone = _phone()
    response = _contact_change(api, token, phone)
    assert response.status_code == 200 and response.json() == {}
    assert api.ok("GET", "/user/me", token=token)["phone_number"] == phone
    assert _sign_in(api, phone, "d")["sub"] == user["sub"]
    assert _live(api, token), "changing the contact keeps the session"


def test_edit_contact_needs_a_sudo_token_and_a_token_for_that_exact_address(api: EmulatorApi) -> None:
    user = api.sign_up(_email())
    token = str(user["access_token"])
    phone = _phone()
    verification = api.verification_token(phone)
    _error(
        api.request(
            "PATCH",
            "/user/contact",
            token=token,
            json={"phone_number": phone, "sudo_token": "sudo.nope", "verification_token": verification},
        ),
        403,
        "permission_denied",
    )
    # the failed call spent nothing: the same verification token still works with a good sudo token
    other_phone = _phone()
    _error(
        api.request(
            "PATCH",
            "/user/contact",
            token=token,
            json={
                "phone_number": other_phone,
                "sudo_token": api.sudo(token),
                "verification_token": verification,
            },
        ),
        400,
        "invalid_verification_code",
    )
    sudo = api.sudo(token)
    ok = api.request(
        "PATCH",
        "/user/contact",
        token=token,
        json={"phone_number": phone, "sudo_token": sudo, "verification_token": verification},
    )
    assert ok.status_code == 200, ok.text
    # both tokens are spent now
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})  # one code per number per 60 s
    _error(
        api.request(
            "PATCH",
            "/user/contact",
            token=token,
            json={
                "phone_number": phone,
                "sudo_token": sudo,
                "verification_token": api.verification_token(phone),
            },
        ),
        403,
        "permission_denied",
    )
    _error(
        api.request(
            "PATCH",
            "/user/contact",
            token=token,
            json={"phone_number": phone, "sudo_token": api.sudo(token), "verification_token": verification},
        ),
        400,
        "invalid_verification_code",
    )
    _error(
        api.request(
            "PATCH", "/user/contact", token=token, json={"sudo_token": "s", "verification_token": "v"}
        ),
        400,
        "invalid_argument",
    )
    _error(
        api.request(
            "PATCH",
            "/user/contact",
            token=token,
            json={
                "email": "x@example.com",
                "phone_number": phone,
                "sudo_token": "s",
                "verification_token": "v",
            },
        ),
        400,
        "invalid_argument",
    )
    _error(
        api.request(
            "PATCH",
            "/user/contact",
            token=token,
            json={
                "phone_number": phone,
                "sudo_token": "s",
                "verification_token": "v",
                "conflict_resolution": "STEAL",
            },
        ),
        400,
        "invalid_argument",
    )
    _error(
        api.request(
            "PATCH",
            "/user/contact",
            json={"phone_number": phone, "sudo_token": "s", "verification_token": "v"},
        ),
        401,
        "unauthenticated",
    )


def test_conflict_default_refuses_an_address_another_account_has(api: EmulatorApi) -> None:
    owner_phone = _phone()
    owner = api.sign_up(owner_phone)
    user = api.sign_up(_email())
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})  # one code per number per 60 s
    body = _error(
        _contact_change(api, str(user["access_token"]), owner_phone), 409, "username_already_exists"
    )
    assert "phone number" in str(body["error_description"])
    assert _sign_in(api, owner_phone, "d")["sub"] == owner["sub"], "the owner keeps the number"


def test_conflict_delete_account_transfer_closes_the_other_account(api: EmulatorApi) -> None:
    owner_email = _email()
    owner = api.sign_up(owner_email, username=f"own{secrets.token_hex(3)}")
    user = api.sign_up(_email())
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    response = _contact_change(
        api, str(user["access_token"]), owner_email, conflict_resolution="DELETE_ACCOUNT_TRANSFER"
    )
    assert response.status_code == 200, response.text
    assert _sign_in(api, owner_email, "d")["sub"] == user["sub"]
    assert not _live(api, owner["access_token"]), "the closed account's sessions end"
    subs = {u["sub"] for u in api.ok("GET", "/emulator/v1/users")["data"]}
    assert owner["sub"] not in subs


def test_conflict_transfer_moves_the_address_and_keeps_an_account_that_can_still_sign_in(
    api: EmulatorApi,
) -> None:
    owner_email, username = _email(), f"keep{secrets.token_hex(3)}"
    owner = api.sign_up(owner_email, username=username)
    user = api.sign_up(_email())
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    response = _contact_change(api, str(user["access_token"]), owner_email, conflict_resolution="TRANSFER")
    assert response.status_code == 200, response.text
    assert _sign_in(api, owner_email, "d")["sub"] == user["sub"]
    kept = _sign_in(api, username, "d")
    assert kept["sub"] == owner["sub"], "username + password still signs the old owner in"
    assert "email" not in api.ok("GET", "/user/me", token=str(kept["access_token"]))


def test_conflict_transfer_closes_an_account_left_with_no_way_to_sign_in(api: EmulatorApi) -> None:
    owner_phone = _phone()
    owner = api.sign_up(owner_phone)  # no user name: the phone is its only login
    user = api.sign_up(_email())
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    response = _contact_change(api, str(user["access_token"]), owner_phone, conflict_resolution="TRANSFER")
    assert response.status_code == 200, response.text
    subs = {u["sub"] for u in api.ok("GET", "/emulator/v1/users")["data"]}
    assert owner["sub"] not in subs and user["sub"] in subs


@pytest.mark.parametrize("taken", ["phone", "email"])
def test_conflict_transfer_keeps_an_account_that_still_has_its_other_address(
    api: EmulatorApi, taken: str
) -> None:
    """Found by `nox -s mutation` (TESTING.md): `or` -> `and` in the can-still-sign-in check."""
    owner_phone, owner_email = _phone(), _email()
    owner = api.sign_up(owner_phone)
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    assert _contact_change(api, str(owner["access_token"]), owner_email).status_code == 200
    user = api.sign_up(_email())
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    target, left = (owner_phone, owner_email) if taken == "phone" else (owner_email, owner_phone)
    response = _contact_change(api, str(user["access_token"]), target, conflict_resolution="TRANSFER")
    assert response.status_code == 200, response.text
    assert _sign_in(api, target, "d")["sub"] == user["sub"]
    assert _sign_in(api, left, "d")["sub"] == owner["sub"], "the old owner keeps its other address"


def test_profile_has_the_docs_and_sdk_fields(api: EmulatorApi) -> None:
    email = _email()
    user = api.sign_up(email, locale="zh-CN")
    token = str(user["access_token"])
    api.ok("POST", "/user/basic/edit", token=token, json={"description": "Likes tea"})
    me = api.ok("GET", "/user/me", token=token)
    assert me["user_id"] == me["sub"] == user["sub"]
    assert me["user_desc"] == me["description"] == "Likes tea"
    assert me["email_verified"] is True and me["locale"] == "zh-CN"
    assert me["last_login"].endswith("Z")


def test_revoke_without_authorization_as_the_sdk_logs_out(api: EmulatorApi) -> None:
    user = api.sign_up(_email())
    token = str(user["access_token"])
    assert api.ok("POST", "/revoke", params={"client_id": "emulator-env"}, json={"token": token}) == {}
    assert api.introspect(token) == {}
    # the body token must itself be valid when it is the only credential
    _error(api.post("/revoke", json={"token": token}), 401, "unauthenticated")
    _error(api.post("/revoke", json={}), 401, "unauthenticated")


def test_update_password_takes_the_sudo_token_in_the_body_as_the_sdk_sends_it(api: EmulatorApi) -> None:
    email = _email()
    user = api.sign_up(email)
    token = str(user["access_token"])
    body = {"new_password": NEW_PASSWORD, "sudo_token": api.sudo(token)}
    assert api.ok("PATCH", "/user/password", token=token, json=body) == {}
    assert api.ok("POST", "/signin", json={"username": email, "password": NEW_PASSWORD})["sub"] == user["sub"]
    _error(
        api.request("PATCH", "/user/password", token=token, json={"new_password": PASSWORD}),
        403,
        "permission_denied",
    )


def _admin_token(api: EmulatorApi) -> str:
    return api.admin_token()


def test_basic_edit_changes_the_password_with_the_current_one(api: EmulatorApi) -> None:
    email = _email()
    user = api.sign_up(email)
    token = str(user["access_token"])
    elsewhere = _sign_in(api, email, "other-device")
    _error(
        api.request(
            "POST",
            "/user/basic/edit",
            token=token,
            json={"password": "Wrong-Passw0rd!", "new_password": NEW_PASSWORD},
        ),
        400,
        "invalid_password",
    )
    _error(
        api.request("POST", "/user/basic/edit", token=token, json={"new_password": NEW_PASSWORD}),
        400,
        "invalid_argument",
    )
    # a failing profile field undoes the password change too (one transaction)
    taken = f"taken{secrets.token_hex(3)}"
    api.sign_up(_email(), username=taken)
    _error(
        api.request(
            "POST",
            "/user/basic/edit",
            token=token,
            json={"password": PASSWORD, "new_password": NEW_PASSWORD, "username": taken},
        ),
        409,
        "username_already_exists",
    )
    assert api.ok("POST", "/signin", json={"username": email, "password": PASSWORD})["sub"] == user["sub"]
    body = {"password": PASSWORD, "new_password": NEW_PASSWORD, "nickname": "Bee"}
    assert api.ok("POST", "/user/basic/edit", token=token, json=body) == {}
    assert api.ok("POST", "/signin", json={"username": email, "password": NEW_PASSWORD})["sub"] == user["sub"]
    assert api.ok("GET", "/user/me", token=token)["name"] == "Bee", (
        "this session stays, the profile field applied"
    )
    assert not _live(api, elsewhere["access_token"]), "other devices are signed out"


def test_basic_edit_of_another_user_needs_an_administrator(api: EmulatorApi) -> None:
    bob_email = _email()
    alice, bob = api.sign_up(_email()), api.sign_up(bob_email)
    alice_token = str(alice["access_token"])
    denied = {"user_id": bob["sub"], "nickname": "x"}
    _error(api.request("POST", "/user/basic/edit", token=alice_token, json=denied), 403, "permission_denied")
    own = {"user_id": alice["sub"], "nickname": "Al"}
    assert api.ok("POST", "/user/basic/edit", token=alice_token, json=own) == {}
    assert api.ok("GET", "/user/me", token=alice_token)["name"] == "Al"
    admin = _admin_token(api)
    edit = {"user_id": bob["sub"], "nickname": "Bobby", "new_password": NEW_PASSWORD}
    assert api.ok("POST", "/user/basic/edit", token=admin, json=edit) == {}
    assert not _live(api, bob["access_token"]), "an administrator's password reset signs the user out"
    again = api.ok("POST", "/signin", json={"username": bob_email, "password": NEW_PASSWORD})
    assert api.ok("GET", "/user/me", token=str(again["access_token"]))["name"] == "Bobby"
    missing = {"user_id": "1000000000000000000", "nickname": "x"}
    _error(api.request("POST", "/user/basic/edit", token=admin, json=missing), 404, "user_not_found")
