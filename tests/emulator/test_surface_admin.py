"""Surface group C in the emulator: the TC3-signed administrator token, user lookup, WeDa user
info, the deprecated profile patch, the username check and the security log. Each test runs
in-process and over loopback HTTP. Requests are signed with the client's `tc3_authorization`
(proven byte for byte against node-sdk in tests/runtime/test_tc3.py); the emulator verifies them
with its own code (emulator/tc3.py)."""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from cloudbase_auth import TC3Credentials, tc3_authorization
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from emulator.cli import emulator_command
from emulator.handlers.admin import access_keys, key_pairs
from emulator.testing import PASSWORD, EmulatorApi

REPO_ROOT = Path(__file__).resolve().parents[2]
PATH = "/auth/v1/token/clientCredential"
BODY = b'{"grant_type":"client_credentials"}'
HOST = "my-env.api.tcloudbasegateway.com"


def _error(response: httpx.Response, status: int, error: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["error"] == error, body
    return body


def _now(api: EmulatorApi) -> int:
    return int(api.ok("GET", "/emulator/v1/clock")["now"])


def _key_pair(api: EmulatorApi) -> tuple[str, str]:
    secret_id, secret_key = f"AKIDtest{secrets.token_hex(4)}", secrets.token_urlsafe(24)
    api.ok("POST", "/emulator/v1/admin-credentials", json={"secret_id": secret_id, "secret_key": secret_key})
    return secret_id, secret_key


def _signed(
    secret_id: str,
    secret_key: str,
    timestamp: int,
    *,
    body: bytes = BODY,
    query: str = "",
    host: str = HOST,
    names: tuple[str, ...] = ("content-type", "host"),
) -> dict[str, str]:
    headers = {"content-type": "application/json", "host": host}
    authorization = tc3_authorization(
        TC3Credentials(secret_id, secret_key),
        method="POST",
        path=PATH,
        query=query,
        headers=headers,
        body=body,
        timestamp=timestamp,
        signed_headers=names,
    )
    return {**headers, "authorization": authorization}


def _admin_token(api: EmulatorApi) -> str:
    secret_id, secret_key = _key_pair(api)
    headers = _signed(secret_id, secret_key, _now(api) - 1)
    token: str = api.ok("POST", "/token/clientCredential", headers=headers, content=BODY)["access_token"]
    return token


def test_tc3_signed_request_gets_an_admin_token(api: EmulatorApi) -> None:
    secret_id, secret_key = _key_pair(api)
    headers = _signed(secret_id, secret_key, _now(api) - 1)
    tokens = api.ok("POST", "/token/clientCredential", headers=headers, content=BODY)
    assert tokens["scope"] == "admin" and tokens["expires_in"] == 432000 and "refresh_token" not in tokens
    assert tokens["sub"] == secret_id
    assert api.introspect(tokens["access_token"])["scope"] == "admin"
    # an administrator token has no user of its own
    _error(api.get("/user/me", token=tokens["access_token"]), 403, "permission_denied")


@pytest.mark.parametrize(
    "tamper",
    [
        "wrong key",
        "unknown SecretId",
        "too old",
        "from the future",
        "other body",
        "other query",
        "other host",
    ],
)
def test_tc3_signature_refusals(api: EmulatorApi, tamper: str) -> None:
    secret_id, secret_key = _key_pair(api)
    now = _now(api)
    body, query = BODY, ""
    if tamper == "wrong key":
        headers = _signed(secret_id, secret_key + "x", now)
    elif tamper == "unknown SecretId":
        headers = _signed("AKIDnobody", secret_key, now)
    elif tamper == "too old":
        headers = _signed(secret_id, secret_key, now - 301)
    elif tamper == "from the future":
        headers = _signed(secret_id, secret_key, now + 301)
    elif tamper == "other body":
        headers = _signed(secret_id, secret_key, now, body=b'{"grant_type":"client_credentials" }')
    elif tamper == "other query":
        headers, query = _signed(secret_id, secret_key, now), "client_id=other"
    else:
        headers = _signed(secret_id, secret_key, now, host="evil.example.com")
        headers["host"] = HOST
    response = api.post(
        "/token/clientCredential" + (f"?{query}" if query else ""), headers=headers, content=body
    )
    error = _error(response, 401, "invalid_client")
    signature = headers["authorization"].split("Signature=")[1].split(",")[0]
    assert secret_key not in response.text and signature not in response.text
    assert error["error_description"]


def test_tc3_signature_expires_after_the_window(api: EmulatorApi) -> None:
    secret_id, secret_key = _key_pair(api)
    headers = _signed(secret_id, secret_key, _now(api))
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 301})
    body = _error(api.post("/token/clientCredential", headers=headers, content=BODY), 401, "invalid_client")
    assert "300 s" in body["error_description"]


@pytest.mark.parametrize(
    ("authorization", "reason"),
    [
        (None, "TC3-HMAC-SHA256"),
        ("TC3-HMAC-SHA256 Credential=AKID/2026-01-01/tcb/tc3_request", "SignedHeaders"),
        ("TC3-HMAC-SHA256 garbage", "Credential="),
        ("Basic QUtJRDpzZWNyZXQ=", "TC3-HMAC-SHA256"),
    ],
)
def test_malformed_authorization_is_a_clear_401(
    api: EmulatorApi, authorization: str | None, reason: str
) -> None:
    headers = {"content-type": "application/json"} | (
        {"authorization": authorization} if authorization else {}
    )
    body = _error(api.post("/token/clientCredential", headers=headers, content=BODY), 401, "invalid_client")
    assert reason in body["error_description"]


def test_signed_headers_must_cover_host(api: EmulatorApi) -> None:
    secret_id, secret_key = _key_pair(api)
    headers = _signed(secret_id, secret_key, _now(api), names=("content-type",))
    body = _error(api.post("/token/clientCredential", headers=headers, content=BODY), 401, "invalid_client")
    assert "host" in body["error_description"]


def test_access_key_bearer_and_wrong_grant(api: EmulatorApi) -> None:
    access_key = "ak-" + secrets.token_hex(8)
    _error(
        api.post("/token/clientCredential", token=access_key, json={"grant_type": "client_credentials"}),
        401,
        "invalid_client",
    )
    api.ok("POST", "/emulator/v1/admin-credentials", json={"access_key": access_key})
    tokens = api.ok(
        "POST", "/token/clientCredential", token=access_key, json={"grant_type": "client_credentials"}
    )
    assert tokens["scope"] == "admin" and access_key not in json.dumps(tokens)
    _error(
        api.post("/token/clientCredential", token=access_key, json={"grant_type": "password"}),
        400,
        "unsupported_grant_type",
    )


def test_control_api_lists_a_default_pair_and_refuses_bad_input(api: EmulatorApi) -> None:
    listing = api.ok("GET", "/emulator/v1/admin-credentials")
    assert listing["key_pairs"] and listing["key_pairs"][0]["secret_id"].startswith("AKID")
    default = listing["key_pairs"][0]
    headers = _signed(default["secret_id"], default["secret_key"], _now(api))
    assert api.ok("POST", "/token/clientCredential", headers=headers, content=BODY)["scope"] == "admin"
    for bad in ({"secret_id": "AKID"}, {"secret_id": "a/b", "secret_key": "k"}, {"access_key": ""}, [1]):
        _error(api.post("/emulator/v1/admin-credentials", json=bad), 400, "invalid_argument")


def test_admin_looks_users_up_by_username_email_phone_and_id(api: EmulatorApi) -> None:
    tag = secrets.token_hex(3)
    email = f"Query-{tag}@Example.com"
    phone = f"+86 139{secrets.randbelow(10**8):08d}"
    alice = api.sign_up(email.lower(), username=f"alice{tag}", name="Alice")
    bob = api.sign_up(phone, username=f"bob{tag}")
    admin = _admin_token(api)

    def query(**params: Any) -> dict[str, Any]:
        return api.ok("GET", "/user/query", token=admin, params=params)

    by_name = query(username=f"alice{tag}")
    assert by_name["total"] == 1
    assert by_name["data"][0] == {
        "sub": alice["sub"],
        "name": "Alice",
        "username": f"alice{tag}",
        "email": email.lower(),
    }
    assert query(email=email)["data"][0]["sub"] == alice["sub"]  # any case
    assert query(phone_number=phone)["data"][0]["phone_number"] == phone
    assert query(phone_number=phone.removeprefix("+86 "))["data"][0]["sub"] == bob["sub"]  # +86 assumed
    # the SDK's comma-joined array, and the repeated form
    both = {alice["sub"], bob["sub"]}
    assert {u["sub"] for u in query(id=f"{alice['sub']},{bob['sub']}")["data"]} == both
    response = api.get("/user/query", token=admin, params=[("id", alice["sub"]), ("id", bob["sub"])])
    assert {u["sub"] for u in response.json()["data"]} == both
    assert query(username=f"alice{tag}", email=email)["total"] == 1  # every criterion must match
    assert query(username=f"bob{tag}", email=email) == {"total": 0, "data": []}
    assert query(username="nobody-" + tag) == {"total": 0, "data": []}
    body = _error(api.get("/user/query", token=admin), 400, "invalid_argument")
    assert "at least one" in body["error_description"]
    _error(
        api.get("/user/query", token=admin, params={"phone_number": "+86 12"}), 400, "invalid_phone_number"
    )


def test_user_tokens_see_contacts_only_of_their_own_account(api: EmulatorApi) -> None:
    tag = secrets.token_hex(3)
    alice = api.sign_up(f"a-{tag}@example.com", username=f"alice{tag}")
    api.sign_up(f"b-{tag}@example.com", username=f"bob{tag}")
    other = api.ok("GET", "/user/query", token=alice["access_token"], params={"username": f"bob{tag}"})[
        "data"
    ][0]
    assert "email" not in other and other["username"] == f"bob{tag}"
    own = api.ok("GET", "/user/query", token=alice["access_token"], params={"id": alice["sub"]})["data"][0]
    assert own["email"] == f"a-{tag}@example.com"
    anonymous = api.anonymous()
    _error(
        api.get("/user/query", token=anonymous["access_token"], params={"username": "x"}),
        403,
        "permission_denied",
    )
    _error(api.get("/user/query", params={"username": "x"}), 401, "unauthenticated")
    _error(api.get("/user/query", token="not-a-token", params={"username": "x"}), 401, "unauthenticated")


def test_weda_user_info(api: EmulatorApi) -> None:
    tag = secrets.token_hex(3)
    alice = api.sign_up(f"w-{tag}@example.com", username=f"weda{tag}", name="W")
    info = api.ok("GET", "/plugin/weda/userinfo", token=alice["access_token"])
    assert info["sub"] == info["user_id"] == alice["sub"]
    assert (info["user_type"], info["username"], info["name"]) == ("internal", f"weda{tag}", "W")
    assert (
        api.ok("GET", "/plugin/weda/userinfo", token=api.anonymous()["access_token"])["user_type"]
        == "anonymous"
    )
    _error(api.get("/plugin/weda/userinfo"), 401, "unauthenticated")


def test_deprecated_profile_patch_changes_the_profile_and_is_logged(api: EmulatorApi) -> None:
    alice = api.sign_up(name="Before")
    token = alice["access_token"]
    changed = api.ok(
        "PATCH",
        "/user/profile",
        token=token,
        json={"name": "After", "gender": "FEMALE", "birthdate": "2000-01-01"},
    )
    assert (changed["name"], changed["gender"], changed["sub"]) == ("After", "FEMALE", alice["sub"])
    assert api.ok("GET", "/user/me", token=token)["name"] == "After"
    _error(
        api.request("PATCH", "/user/profile", token=token, json={"gender": "OTHER"}), 400, "invalid_argument"
    )
    _error(api.request("PATCH", "/user/profile", json={"name": "x"}), 401, "unauthenticated")
    log = api.ok(
        "GET", "/user/security/history", token=token, params={"ne_query[action]": "USER_LOGIN", "limit": 10}
    )
    assert [(e["action"], e["meta"]["from"]) for e in log["data"]] == [("USER_PROFILE_UPDATE", "gender,name")]


def test_check_username(api: EmulatorApi) -> None:
    tag = secrets.token_hex(3)
    alice = api.sign_up(username=f"taken{tag}")
    token = alice["access_token"]
    assert api.ok("GET", "/checkUsername", token=token, params={"username": f"free{tag}"}) == {}
    _error(
        api.get("/checkUsername", token=token, params={"username": f"taken{tag}"}),
        409,
        "username_already_exists",
    )
    _error(api.get("/checkUsername", token=token, params={"username": "-bad"}), 400, "invalid_argument")
    _error(api.get("/checkUsername", token=token), 400, "invalid_argument")
    _error(api.get("/checkUsername", params={"username": "x1"}), 401, "unauthenticated")


def test_security_history_records_real_sign_ins(api: EmulatorApi) -> None:
    tag = secrets.token_hex(3)
    email = f"h-{tag}@example.com"
    signed_up = api.sign_up(email, username=f"hist{tag}")
    api.ok(
        "POST",
        "/signin",
        json={"username": f"hist{tag}", "password": PASSWORD},
        headers={"user-agent": "ua-1", "x-device-id": "dev-1"},
    )
    last = api.ok(
        "POST", "/signin", json={"username": email, "password": PASSWORD}, headers={"user-agent": "ua-2"}
    )
    _error(
        api.post("/signin", json={"username": f"hist{tag}", "password": "Wrong-passw0rd!"}),
        400,
        "invalid_username_or_password",
    )
    other = api.sign_up()  # someone else's sign-in is not in this log
    token = last["access_token"]
    log = api.ok(
        "GET", "/user/security/history", token=token, params={"query[action]": "USER_LOGIN", "limit": 20}
    )
    entries = log["data"]
    assert [e["meta"]["from"] for e in entries] == ["email", "username", "email"]  # newest first
    assert [e["action"] for e in entries] == ["USER_LOGIN"] * 3 and "next_page_token" not in log
    assert entries[0]["user_agent"] == "ua-2" and entries[1]["device_id"] == "dev-1"
    assert all(e["client_id"] for e in entries) and len({e["id"] for e in entries}) == 3
    if api.kind == "http":
        assert entries[0]["ip"] == "127.0.0.1"
    # pages of 2: the token continues where the last page stopped
    first = api.ok("GET", "/user/security/history", token=token, params={"limit": 2})
    assert [e["id"] for e in first["data"]] == [e["id"] for e in entries[:2]]
    second = api.ok(
        "GET",
        "/user/security/history",
        token=token,
        params={"limit": 2, "page_token": first["next_page_token"]},
    )
    assert [e["id"] for e in second["data"]] == [entries[2]["id"]] and "next_page_token" not in second
    assert api.ok(
        "GET", "/user/security/history", token=token, params={"ne_query[action]": "USER_LOGIN"}
    ) == {"data": []}
    _error(
        api.get("/user/security/history", token=token, params={"page_token": "abc"}), 400, "invalid_argument"
    )
    _error(api.get("/user/security/history", token=token, params={"limit": 0}), 400, "invalid_argument")
    _error(api.get("/user/security/history"), 401, "unauthenticated")
    assert signed_up["sub"] != other["sub"]


def test_cli_flags_configure_the_key_pair(no_uvicorn: dict[str, Any]) -> None:
    result = CliRunner().invoke(
        emulator_command,
        ["--secret-id", "AKIDcli", "--access-key", "ak-cli"],
        env={"AUTHGEN_EMULATOR_SECRET_KEY": "cli-secret-key"},
    )
    assert result.exit_code == 0, result.output
    emu = no_uvicorn["app"].state.emulator
    assert {"secret_id": "AKIDcli", "secret_key": "cli-secret-key"} in key_pairs(emu)
    assert access_keys(emu) == ["ak-cli"]
    refused = CliRunner().invoke(emulator_command, ["--secret-id", "AKIDcli"], env={})
    assert refused.exit_code != 0 and "--secret-key" in refused.output


def test_gateway_fault_answers_in_the_gateway_shape_the_spec_declares(api: EmulatorApi) -> None:
    fault = {"operation": "queryUser", "status": 503, "code": "ENV_ABNORMAL", "message": "env is abnormal"}
    api.ok("POST", "/emulator/v1/gateway-faults", json=fault)
    admin = _admin_token(api)
    refused = api.get("/user/query", token=admin, params={"username": "x"})
    assert refused.status_code == 503
    body = refused.json()
    assert body["code"] == "ENV_ABNORMAL" and body["message"] == "env is abnormal" and body["requestId"]
    doc = yaml.safe_load((REPO_ROOT / "spec" / "auth-v1.yaml").read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource.from_contents(doc, DRAFT202012))
    validator = jsonschema.Draft202012Validator(
        {"$ref": "urn:spec#/components/schemas/AnyError"}, registry=registry
    )
    assert not list(validator.iter_errors(body))  # the default response of every operation allows it
    assert api.ok("GET", "/user/query", token=admin, params={"username": "x"})["total"] == 0  # one fault only
    for bad in (
        {**fault, "code": "lower-case"},
        {**fault, "operation": "nope"},
        {**fault, "status": 200},
        {**fault, "count": 0},
    ):
        _error(api.post("/emulator/v1/gateway-faults", json=bad), 400, "invalid_argument")
