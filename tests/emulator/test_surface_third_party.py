"""Third-party login in the emulator: registered OAuth providers (provider/uri with a state round
trip, minted codes), WeChat mini-program codes (open_id, union_id, phone), phone binding with
PATCH /provider/token, password-free WeChat sign-in and the WeDa sub type, QR-code login, and
moving a provider identity between accounts."""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from emulator.testing import EmulatorApi

APP = "wx1234567890abcdef"
ENV = "emulator-env"


def _error(response: httpx.Response, status: int, error: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["error"] == error, body
    return body


def _device() -> dict[str, str]:
    return {"x-device-id": secrets.token_hex(16)}


def _provider(api: EmulatorApi, provider_id: str = "acme") -> None:
    api.ok(
        "POST",
        "/emulator/v1/oauth/providers",
        json={
            "id": provider_id,
            "name": "Acme ID",
            "authorization_endpoint": "https://id.acme.test/authorize",
        },
    )


def _code(api: EmulatorApi, subject: str, provider_id: str = "acme", **extra: str) -> str:
    code: str = api.ok(
        "POST", f"/emulator/v1/oauth/providers/{provider_id}/codes", json={"subject": subject, **extra}
    )["code"]
    return code


def _oauth_token(api: EmulatorApi, subject: str, provider_id: str = "acme") -> str:
    granted = api.ok(
        "POST",
        "/provider/token",
        headers=_device(),
        json={"provider_id": provider_id, "provider_code": _code(api, subject, provider_id)},
    )
    token: str = granted["provider_token"]
    return token


def _app(api: EmulatorApi) -> None:
    api.ok("POST", "/emulator/v1/wechat/apps", json={"appid": APP, "name": "Demo mini-program"})


def _wx_code(api: EmulatorApi, openid: str, **extra: str) -> str:
    code: str = api.ok("POST", "/emulator/v1/wechat/codes", json={"appid": APP, "openid": openid, **extra})[
        "code"
    ]
    return code


def _wx_grant(api: EmulatorApi, login_code: str, **params: str) -> httpx.Response:
    return api.post(
        "/provider/token",
        headers=_device(),
        json={"provider_id": APP, "provider_code": login_code, "provider_params": {"appid": APP, **params}},
    )


def _sign_in(api: EmulatorApi, provider_token: str, **extra: Any) -> dict[str, Any]:
    return api.ok(
        "POST", "/signin/with/provider", headers=_device(), json={"provider_token": provider_token, **extra}
    )


# OAuth ----------------------------------------------------------------------------------------
def test_oauth_login_round_trips_state_and_redirect_uri(api: EmulatorApi) -> None:
    _provider(api)
    redirect = "https://app.example.com/callback"
    answer = api.ok(
        "GET",
        "/provider/uri",
        headers=_device(),
        params={"provider_id": "acme", "redirect_uri": redirect, "state": "st-1", "scope": "openid email"},
    )
    uri = urlsplit(answer["uri"])
    query = parse_qs(uri.query)
    assert f"{uri.scheme}://{uri.netloc}{uri.path}" == "https://id.acme.test/authorize"
    assert query["state"] == ["st-1"] and query["redirect_uri"] == [redirect]
    assert query["response_type"] == ["code"] and query["scope"] == ["openid email"]
    pending = api.ok("GET", "/emulator/v1/oauth/requests")["data"]
    assert [(p["provider_id"], p["state"], p["redirect_uri"]) for p in pending] == [
        ("acme", "st-1", redirect)
    ]

    minted = api.ok(
        "POST", "/emulator/v1/oauth/providers/acme/codes", json={"subject": "u-42", "state": "st-1"}
    )
    back = parse_qs(urlsplit(minted["redirect_to"]).query)
    assert back == {"code": [minted["code"]], "state": ["st-1"]}, "the provider hands state back"

    # the code is bound to the redirect URI of its request
    _error(
        api.post(
            "/provider/token",
            headers=_device(),
            json={
                "provider_id": "acme",
                "provider_code": minted["code"],
                "provider_redirect_uri": "https://evil.test/",
            },
        ),
        400,
        "invalid_grant",
    )
    granted = api.ok(
        "POST",
        "/provider/token",
        headers=_device(),
        json={"provider_id": "acme", "provider_code": minted["code"], "provider_redirect_uri": redirect},
    )
    assert granted["expires_in"] == 3600 and granted["provider_profile"]["provider_id"] == "acme"
    # codes are single-use
    _error(
        api.post(
            "/provider/token",
            headers=_device(),
            json={"provider_id": "acme", "provider_code": minted["code"]},
        ),
        400,
        "invalid_grant",
    )
    first = _sign_in(api, granted["provider_token"])  # no provider_id, as the SDK sends it
    again = _sign_in(api, _oauth_token(api, "u-42"), provider_id="acme")
    assert first["sub"] == again["sub"], "the same provider user is the same account"
    other = _sign_in(api, _oauth_token(api, "u-43"))
    assert other["sub"] != first["sub"]
    _error(
        api.post(
            "/signin/with/provider",
            headers=_device(),
            json={"provider_token": _oauth_token(api, "u-42"), "provider_id": "github"},
        ),
        400,
        "invalid_grant",
    )
    providers = api.ok("GET", "/user/provider", token=first["access_token"])["data"]
    acme = next(p for p in providers if p["id"] == "acme")
    assert acme["bind"] is True and acme["name"] == "Acme ID"


def test_oauth_errors(api: EmulatorApi) -> None:
    _provider(api)
    _error(api.get("/provider/uri", params={"provider_id": "acme", "state": "s"}), 400, "invalid_argument")
    _error(
        api.get("/provider/uri", headers=_device(), params={"provider_id": "nope"}), 404, "provider_not_found"
    )
    _error(api.get("/provider/uri", headers=_device()), 400, "invalid_argument")
    # a built-in provider has an authorisation URL too
    github = api.ok(
        "GET", "/provider/uri", headers=_device(), params={"provider_id": "github", "state": "s2"}
    )
    assert parse_qs(urlsplit(github["uri"]).query)["state"] == ["s2"]
    _error(
        api.post("/emulator/v1/oauth/providers/acme/codes", json={"subject": "u", "state": "never"}),
        404,
        "not_found",
    )
    _error(api.post("/emulator/v1/oauth/providers/nope/codes", json={"subject": "u"}), 404, "not_found")
    _error(api.post("/emulator/v1/oauth/providers", json={"id": "bad id!"}), 400, "invalid_argument")
    _error(
        api.post(
            "/provider/token", headers=_device(), json={"provider_id": "acme", "provider_code": "made-up"}
        ),
        400,
        "invalid_grant",
    )
    _error(
        api.post("/provider/token", headers=_device(), json={"provider_id": "acme"}), 400, "invalid_argument"
    )
    expired = _code(api, "u")
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 601})
    _error(
        api.post(
            "/provider/token", headers=_device(), json={"provider_id": "acme", "provider_code": expired}
        ),
        400,
        "invalid_grant",
    )
    # x-device-id is required on provider/token, as the docs say
    _error(
        api.post("/provider/token", json={"provider_id": "acme", "provider_code": _code(api, "u")}),
        400,
        "invalid_argument",
    )


def test_registering_a_built_in_provider_makes_its_codes_strict(api: EmulatorApi) -> None:
    lenient = api.post(
        "/provider/token", headers=_device(), json={"provider_id": "github", "provider_code": "gh-1"}
    )
    assert lenient.status_code == 200
    _provider(api, "github")
    _error(
        api.post(
            "/provider/token", headers=_device(), json={"provider_id": "github", "provider_code": "gh-2"}
        ),
        400,
        "invalid_grant",
    )
    assert _oauth_token(api, "octocat", "github")


# WeChat mini-programs --------------------------------------------------------------------------
def test_mini_program_open_id_login(api: EmulatorApi) -> None:
    _app(api)
    code = _wx_code(api, "o-alice")
    granted = _wx_grant(api, code, provider_code_type="open_id")
    assert granted.status_code == 200, granted.text
    assert granted.json()["provider_profile"]["provider_id"] == APP
    _error(
        _wx_grant(api, code, provider_code_type="open_id"), 400, "invalid_grant"
    )  # wx.login codes are single-use
    first = _sign_in(api, granted.json()["provider_token"])
    second = _sign_in(
        api, _wx_grant(api, _wx_code(api, "o-alice")).json()["provider_token"]
    )  # default: open_id
    assert first["sub"] == second["sub"]
    assert (
        _sign_in(api, _wx_grant(api, _wx_code(api, "o-bob")).json()["provider_token"])["sub"] != first["sub"]
    )
    # errors: the app's AppID must match, the code must be this app's
    _error(
        api.post(
            "/provider/token",
            headers=_device(),
            json={
                "provider_id": APP,
                "provider_code": _wx_code(api, "o"),
                "provider_params": {"appid": "wxother"},
            },
        ),
        400,
        "invalid_argument",
    )
    _error(_wx_grant(api, "wx.made-up"), 400, "invalid_grant")
    _error(
        api.post(
            "/provider/token",
            headers=_device(),
            json={
                "provider_id": "wxunknown",
                "provider_code": "c",
                "provider_params": {"provider_code_type": "open_id"},
            },
        ),
        404,
        "provider_not_found",
    )
    code = _wx_code(api, "o-late")
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 301})
    _error(_wx_grant(api, code), 400, "invalid_grant")


def test_mini_program_union_id_login(api: EmulatorApi) -> None:
    _app(api)
    _error(_wx_grant(api, _wx_code(api, "o-1"), provider_code_type="union_id"), 400, "invalid_grant")
    token = _wx_grant(api, _wx_code(api, "o-1", unionid="u-1"), provider_code_type="union_id").json()[
        "provider_token"
    ]
    again = _wx_grant(api, _wx_code(api, "o-1", unionid="u-1"), provider_code_type="union_id").json()[
        "provider_token"
    ]
    assert _sign_in(api, token, provider_id=APP)["sub"] == _sign_in(api, again)["sub"]


def test_mini_program_phone_login_finds_the_account_with_that_number(api: EmulatorApi) -> None:
    _app(api)
    phone = f"+86 137{secrets.randbelow(10**8):08d}"
    existing = api.sign_up(phone)
    phone_code = api.ok(
        "POST", "/emulator/v1/wechat/phone-codes", json={"appid": APP, "phone_number": phone}
    )["code"]
    granted = _wx_grant(api, _wx_code(api, "o-phone"), provider_code_type="phone", code=phone_code)
    assert granted.status_code == 200, granted.text
    assert granted.json()["provider_profile"]["phone_number"] == phone
    signed_in = _sign_in(api, granted.json()["provider_token"])
    assert signed_in["sub"] == existing["sub"], "the phone number found the account"
    me = api.ok("GET", "/user/me", token=signed_in["access_token"])
    assert [p["id"] for p in me["providers"]] == [APP], "and the WeChat identity is bound to it now"
    # a new number makes a new account that has it
    new_phone = f"+86 136{secrets.randbelow(10**8):08d}"
    code = api.ok("POST", "/emulator/v1/wechat/phone-codes", json={"appid": APP, "phone_number": new_phone})[
        "code"
    ]
    fresh = _sign_in(
        api,
        _wx_grant(api, _wx_code(api, "o-new"), provider_code_type="phone", code=code).json()[
            "provider_token"
        ],
    )
    assert api.ok("GET", "/user/me", token=fresh["access_token"])["phone_number"] == new_phone
    # phone type without, or with a spent, phone code
    _error(_wx_grant(api, _wx_code(api, "o-x"), provider_code_type="phone"), 400, "invalid_argument")
    _error(_wx_grant(api, _wx_code(api, "o-x"), provider_code_type="phone", code=code), 400, "invalid_grant")


def test_patch_provider_token_attaches_a_phone_number(api: EmulatorApi) -> None:
    _app(api)
    token = _wx_grant(api, _wx_code(api, "o-carol")).json()["provider_token"]
    user = _sign_in(api, token)
    assert "phone_number" not in api.ok("GET", "/user/me", token=user["access_token"])
    phone = f"+86 135{secrets.randbelow(10**8):08d}"
    code = api.ok("POST", "/emulator/v1/wechat/phone-codes", json={"appid": APP, "phone_number": phone})[
        "code"
    ]
    patched = api.ok(
        "PATCH",
        "/provider/token",
        json={
            "provider_token": token,
            "provider_id": APP,
            "provider_params": {"provider_code_type": "phone", "code": code},
        },
    )
    assert patched["provider_profile"]["phone_number"] == phone and patched["expires_in"] == 3600
    assert _sign_in(api, patched["provider_token"])["sub"] == user["sub"]
    assert api.ok("GET", "/user/me", token=user["access_token"])["phone_number"] == phone, (
        "the account got the number"
    )
    # errors
    _error(
        api.request(
            "PATCH", "/provider/token", json={"provider_token": token, "provider_params": {"code": code}}
        ),
        400,
        "invalid_grant",
    )
    _error(
        api.request(
            "PATCH",
            "/provider/token",
            json={"provider_token": token, "provider_params": {"encryptedData": "x", "iv": "y"}},
        ),
        400,
        "invalid_argument",
    )
    _error(
        api.request(
            "PATCH", "/provider/token", json={"provider_token": "pt.nope", "provider_params": {"code": "c"}}
        ),
        400,
        "invalid_grant",
    )
    github = api.ok(
        "POST", "/provider/token", headers=_device(), json={"provider_id": "github", "provider_code": "g"}
    )
    _error(
        api.request(
            "PATCH",
            "/provider/token",
            json={"provider_token": github["provider_token"], "provider_params": {"code": "c"}},
        ),
        400,
        "invalid_argument",
    )


def test_binding_a_phone_carrying_token_gives_the_account_the_number(api: EmulatorApi) -> None:
    _app(api)
    account = api.sign_up()  # an email account, no phone
    phone = f"+86 134{secrets.randbelow(10**8):08d}"
    code = api.ok("POST", "/emulator/v1/wechat/phone-codes", json={"appid": APP, "phone_number": phone})[
        "code"
    ]
    token = _wx_grant(api, _wx_code(api, "o-dave"), provider_code_type="phone", code=code).json()[
        "provider_token"
    ]
    api.ok("POST", "/user/provider/bind", token=account["access_token"], json={"provider_token": token})
    me = api.ok("GET", "/user/me", token=account["access_token"])
    assert me["phone_number"] == phone and [p["id"] for p in me["providers"]] == [APP]


def test_wechat_password_free_sign_in_follows_the_weda_sub_type(api: EmulatorApi) -> None:
    _app(api)
    assert api.ok("POST", "/mgr/provider/providerSubType", json={"provider_id": "weda"}) == {
        "id": "weda",
        "provider_sub_type": "",
    }
    body = {"appid": APP, "openid": "o-erin"}
    _error(api.post("/signin/wechat/noauth", json=body), 403, "provider_not_enabled")
    api.ok("POST", "/emulator/v1/weda", json={"provider_sub_type": "NO_AUTH_LOGIN"})
    assert (
        api.ok("POST", "/mgr/provider/providerSubType", json={"provider_id": "weda"})["provider_sub_type"]
        == "NO_AUTH_LOGIN"
    )
    first = api.ok("POST", "/signin/wechat/noauth", json=body)
    assert first["scope"] == "user"
    assert api.ok("POST", "/signin/wechat/noauth", json=body)["sub"] == first["sub"]
    # the same identity as a mini-program open_id login
    assert (
        _sign_in(api, _wx_grant(api, _wx_code(api, "o-erin")).json()["provider_token"])["sub"] == first["sub"]
    )
    _error(api.post("/signin/wechat/noauth", json={"appid": APP}), 400, "invalid_argument")
    _error(
        api.post("/signin/wechat/noauth", json={"appid": "wxnope", "openid": "o"}), 404, "provider_not_found"
    )
    _error(
        api.post("/mgr/provider/providerSubType", json={"provider_id": "github"}), 404, "provider_not_found"
    )
    _error(api.post("/emulator/v1/weda", json={"provider_sub_type": "ALWAYS"}), 400, "invalid_argument")


# QR-code login ------------------------------------------------------------------------------------
def _qr(api: EmulatorApi) -> dict[str, Any]:
    return api.ok("POST", "/qrcode/generate", json={"envId": ENV, "wxAppId": APP})


def _status(api: EmulatorApi, qr_id: str) -> dict[str, Any]:
    return api.ok("POST", "/qrcode/get/status", json={"qrCodeId": qr_id, "envId": ENV, "wxAppId": APP})


def test_qr_code_login(api: EmulatorApi) -> None:
    _app(api)
    created = _qr(api)
    assert created["expires_in"] == 300 and created["qr_code"].startswith("data:image/svg+xml;base64,")
    assert b"<rect" in base64.b64decode(created["qr_code"].split(",", 1)[1])
    qr_id = created["qr_code_id"]
    waiting = _status(api, qr_id)
    assert (
        waiting["status"] == "WAITING"
        and 290 < waiting["expires_in"] <= 300
        and "provider_token" not in waiting
    )
    assert api.ok("POST", f"/emulator/v1/qrcodes/{qr_id}", json={"action": "scan"})["status"] == "SCANNED"
    assert _status(api, qr_id)["status"] == "SCANNED"
    _error(api.post(f"/emulator/v1/qrcodes/{qr_id}", json={"action": "scan"}), 400, "failed_precondition")
    _error(api.post(f"/emulator/v1/qrcodes/{qr_id}", json={"action": "confirm"}), 400, "invalid_argument")
    api.ok("POST", f"/emulator/v1/qrcodes/{qr_id}", json={"action": "confirm", "openid": "o-frank"})
    confirmed = _status(api, qr_id)
    assert confirmed["status"] == "CONFIRMED" and 3590 < confirmed["expires_in"] <= 3600
    signed_in = _sign_in(api, confirmed["provider_token"])
    # the same WeChat user as the mini-program login
    assert (
        _sign_in(api, _wx_grant(api, _wx_code(api, "o-frank")).json()["provider_token"])["sub"]
        == signed_in["sub"]
    )
    listed = api.ok("GET", "/emulator/v1/qrcodes")["data"]
    # its provider token signed someone in: spent, so the code is over (issue 28 item 5)
    assert [(q["qr_code_id"], q["status"]) for q in listed] == [(qr_id, "EXPIRED")]


def test_qr_codes_expire_and_can_be_cancelled(api: EmulatorApi) -> None:
    _app(api)
    cancelled = _qr(api)["qr_code_id"]
    api.ok("POST", f"/emulator/v1/qrcodes/{cancelled}", json={"action": "cancel"})
    assert _status(api, cancelled)["status"] == "CANCELLED"
    late = _qr(api)["qr_code_id"]
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 301})
    assert _status(api, late) == {"status": "EXPIRED", "expires_in": 0}
    _error(
        api.post(f"/emulator/v1/qrcodes/{late}", json={"action": "confirm", "openid": "o"}),
        400,
        "failed_precondition",
    )
    _error(
        api.post("/qrcode/get/status", json={"qrCodeId": "qr.nope", "envId": ENV, "wxAppId": APP}),
        404,
        "not_found",
    )
    _error(api.post("/qrcode/generate", json={"envId": "other-env", "wxAppId": APP}), 400, "invalid_argument")
    _error(api.post("/qrcode/generate", json={"envId": ENV, "wxAppId": "wxnope"}), 404, "provider_not_found")
    _error(api.post("/qrcode/generate", json={"env_id": ENV, "wx_app_id": APP}), 400, "invalid_argument")
    _error(api.post("/emulator/v1/qrcodes/qr.nope", json={"action": "scan"}), 404, "not_found")


# moving identities ----------------------------------------------------------------------------------
def _identities(api: EmulatorApi, access_token: str) -> list[tuple[str, str]]:
    me = api.ok("GET", "/user/me", token=access_token)
    return [(p["id"], p["provider_user_id"]) for p in me["providers"]]


def test_trans_by_provider_moves_an_identity_to_the_signed_in_user(api: EmulatorApi) -> None:
    _provider(api)
    alice, bob = api.sign_up(), api.sign_up()
    api.ok(
        "POST",
        "/user/provider/bind",
        token=alice["access_token"],
        json={"provider_token": _oauth_token(api, "x")},
    )
    x_id = _identities(api, alice["access_token"])[0]
    _error(
        api.post(
            "/user/provider/bind", token=bob["access_token"], json={"provider_token": _oauth_token(api, "x")}
        ),
        400,
        "invalid_grant",
    )
    moved = api.ok(
        "PATCH",
        "/user/trans/by/provider",
        token=bob["access_token"],
        json={"provider_token": _oauth_token(api, "x")},
    )
    assert moved["sub"] == bob["sub"] and moved["access_token"]
    assert _identities(api, bob["access_token"]) == [x_id]
    assert _identities(api, alice["access_token"]) == [], "alice's account stays, without the identity"
    assert _sign_in(api, _oauth_token(api, "x"))["sub"] == bob["sub"]
    # bob already has an acme identity: another one cannot be moved in
    _error(
        api.request(
            "PATCH",
            "/user/trans/by/provider",
            token=bob["access_token"],
            json={"provider_token": _oauth_token(api, "y")},
        ),
        409,
        "already_exists",
    )
    _error(
        api.request("PATCH", "/user/trans/by/provider", json={"provider_token": _oauth_token(api, "y")}),
        401,
        "unauthenticated",
    )
    _error(
        api.request(
            "PATCH", "/user/trans/by/provider", token=bob["access_token"], json={"provider_token": "pt.nope"}
        ),
        400,
        "invalid_grant",
    )


def test_change_bound_provider_replaces_the_identity(api: EmulatorApi) -> None:
    _provider(api)
    alice, bob = api.sign_up(), api.sign_up()
    api.ok(
        "POST",
        "/user/provider/bind",
        token=bob["access_token"],
        json={"provider_token": _oauth_token(api, "x")},
    )
    api.ok(
        "POST",
        "/user/provider/bind",
        token=alice["access_token"],
        json={"provider_token": _oauth_token(api, "y")},
    )
    changed = api.ok(
        "POST",
        "/user/provider/acme/trans",
        token=bob["access_token"],
        json={"provider_trans_token": _oauth_token(api, "y")},
    )
    assert changed == {"client_id": ENV}
    bob_ids = _identities(api, bob["access_token"])
    assert len(bob_ids) == 1 and bob_ids == [("acme", bob_ids[0][1])]
    assert _sign_in(api, _oauth_token(api, "y"))["sub"] == bob["sub"], "y is bob's now"
    assert _identities(api, alice["access_token"]) == []
    assert _sign_in(api, _oauth_token(api, "x"))["sub"] not in (alice["sub"], bob["sub"]), (
        "x is nobody's: a new user"
    )
    github = api.ok(
        "POST", "/provider/token", headers=_device(), json={"provider_id": "github", "provider_code": "g"}
    )
    _error(
        api.post(
            "/user/provider/acme/trans",
            token=bob["access_token"],
            json={"provider_trans_token": github["provider_token"]},
        ),
        400,
        "invalid_grant",
    )
    _error(
        api.post("/user/provider/acme/trans", json={"provider_trans_token": "pt.x"}), 401, "unauthenticated"
    )


def test_binding_the_patched_token_again_gives_the_own_account_the_number(api: EmulatorApi) -> None:
    _app(api)
    token = _wx_grant(api, _wx_code(api, "o-gina")).json()["provider_token"]
    user = _sign_in(api, token)
    phone = f"+86 132{secrets.randbelow(10**8):08d}"
    code = api.ok("POST", "/emulator/v1/wechat/phone-codes", json={"appid": APP, "phone_number": phone})[
        "code"
    ]
    patched = api.ok(
        "PATCH",
        "/provider/token",
        json={"provider_token": token, "provider_params": {"provider_code_type": "phone", "code": code}},
    )
    api.ok(
        "POST",
        "/user/provider/bind",
        token=user["access_token"],
        json={"provider_token": patched["provider_token"]},
    )
    assert api.ok("GET", "/user/me", token=user["access_token"])["phone_number"] == phone


def test_control_routes_answer_bad_input_with_a_located_error(api: EmulatorApi) -> None:
    _provider(api)
    _app(api)
    bad = [
        ("/emulator/v1/oauth/providers/acme/codes", {"subject": "\ud800"}),
        ("/emulator/v1/oauth/providers/acme/codes", {}),
        ("/emulator/v1/wechat/codes", {"appid": APP}),
        ("/emulator/v1/wechat/codes", {"appid": APP, "openid": 42}),
        ("/emulator/v1/wechat/phone-codes", {"appid": APP, "phone_number": "not a number"}),
        ("/emulator/v1/wechat/apps", {"appid": ""}),
        ("/emulator/v1/qrcodes/qr.x", {"action": "dance"}),
    ]
    for path, body in bad:
        response = api.post(path, content=json.dumps(body), headers={"content-type": "application/json"})
        assert response.status_code == 400, (path, response.text)
        assert response.json()["error"] in ("invalid_argument", "invalid_phone_number"), response.text
    as_json = {"content-type": "application/json"}
    _error(api.post("/emulator/v1/wechat/codes", content=b"[1, 2]", headers=as_json), 400, "invalid_argument")
    _error(
        api.post("/emulator/v1/wechat/codes", content=b"{not json", headers=as_json), 400, "invalid_argument"
    )
    _error(api.post("/emulator/v1/wechat/codes", json={"appid": "wxnope", "openid": "o"}), 404, "not_found")
