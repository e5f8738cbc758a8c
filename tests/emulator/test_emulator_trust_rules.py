"""Regression tests for issue 28 items 1-5: the emulator checks what a real service checks. Each
test is named after its finding; each runs in-process and over loopback HTTP (the ``api``
fixture). The property-based sweep of item 4 is ``test_emulator_property.py``."""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any

import httpx
import pytest

from emulator.testing import PASSWORD, EmulatorApi

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
REDIRECT = "https://shop.example.com/callback"
WECHAT_APP = "wx5a5a5a5a5a5a5a5a"


def _error(response: httpx.Response, status: int, error: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error", "error_code", "error_description"}, body
    assert body["error"] == error, body
    return body


def _email(tag: str = "u") -> str:
    return f"{tag}-{secrets.token_hex(4)}@example.com"


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def _later(api: EmulatorApi, seconds: int = 61) -> None:
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": seconds})


# item 1: the admin token and confidential clients ---------------------------------------------


def test_item1_client_credentials_refuses_an_invented_basic_pair(api: EmulatorApi) -> None:
    victim = api.sign_up(_email("victim"))
    invented = _basic("AKIDinvented", "made-up-secret")
    body = _error(
        api.post("/token", headers=invented, json={"grant_type": "client_credentials"}), 401, "invalid_client"
    )
    assert "made-up-secret" not in str(body)
    # the same pair on /token/clientCredential was refused before this fix, and still is
    _error(
        api.post("/token/clientCredential", headers=invented, json={"grant_type": "client_credentials"}),
        401,
        "invalid_client",
    )
    # a known SecretId with another SecretKey is no better
    known = api.ok("GET", "/emulator/v1/admin-credentials")["key_pairs"][0]["secret_id"]
    _error(
        api.post("/token", headers=_basic(known, "wrong"), json={"grant_type": "client_credentials"}),
        401,
        "invalid_client",
    )
    # nothing was minted: no session beyond the victim's own
    sessions = api.ok("GET", "/emulator/v1/sessions")["data"]
    assert [s["sub"] for s in sessions] == [victim["sub"]]


def test_item1_client_credentials_with_a_known_pair_is_an_administrator(api: EmulatorApi) -> None:
    email = _email("looked-up")
    api.sign_up(email)
    api.ok(
        "POST", "/emulator/v1/admin-credentials", json={"secret_id": "AKIDmine", "secret_key": "s3cr3t-ké"}
    )
    admin = api.ok(
        "POST", "/token", headers=_basic("AKIDmine", "s3cr3t-ké"), json={"grant_type": "client_credentials"}
    )
    assert admin["scope"] == "admin" and "refresh_token" not in admin
    found = api.ok("GET", "/user/query", token=admin["access_token"], params={"email": email})
    assert found["data"][0]["email"] == email


def _oauth_client(api: EmulatorApi, secret: str | None) -> str:
    client_id = f"shop-{secrets.token_hex(3)}"
    body: dict[str, Any] = {"client_id": client_id, "name": "Tea Shop", "redirect_uris": [REDIRECT]}
    if secret is not None:
        body["client_secret"] = secret
    api.ok("POST", "/emulator/v1/oauth-clients", json=body)
    return client_id


def _code_for(api: EmulatorApi, client_id: str, **extra: Any) -> str:
    user = api.sign_up(_email("sso"))
    answer = api.ok(
        "POST",
        "/user/authorize",
        token=user["access_token"],
        json={"client_id": client_id, "response_type": "code", "redirect_uri": REDIRECT, **extra},
    )
    return str(answer["code"])


def _redeem(
    api: EmulatorApi, client_id: str, code: str, *, named: bool | None = None, **extra: Any
) -> httpx.Response:
    """Redeem ``code``; ``client_id`` goes in the body unless Basic credentials are sent (or
    ``named`` says otherwise)."""
    headers = extra.pop("headers", {})
    body = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT, **extra}
    if named if named is not None else "Authorization" not in headers:
        body["client_id"] = client_id
    return api.post("/token", headers=headers, json=body)


def test_item1_a_confidential_client_redeems_a_code_only_with_its_secret(api: EmulatorApi) -> None:
    client_id = _oauth_client(api, secret="tea-shop-secret")
    code = _code_for(api, client_id)
    _error(_redeem(api, client_id, code), 401, "invalid_client")  # no secret at all
    _error(_redeem(api, client_id, code, client_secret="guess"), 401, "invalid_client")
    _error(_redeem(api, client_id, code, headers=_basic(client_id, "guess")), 401, "invalid_client")
    _error(  # a Basic pair of another client, beside this client's client_id
        _redeem(api, client_id, code, named=True, headers=_basic("another", "tea-shop-secret")),
        401,
        "invalid_client",
    )
    # refusing the client leaves the code usable, as for the other mismatches
    assert _redeem(api, client_id, code, client_secret="tea-shop-secret").status_code == 200
    # Basic client_id:client_secret works as well (RFC 6749 2.3.1)
    other = _code_for(api, client_id)
    tokens = _redeem(api, client_id, other, headers=_basic(client_id, "tea-shop-secret"))
    assert tokens.status_code == 200, tokens.text
    assert api.introspect(tokens.json()["access_token"])["client_id"] == client_id


def test_item1_a_public_client_redeems_a_code_without_a_secret(api: EmulatorApi) -> None:
    client_id = _oauth_client(api, secret=None)
    assert _redeem(api, client_id, _code_for(api, client_id)).status_code == 200
    # the environment's own client is public too: the SDK sends client_secret ""
    env_id = api.ok("GET", "/emulator/v1/health")["env_id"]
    user = api.sign_up(_email("env"))
    code = api.ok("POST", "/user/authorize", token=user["access_token"], json={"response_type": "code"})[
        "code"
    ]
    redeemed = api.post(
        "/token",
        json={"grant_type": "authorization_code", "code": code, "client_id": env_id, "client_secret": ""},
    )
    assert redeemed.status_code == 200, redeemed.text


def test_item1_a_confidential_client_polls_the_device_flow_only_with_its_secret(api: EmulatorApi) -> None:
    client_id = _oauth_client(api, secret="tv-secret")
    started = api.ok("POST", "/device/code", params={"client_id": client_id}, json={})
    user = api.sign_up(_email("tv"))
    api.ok(
        "POST", "/user/device/authorize", token=user["access_token"], json={"user_code": started["user_code"]}
    )
    poll = {"grant_type": DEVICE_GRANT, "device_code": started["device_code"], "client_id": client_id}
    _error(api.post("/token", json=poll), 401, "invalid_client")
    tokens = api.ok("POST", "/token", json={**poll, "client_secret": "tv-secret"})
    assert tokens["sub"] == user["sub"]


# item 2: the captcha gate counts accounts, not only devices -------------------------------------


def _wrong(api: EmulatorApi, login: str, device: str | None = None) -> httpx.Response:
    headers = {} if device is None else {"x-device-id": device}
    return api.post("/signin", headers=headers, json={"username": login, "password": "Wrong-pass1!"})


def test_item2_wrong_passwords_without_a_device_id_reach_the_captcha_gate(api: EmulatorApi) -> None:
    email = _email("victim")
    api.sign_up(email)
    for _ in range(5):
        _error(_wrong(api, email), 400, "invalid_username_or_password")
    _error(_wrong(api, email), 400, "captcha_required")
    # even the right password now needs a captcha: the guesser cannot tell it was right
    _error(api.post("/signin", json={"username": email, "password": PASSWORD}), 400, "captcha_required")


def test_item2_a_new_device_id_per_call_does_not_reset_the_count(api: EmulatorApi) -> None:
    phone = f"+86 139{secrets.randbelow(10**8):08d}"
    api.sign_up(phone)
    # every way of writing the number names the same account
    spellings = [
        phone,
        phone.removeprefix("+86 "),
        "86" + phone.removeprefix("+86 "),
        phone.replace(" ", "-"),
    ]
    for index in range(5):
        _error(
            _wrong(api, spellings[index % 4], device=secrets.token_hex(8)),
            400,
            "invalid_username_or_password",
        )
    _error(_wrong(api, phone, device=secrets.token_hex(8)), 400, "captcha_required")


def test_item2_guesses_at_an_account_that_does_not_exist_count_too(api: EmulatorApi) -> None:
    ghost = _email("ghost")
    for _ in range(5):
        _error(_wrong(api, ghost.upper(), device=secrets.token_hex(8)), 400, "invalid_username_or_password")
    _error(_wrong(api, ghost), 400, "captcha_required")
    _error(_wrong(api, _email("someone-else")), 400, "invalid_username_or_password")  # other accounts are not


def _solve(api: EmulatorApi) -> str:
    created = api.ok("POST", "/captcha/data", json={"state": "POST:/auth/v1/signin"})
    answer = next(
        row["answer"]
        for row in api.ok("GET", "/emulator/v1/captchas")["data"]
        if row["token"] == created["token"]
    )
    solved = api.ok("POST", "/captcha/data/verify", json={"token": created["token"], "key": answer})
    return str(solved["captcha_token"])


def test_item2_the_owners_sign_in_clears_the_account_and_a_guessers_own_sign_in_does_not(
    api: EmulatorApi,
) -> None:
    victim, mallory = _email("victim"), _email("mallory")
    api.sign_up(victim)
    api.sign_up(mallory)
    device = secrets.token_hex(8)
    for _ in range(4):
        _error(_wrong(api, victim, device=device), 400, "invalid_username_or_password")
    # Mallory signs in to her own account from the same device: that clears her device and her
    # account, not the victim's four failures
    api.ok(
        "POST", "/signin", headers={"x-device-id": device}, json={"username": mallory, "password": PASSWORD}
    )
    _error(_wrong(api, victim, device=secrets.token_hex(8)), 400, "invalid_username_or_password")
    _error(_wrong(api, victim), 400, "captcha_required")
    # the owner solves a captcha and signs in: the count starts again
    signed_in = api.post(
        "/signin", params={"captcha_token": _solve(api)}, json={"username": victim, "password": PASSWORD}
    )
    assert signed_in.status_code == 200, signed_in.text
    _error(_wrong(api, victim), 400, "invalid_username_or_password")


def test_item2_codes_sent_to_one_address_from_many_devices_reach_the_gate(api: EmulatorApi) -> None:
    email = _email("bombed")
    for _ in range(5):
        sent = api.post("/verification", headers={"x-device-id": secrets.token_hex(8)}, json={"email": email})
        assert sent.status_code == 200, sent.text
        _later(api)  # one code per address a minute
    _error(api.post("/verification", json={"email": email}), 400, "captcha_required")
    assert api.post("/verification", json={"email": _email("other")}).status_code == 200


# item 3: a username cannot squat on somebody's future email or phone number ---------------------


def _verified_sign_up(api: EmulatorApi, address: str, **fields: Any) -> httpx.Response:
    key = "email" if "@" in address else "phone_number"
    token = api.verification_token(address)
    return api.post(
        "/signup", json={key: address, "verification_token": token, "password": PASSWORD, **fields}
    )


@pytest.mark.parametrize(
    "squat",
    ["future@example.com", "Future@Example.COM", "13700000042", "+86 137-0000-0042", "008613700000042"],
)
def test_item3_a_future_users_email_or_phone_cannot_be_taken_as_a_username(
    api: EmulatorApi, squat: str
) -> None:
    body = _error(_verified_sign_up(api, _email("squatter"), username=squat), 400, "invalid_argument")
    assert "username" in body["error_description"]
    mallory = api.sign_up(_email("mallory"))
    _error(
        api.post("/user/basic/edit", token=mallory["access_token"], json={"username": squat}),
        400,
        "invalid_argument",
    )
    _error(
        api.get("/checkUsername", token=mallory["access_token"], params={"username": squat}),
        400,
        "invalid_argument",
    )
    # the person it belongs to signs up with it, verified, as always
    owner = "future@example.com" if "@" in squat else "+86 13700000042"
    assert _verified_sign_up(api, owner).status_code == 200


def test_item3_usernames_that_are_no_address_are_still_fine(api: EmulatorApi) -> None:
    for username in ("bob@home", "r2d2", "1234", "alice.smith", "86-team"):
        answer = _verified_sign_up(api, _email("fine"), username=username)
        assert answer.status_code == 200, (username, answer.text)


# item 4: odd input is refused, never a 500 ---------------------------------------------------------


def test_item4_a_captcha_answer_outside_ascii_is_captcha_invalid(api: EmulatorApi) -> None:
    for answer in ("中文字符", "ÄBCD", "²³¹⁴", "😀"):
        created = api.ok("POST", "/captcha/data", json={"state": "x"})
        _error(
            api.post("/captcha/data/verify", json={"token": created["token"], "key": answer}),
            400,
            "captcha_invalid",
        )


def test_item4_a_verification_code_outside_ascii_is_refused(api: EmulatorApi) -> None:
    # The spec's pattern (six ASCII digits) refuses it before the handler compares it; the
    # handler compares UTF-8 bytes anyway (hmac.compare_digest raised on non-ASCII str).
    sent = api.ok("POST", "/verification", json={"email": _email("v")})
    for code in ("１２３４５６", "١٢٣٤٥٦", "12345²"):
        answer = api.post(
            "/verification/verify",
            json={"verification_id": sent["verification_id"], "verification_code": code},
        )
        _error(answer, 400, "invalid_argument")


@pytest.mark.parametrize("page_token", ["1" * 20, "9" * 40, str(2**63), "²", "１２", "0", "-1", "1e3"])
def test_item4_security_history_page_token_out_of_range_is_invalid_argument(
    api: EmulatorApi, page_token: str
) -> None:
    user = api.sign_up(_email("log"))
    answer = api.get("/user/security/history", token=user["access_token"], params={"page_token": page_token})
    _error(answer, 400, "invalid_argument")


def test_item4_security_history_page_token_of_18_digits_is_an_empty_page(api: EmulatorApi) -> None:
    user = api.sign_up(_email("log"))
    answer = api.ok(
        "GET", "/user/security/history", token=user["access_token"], params={"page_token": "9" * 18}
    )
    assert len(answer["data"]) == 1  # the sign-up, older than any sequence number


def test_item4_a_lone_surrogate_in_a_json_string_is_invalid_argument(api: EmulatorApi) -> None:
    user = api.sign_up(_email("s"))
    for body in (
        b'{"redirect_uri": "\\ud800"}',
        b'{"\\udfff": "x"}',
        b'{"redirect_uri": ["ok", {"a": "\\ud83d"}]}',
    ):
        answer = api.post(
            "/user/signout",
            token=user["access_token"],
            content=body,
            headers={"content-type": "application/json"},
        )
        _error(answer, 400, "invalid_argument")


def test_item4_a_tc3_timestamp_of_other_digits_is_invalid_client(api: EmulatorApi) -> None:
    # Header bytes are read as Latin-1, which has ¹ ² ³: str.isdigit() takes them, int() does not.
    for timestamp in ("¹²³¹²³¹²³¹", "1764640799²", "١٧٦٤٦٤٠٧٩٩"):
        authorization = (
            "TC3-HMAC-SHA256 Credential=AKID/2026-01-01/tcb/tc3_request, SignedHeaders=content-type;host, "
            f"Signature={'0' * 64}, Timestamp={timestamp}"
        )
        try:
            raw = authorization.encode("latin-1")  # arrives as written
        except UnicodeEncodeError:
            raw = authorization.encode()  # arrives as Latin-1 mojibake of its UTF-8
        answer = api.post(
            "/token/clientCredential",
            headers={"Authorization": raw},  # type: ignore[dict-item]
            json={"grant_type": "client_credentials"},
        )
        _error(answer, 401, "invalid_client")


# item 5: the smaller trust gaps ---------------------------------------------------------------------


def test_item5_a_user_cannot_find_other_users_by_email_or_phone(api: EmulatorApi) -> None:
    alice_email, bob_phone = _email("alice"), f"+86 136{secrets.randbelow(10**8):08d}"
    alice = api.sign_up(alice_email)
    bob = api.sign_up(bob_phone)
    token = alice["access_token"]
    assert api.ok("GET", "/user/query", token=token, params={"phone_number": bob_phone}) == {
        "total": 0,
        "data": [],
    }
    found = api.ok("GET", "/user/query", token=token, params={"email": alice_email})
    assert [row["sub"] for row in found["data"]] == [alice["sub"]], "a user finds its own account"
    bob_finds = api.ok("GET", "/user/query", token=bob["access_token"], params={"email": alice_email})
    assert bob_finds == {"total": 0, "data": []}
    # an administrator finds anybody
    admin = api.admin_token()
    assert (
        api.ok("GET", "/user/query", token=admin, params={"phone_number": bob_phone})["data"][0]["sub"]
        == bob["sub"]
    )
    # ids and usernames stay searchable, without the other user's contacts
    by_id = api.ok("GET", "/user/query", token=token, params={"id": bob["sub"]})["data"]
    assert [row["sub"] for row in by_id] == [bob["sub"]] and "phone_number" not in by_id[0]


def test_item5_a_provider_code_bound_to_a_redirect_uri_needs_it_when_redeemed(api: EmulatorApi) -> None:
    api.ok(
        "POST",
        "/emulator/v1/oauth/providers",
        json={"id": "acme", "name": "Acme ID", "authorization_endpoint": "https://id.acme.test/authorize"},
    )
    redirect = "https://app.example.com/callback"
    device = {"x-device-id": secrets.token_hex(8)}
    api.ok(
        "GET",
        "/provider/uri",
        headers=device,
        params={"provider_id": "acme", "redirect_uri": redirect, "state": "s1"},
    )
    code = api.ok("POST", "/emulator/v1/oauth/providers/acme/codes", json={"subject": "u-1", "state": "s1"})[
        "code"
    ]
    body = _error(
        api.post("/provider/token", headers=device, json={"provider_id": "acme", "provider_code": code}),
        400,
        "invalid_grant",
    )
    assert "provider_redirect_uri" in body["error_description"]
    granted = api.ok(
        "POST",
        "/provider/token",
        headers=device,
        json={"provider_id": "acme", "provider_code": code, "provider_redirect_uri": redirect},
    )
    assert granted["provider_token"]


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@pytest.mark.parametrize(
    ("verifier", "error"),
    [
        # lengths: the spec's own bounds (minLength 43, maxLength 128) refuse them first
        ("a" * 42, "invalid_argument"),
        ("a" * 129, "invalid_argument"),
        # characters: only [A-Za-z0-9-._~] (RFC 7636 4.1), which the emulator checks
        ("a" * 42 + "+", "invalid_grant"),
        ("a" * 42 + "/", "invalid_grant"),
        ("a" * 42 + "é", "invalid_grant"),
        ("a" * 42 + " ", "invalid_grant"),
        ("a" * 42 + "=", "invalid_grant"),
    ],
    ids=["42-chars", "129-chars", "plus", "slash", "non-ascii", "space", "equals"],
)
def test_item5_a_pkce_verifier_outside_rfc7636_grammar_is_refused(
    api: EmulatorApi, verifier: str, error: str
) -> None:
    client_id = _oauth_client(api, secret=None)
    # the S256 challenge of exactly this verifier: only the grammar can refuse it
    code = _code_for(api, client_id, code_challenge=_s256(verifier), code_challenge_method="S256")
    body = _error(_redeem(api, client_id, code, code_verifier=verifier), 400, error)
    if error == "invalid_grant":
        assert "RFC 7636" in body["error_description"]
    # refused, the code is still there: the right verifier of its challenge is what is missing
    _error(_redeem(api, client_id, code, code_verifier="b" * 43), 400, "invalid_grant")


def test_item5_pkce_verifiers_at_the_bounds_of_the_grammar_are_taken(api: EmulatorApi) -> None:
    client_id = _oauth_client(api, secret=None)
    for verifier in ("A" * 43, "z" * 128, "0123456789-._~" * 3 + "a"):
        code = _code_for(api, client_id, code_challenge=_s256(verifier), code_challenge_method="S256")
        assert _redeem(api, client_id, code, code_verifier=verifier).status_code == 200
    plain = "p" * 43
    code = _code_for(api, client_id, code_challenge=plain, code_challenge_method="plain")
    assert _redeem(api, client_id, code, code_verifier=plain).status_code == 200


def test_item5_a_challenge_no_verifier_can_answer_is_refused_at_authorize(api: EmulatorApi) -> None:
    client_id = _oauth_client(api, secret=None)
    user = api.sign_up(_email("pkce"))
    base = {"client_id": client_id, "response_type": "code", "redirect_uri": REDIRECT}
    for challenge, method in (
        ("é" * 43, "plain"),
        ("a" * 42 + "+", "plain"),
        ("a" * 44, "S256"),  # a SHA-256 in base64url is 43 characters
        ("a" * 42 + "=", "S256"),
    ):
        answer = api.post(
            "/user/authorize",
            token=user["access_token"],
            json={**base, "code_challenge": challenge, "code_challenge_method": method},
        )
        _error(answer, 400, "invalid_request")


def test_item5_a_qr_code_login_provider_token_signs_in_once(api: EmulatorApi) -> None:
    api.ok("POST", "/emulator/v1/wechat/apps", json={"appid": WECHAT_APP})
    env_id = api.ok("GET", "/emulator/v1/health")["env_id"]
    where = {"envId": env_id, "wxAppId": WECHAT_APP}
    qr_id = api.ok("POST", "/qrcode/generate", json=where)["qr_code_id"]
    api.ok("POST", f"/emulator/v1/qrcodes/{qr_id}", json={"action": "scan"})
    api.ok("POST", f"/emulator/v1/qrcodes/{qr_id}", json={"action": "confirm", "openid": "o-once"})
    status = api.ok("POST", "/qrcode/get/status", json={"qrCodeId": qr_id, **where})
    token = status["provider_token"]
    device = {"x-device-id": secrets.token_hex(8)}
    first = api.ok("POST", "/signin/with/provider", headers=device, json={"provider_token": token})
    # whoever polled the status too cannot sign in with it again, nor bind it elsewhere
    _error(
        api.post("/signin/with/provider", headers=device, json={"provider_token": token}),
        400,
        "invalid_grant",
    )
    other = api.sign_up(_email("other"))
    _error(
        api.post("/user/provider/bind", token=other["access_token"], json={"provider_token": token}),
        400,
        "invalid_grant",
    )
    assert api.ok("POST", "/qrcode/get/status", json={"qrCodeId": qr_id, **where}) == {
        "status": "EXPIRED",
        "expires_in": 0,
    }
    assert first["sub"]


def test_item5_a_failed_use_does_not_spend_a_qr_code_provider_token(api: EmulatorApi) -> None:
    api.ok("POST", "/emulator/v1/wechat/apps", json={"appid": WECHAT_APP})
    env_id = api.ok("GET", "/emulator/v1/health")["env_id"]
    where = {"envId": env_id, "wxAppId": WECHAT_APP}
    qr_id = api.ok("POST", "/qrcode/generate", json=where)["qr_code_id"]
    api.ok("POST", f"/emulator/v1/qrcodes/{qr_id}", json={"action": "scan"})
    api.ok("POST", f"/emulator/v1/qrcodes/{qr_id}", json={"action": "confirm", "openid": "o-new"})
    token = api.ok("POST", "/qrcode/get/status", json={"qrCodeId": qr_id, **where})["provider_token"]
    device = {"x-device-id": secrets.token_hex(8)}
    refused = api.post(
        "/signin/with/provider", headers=device, json={"provider_token": token, "force_disable_sign_up": True}
    )
    _error(refused, 404, "user_not_found")
    assert api.ok("POST", "/signin/with/provider", headers=device, json={"provider_token": token})["sub"]
