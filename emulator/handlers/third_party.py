"""Third-party logins beyond the built-in providers: registered OAuth/OIDC providers (their
authorisation URL and the codes tests mint), WeChat mini-programs (``wx.login`` and phone codes
tests mint), phone numbers on provider tokens, password-free WeChat sign-in, moving an identity
between accounts, and the WeDa provider sub type.

Providers and mini-programs are registered through the control API
(``/emulator/v1/oauth/providers``, ``/emulator/v1/wechat/apps``); a registered provider with the
ID of a built-in one (``github``...) replaces it, so that only minted codes work.
"""

from __future__ import annotations

import base64
import hashlib
import math
from typing import Any
from urllib.parse import urlencode

from .. import login_state
from ..core import PROVIDER_TOKEN_TTL, Call, Emulator
from ..errors import ApiError
from ..store import User
from ..tokens import new_user_id, opaque
from .common import sign_in_user
from .registry import handler

OAUTH_CODE_TTL = 600  # inferred: an authorisation code is short-lived
WECHAT_CODE_TTL = 300  # WeChat: a wx.login code is valid 5 minutes
QRCODE_TTL = 300  # inferred


def issue_provider_token(
    emu: Emulator,
    provider_id: str,
    provider_user_id: str,
    name: str | None,
    picture: str | None = None,
    phone_number: str | None = None,
) -> dict[str, Any]:
    """Store a provider token; the grant/patch answer for it."""
    token = opaque("pt.", 24)
    with emu.store.atomic():
        emu.store.add_provider_token(
            token,
            {
                "provider_id": provider_id,
                "provider_user_id": provider_user_id,
                "name": name,
                "picture": picture,
                "expires_at": emu.now() + PROVIDER_TOKEN_TTL,
            },
        )
        if phone_number:
            login_state.set_token_phone(emu.store, token, phone_number)
    profile: dict[str, Any] = {"provider_id": provider_id}
    profile |= {k: v for k, v in (("name", name), ("picture", picture), ("phone_number", phone_number)) if v}
    return {"provider_token": token, "expires_in": PROVIDER_TOKEN_TTL, "provider_profile": profile}


def live_provider_token(emu: Emulator, token: str) -> dict[str, Any]:
    row = emu.store.get_provider_token(token)
    if row is None or row["expires_at"] <= emu.now():
        raise ApiError("invalid_grant", "provider token is invalid or expired")
    return row


def spend_if_one_time(emu: Emulator, token: str) -> None:
    """A provider token that a login QR code handed out is spent by the call that uses it (call
    inside that call's ``store.atomic()``, so a call that fails spends nothing). Anyone who knows
    the QR code's ID can read its status, and with it the token: once it has signed someone in,
    it must not sign in anybody else. The QR code's status is ``EXPIRED`` from then on."""
    if login_state.qrcode_by_provider_token(emu.store, token) is not None:
        emu.store.expire_provider_token(token, emu.now())


# grantProviderToken for registered providers and mini-programs ------------------------------
def grant_registered(emu: Emulator, call: Call) -> dict[str, Any] | None:
    """The grant for a registered OAuth provider or WeChat mini-program; None for the others."""
    body = call.body
    provider_id = str(body["provider_id"])
    params = body.get("provider_params") or {}
    if params.get("appid") and params["appid"] != provider_id:
        raise ApiError("invalid_argument", "provider_params.appid must be the provider_id (the mini-program)")
    if login_state.wechat_app(emu.store, provider_id) is not None:
        return _grant_wechat(emu, provider_id, body, params)
    provider = login_state.oauth_provider(emu.store, provider_id)
    if provider is None:
        if params:
            raise ApiError("provider_not_found", f"mini-program {provider_id!r} is not configured")
        return None
    if not body.get("provider_code"):
        raise ApiError(
            "invalid_argument", "provider_code is required (this provider accepts authorization codes)"
        )
    now = emu.now()
    with emu.store.atomic():
        code = login_state.oauth_code(emu.store, str(body["provider_code"]))
        if code is None or code["used"] or code["expires_at"] <= now or code["provider_id"] != provider_id:
            raise ApiError("invalid_grant", "provider code is invalid, expired or already used")
        # RFC 6749 4.1.3: a code bound to a redirect URI is redeemed with that same URI; leaving
        # it out is no way around the check.
        redirect = body.get("provider_redirect_uri")
        if code["redirect_uri"] and redirect != code["redirect_uri"]:
            raise ApiError(
                "invalid_grant",
                "provider_redirect_uri must be the redirect URI the code was issued for"
                if redirect
                else "provider_redirect_uri is required: the code was issued for a redirect URI",
            )
        login_state.use_oauth_code(emu.store, code["code"])
    subject = str(code["subject"])
    picture = f"https://avatars.example.com/{provider_id}/{subject}"
    return issue_provider_token(emu, provider_id, subject, code["name"] or subject, picture)


def _take_wechat_code(emu: Emulator, appid: str, raw: Any, kind: str) -> dict[str, Any]:
    what = "wx.login code (provider_code)" if kind == "login" else "phone code (provider_params.code)"
    if not raw:
        raise ApiError("invalid_argument", f"the {what} is required")
    now = emu.now()
    with emu.store.atomic():
        code = login_state.wechat_code(emu.store, str(raw))
        if (
            code is None
            or code["used"]
            or code["expires_at"] <= now
            or code["appid"] != appid
            or code["kind"] != kind
        ):
            raise ApiError("invalid_grant", f"the {what} is invalid, expired or already used")
        login_state.use_wechat_code(emu.store, code["code"])
    return code


def _grant_wechat(emu: Emulator, appid: str, body: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    code_type = params.get("provider_code_type") or "open_id"
    login = _take_wechat_code(emu, appid, body.get("provider_code"), "login")
    phone = None
    if code_type == "phone":
        phone = _take_wechat_code(emu, appid, params.get("code"), "phone")["phone_number"]
    if code_type == "union_id":
        if not login["unionid"]:
            raise ApiError("invalid_grant", "this WeChat user has no UnionID for this mini-program")
        subject = str(login["unionid"])
    else:
        subject = str(login["openid"])
    return issue_provider_token(emu, appid, subject, "WeChat user", phone_number=phone)


# phone numbers carried by provider tokens ----------------------------------------------------
def token_phone(emu: Emulator, token: str) -> str | None:
    return login_state.token_phone(emu.store, token)


def give_phone(emu: Emulator, user: User, phone: str | None) -> None:
    """The account gets the provider's phone number if it has none and no one else uses it."""
    if phone and user.phone_number is None and emu.store.find_user("phone_number", phone) is None:
        emu.store.update_user(user.id, phone_number=phone, updated_at=emu.now())


def user_for_phone_login(emu: Emulator, row: dict[str, Any], phone: str | None) -> User | None:
    """With a phone number on the token and no user bound to the identity: the account with that
    number, which the identity is bound to now."""
    if not phone:
        return None
    user = emu.store.find_user("phone_number", phone)
    if user is not None:
        emu.store.bind_identity(
            user.id, row["provider_id"], row["provider_user_id"], row["name"], row["picture"]
        )
    return user


@handler("patchProviderToken")
def patch_provider_token(emu: Emulator, call: Call) -> dict[str, Any]:
    body = call.body
    row = live_provider_token(emu, str(body["provider_token"]))
    if body.get("provider_id") and body["provider_id"] != row["provider_id"]:
        raise ApiError("invalid_grant", "provider token is for another provider")
    params = body.get("provider_params") or {}
    if params.get("encryptedData") and not params.get("code"):
        raise ApiError(
            "invalid_argument",
            "encryptedData/iv are not supported by the emulator; send the phone code as code",
        )
    if not params.get("code"):
        raise ApiError("invalid_argument", "provider_params.code is required")
    if params.get("provider_code_type", "phone") != "phone":
        raise ApiError("invalid_argument", "provider_params.provider_code_type must be phone")
    if login_state.wechat_app(emu.store, row["provider_id"]) is None:
        raise ApiError(
            "invalid_argument", "only a WeChat mini-program's provider token can carry a phone number"
        )
    phone = _take_wechat_code(emu, row["provider_id"], params["code"], "phone")["phone_number"]
    return issue_provider_token(
        emu, row["provider_id"], row["provider_user_id"], row["name"], row["picture"], phone_number=phone
    )


# provider/uri ---------------------------------------------------------------------------------
def _authorization_endpoint(emu: Emulator, provider_id: str) -> tuple[str, str, str | None]:
    """(authorization endpoint, the provider's client ID, sign-out URI) of a provider."""
    from .providers import PROVIDERS

    provider = login_state.oauth_provider(emu.store, provider_id)
    if provider is not None:
        return provider["authorization_endpoint"], provider["client_id"], provider["signout_uri"]
    if provider_id in PROVIDERS:
        homepage = PROVIDERS[provider_id][1]
        return f"{homepage}/oauth/authorize", f"{emu.env_id}-{provider_id}", None
    raise ApiError("provider_not_found", f"provider {provider_id!r} is not configured")


@handler("genProviderRedirectUri")
def gen_provider_redirect_uri(emu: Emulator, call: Call) -> dict[str, Any]:
    params = call.params
    provider_id = str(params["provider_id"])
    endpoint, client_id, signout_uri = _authorization_endpoint(emu, provider_id)
    redirect_uri = params.get("redirect_uri") or params.get("provider_redirect_uri")
    state = params.get("state")
    query: dict[str, str] = {
        "client_id": client_id,
        "response_type": str(params.get("response_type") or "code"),
    }
    if redirect_uri:
        query["redirect_uri"] = str(redirect_uri)
    if params.get("scope"):
        query["scope"] = str(params["scope"])
    if state:
        query["state"] = str(state)
        login_state.add_oauth_request(
            emu.store,
            {
                "provider_id": provider_id,
                "state": str(state),
                "redirect_uri": redirect_uri,
                "scope": params.get("scope"),
                "device": call.device_id,
                "created_at": emu.now(),
            },
        )
    answer: dict[str, Any] = {"uri": endpoint + ("&" if "?" in endpoint else "?") + urlencode(query)}
    if signout_uri:
        answer["signout_uri"] = signout_uri
    return answer


# moving identities ----------------------------------------------------------------------------
@handler("transByProvider")
def trans_by_provider(emu: Emulator, call: Call) -> dict[str, Any]:
    _, me = emu.require_user(call)
    with emu.store.atomic():
        row = live_provider_token(emu, str(call.body["provider_token"]))
        spend_if_one_time(emu, str(call.body["provider_token"]))
        mine = {r["provider_id"]: r for r in emu.store.identities(me.id)}.get(row["provider_id"])
        if mine is not None and mine["provider_user_id"] != row["provider_user_id"]:
            raise ApiError(
                "already_exists", f"the user already has a {row['provider_id']} identity; unbind it first"
            )
        login_state.move_identity(
            emu.store, row["provider_id"], row["provider_user_id"], me.id, row["name"], row["picture"]
        )
        session = sign_in_user(emu, call, me, row["provider_id"])
    return emu.token_response(session)


@handler("changeBoundProvider")
def change_bound_provider(emu: Emulator, call: Call) -> dict[str, Any]:
    session, me = emu.require_user(call)
    provider_id = str(call.params["provider_id"])
    with emu.store.atomic():
        row = live_provider_token(emu, str(call.body["provider_trans_token"]))
        if row["provider_id"] != provider_id:
            raise ApiError("invalid_grant", f"provider_trans_token is not a {provider_id} provider token")
        spend_if_one_time(emu, str(call.body["provider_trans_token"]))
        login_state.move_identity(
            emu.store, row["provider_id"], row["provider_user_id"], me.id, row["name"], row["picture"]
        )
    return {"client_id": session.client_id}


# WeDa and password-free WeChat sign-in ------------------------------------------------------------
@handler("getProviderSubType")
def get_provider_sub_type(emu: Emulator, call: Call) -> dict[str, Any]:
    if call.body["provider_id"] != "weda":
        raise ApiError("provider_not_found", "only the weda provider has a sub type")
    return {"id": "weda", "provider_sub_type": login_state.settings(emu.store)["weda_provider_sub_type"]}


@handler("signInWithWechat")
def sign_in_with_wechat(emu: Emulator, call: Call) -> dict[str, Any]:
    body = call.body
    if login_state.settings(emu.store)["weda_provider_sub_type"] != "NO_AUTH_LOGIN":
        raise ApiError("provider_not_enabled", "password-free login is not enabled")
    appid, openid = body.get("appid"), body.get("openid")
    if not appid or not openid:
        raise ApiError("invalid_argument", "appid and openid are required")
    if login_state.wechat_app(emu.store, str(appid)) is None:
        raise ApiError("provider_not_found", f"mini-program {appid!r} is not configured")
    with emu.store.atomic():
        user = emu.store.user_by_identity(str(appid), str(openid))
        if user is None:
            user = emu.store.create_user(new_user_id(), emu.now(), name="WeChat user")
            emu.store.bind_identity(user.id, str(appid), str(openid), "WeChat user", None)
        session = sign_in_user(emu, call, user, str(appid))
    return emu.token_response(session)


# login QR codes --------------------------------------------------------------------------------
def qrcode_image(qr_id: str) -> str:
    """A 21x21 module picture derived from the ID, with the three finder squares: it looks like a
    QR code but is not a scannable one (the emulator has no QR encoder)."""
    bits = "".join(f"{byte:08b}" for byte in hashlib.sha256(qr_id.encode()).digest() * 2)
    cells = []
    for y in range(21):
        for x in range(21):
            finder = any(0 <= x - fx < 7 and 0 <= y - fy < 7 for fx, fy in ((0, 0), (14, 0), (0, 14)))
            if finder:
                dx, dy = (x % 7 if x < 7 else (x - 14) % 7), (y % 7 if y < 7 else (y - 14) % 7)
                dark = dx in (0, 6) or dy in (0, 6) or (2 <= dx <= 4 and 2 <= dy <= 4)
            else:
                dark = bits[y * 21 + x] == "1"
            if dark:
                cells.append(f'<rect x="{x + 2}" y="{y + 2}" width="1" height="1"/>')
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="250" height="250" viewBox="0 0 25 25">'
        '<rect width="25" height="25" fill="#fff"/><g fill="#000">' + "".join(cells) + "</g></svg>"
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")


def _check_app(emu: Emulator, env_id: str, appid: str) -> None:
    if env_id != emu.env_id:
        raise ApiError("invalid_argument", "envId is not this environment")
    if login_state.wechat_app(emu.store, appid) is None:
        raise ApiError("provider_not_found", f"mini-program {appid!r} is not configured")


@handler("getMiniProgramQrCode")
def get_mini_program_qr_code(emu: Emulator, call: Call) -> dict[str, Any]:
    appid = str(call.body["wxAppId"])
    _check_app(emu, str(call.body["envId"]), appid)
    qr_id = opaque("qr.", 16)
    login_state.add_qrcode(emu.store, qr_id, appid, emu.now(), QRCODE_TTL)
    return {"qr_code": qrcode_image(qr_id), "qr_code_id": qr_id, "expires_in": QRCODE_TTL}


def qrcode_status(emu: Emulator, row: dict[str, Any]) -> tuple[str, int, str | None]:
    """(status, seconds left, provider token) of a QR code now."""
    now = emu.now()
    if row["status"] == "CONFIRMED":
        token = emu.store.get_provider_token(row["provider_token"])
        if token is not None and token["expires_at"] > now:
            return "CONFIRMED", math.ceil(token["expires_at"] - now), str(row["provider_token"])
        return "EXPIRED", 0, None
    if row["status"] in ("WAITING", "SCANNED") and row["expires_at"] <= now:
        return "EXPIRED", 0, None
    return str(row["status"]), max(0, math.ceil(row["expires_at"] - now)), None


@handler("getMiniProgramQrCodeStatus")
def get_mini_program_qr_code_status(emu: Emulator, call: Call) -> dict[str, Any]:
    body = call.body
    _check_app(emu, str(body["envId"]), str(body["wxAppId"]))
    row = login_state.qrcode(emu.store, str(body["qrCodeId"]))
    if row is None or row["appid"] != body["wxAppId"]:
        raise ApiError("not_found", "no such QR code")
    status, left, token = qrcode_status(emu, row)
    answer: dict[str, Any] = {"status": status, "expires_in": left}
    if token is not None:
        answer["provider_token"] = token
    return answer


def registered(emu: Emulator) -> dict[str, tuple[str, str, str]]:
    """Registered providers and mini-programs as ``id -> (name, homepage, provider_type)``."""
    found = {
        row["id"]: (row["name"], row["authorization_endpoint"], row["provider_type"])
        for row in login_state.oauth_providers(emu.store)
    }
    for app in login_state.wechat_apps(emu.store):
        found[app["appid"]] = (app["name"], "https://servicewechat.com", "WECHAT")
    return found
