"""The official JavaScript client, ``@cloudbase/oauth`` 3.3.3 (pinned in
``tests/official_client/package-lock.json``), run in Node against the emulator over loopback.

``tests/official_client/driver.mjs`` constructs ``CloudbaseOAuth`` with the emulator as its
``apiOrigin`` (its own ``/auth`` path, its own ``fetch`` request function, a file-backed storage so
a test can run several steps as one browser tab would) and calls the client's public methods.
Each test prepares state through the control API (codes, captcha settings, providers, WeChat
apps, QR codes, OAuth clients), runs the client, and asserts on what the client got, on what it
sent, and on the emulator's state afterwards.

Covered, each through the client's own method: ``getVerification``, ``verify``, ``signUp``,
``signIn``, ``signInAnonymously``, ``signInCustom``, ``getUserInfo``, ``signOut()`` (the default:
``{token}`` to ``/revoke`` without Authorization) and ``signOut({})`` (``/user/signout``), the
client's refresh path (an expired access token refreshed through ``/token`` before the call),
``refreshTokenForce``, its anonymous re-login (a dead anonymous session signs in again with Basic
client credentials), the captcha path (``captcha_required`` -> ``createCaptchaData`` -> the image
solved -> ``verifyCaptchaData`` -> the call retried with ``captcha_token``, and
``sendVerificationCodeToCurrentUser``, which asks for a captcha up front), ``genProviderRedirectUri``,
``grantProviderToken`` (an OAuth code, and a WeChat mini-program code with ``provider_params``),
``patchProviderToken``, ``signInWithProvider``, ``bindWithProvider``, ``getProviders``,
``changeBoundProvider``, ``unbindProvider``, ``transByProvider``, ``queryUserProfile``, ``sudo``,
``editContact``, ``updatePasswordByOld`` (``sudo`` + ``setPassword``), ``resetPassword``,
``setUserProfile``, ``updateUserBasicInfo``, ``checkIfUserExist``, ``deleteMe``,
``getUserBehaviorLog``, ``getProviderSubType``, ``signInWithWechat``, ``getWedaUserInfo``, ``revokeDevice``,
``revokeAllDevices``, ``deviceAuthorize`` + ``authorizeDevice`` + ``grantToken`` (device code),
``getMiniProgramCode`` + ``getMiniProgramQrCodeStatus``, ``authorizeInfo`` (Bearer signed in,
Basic signed out) + ``authorize`` +
``grantToken`` (authorization code with PKCE, by a second client whose ``clientId`` is the app's).

What the official client cannot do from Node, and why:

- ``deviceAuthorize`` (``POST /device/code``) is sent ``withCredentials``; a client with no stored
  credentials fails locally (``_getCredentials`` reads ``credentials.scope`` of ``null``: a
  TypeError) before any request, so the device (a TV, a CLI) must be signed in first; the test
  signs it in anonymously, as a browser app using the client would be.
- ``authorize`` cannot resolve: the service answers ``{code, state}`` and the client's
  ``request()`` treats any body with a truthy ``code`` as an error (``oauth2client.ts:573``, meant
  for the gateway's ``{code, message}``), so the promise rejects with the authorization code as
  ``error``. The test takes the code from there and exchanges it; a caller of 3.3.3 would have to.
- ``checkUsername`` sends ``{username}`` as the body of a GET, which ``fetch`` refuses (Node and
  browsers alike): after two retries a second apart it rejects with ``unreachable`` and no request
  reaches the service. The test asserts exactly that.
- The captcha token: the client caches it (``captcha_<clientId>`` in its storage, for
  ``expires_in - 10`` s, whatever call it was drawn for) and sends it again on the next
  ``captcha_required``; it draws a new captcha only when the *first* try answers
  ``captcha_invalid``. The emulator spends a captcha token on first use and binds it to its
  ``state`` (issue 10, item 4), so the client's next gated ``getVerification`` or ``signIn`` within
  ten minutes fails with ``captcha_invalid``. Which one the service does is not documented; the
  client's cache suggests reuse. Kept visible by
  ``test_the_client_reuses_its_cached_captcha_token_which_the_emulator_has_spent``.
- Its default captcha page (``openURIWithCallback`` in ``captcha/captcha-dom.ts``) draws a DOM
  dialog; Node has no DOM, so the driver passes its own ``openURIWithCallback`` (a documented
  option, ``captchaOptions``) that reads the SVG's text, as a person reads the image, and calls the
  client's ``verifyCaptchaData``.
- ``getInitialSession`` (the OAuth redirect callback) needs ``window``, ``location`` and
  ``sessionStorage``: it returns ``{data: null}`` in Node, so the third-party login is driven with
  the calls it makes (``grantProviderToken`` then ``signInWithProvider``).
- ``useWxCloud`` (and ``signInWithWechat`` as WeChat really sends it, through the
  ``httpOverCallFunction`` tunnel that adds the caller's identity) goes through
  ``wx.cloud.callFunction``, which exists only inside a WeChat mini-program; the test calls
  ``signInWithWechat`` over plain HTTP with the ``{appid, openid}`` the tunnel would supply.
  ``modifyPassword``, ``modifyPasswordWithoutLogin`` and ``isEncrypt``
  sign-in use the ``/auth/v2`` RSA routes, which the spec does not cover.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from emulator.testing import PASSWORD, EmulatorApi

CLIENT_DIR = Path(__file__).resolve().parents[1] / "official_client"
DRIVER = CLIENT_DIR / "driver.mjs"
NPM_CI = "npm ci --prefix tests/official_client"
ENV_ID = "emulator-env"


@dataclass
class Run:
    outcomes: list[dict[str, Any]]
    requests: list[dict[str, Any]]
    captcha_prompts: list[dict[str, Any]]

    def requests_to(self, path: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if urlsplit(r["url"]).path == f"/auth/v1{path}"]


class OfficialClient:
    """One browser tab's worth of @cloudbase/oauth: its storage survives between runs."""

    def __init__(self, node: str, base_url: str, state: Path, client_id: str = ENV_ID) -> None:
        self.node, self.base_url, self.state, self.client_id = node, base_url, state, client_id

    def run(self, *steps: tuple[Any, ...]) -> Run:
        script = [{"call": step[0], "args": list(step[1:])} for step in steps]
        done = subprocess.run(
            [self.node, str(DRIVER), self.base_url, str(self.state)],
            input=json.dumps(script),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "OFFICIAL_CLIENT_ENV": ENV_ID, "OFFICIAL_CLIENT_ID": self.client_id},
        )
        assert done.returncode == 0, done.stderr[-2000:]
        lines = [json.loads(line) for line in done.stdout.splitlines()]
        tail = lines.pop()
        assert len(lines) == len(steps), done.stdout[-2000:]
        return Run(lines, tail["requests"], tail["captcha_prompts"])

    def call(self, name: str, *args: Any) -> Any:
        outcome = self.run((name, *args)).outcomes[0]
        assert "ok" in outcome, outcome
        return outcome["ok"]

    def fail(self, name: str, *args: Any) -> dict[str, Any]:
        outcome = self.run((name, *args)).outcomes[0]
        assert "error" in outcome, outcome
        error: dict[str, Any] = outcome["error"]
        return error

    @property
    def device_id(self) -> str:
        device: str = json.loads(self.state.read_text())["device_id"]
        return device

    @property
    def credentials(self) -> dict[str, Any]:
        stored: dict[str, Any] = json.loads(
            json.loads(self.state.read_text())[f"credentials_{self.client_id}"]
        )
        return stored


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.skip("node is not installed: cannot run @cloudbase/oauth")
    if not (CLIENT_DIR / "node_modules" / "@cloudbase" / "oauth").is_dir():
        pytest.fail(f"@cloudbase/oauth is not installed for this test: run `{NPM_CI}` first")
    return found


@pytest.fixture
def tab(node: str, emulator_server: str, tmp_path: Path) -> OfficialClient:
    return OfficialClient(node, emulator_server, tmp_path / "tab.json")


@pytest.fixture
def other_tab(node: str, emulator_server: str, tmp_path: Path) -> OfficialClient:
    return OfficialClient(node, emulator_server, tmp_path / "other-tab.json")


def _sign_up(client: OfficialClient, api: EmulatorApi, email: str) -> dict[str, Any]:
    sent = client.call("getVerification", {"email": email, "target": "ANY"})
    code = api.latest_code(email)
    assert code["verification_id"] == sent["verification_id"]
    verified = client.call(
        "verify", {"verification_id": sent["verification_id"], "verification_code": code["code"]}
    )
    signed_up: dict[str, Any] = client.call(
        "signUp",
        {
            "email": email,
            "verification_token": verified["verification_token"],
            "password": PASSWORD,
            "username": email.split("@")[0].replace(".", "_"),
        },
    )
    return signed_up


def _users(api: EmulatorApi) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = api.ok("GET", "/emulator/v1/users")["data"]
    return rows


def _sessions(api: EmulatorApi, sub: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = api.ok("GET", "/emulator/v1/sessions", params={"sub": sub})["data"]
    return rows


def test_sign_up_by_email_code_then_password_sign_in(tab: OfficialClient, http_api: EmulatorApi) -> None:
    email = f"oc-{secrets.token_hex(4)}@example.com"
    signed_up = _sign_up(tab, http_api, email)
    assert signed_up["token_type"] == "Bearer" and signed_up["refresh_token"]
    assert [u["email"] for u in _users(http_api)] == [email]
    me = tab.call("getUserInfo")
    assert me["sub"] == signed_up["sub"] and me["email"] == email
    # the session is tied to the client's own device ID
    assert [s["device_id"] for s in _sessions(http_api, signed_up["sub"])] == [tab.device_id]

    run = tab.run(("signOut",), ("signIn", {"username": email, "password": PASSWORD}), ("getUserInfo",))
    assert all("ok" in outcome for outcome in run.outcomes), run.outcomes
    assert run.outcomes[2]["ok"]["sub"] == signed_up["sub"]
    wrong = tab.fail("signIn", {"username": email, "password": "Wr0ng-pass!"})
    assert wrong["error"] == "invalid_username_or_password" and wrong["error_uri"] == "/auth/v1/signin"


def test_sign_out_default_revokes_the_token_without_authorization(
    tab: OfficialClient, http_api: EmulatorApi
) -> None:
    signed_in = tab.call("signInAnonymously")
    assert http_api.introspect(signed_in["access_token"])["sub"] == signed_in["sub"]
    run = tab.run(("signOut",))
    assert run.outcomes[0] == {"call": "signOut", "ok": {}}
    (revoke,) = run.requests_to("/revoke")
    assert "Authorization" not in revoke["headers"]
    assert json.loads(revoke["body"]) == {"token": signed_in["access_token"]}
    assert parse_qs(urlsplit(revoke["url"]).query)["client_id"] == [ENV_ID]
    # the emulator ended the session: the token is dead, the refresh token too
    assert http_api.introspect(signed_in["access_token"]) == {}
    assert _sessions(http_api, signed_in["sub"]) == []
    assert "credentials_emulator-env" not in json.loads(tab.state.read_text())


def test_an_expired_access_token_is_refreshed_by_the_clients_own_path(
    tab: OfficialClient, http_api: EmulatorApi
) -> None:
    signed_in = tab.call("signInAnonymously")
    run = tab.run(("$expire",), ("getUserInfo",))
    assert run.outcomes[1]["ok"]["sub"] == signed_in["sub"]
    (refresh,) = run.requests_to("/token")
    assert json.loads(refresh["body"]) == {
        "client_id": ENV_ID,
        "client_secret": "",
        "grant_type": "refresh_token",
        "refresh_token": signed_in["refresh_token"],
    }
    (me,) = run.requests_to("/user/me")
    fresh = tab.credentials
    assert me["headers"]["Authorization"] == f"Bearer {fresh['access_token']}"
    assert fresh["refresh_token"] != signed_in["refresh_token"]  # rotated
    assert http_api.introspect(fresh["access_token"])["sub"] == signed_in["sub"]
    reused = http_api.post(
        "/token",
        json={"grant_type": "refresh_token", "refresh_token": signed_in["refresh_token"]},
    )
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"


def test_a_dead_anonymous_session_signs_in_again_with_basic_client_credentials(
    tab: OfficialClient, http_api: EmulatorApi
) -> None:
    signed_in = tab.call("signInAnonymously")
    # the session ends elsewhere (revoked by its refresh token), and the access token expires
    http_api.ok("POST", "/revoke", json={"token": signed_in["refresh_token"]})
    run = tab.run(("$expire",), ("getUserInfo",))
    assert run.outcomes[1]["ok"]["sub"] == signed_in["sub"], "the same device's anonymous user"
    refresh, again = run.requests_to("/token"), run.requests_to("/signin/anonymously")
    assert len(refresh) == 1 and len(again) == 1
    assert again[0]["headers"]["Authorization"] == "Basic " + base64.b64encode(f"{ENV_ID}:".encode()).decode()
    fresh = tab.credentials
    assert fresh["access_token"] != signed_in["access_token"]
    assert http_api.introspect(fresh["access_token"])["sub"] == signed_in["sub"]


def test_captcha_required_is_answered_by_the_clients_captcha_path(
    tab: OfficialClient, http_api: EmulatorApi
) -> None:
    http_api.ok("POST", "/emulator/v1/captcha/settings", json={"threshold": 2})
    emails = [f"gate-{n}-{secrets.token_hex(3)}@example.com" for n in range(3)]
    run = tab.run(*[("getVerification", {"email": email, "target": "ANY"}) for email in emails])
    assert all("ok" in outcome for outcome in run.outcomes), run.outcomes
    # the third send from this device was gated: the client drew a captcha, solved it, retried
    (prompt,) = run.captcha_prompts
    assert prompt["media_type"] == "data:image/svg+xml;base64"
    assert prompt["state"] == "POST:/v1/verification"
    (captcha,) = http_api.ok("GET", "/emulator/v1/captchas")["data"]
    assert prompt["read"] == captcha["answer"] and captcha["used"]
    sends = run.requests_to("/verification")
    assert len(sends) == 4
    assert "captcha_token" not in parse_qs(urlsplit(sends[2]["url"]).query)
    retried = parse_qs(urlsplit(sends[3]["url"]).query)
    assert retried["client_id"] == [ENV_ID] and retried["captcha_token"]
    assert len(run.requests_to("/captcha/data")) == 1 and len(run.requests_to("/captcha/data/verify")) == 1
    assert [http_api.latest_code(email)["verified"] for email in emails] == [False, False, False]
    # the captcha token was spent by that call: replaying it is refused
    replay = http_api.post(
        "/verification",
        params={"captcha_token": retried["captcha_token"][0]},
        headers={"x-device-id": tab.device_id},
        json={"email": emails[0], "target": "ANY"},
    )
    assert replay.status_code >= 400 and replay.json()["error"].startswith("captcha_")


def test_the_client_reuses_its_cached_captcha_token_which_the_emulator_has_spent(
    tab: OfficialClient, http_api: EmulatorApi
) -> None:
    """A known disagreement, kept visible (see the module docstring): the client caches a
    captcha token for its lifetime minus 10 s and sends it again on the next
    ``captcha_required``; the emulator spends a token on first use (issue 10), so that retry is
    ``captcha_invalid``, and the client does not draw a new captcha on a failed retry."""
    http_api.ok("POST", "/emulator/v1/captcha/settings", json={"threshold": 1})
    emails = [f"again-{n}-{secrets.token_hex(3)}@example.com" for n in range(3)]
    run = tab.run(*[("getVerification", {"email": email, "target": "ANY"}) for email in emails])
    assert ["ok" in outcome for outcome in run.outcomes] == [True, True, False]
    assert run.outcomes[2]["error"]["error"] == "captcha_invalid"
    assert len(run.captcha_prompts) == 1, "one captcha drawn, for the second send"
    tokens = [
        parse_qs(urlsplit(r["url"]).query).get("captcha_token") for r in run.requests_to("/verification")
    ]
    assert tokens[0] is None and tokens[1] is None and tokens[3] is None
    assert tokens[2] is not None and tokens[4] == tokens[2], "the third send's retry reused the token"
    assert json.loads(tab.state.read_text())[f"captcha_{ENV_ID}"], "still cached by the client"
    assert [
        len(http_api.ok("GET", "/emulator/v1/verification-codes", params={"target": e})["data"])
        for e in emails
    ] == [
        1,
        1,
        0,
    ]


def test_the_clients_captcha_calls_directly(tab: OfficialClient, http_api: EmulatorApi) -> None:
    created = tab.call("createCaptchaData", {"state": "POST:/v1/signin"})
    assert created["data"].startswith("data:image/svg+xml;base64,") and created["token"]
    answer = next(
        row["answer"]
        for row in http_api.ok("GET", "/emulator/v1/captchas")["data"]
        if row["token"] == created["token"]
    )
    wrong = tab.fail("verifyCaptchaData", {"token": created["token"], "key": "----"})
    assert wrong["error"] == "captcha_invalid"
    created = tab.call("createCaptchaData", {"state": "POST:/v1/signin"})
    answer = next(
        row["answer"]
        for row in http_api.ok("GET", "/emulator/v1/captchas")["data"]
        if row["token"] == created["token"]
    )
    solved = tab.call("verifyCaptchaData", {"token": created["token"], "key": answer.lower()})
    assert solved["captcha_token"] and solved["expires_in"] == 600


# third-party login ------------------------------------------------------------------------------
def test_oauth_login_through_gen_provider_redirect_uri(tab: OfficialClient, http_api: EmulatorApi) -> None:
    http_api.ok(
        "POST",
        "/emulator/v1/oauth/providers",
        json={"id": "acme", "name": "Acme ID", "authorization_endpoint": "https://id.acme.test/authorize"},
    )
    redirect = "https://app.example.com/callback"
    answer = tab.call(
        "genProviderRedirectUri",
        {"provider_id": "acme", "provider_redirect_uri": redirect, "state": "st-9", "scope": "openid email"},
    )
    uri = urlsplit(answer["uri"])
    query = parse_qs(uri.query)
    assert f"{uri.scheme}://{uri.netloc}{uri.path}" == "https://id.acme.test/authorize"
    assert query["state"] == ["st-9"] and query["redirect_uri"] == [redirect]
    pending = http_api.ok("GET", "/emulator/v1/oauth/requests")["data"]
    assert [(p["provider_id"], p["state"], p["redirect_uri"]) for p in pending] == [
        ("acme", "st-9", redirect)
    ]

    # the user signs in at the provider, which sends the browser back with a code
    minted = http_api.ok(
        "POST",
        "/emulator/v1/oauth/providers/acme/codes",
        json={"subject": "u-7", "email": "u7@acme.test", "state": "st-9"},
    )
    granted = tab.call(
        "grantProviderToken",
        {"provider_id": "acme", "provider_redirect_uri": redirect, "provider_code": minted["code"]},
    )
    assert granted["provider_token"] and granted["expires_in"] == 3600
    signed_in = tab.call("signInWithProvider", {"provider_token": granted["provider_token"]})
    me = tab.call("getUserInfo")
    assert me["sub"] == signed_in["sub"] and [p["id"] for p in me["providers"]] == ["acme"]
    assert len(_users(http_api)) == 1
    # a code works once
    again = tab.fail(
        "grantProviderToken",
        {"provider_id": "acme", "provider_redirect_uri": redirect, "provider_code": minted["code"]},
    )
    assert again["error"] == "invalid_grant"


def test_mini_program_phone_login_with_provider_params(tab: OfficialClient, http_api: EmulatorApi) -> None:
    app = "wx1234567890abcdef"
    http_api.ok("POST", "/emulator/v1/wechat/apps", json={"appid": app, "name": "Demo"})
    phone = f"+86 135{secrets.randbelow(10**8):08d}"
    login_code = http_api.ok("POST", "/emulator/v1/wechat/codes", json={"appid": app, "openid": "o-oc"})[
        "code"
    ]
    phone_code = http_api.ok(
        "POST", "/emulator/v1/wechat/phone-codes", json={"appid": app, "phone_number": phone}
    )["code"]
    run = tab.run(
        (
            "grantProviderToken",
            {
                "provider_id": app,
                "provider_code": login_code,
                "provider_params": {"provider_code_type": "phone", "appid": app, "code": phone_code},
            },
        ),
    )
    granted = run.outcomes[0]["ok"]
    assert granted["provider_profile"]["phone_number"] == phone
    (sent,) = run.requests_to("/provider/token")
    assert json.loads(sent["body"])["provider_params"]["provider_code_type"] == "phone"
    signed_in = tab.call("signInWithProvider", {"provider_token": granted["provider_token"]})
    me = tab.call("getUserInfo")
    assert me["sub"] == signed_in["sub"] and me["phone_number"] == phone
    assert [u["phone_number"] for u in _users(http_api)] == [phone]


# user lookup, contact, sessions -----------------------------------------------------------------
def test_query_user_profile(tab: OfficialClient, http_api: EmulatorApi) -> None:
    email = f"q-{secrets.token_hex(4)}@example.com"
    me = _sign_up(tab, http_api, email)
    other = http_api.sign_up()
    found = tab.call("queryUserProfile", {"email": email})
    assert found["total"] == 1 and found["data"][0]["sub"] == me["sub"]
    assert found["data"][0]["email"] == email, "a user sees its own email"
    by_ids = tab.call("queryUserProfile", {"id": [me["sub"], other["sub"]]})
    assert sorted(row["sub"] for row in by_ids["data"]) == sorted([me["sub"], other["sub"]])
    assert all("email" not in row for row in by_ids["data"] if row["sub"] == other["sub"])
    nobody = tab.call("queryUserProfile", {"email": "nobody@example.com"})
    assert nobody["total"] == 0


def test_edit_contact_moves_the_email(tab: OfficialClient, http_api: EmulatorApi) -> None:
    email = f"old-{secrets.token_hex(4)}@example.com"
    new_email = f"new-{secrets.token_hex(4)}@example.com"
    signed_up = _sign_up(tab, http_api, email)
    sudo = tab.call("sudo", {"password": PASSWORD})
    sent = tab.call("getVerification", {"email": new_email, "target": "ANY"})
    verified = tab.call(
        "verify",
        {
            "verification_id": sent["verification_id"],
            "verification_code": http_api.latest_code(new_email)["code"],
        },
    )
    run = tab.run(
        (
            "editContact",
            {
                "email": new_email,
                "sudo_token": sudo["sudo_token"],
                "verification_token": verified["verification_token"],
                "conflict_resolution": "DEFAULT",
            },
        ),
        ("getUserInfo",),
    )
    assert "ok" in run.outcomes[0], run.outcomes[0]
    assert run.outcomes[1]["ok"]["email"] == new_email
    (patch,) = run.requests_to("/user/contact")
    assert patch["method"] == "PATCH" and patch["headers"]["Authorization"].startswith("Bearer ")
    assert [(u["sub"], u["email"]) for u in _users(http_api)] == [(signed_up["sub"], new_email)]
    # the sudo token was spent (a minute later: one code per address per minute)
    http_api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    sent = tab.call("getVerification", {"email": email, "target": "ANY"})
    verified = tab.call(
        "verify",
        {
            "verification_id": sent["verification_id"],
            "verification_code": http_api.latest_code(email)["code"],
        },
    )
    spent = tab.fail(
        "editContact",
        {
            "email": email,
            "sudo_token": sudo["sudo_token"],
            "verification_token": verified["verification_token"],
        },
    )
    assert spent["error"] == "permission_denied"


def test_revoke_all_devices_and_one_device(
    tab: OfficialClient,
    other_tab: OfficialClient,
    http_api: EmulatorApi,
    node: str,
    emulator_server: str,
    tmp_path: Path,
) -> None:
    email = f"dev-{secrets.token_hex(4)}@example.com"
    signed_up = _sign_up(tab, http_api, email)
    laptop = other_tab.call("signIn", {"username": email, "password": PASSWORD})
    phone_tab = OfficialClient(node, emulator_server, tmp_path / "phone.json")
    phone = phone_tab.call("signIn", {"username": email, "password": PASSWORD})
    devices = {s["device_id"] for s in _sessions(http_api, signed_up["sub"])}
    assert devices == {tab.device_id, other_tab.device_id, phone_tab.device_id}

    # log the laptop out from this tab
    assert tab.call("revokeDevice", {"device_id": other_tab.device_id}) is None
    assert http_api.introspect(laptop["access_token"]) == {}
    assert {s["device_id"] for s in _sessions(http_api, signed_up["sub"])} == {
        tab.device_id,
        phone_tab.device_id,
    }

    # then everywhere
    run = tab.run(("revokeAllDevices",))
    assert run.outcomes[0] == {"call": "revokeAllDevices", "ok": None}
    (sent,) = run.requests_to("/user/revoke/all")
    assert sent["method"] == "DELETE"
    assert _sessions(http_api, signed_up["sub"]) == []
    assert http_api.introspect(phone["access_token"]) == {}
    assert http_api.introspect(tab.credentials["access_token"]) == {}
    assert phone_tab.fail("getUserInfo")["error"] == "unauthenticated"


# CloudBase as an OAuth server -------------------------------------------------------------------
def test_device_flow_between_two_clients(
    tab: OfficialClient, other_tab: OfficialClient, http_api: EmulatorApi
) -> None:
    tv = other_tab
    tv.call("signInAnonymously")  # deviceAuthorize is sent withCredentials: see the module docstring
    started = tv.call("deviceAuthorize", {"scope": "openid"})
    assert started["device_code"] and started["interval"] == 3 and started["expires_in"] == 600
    assert [
        (d["user_code"], d["status"]) for d in http_api.ok("GET", "/emulator/v1/device-codes")["data"]
    ] == [(started["user_code"], "pending")]
    poll = {
        "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
        "device_code": started["device_code"],
        "client_id": ENV_ID,
    }
    assert tv.fail("grantToken", poll)["error"] == "authorization_pending"

    signed_up = _sign_up(tab, http_api, f"tv-owner-{secrets.token_hex(4)}@example.com")
    assert tab.call("authorizeDevice", {"user_code": started["user_code"].lower()}) == {}
    assert http_api.ok("GET", "/emulator/v1/device-codes")["data"][0]["status"] == "approved"

    http_api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 3})
    tokens = tv.call("grantToken", poll)
    assert tokens["sub"] == signed_up["sub"] and tokens["access_token"]
    assert http_api.introspect(tokens["access_token"])["sub"] == signed_up["sub"]
    assert tv.fail("grantToken", poll)["error"] == "invalid_grant"


def test_authorize_with_pkce(
    tab: OfficialClient, http_api: EmulatorApi, node: str, emulator_server: str, tmp_path: Path
) -> None:
    http_api.ok(
        "POST",
        "/emulator/v1/oauth-clients",
        json={"client_id": "partner-app", "name": "Partner", "redirect_uris": ["https://partner.test/cb"]},
    )
    signed_up = _sign_up(tab, http_api, f"sso-{secrets.token_hex(4)}@example.com")
    info = tab.call(
        "authorizeInfo",
        {
            "client_id": "partner-app",
            "response_type": "code",
            "scope": "openid profile",
            "redirect_uri": "https://partner.test/cb",
        },
    )
    assert info["client"]["name"] == "Partner", info
    # signed out, the client sends Basic client credentials instead (the env's own client here)
    anonymous = OfficialClient(node, emulator_server, tmp_path / "signed-out.json")
    run = anonymous.run(
        ("authorizeInfo", {"response_type": "code", "scope": "openid", "redirect_uri": "https://app.test/cb"})
    )
    assert "ok" in run.outcomes[0], run.outcomes
    (sent,) = run.requests_to("/user/authorize/info")
    assert sent["headers"]["Authorization"].startswith("Basic ")
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    # The service answers {code, state}; the client's request() treats any body with a truthy
    # `code` as an error (oauth2client.ts:573), so authorize() rejects with the code as `error`.
    rejected = tab.fail(
        "authorize",
        {
            "client_id": "partner-app",
            "response_type": "code",
            "redirect_uri": "https://partner.test/cb",
            "state": "xyz",
            "scope": "openid profile",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        },
    )
    code = rejected["error"]
    assert rejected["error_uri"] == "/auth/v1/user/authorize" and "error_code" not in rejected
    exchange = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": "https://partner.test/cb",
        "client_id": "partner-app",
    }
    # the partner app exchanges the code with its own client (clientId "partner-app")
    partner = OfficialClient(node, emulator_server, tmp_path / "partner.json", client_id="partner-app")
    wrong = partner.fail("grantToken", {**exchange, "code_verifier": secrets.token_urlsafe(48)})
    assert wrong["error"] == "invalid_grant"
    run = partner.run(("grantToken", {**exchange, "code_verifier": verifier}))
    tokens = run.outcomes[0]["ok"]
    assert parse_qs(urlsplit(run.requests_to("/token")[0]["url"]).query)["client_id"] == ["partner-app"]
    assert tokens["id_token"] and http_api.introspect(tokens["access_token"])["sub"] == signed_up["sub"]
    assert partner.fail("grantToken", {**exchange, "code_verifier": verifier})["error"] == "invalid_grant"


def test_mini_program_qr_code_login(tab: OfficialClient, http_api: EmulatorApi) -> None:
    app = "wxabcdef1234567890"
    http_api.ok("POST", "/emulator/v1/wechat/apps", json={"appid": app, "name": "Demo"})
    created = tab.call("getMiniProgramCode", {"envId": ENV_ID, "wxAppId": app})
    assert created["qr_code"].startswith("data:image/svg+xml;base64,") and created["expires_in"] == 300
    status = {"qrCodeId": created["qr_code_id"], "envId": ENV_ID, "wxAppId": app}
    assert tab.call("getMiniProgramQrCodeStatus", status)["status"] == "WAITING"
    http_api.ok("POST", f"/emulator/v1/qrcodes/{created['qr_code_id']}", json={"action": "scan"})
    assert tab.call("getMiniProgramQrCodeStatus", status)["status"] == "SCANNED"
    http_api.ok(
        "POST", f"/emulator/v1/qrcodes/{created['qr_code_id']}", json={"action": "confirm", "openid": "o-qr"}
    )
    confirmed = tab.call("getMiniProgramQrCodeStatus", status)
    assert confirmed["status"] == "CONFIRMED" and confirmed["provider_token"]
    signed_in = tab.call("signInWithProvider", {"provider_token": confirmed["provider_token"]})
    assert [p["id"] for p in tab.call("getUserInfo")["providers"]] == [app]
    assert [u["sub"] for u in _users(http_api)] == [signed_in["sub"]]


# the rest of the client's surface ----------------------------------------------------------------
def test_custom_sign_in_and_security_history(tab: OfficialClient, http_api: EmulatorApi) -> None:
    ticket = http_api.ticket("oc-custom-1")
    signed_in = tab.call("signInCustom", {"provider_id": "custom", "ticket": ticket})
    assert [u["custom_uid"] for u in _users(http_api)] == ["oc-custom-1"]
    assert tab.call("getUserInfo")["sub"] == signed_in["sub"]
    tab.call("setUserProfile", {"name": "Custom Person"})
    logins = tab.call("getUserBehaviorLog", {"type": "LOGIN", "limit": 10})
    assert [(e["action"], e["meta"]["from"]) for e in logins["data"]] == [("USER_LOGIN", "custom")]
    changes = tab.call("getUserBehaviorLog", {"type": "MODIFY", "limit": 10})
    assert [e["action"] for e in changes["data"]] == ["USER_PROFILE_UPDATE"]


def test_password_change_and_reset(tab: OfficialClient, http_api: EmulatorApi) -> None:
    email = f"pw-{secrets.token_hex(4)}@example.com"
    _sign_up(tab, http_api, email)
    changed = "Ch4nged-Passw0rd!"
    tab.call("updatePasswordByOld", {"old_password": PASSWORD, "new_password": changed})
    assert (
        tab.fail("signIn", {"username": email, "password": PASSWORD})["error"]
        == "invalid_username_or_password"
    )
    tab.call("signIn", {"username": email, "password": changed})

    http_api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    sent = tab.call("getVerification", {"email": email, "target": "USER", "usage": "PASSWORD_RESET"})
    verified = tab.call(
        "verify",
        {
            "verification_id": sent["verification_id"],
            "verification_code": http_api.latest_code(email)["code"],
        },
    )
    reset = "R3set-Passw0rd!"
    tab.call(
        "resetPassword",
        {"email": email, "new_password": reset, "verification_token": verified["verification_token"]},
    )
    assert tab.fail("getUserInfo")["error"] == "unauthenticated", "a reset signs out every session"
    tab.call("signIn", {"username": email, "password": reset})


def test_basic_info_and_username_checks(tab: OfficialClient, http_api: EmulatorApi) -> None:
    email = f"bi-{secrets.token_hex(4)}@example.com"
    _sign_up(tab, http_api, email)
    tab.call("updateUserBasicInfo", {"nickname": "Nick", "username": "nick_oc"})
    me = tab.call("getUserInfo")
    assert (me["name"], me["username"]) == ("Nick", "nick_oc")
    assert tab.call("checkIfUserExist", {"username": "nick_oc"})["exist"] is True
    assert tab.call("checkIfUserExist", {"username": "nobody_oc"})["exist"] is False
    # checkUsername sends its {username} as the body of a GET, which fetch refuses (in a browser
    # too): the client retries twice, a second apart, and gives up with `unreachable`.
    checked = tab.run(("checkUsername", {"username": "nick_oc"}))
    error = checked.outcomes[0]["error"]
    assert (
        error["error"] == "unreachable" and "GET/HEAD method cannot have body" in error["error_description"]
    )
    assert [r["body"] for r in checked.requests_to("/checkUsername")] == ['{"username":"nick_oc"}'] * 3


def test_identities_bind_unbind_and_move(tab: OfficialClient, http_api: EmulatorApi) -> None:
    http_api.ok("POST", "/emulator/v1/oauth/providers", json={"id": "acme", "name": "Acme ID"})

    def provider_token(subject: str) -> str:
        code = http_api.ok("POST", "/emulator/v1/oauth/providers/acme/codes", json={"subject": subject})[
            "code"
        ]
        token: str = tab.call("grantProviderToken", {"provider_id": "acme", "provider_code": code})[
            "provider_token"
        ]
        return token

    _sign_up(tab, http_api, f"id-{secrets.token_hex(4)}@example.com")
    assert tab.call("bindWithProvider", {"provider_token": provider_token("acme-1")}) == {}

    def bound() -> list[str]:
        return [p["id"] for p in tab.call("getProviders")["data"] if p.get("bind")]

    def subjects() -> list[str]:
        return [p["provider_user_id"] for p in tab.call("getUserInfo")["providers"]]

    assert bound() == ["acme"] and subjects() == ["acme-1"]
    tab.call("changeBoundProvider", {"provider_id": "acme", "trans_token": provider_token("acme-2")})
    assert subjects() == ["acme-2"]
    tab.call("unbindProvider", {"provider_id": "acme"})
    assert bound() == [] and subjects() == []

    # another account holds acme-3: transByProvider moves it here, with a new session
    other = http_api.sign_up()
    code = http_api.ok("POST", "/emulator/v1/oauth/providers/acme/codes", json={"subject": "acme-3"})["code"]
    token = http_api.ok(
        "POST",
        "/provider/token",
        headers={"x-device-id": secrets.token_hex(16)},
        json={"provider_id": "acme", "provider_code": code},
    )
    http_api.ok(
        "POST",
        "/user/provider/bind",
        token=other["access_token"],
        json={"provider_token": token["provider_token"]},
    )
    moved = tab.call("transByProvider", {"provider_token": provider_token("acme-3")})
    assert moved["sub"] == tab.call("getUserInfo")["sub"] != other["sub"]
    assert subjects() == ["acme-3"]
    assert http_api.ok("GET", "/user/me", token=other["access_token"])["providers"] == []


def test_patch_provider_token_adds_a_phone_number(tab: OfficialClient, http_api: EmulatorApi) -> None:
    app = "wx00aa11bb22cc33dd"
    http_api.ok("POST", "/emulator/v1/wechat/apps", json={"appid": app, "name": "Demo"})
    login_code = http_api.ok("POST", "/emulator/v1/wechat/codes", json={"appid": app, "openid": "o-patch"})[
        "code"
    ]
    granted = tab.call("grantProviderToken", {"provider_id": app, "provider_code": login_code})
    phone = f"+86 139{secrets.randbelow(10**8):08d}"
    phone_code = http_api.ok(
        "POST", "/emulator/v1/wechat/phone-codes", json={"appid": app, "phone_number": phone}
    )["code"]
    patched = tab.call(
        "patchProviderToken",
        {
            "provider_token": granted["provider_token"],
            "provider_id": app,
            "provider_params": {"provider_code_type": "phone", "code": phone_code},
        },
    )
    assert patched["provider_profile"]["phone_number"] == phone
    tab.call("signInWithProvider", {"provider_token": patched["provider_token"]})
    assert tab.call("getUserInfo")["phone_number"] == phone
    assert [u["phone_number"] for u in _users(http_api)] == [phone]


def test_wechat_password_free_sign_in(tab: OfficialClient, http_api: EmulatorApi) -> None:
    app = "wx99887766554433aa"
    http_api.ok("POST", "/emulator/v1/wechat/apps", json={"appid": app, "name": "Demo"})
    assert tab.call("getProviderSubType")["provider_sub_type"] == ""
    body = {"appid": app, "openid": "o-noauth"}
    assert tab.fail("signInWithWechat", body)["error"] == "provider_not_enabled"
    http_api.ok("POST", "/emulator/v1/weda", json={"provider_sub_type": "NO_AUTH_LOGIN"})
    assert tab.call("getProviderSubType")["provider_sub_type"] == "NO_AUTH_LOGIN"
    signed_in = tab.call("signInWithWechat", body)
    assert tab.call("getUserInfo")["sub"] == signed_in["sub"]
    assert [u["sub"] for u in _users(http_api)] == [signed_in["sub"]]


def test_delete_me_and_weda_user_info(tab: OfficialClient, http_api: EmulatorApi) -> None:
    email = f"del-{secrets.token_hex(4)}@example.com"
    signed_up = _sign_up(tab, http_api, email)
    weda = tab.call("getWedaUserInfo")
    assert weda["sub"] == weda["user_id"] == signed_up["sub"]
    sudo = tab.call("sudo", {"password": PASSWORD})
    tab.call("deleteMe", {"sudo_token": sudo["sudo_token"]})
    assert _users(http_api) == []


def test_code_to_the_current_user_and_forced_refresh(tab: OfficialClient, http_api: EmulatorApi) -> None:
    email = f"cur-{secrets.token_hex(4)}@example.com"
    signed_up = _sign_up(tab, http_api, email)
    http_api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    # withCaptcha: the client draws a captcha before the first try, gated or not
    run = tab.run(("sendVerificationCodeToCurrentUser", {"usage": "SIGN_IN"}))
    sent = run.outcomes[0]["ok"]
    assert [p["state"] for p in run.captcha_prompts] == ["POST:/v1/verification"]
    (request,) = run.requests_to("/verification")
    assert json.loads(request["body"])["target"] == "CUR_USER"
    assert request["headers"]["Authorization"].startswith("Bearer ")
    assert "captcha_token" in parse_qs(urlsplit(request["url"]).query)
    assert http_api.latest_code(email)["verification_id"] == sent["verification_id"]

    before = tab.credentials
    refreshed = tab.call("refreshTokenForce", {})
    assert refreshed["refresh_token"] != before["refresh_token"]
    assert http_api.introspect(before["access_token"])["sub"] == signed_up["sub"], "still valid until expiry"
    run = tab.run(("signOut", {}))
    assert run.outcomes[0]["ok"] is not None
    (signout,) = run.requests_to("/user/signout")
    assert signout["headers"]["Authorization"] == f"Bearer {refreshed['access_token']}"
    assert http_api.introspect(refreshed["access_token"]) == {}
    assert _sessions(http_api, signed_up["sub"]) == []
