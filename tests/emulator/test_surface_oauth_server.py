"""Surface group B in the emulator: CloudBase as an OAuth server. Authorization codes bound to
client, redirect URI and PKCE challenge; the consent screen's info (Bearer or Basic); the device
flow (RFC 8628) with authorization_pending, slow_down, expired_token and a one-time device code."""

from __future__ import annotations

import base64
import hashlib
import secrets

import httpx
import jwt
import pytest

from emulator.testing import EmulatorApi

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
REDIRECT = "https://shop.example.com/callback"


def _error(response: httpx.Response, status: int, error: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error, body
    assert isinstance(body["error_code"], int) and isinstance(body["error_description"], str)


def _pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def _client(api: EmulatorApi, **extra: object) -> str:
    client_id = f"shop-{secrets.token_hex(3)}"
    body = {
        "client_id": client_id,
        "name": "Tea Shop",
        "redirect_uris": [REDIRECT],
        "scopes": ["openid", "profile"],
        **extra,
    }
    api.ok("POST", "/emulator/v1/oauth-clients", json=body)
    return client_id


def _user(api: EmulatorApi) -> dict[str, object]:
    return api.sign_up(f"sso-{secrets.token_hex(4)}@example.com")


def _code(api: EmulatorApi, token: str, client_id: str, challenge: str, **extra: object) -> dict[str, object]:
    body = {
        "client_id": client_id,
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "scope": "openid profile",
        "state": "st-1",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        **extra,
    }
    return api.ok("POST", "/user/authorize", token=token, json=body)


def _redeem(api: EmulatorApi, client_id: str, code: object, verifier: str, **extra: object) -> httpx.Response:
    body = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
        "client_id": client_id,
        **extra,
    }
    return api.post("/token", json=body)


def test_authorization_code_with_pkce_gives_the_user_a_session_for_the_app_once(api: EmulatorApi) -> None:
    client_id = _client(api)
    user = _user(api)
    verifier, challenge = _pkce()
    issued = _code(api, str(user["access_token"]), client_id, challenge)
    assert issued["state"] == "st-1" and issued["scope"] == "openid profile" and issued["expires_in"] == 600
    redeemed = _redeem(api, client_id, issued["code"], verifier, nonce="n-42")
    assert redeemed.status_code == 200, redeemed.text
    tokens = redeemed.json()
    assert tokens["sub"] == user["sub"] and tokens["refresh_token"]
    assert api.introspect(tokens["access_token"])["client_id"] == client_id, "the session belongs to the app"
    claims = jwt.decode(tokens["id_token"], options={"verify_signature": False})
    assert (claims["sub"], claims["aud"], claims["nonce"]) == (user["sub"], client_id, "n-42")
    # spent once; the second use also ends what the first one gave (RFC 6749 section 4.1.2)
    _error(_redeem(api, client_id, issued["code"], verifier), 400, "invalid_grant")
    assert api.introspect(tokens["access_token"]) == {}


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"code_verifier": "x" * 64}, "wrong verifier"),
        ({"code_verifier": None}, "no verifier"),
        ({"redirect_uri": "https://shop.example.com/other"}, "another redirect URI"),
        ({"client_id": "emulator-env"}, "another client"),
        ({"code": "ac.not-issued"}, "unknown code"),
    ],
)
def test_a_code_redeemed_wrongly_fails_with_invalid_grant_and_stays_usable(
    asgi_api: EmulatorApi, change: dict[str, object], why: str
) -> None:
    api = asgi_api
    client_id = _client(api)
    verifier, challenge = _pkce()
    issued = _code(api, str(_user(api)["access_token"]), client_id, challenge)
    body = {
        "grant_type": "authorization_code",
        "code": issued["code"],
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
        "client_id": client_id,
    }
    body.update(change)
    response = api.post("/token", json={k: v for k, v in body.items() if v is not None})
    _error(response, 400, "invalid_grant")
    assert _redeem(api, client_id, issued["code"], verifier).status_code == 200, why


def test_an_expired_code_fails_and_plain_pkce_works(asgi_api: EmulatorApi) -> None:
    api = asgi_api
    client_id = _client(api)
    token = str(_user(api)["access_token"])
    verifier = secrets.token_urlsafe(48)
    issued = _code(api, token, client_id, verifier, code_challenge_method="plain")
    assert _redeem(api, client_id, issued["code"], verifier).status_code == 200
    _, challenge = _pkce()
    stale = _code(api, token, client_id, challenge)
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 601})
    _error(_redeem(api, client_id, stale["code"], "irrelevant-" + "v" * 40), 400, "invalid_grant")


def test_authorize_checks_client_redirect_uri_scope_and_response_type(asgi_api: EmulatorApi) -> None:
    api = asgi_api
    client_id = _client(api)
    token = str(_user(api)["access_token"])
    _, challenge = _pkce()
    cases = [
        ({"client_id": "no-such-app"}, 401, "invalid_client"),
        ({"redirect_uri": "https://evil.example.com/cb"}, 400, "invalid_request"),
        ({"redirect_uri": None}, 400, "invalid_request"),
        ({"scope": "openid phone"}, 400, "invalid_scope"),
        ({"response_type": "token"}, 400, "unsupported_response_type"),
        ({"code_challenge": None}, 400, "invalid_request"),  # a method without a challenge
    ]
    for change, status, error in cases:
        body = {
            "client_id": client_id,
            "response_type": "code",
            "redirect_uri": REDIRECT,
            "scope": "openid",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
        body.update(change)
        _error(
            api.request(
                "POST", "/user/authorize", token=token, json={k: v for k, v in body.items() if v is not None}
            ),
            status,
            error,
        )
    _error(api.post("/user/authorize", json={"client_id": client_id}), 401, "unauthenticated")
    # the environment's own client takes any redirect URI and, without scope, all its scopes
    issued = api.ok(
        "POST", "/user/authorize", token=token, json={"redirect_uri": "https://anything.example.com/"}
    )
    assert set(str(issued["scope"]).split()) == {"openid", "profile", "email", "phone"}


def test_authorize_info_with_bearer_or_basic(api: EmulatorApi) -> None:
    client_id = _client(api, client_secret="s3cret", description="Orders", url="https://shop.example.com")
    token = str(_user(api)["access_token"])
    params = {"client_id": client_id, "response_type": "code", "redirect_uri": REDIRECT, "scope": "profile"}
    info = api.ok("GET", "/user/authorize/info", token=token, params=params)
    assert info["client"] == {
        "id": client_id,
        "name": "Tea Shop",
        "description": "Orders",
        "url": "https://shop.example.com",
    }
    assert [s["id"] for s in info["scopes"]] == ["profile"] and info["scopes"][0]["name"]
    basic = base64.b64encode(f"{client_id}:s3cret".encode()).decode()
    by_client = api.ok(
        "GET", "/user/authorize/info", headers={"Authorization": f"Basic {basic}"}, params=params
    )
    assert by_client == info
    wrong = base64.b64encode(f"{client_id}:nope".encode()).decode()
    _error(
        api.get("/user/authorize/info", headers={"Authorization": f"Basic {wrong}"}, params=params),
        401,
        "invalid_client",
    )
    _error(api.get("/user/authorize/info", params=params), 401, "invalid_client")
    _error(api.get("/user/authorize/info", token="not-a-token", params=params), 401, "unauthenticated")
    _error(
        api.get("/user/authorize/info", token=token, params={**params, "scope": "email"}),
        400,
        "invalid_scope",
    )
    _error(
        api.get("/user/authorize/info", token=token, params={**params, "redirect_uri": "https://x.example/"}),
        400,
        "invalid_request",
    )


def _device(api: EmulatorApi, **body: object) -> dict[str, object]:
    return api.ok("POST", "/device/code", params={"client_id": "emulator-env"}, json=body)


def _poll(api: EmulatorApi, device_code: object) -> httpx.Response:
    return api.post(
        "/token", json={"grant_type": DEVICE_GRANT, "device_code": device_code, "client_id": "emulator-env"}
    )


def _advance(api: EmulatorApi, seconds: float) -> None:
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": seconds})


def test_device_flow_pending_slow_down_then_tokens_once(api: EmulatorApi) -> None:
    started = _device(api, scope="openid")
    assert started["expires_in"] == 600 and started["interval"] == 3
    code = str(started["user_code"])
    assert len(code) == 9 and code[4] == "-" and not set(code.replace("-", "")) & set("01IO")
    assert str(started["verification_uri_complete"]).endswith(code)
    _error(_poll(api, started["device_code"]), 400, "authorization_pending")
    _error(_poll(api, started["device_code"]), 400, "slow_down")  # again at once: too fast
    _advance(api, 4)  # the interval is 8 s now (3 + 5)
    _error(_poll(api, started["device_code"]), 400, "slow_down")
    user = _user(api)
    shown = [d for d in api.ok("GET", "/emulator/v1/device-codes")["data"] if d["user_code"] == code]
    assert shown and shown[0]["status"] == "pending" and "device_code" not in shown[0]
    typed = code.lower().replace("-", " ")  # case and the dash do not matter
    assert (
        api.ok("POST", "/user/device/authorize", token=str(user["access_token"]), json={"user_code": typed})
        == {}
    )
    _advance(api, 14)
    tokens = _poll(api, started["device_code"])
    assert tokens.status_code == 200, tokens.text
    assert (
        tokens.json()["sub"] == user["sub"]
        and api.introspect(tokens.json()["access_token"])["sub"] == user["sub"]
    )
    _advance(api, 14)
    _error(_poll(api, started["device_code"]), 400, "invalid_grant")  # spent once
    _error(
        api.request(
            "POST", "/user/device/authorize", token=str(user["access_token"]), json={"user_code": code}
        ),
        404,
        "not_found",
    )


def test_device_code_expires(asgi_api: EmulatorApi) -> None:
    api = asgi_api
    started = _device(api)
    _advance(api, 601)
    _error(_poll(api, started["device_code"]), 400, "expired_token")
    user = _user(api)
    _error(
        api.request(
            "POST",
            "/user/device/authorize",
            token=str(user["access_token"]),
            json={"user_code": started["user_code"]},
        ),
        400,
        "expired_token",
    )
    _error(
        api.request(
            "POST", "/user/device/authorize", token=str(user["access_token"]), json={"user_code": "ZZZZ-ZZZZ"}
        ),
        404,
        "not_found",
    )
    _error(api.post("/user/device/authorize", json={"user_code": "ZZZZ-ZZZZ"}), 401, "unauthenticated")


def test_device_code_checks_client_scope_and_an_optional_bearer(asgi_api: EmulatorApi) -> None:
    api = asgi_api
    _error(api.post("/device/code", params={"client_id": "no-such-app"}, json={}), 401, "invalid_client")
    _error(api.post("/device/code", json={"scope": "admin"}), 400, "invalid_scope")
    _error(api.post("/device/code", token="not-a-token", json={}), 401, "unauthenticated")
    user = _user(api)
    signed_in = api.ok("POST", "/device/code", token=str(user["access_token"]), json={})
    assert signed_in["device_code"]
    client_id = _client(api)
    started = api.ok("POST", "/device/code", json={"client_id": client_id})  # the CLI page's shape
    _error(_poll(api, started["device_code"]), 400, "invalid_grant")  # polled as another client
    _error(api.post("/token", json={"grant_type": DEVICE_GRANT}), 400, "invalid_request")


def test_oauth_clients_control_route_rejects_bad_input(asgi_api: EmulatorApi) -> None:
    api = asgi_api
    for body in (
        {"name": "x"},
        {"client_id": "a"},
        {"client_id": "a", "name": "x", "scopes": ["admin"]},
        {"client_id": "a", "name": "x", "redirect_uris": "https://x"},
    ):
        response = api.post("/emulator/v1/oauth-clients", json=body)
        assert response.status_code == 400 and response.json()["error"] == "invalid_argument", body
    client_id = _client(api, client_secret="hidden")
    listed = [c for c in api.ok("GET", "/emulator/v1/oauth-clients")["data"] if c["client_id"] == client_id]
    assert listed == [
        {
            "client_id": client_id,
            "name": "Tea Shop",
            "redirect_uris": [REDIRECT],
            "scopes": ["openid", "profile"],
            "has_secret": True,
        }
    ]
