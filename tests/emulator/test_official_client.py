"""The official JavaScript client, ``@cloudbase/oauth`` 3.3.3 (pinned in
``tests/official_client/package-lock.json``), run in Node against the emulator over loopback.

``tests/official_client/driver.mjs`` constructs ``CloudbaseOAuth`` with the emulator as its
``apiOrigin`` (its own ``/auth`` path, its own ``fetch`` request function, a file-backed storage so
a test can run several steps as one browser tab would) and calls the client's public methods.
Each test prepares state through the control API (codes, captcha settings, providers, WeChat
apps, QR codes, OAuth clients), runs the client, and asserts on what the client got, on what it
sent, and on the emulator's state afterwards.

Covered, each through the client's own method: ``getVerification`` (including the ``CUR_USER``
target with the signed-in user's token), ``verify``, ``signUp``, ``signIn``, ``signInAnonymously``,
``getUserInfo``, ``signOut()`` (the default: ``{token}`` to ``/revoke`` without Authorization),
the client's refresh path (an expired access token refreshed through ``/token`` by
``getAccessToken``), the captcha path (``captcha_required`` -> ``createCaptchaData`` -> the image
solved -> ``verifyCaptchaData`` -> the call retried with ``captcha_token``), ``genProviderRedirectUri``,
``grantProviderToken`` (an OAuth code, and a WeChat mini-program code with ``provider_params``),
``signInWithProvider``, ``queryUserProfile``, ``sudo``, ``editContact``, ``revokeAllDevices``,
``revokeDevice``, ``deviceAuthorize`` + ``authorizeDevice`` + ``grantToken`` (device code),
``getMiniProgramCode`` + ``getMiniProgramQrCodeStatus``, ``authorize`` + ``authorizeInfo`` +
``grantToken`` (authorization code with PKCE), ``signInCustom``, ``getUserBehaviorLog``.

What the official client cannot do from Node, and why:

- ``deviceAuthorize`` (``POST /device/code``) is sent ``withCredentials``; a client with no stored
  credentials fails locally (``_getCredentials`` reads ``credentials.scope`` of ``null``: a
  TypeError) before any request, so the device (a TV, a CLI) must be signed in first; the test
  signs it in anonymously, as a browser app using the client would be.
- Its default captcha page (``openURIWithCallback`` in ``captcha/captcha-dom.ts``) draws a DOM
  dialog; Node has no DOM, so the driver passes its own ``openURIWithCallback`` (a documented
  option, ``captchaOptions``) that reads the SVG's text, as a person reads the image, and calls the
  client's ``verifyCaptchaData``.
- ``getInitialSession`` (the OAuth redirect callback) needs ``window``, ``location`` and
  ``sessionStorage``: it returns ``{data: null}`` in Node, so the third-party login is driven with
  the calls it makes (``grantProviderToken`` then ``signInWithProvider``).
- ``signInWithWechat`` and ``useWxCloud`` go through ``wx.cloud.callFunction``, which exists only
  inside a WeChat mini-program; ``modifyPassword``, ``modifyPasswordWithoutLogin`` and ``isEncrypt``
  sign-in use the ``/auth/v2`` RSA routes, which the spec does not cover.
"""

from __future__ import annotations

import base64
import hashlib
import json
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

    def __init__(self, node: str, base_url: str, state: Path) -> None:
        self.node, self.base_url, self.state = node, base_url, state

    def run(self, *steps: tuple[Any, ...]) -> Run:
        script = [{"call": step[0], "args": list(step[1:])} for step in steps]
        done = subprocess.run(
            [self.node, str(DRIVER), self.base_url, str(self.state)],
            input=json.dumps(script),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
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
        stored: dict[str, Any] = json.loads(json.loads(self.state.read_text())[f"credentials_{ENV_ID}"])
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
