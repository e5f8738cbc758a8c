"""Every cookbook scenario, exactly as printed, against a live emulator on a loopback port.

Only the variables at the top of the page are substituted (env, base, deviceId and, for custom
login, the key file). Verification codes are typed in when the page asks for them, read from
the emulator's control API (`GET /emulator/v1/verification-codes`), as a person would read them
off their phone. The page's curl talks to a recorder that forwards to the emulator and checks
every request and every response against the spec.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from generator.cookbook import Scenario

from .answers import PHONE, Answers, prepare
from .support import COOKBOOK, Exchange, blocks, load_api, load_scenarios, recorder, run_bash, substitute

API = load_api()
SCENARIOS = load_scenarios(API)
ENV_ID = "emulator-env"  # the emulator's default


def _variables(scenario: Scenario) -> dict[str, str]:
    return {v.name: v.value for v in scenario.variables}


def _codes(base: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{base}/emulator/v1/verification-codes", timeout=10)
    response.raise_for_status()
    data: list[dict[str, Any]] = response.json()["data"]
    return data


# Prompts other than verification codes, by the asked variable: what a person would type in,
# read from the emulator's control API (None: not there yet, ask again on the next poll).
LOST_DEVICE = "cookbook-lost-phone"


def _pending_user_code(base: str) -> str | None:
    """The code a TV shows (device flow): the newest pending one."""
    rows = httpx.get(f"{base}/emulator/v1/device-codes", timeout=10).json()["data"]
    pending = [r for r in rows if r["status"] == "pending"]
    return str(pending[-1]["user_code"]) if pending else None


def _lost_device(base: str) -> str | None:
    return LOST_DEVICE


OTHER_PROMPTS: dict[str, Callable[[str], str | None]] = {
    "userCode": _pending_user_code,
    "lostDeviceId": _lost_device,
}


def _before(base: str, scenario: Scenario) -> None:
    """State a page assumes besides its account: another signed-in device to sign out."""
    if scenario.id == "sign-out-a-device":
        values = _variables(scenario)
        with httpx.Client(base_url=f"{base}/auth/v1", timeout=10, params={"client_id": ENV_ID}) as client:
            signed_in = client.post(
                "/signin",
                json={"username": values["username"], "password": values["password"]},
                headers={"x-device-id": LOST_DEVICE},
            )
            assert signed_in.status_code == 200, signed_in.text


def _provision_account(base: str, scenario: Scenario) -> None:
    """`given: [account]`: the account the page signs in to, made through the API itself."""
    values = _variables(scenario)
    target = values.get("phoneNumber") or values.get("email") or "cookbook-user@example.com"
    kind = "email" if "@" in target else "phone_number"
    with httpx.Client(base_url=f"{base}/auth/v1", timeout=10, params={"client_id": ENV_ID}) as client:
        sent = client.post("/verification", json={kind: target, "target": "ANY", "usage": "REGISTER"})
        assert sent.status_code == 200, sent.text
        verification_id = sent.json()["verification_id"]
        code = next(c["code"] for c in _codes(base) if c["verification_id"] == verification_id)
        verified = client.post(
            "/verification/verify", json={"verification_id": verification_id, "verification_code": code}
        )
        assert verified.status_code == 200, verified.text
        body = {
            kind: target,
            "verification_token": verified.json()["verification_token"],
            "password": values.get("password", "Passw0rd!x"),
        }
        if "username" in values:
            body["username"] = values["username"]
        signed_up = client.post("/signup", json=body)
        assert signed_up.status_code == 200, signed_up.text
    # one code per target per 60 s: a page that sends one to the same number must not wait
    httpx.post(f"{base}/emulator/v1/clock", json={"advance_seconds": 61}, timeout=10).raise_for_status()


def _check_outcome(scenario: Scenario, exchanges: list[Exchange]) -> None:
    """What each flow is about, seen on the wire."""
    by_op: dict[str, list[Any]] = {}
    for ex in exchanges:
        assert ex.operation is not None
        by_op.setdefault(ex.operation.operation_id, []).append(ex.response)
    if scenario.id == "sign-out-and-revoke":
        assert by_op["introspectToken"] == [{}, {}], "the token still works after sign-out / revoke"
    if scenario.id == "introspect":
        own, caller = by_op["introspectToken"]
        assert own["sub"] == by_op["signIn"][0]["sub"]
        # the backend checked a caller's token (another, anonymous user), not its own session's
        assert caller["sub"] and caller["sub"] != own["sub"] and caller["scope"] == "anonymous"
    if scenario.id == "verify-caller-token":
        assert by_op["introspectToken"] == [
            {"token_type": "Bearer", "client_id": ENV_ID, "sub": by_op["signIn"][0]["sub"], "scope": "user"}
        ]
    if scenario.id == "anonymous-upgrade":
        assert by_op["signInAnonymously"][0]["scope"] == "anonymous"
        assert by_op["getUserMe"][0]["sub"] == by_op["signInAnonymously"][0]["sub"], "the user kept its ID"
    if scenario.id == "refresh":
        assert by_op["grantToken"][0]["refresh_token"] != by_op["signIn"][0]["refresh_token"], "rotation"
    if scenario.id == "providers":
        assert [p["bind"] for p in by_op["listProviders"][0]["data"] if p["id"] == "github"] == [True]
    if scenario.id in ("change-password", "reset-password"):
        assert by_op["signIn"][-1]["access_token"], "the new password works"
    if scenario.id == "profile":
        assert by_op["getUserMe"][0]["username"] == _variables(scenario)["username"]
    if scenario.id == "captcha-code-sign-in":
        assert by_op["sendVerification"][0]["verification_id"] and by_op["signIn"][0]["access_token"]
    if scenario.id == "oauth-login":
        uri = urlsplit(by_op["genProviderRedirectUri"][0]["uri"])
        assert parse_qs(uri.query)["state"] == [_variables(scenario)["state"]], "state round trip"
        assert [p["id"] for p in by_op["getUserMe"][0]["providers"]] == [_variables(scenario)["providerId"]]
    if scenario.id == "wechat-phone-binding":
        assert by_op["signInWithProvider"][0]["sub"] == by_op["signInWithProvider"][1]["sub"]
        assert by_op["patchProviderToken"][0]["provider_profile"]["phone_number"] == PHONE
        assert by_op["getUserMe"][0]["phone_number"] == PHONE, "the account got the number"
    if scenario.id == "qr-code-login":
        assert by_op["getMiniProgramQrCodeStatus"][0]["status"] == "CONFIRMED"
    if scenario.id == "move-provider-identity":
        assert by_op["transByProvider"][0]["sub"] == by_op["signIn"][0]["sub"], "moved to the signed-in user"
        assert by_op["changeBoundProvider"][0] == {"client_id": ENV_ID}
        acme = [p for p in by_op["listProviders"][0]["data"] if p["id"] == _variables(scenario)["providerId"]]
        assert [p["bind"] for p in acme] == [True]
    if scenario.id == "username-availability":
        assert by_op["checkIfUserExist"][0]["exist"] is True
    if scenario.id == "wechat-password-free-sign-in":
        assert by_op["getProviderSubType"][0]["provider_sub_type"] == "NO_AUTH_LOGIN"
        assert by_op["signInWithWechat"][0]["access_token"]
    if scenario.id == "legacy-profile-update":
        assert by_op["getUserMe"][0]["name"] == _variables(scenario)["nickname"]
    if scenario.id == "admin-user-lookup":
        assert by_op["getClientCredential"][0]["scope"] == "admin"
        by_email, by_name = by_op["queryUser"]
        assert by_email["total"] == 1 and by_email["data"][0]["email"] == _variables(scenario)["email"]
        assert by_name["data"] == by_email["data"]
    if scenario.id == "login-history":
        log = by_op["getUserBehaviorLog"][0]["data"]
        assert [(e["action"], e["meta"]["from"]) for e in log[:2]] == [
            ("USER_LOGIN", "username"),
            ("USER_LOGIN", "email"),
        ]

    if scenario.id in ("log-out-everywhere", "sign-out-a-device"):
        expected = [{}] if scenario.id == "log-out-everywhere" else [{"sub": by_op["signIn"][0]["sub"]}]
        assert [{k: v for k, v in r.items() if k == "sub"} for r in by_op["introspectToken"]] == expected
    if scenario.id == "bind-phone-number":
        assert by_op["getUserMe"][0]["phone_number"] == _variables(scenario)["newPhoneNumber"]
    if scenario.id == "change-email":
        assert by_op["signIn"][-1]["sub"] == by_op["signIn"][0]["sub"], "the new email signs the user in"
    if scenario.id == "device-flow-login":
        assert by_op["grantToken"][0]["sub"] == by_op["signIn"][0]["sub"], "the device has the user's session"
    if scenario.id == "sso-authorize-pkce":
        assert (
            by_op["grantToken"][0]["sub"] == by_op["signIn"][0]["sub"] and by_op["grantToken"][0]["id_token"]
        )


def _key_pair(base: str) -> dict[str, str]:
    """The API key pair a TC3-signed page signs with: the emulator's own, from its control API."""
    listing = httpx.get(f"{base}/emulator/v1/admin-credentials", timeout=10).json()
    pair: dict[str, str] = listing["key_pairs"][0]
    return pair


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_scenario_runs_against_the_emulator(scenario: Scenario, emulator_server: str, tmp_path: Path) -> None:
    page = COOKBOOK / f"{scenario.id}.md"
    script = "\n".join(blocks(page, "bash"))
    if "account" in scenario.given:
        _provision_account(emulator_server, scenario)
    _before(emulator_server, scenario)
    values = {"env": ENV_ID, "deviceId": f"cookbook-{scenario.id}"[:64]}
    if "credentialsFile" in _variables(scenario):
        credentials = httpx.get(f"{emulator_server}/emulator/v1/custom-login-credentials", timeout=10).json()
        key_file = tmp_path / "tcb_custom_login.json"
        key_file.write_text(json.dumps(credentials), encoding="utf-8")
        values["credentialsFile"] = str(key_file)
    if "secretId" in _variables(scenario):
        pair = _key_pair(emulator_server)
        values |= {"secretId": pair["secret_id"], "secretKey": pair["secret_key"]}
    prepare(emulator_server, scenario, values["deviceId"])
    answers = Answers(emulator_server, scenario, OTHER_PROMPTS)

    with recorder(upstream=emulator_server) as rec:
        values["base"] = f"{rec.url}/auth/v1"
        run = run_bash(substitute(script, values), answers=answers.ready)
        assert run.returncode == 0, f"{run.stderr}\n--- stdout:\n{run.stdout[-3000:]}"
    steps = [s for s in scenario.steps if s.kind == "operation"]
    assert [e.operation.operation_id if e.operation else e.path for e in rec.exchanges] == [
        s.operation_id for s in steps
    ]
    assert all(200 <= e.status < 300 for e in rec.exchanges), [
        (e.path, e.status, e.response) for e in rec.exchanges
    ]
    problems = [p for e in rec.exchanges for p in e.problems]
    assert not problems, problems
    _check_outcome(scenario, rec.exchanges)
    assert answers.index == len(answers.asks), "every prompt was answered"


def _substitute_python(code: str, values: dict[str, str]) -> str:
    for name, value in values.items():

        def assign(match: re.Match[str], name: str = name, value: str = value) -> str:
            return f"{name}{match.group(1) or ''} = {value!r}"

        code, count = re.subn(rf"^{re.escape(name)}(: [^=]+)? = .*$", assign, code, count=1, flags=re.M)
        assert count == 1, f"the page sets no Python variable {name}"
    return code


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_python_equivalent_runs_against_the_emulator(
    scenario: Scenario, emulator_server: str, tmp_path: Path
) -> None:
    """The page's `cloudbase_auth` blocks, in order, do the same flow."""
    page = COOKBOOK / f"{scenario.id}.md"
    code = "\n".join(blocks(page, "python"))
    if "account" in scenario.given:
        _provision_account(emulator_server, scenario)
    _before(emulator_server, scenario)
    values = {"env": ENV_ID, "base_url": f"{emulator_server}/auth/v1"}
    if "credentialsFile" in _variables(scenario):
        credentials = httpx.get(f"{emulator_server}/emulator/v1/custom-login-credentials", timeout=10).json()
        key_file = tmp_path / "tcb_custom_login.json"
        key_file.write_text(json.dumps(credentials), encoding="utf-8")
        values["credentials_file"] = str(key_file)
    if "secretId" in _variables(scenario):
        pair = _key_pair(emulator_server)
        values |= {"secret_id": pair["secret_id"], "secret_key": pair["secret_key"]}
    prepare(emulator_server, scenario, None)
    answers = Answers(emulator_server, scenario, OTHER_PROMPTS)

    def fake_input(prompt: str = "") -> str:  # the person reads the code off their phone
        return answers.wait(prompt)

    namespace: dict[str, Any] = {"__name__": f"cookbook_{scenario.id.replace('-', '_')}", "input": fake_input}
    deprecated = [
        s.operation_id for s in scenario.steps if s.operation_id and API.operation(s.operation_id).deprecated
    ]
    with pytest.warns(DeprecationWarning, match="deprecated") if deprecated else contextlib.nullcontext():
        exec(compile(_substitute_python(code, values), str(page), "exec"), namespace)
    namespace["auth"].close()
