"""Control routes for the sign-in gates and third-party logins.

- captcha: settings of the gate, and every captcha with its answer (what a person reads off
  the image);
- OAuth/OIDC providers: register one, see the authorisation requests ``provider/uri`` started,
  and mint an authorisation code (as the provider would after the user agreed);
- WeChat mini-programs: register one, mint ``wx.login`` codes and phone codes;
- WeDa: set the provider sub type;
- login QR codes: list them, and scan, confirm or cancel one (as the user's phone would).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import login_state
from .core import Emulator, rfc3339
from .errors import ApiError
from .handlers.common import normalize_phone
from .handlers.third_party import OAUTH_CODE_TTL, WECHAT_CODE_TTL, issue_provider_token, qrcode_status
from .tokens import opaque
from .wire import parse_json, read_body

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")


def _emulator(request: Request) -> Emulator:
    emulator: Emulator = request.app.state.emulator
    return emulator


async def _body(request: Request) -> dict[str, Any]:
    body = parse_json(await read_body(request))
    if not isinstance(body, dict):
        raise ApiError("invalid_argument", "body must be a JSON object")
    return body


def _text(body: dict[str, Any], name: str, *, required: bool = True) -> str | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ApiError("invalid_argument", f"{name} must be a non-empty string")
    return value.strip()


def _errors_as_json(function: Any) -> Any:
    from .api import error_response

    async def wrapped(request: Request) -> Response:
        try:
            result: Response = await function(request)
        except ApiError as error:
            return error_response(_emulator(request), error)
        except UnicodeEncodeError:  # a lone surrogate ("\ud800") parses as JSON but cannot be stored
            unstorable = ApiError("invalid_argument", "strings must be valid Unicode (no lone surrogates)")
            return error_response(_emulator(request), unstorable)
        return result

    wrapped.__name__ = function.__name__
    return wrapped


# captcha ------------------------------------------------------------------------------------
@_errors_as_json
async def captcha_settings(request: Request) -> Response:
    """GET: the gate's settings. POST ``{threshold?, window_seconds?}``: change them."""
    emu = _emulator(request)
    if request.method == "POST":
        body = await _body(request)
        for key, name in (("threshold", "captcha_threshold"), ("window_seconds", "captcha_window_seconds")):
            if key in body:
                value = body[key]
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ApiError("invalid_argument", f"{key} must be an integer >= 0")
                login_state.put_setting(emu.store, name, value)
    config = login_state.settings(emu.store)
    return JSONResponse(
        {"threshold": config["captcha_threshold"], "window_seconds": config["captcha_window_seconds"]}
    )


@_errors_as_json
async def captchas(request: Request) -> Response:
    """Every captcha created, oldest first, with its answer."""
    rows = login_state.captchas(_emulator(request).store)
    data = [
        {
            "token": row["token"],
            "answer": row["answer"],
            "state": row["state"],
            "created_at": rfc3339(row["created_at"]),
            "expires_at": rfc3339(row["expires_at"]),
            "used": bool(row["used"]),
        }
        for row in rows
    ]
    return JSONResponse({"total": len(data), "data": data})


# OAuth providers ----------------------------------------------------------------------------
@_errors_as_json
async def oauth_providers(request: Request) -> Response:
    """POST ``{id, name?, type?: OAUTH|OIDC, authorization_endpoint?, client_id?, signout_uri?}``
    registers (or replaces) a provider; GET lists them."""
    emu = _emulator(request)
    if request.method == "POST":
        body = await _body(request)
        provider_id = _text(body, "id")
        assert provider_id is not None
        if not _ID.match(provider_id):
            raise ApiError("invalid_argument", "id must be 1-64 letters, digits or _.:- (starting with one)")
        kind = body.get("type", "OIDC")
        if kind not in ("OAUTH", "OIDC"):
            raise ApiError("invalid_argument", "type must be OAUTH or OIDC")
        endpoint = _text(body, "authorization_endpoint", required=False) or (
            f"https://{provider_id}.idp.example.com/authorize"
        )
        if not endpoint.startswith(("https://", "http://")):
            raise ApiError("invalid_argument", "authorization_endpoint must be an http(s) URL")
        login_state.add_oauth_provider(
            emu.store,
            {
                "id": provider_id,
                "name": _text(body, "name", required=False) or provider_id,
                "provider_type": kind,
                "authorization_endpoint": endpoint,
                "client_id": _text(body, "client_id", required=False) or f"{emu.env_id}-{provider_id}",
                "signout_uri": _text(body, "signout_uri", required=False),
            },
        )
    data = [
        {
            "id": row["id"],
            "name": row["name"],
            "type": row["provider_type"],
            "authorization_endpoint": row["authorization_endpoint"],
            "client_id": row["client_id"],
        }
        for row in login_state.oauth_providers(emu.store)
    ]
    return JSONResponse({"total": len(data), "data": data})


@_errors_as_json
async def oauth_requests(request: Request) -> Response:
    """Authorisation requests started by ``provider/uri`` (with a state), oldest first."""
    rows = login_state.oauth_requests(_emulator(request).store)
    data = [
        {
            "provider_id": row["provider_id"],
            "state": row["state"],
            "redirect_uri": row["redirect_uri"],
            "scope": row["scope"],
            "created_at": rfc3339(row["created_at"]),
        }
        for row in rows
    ]
    return JSONResponse({"total": len(data), "data": data})


@_errors_as_json
async def oauth_codes(request: Request) -> Response:
    """POST ``{subject, name?, email?, state?}``: the provider's authorisation code for the user
    ``subject`` (valid 600 s, once). With ``state`` (from a ``provider/uri`` call) the code is
    bound to that request's redirect URI, and ``redirect_to`` is where the provider would send
    the browser."""
    emu = _emulator(request)
    provider_id = request.path_params["provider_id"]
    if login_state.oauth_provider(emu.store, provider_id) is None:
        raise ApiError("not_found", f"no registered provider {provider_id!r}")
    body = await _body(request)
    subject = _text(body, "subject")
    state = _text(body, "state", required=False)
    redirect_uri = None
    if state is not None:
        pending = login_state.oauth_request(emu.store, provider_id, state)
        if pending is None:
            raise ApiError("not_found", "no provider/uri request with this state")
        redirect_uri = pending["redirect_uri"]
    code = opaque("ac.", 20)
    login_state.add_oauth_code(
        emu.store,
        {
            "code": code,
            "provider_id": provider_id,
            "subject": subject,
            "name": _text(body, "name", required=False),
            "email": _text(body, "email", required=False),
            "redirect_uri": redirect_uri,
            "state": state,
            "expires_at": emu.now() + OAUTH_CODE_TTL,
        },
    )
    answer: dict[str, Any] = {"code": code, "expires_in": OAUTH_CODE_TTL}
    if redirect_uri:
        query = {"code": code, **({"state": state} if state else {})}
        answer["redirect_to"] = redirect_uri + ("&" if "?" in redirect_uri else "?") + urlencode(query)
    return JSONResponse(answer)


# WeChat mini-programs -------------------------------------------------------------------------
@_errors_as_json
async def wechat_apps(request: Request) -> Response:
    """POST ``{appid, name?}`` registers a mini-program (its AppID is its provider ID)."""
    emu = _emulator(request)
    body = await _body(request)
    appid = _text(body, "appid")
    assert appid is not None
    if not _ID.match(appid):
        raise ApiError("invalid_argument", "appid must be 1-64 letters, digits or _.:-")
    name = _text(body, "name", required=False) or appid
    login_state.add_wechat_app(emu.store, appid, name)
    return JSONResponse({"appid": appid, "name": name})


def _app(emu: Emulator, body: dict[str, Any]) -> str:
    appid = _text(body, "appid")
    assert appid is not None
    if login_state.wechat_app(emu.store, appid) is None:
        raise ApiError("not_found", f"no registered mini-program {appid!r}")
    return appid


@_errors_as_json
async def wechat_codes(request: Request) -> Response:
    """POST ``{appid, openid, unionid?}``: a ``wx.login`` code for that user (300 s, once)."""
    emu = _emulator(request)
    body = await _body(request)
    appid = _app(emu, body)
    code = opaque("wx.", 20)
    login_state.add_wechat_code(
        emu.store,
        {
            "code": code,
            "appid": appid,
            "kind": "login",
            "openid": _text(body, "openid"),
            "unionid": _text(body, "unionid", required=False),
            "expires_at": emu.now() + WECHAT_CODE_TTL,
        },
    )
    return JSONResponse({"code": code, "expires_in": WECHAT_CODE_TTL})


@_errors_as_json
async def wechat_phone_codes(request: Request) -> Response:
    """POST ``{appid, phone_number}``: a ``getPhoneNumber`` code for that number (300 s, once)."""
    emu = _emulator(request)
    body = await _body(request)
    appid = _app(emu, body)
    phone = normalize_phone(str(_text(body, "phone_number")))
    code = opaque("ph.", 20)
    login_state.add_wechat_code(
        emu.store,
        {
            "code": code,
            "appid": appid,
            "kind": "phone",
            "phone_number": phone,
            "expires_at": emu.now() + WECHAT_CODE_TTL,
        },
    )
    return JSONResponse({"code": code, "expires_in": WECHAT_CODE_TTL})


@_errors_as_json
async def weda(request: Request) -> Response:
    """POST ``{provider_sub_type?: "NO_AUTH_LOGIN" | "", need_weda_resource?: bool}`` (at least
    one): what providerSubType answers (and whether ``signin/wechat/noauth`` works), and whether
    the tokens of a sign-in say ``need_weda_resource: true`` (left out otherwise)."""
    emu = _emulator(request)
    body = await _body(request)
    if "provider_sub_type" not in body and "need_weda_resource" not in body:
        raise ApiError("invalid_argument", "send provider_sub_type or need_weda_resource")
    if "provider_sub_type" in body:
        sub_type = body["provider_sub_type"]
        if sub_type not in ("NO_AUTH_LOGIN", ""):
            raise ApiError("invalid_argument", 'provider_sub_type must be "NO_AUTH_LOGIN" or ""')
        login_state.put_setting(emu.store, "weda_provider_sub_type", sub_type)
    if "need_weda_resource" in body:
        if not isinstance(body["need_weda_resource"], bool):
            raise ApiError("invalid_argument", "need_weda_resource must be true or false")
        login_state.put_setting(emu.store, "need_weda_resource", body["need_weda_resource"])
    config = login_state.settings(emu.store)
    return JSONResponse(
        {
            "id": "weda",
            "provider_sub_type": config["weda_provider_sub_type"],
            "need_weda_resource": config["need_weda_resource"],
        }
    )


# login QR codes ------------------------------------------------------------------------------
@_errors_as_json
async def qrcodes(request: Request) -> Response:
    """Every login QR code, oldest first, with its status now."""
    emu = _emulator(request)
    data = []
    for row in login_state.qrcodes(emu.store):
        status, left, _token = qrcode_status(emu, row)
        data.append(
            {"qr_code_id": row["id"], "wx_app_id": row["appid"], "status": status, "expires_in": left}
        )
    return JSONResponse({"total": len(data), "data": data})


_MOVES = {"scan": ("WAITING",), "confirm": ("WAITING", "SCANNED"), "cancel": ("WAITING", "SCANNED")}


_STATUS = re.compile(r"[A-Z][A-Z0-9_]{0,63}")


def _force_qrcode_status(emu: Emulator, qr_id: str, status: Any) -> Response:
    if not isinstance(status, str) or not _STATUS.fullmatch(status):
        raise ApiError("invalid_argument", "status must be an upper-case word such as SCANNED")
    with emu.store.atomic():
        row = login_state.qrcode(emu.store, qr_id)
        if row is None:
            raise ApiError("not_found", "no such QR code")
        login_state.update_qrcode(emu.store, qr_id, status=status)
        row = login_state.qrcode(emu.store, qr_id)
    assert row is not None
    shown, left, _token = qrcode_status(emu, row)
    return JSONResponse({"qr_code_id": qr_id, "status": shown, "expires_in": left})


@_errors_as_json
async def qrcode_action(request: Request) -> Response:
    """POST ``{action: scan | confirm | cancel, openid?}``: what the user's phone does. Confirming
    needs the ``openid`` of the WeChat user and issues the provider token of that identity.
    POST ``{status: WORD}`` instead puts the code in any state, including ones the spec does not
    list (`QrCodeStatusResponse.status` is open: a client must keep an unknown value)."""
    emu = _emulator(request)
    qr_id = request.path_params["qr_code_id"]
    body = await _body(request)
    action = body.get("action")
    if action is None and "status" in body:
        return _force_qrcode_status(emu, qr_id, body["status"])
    if action not in _MOVES:
        raise ApiError("invalid_argument", "action must be scan, confirm or cancel")
    with emu.store.atomic():
        row = login_state.qrcode(emu.store, qr_id)
        if row is None:
            raise ApiError("not_found", "no such QR code")
        status, _left, _token = qrcode_status(emu, row)
        if status not in _MOVES[action]:
            raise ApiError("failed_precondition", f"cannot {action} a QR code that is {status}")
        if action == "scan":
            login_state.update_qrcode(emu.store, qr_id, status="SCANNED")
        elif action == "cancel":
            login_state.update_qrcode(emu.store, qr_id, status="CANCELLED")
        else:
            openid = _text(body, "openid")
            assert openid is not None
            granted = issue_provider_token(emu, row["appid"], openid, "WeChat user")
            login_state.update_qrcode(
                emu.store, qr_id, status="CONFIRMED", openid=openid, provider_token=granted["provider_token"]
            )
        row = login_state.qrcode(emu.store, qr_id)
    assert row is not None
    status, left, _token = qrcode_status(emu, row)
    return JSONResponse({"qr_code_id": qr_id, "status": status, "expires_in": left})


routes = [
    Route("/captcha/settings", captcha_settings, methods=["GET", "POST"]),
    Route("/captchas", captchas, methods=["GET"]),
    Route("/oauth/providers", oauth_providers, methods=["GET", "POST"]),
    Route("/oauth/requests", oauth_requests, methods=["GET"]),
    Route("/oauth/providers/{provider_id}/codes", oauth_codes, methods=["POST"]),
    Route("/wechat/apps", wechat_apps, methods=["POST"]),
    Route("/wechat/codes", wechat_codes, methods=["POST"]),
    Route("/wechat/phone-codes", wechat_phone_codes, methods=["POST"]),
    Route("/weda", weda, methods=["POST"]),
    Route("/qrcodes", qrcodes, methods=["GET"]),
    Route("/qrcodes/{qr_code_id}", qrcode_action, methods=["POST"]),
]
