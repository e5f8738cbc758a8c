"""create_ticket: claims, order, units, refusals, and byte-for-byte parity with @cloudbase/node-sdk."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

NODE_PARITY = Path(__file__).resolve().parent / "node_parity"
NPM_INSTALL = "npm ci --prefix tests/runtime/node_parity"
NOW_MS = 1758597487691
ENV = "env-ticket-1"
KEY_ID = "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77"


@cache
def rsa_key(bits: int = 2048) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def pem(key: rsa.RSAPrivateKey, fmt: serialization.PrivateFormat = serialization.PrivateFormat.PKCS8) -> str:
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode()


def creds(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"private_key_id": KEY_ID, "private_key": pem(rsa_key()), "env_id": ENV}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def ticket(rt: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> Any:
    """create_ticket with Date.now() frozen at NOW_MS."""
    monkeypatch.setattr(rt.ticket, "_now_ms", lambda: NOW_MS)
    return rt.ticket.create_ticket


def b64decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def split(ticket: str) -> tuple[str, str]:
    key_id, sep, token = ticket.partition("/@@/")
    assert sep
    return key_id, token


def test_claims_order_units_and_signature(ticket: Any) -> None:
    key_id, token = split(ticket(creds(), "user_0001"))
    assert key_id == KEY_ID
    header_b64, payload_b64, _sig = token.split(".")
    assert b64decode(header_b64) == b'{"alg":"RS256","typ":"JWT"}'
    raw_payload = b64decode(payload_b64)
    assert raw_payload == (
        b'{"alg":"RS256","env":"env-ticket-1","iat":1758597487691,"exp":1758598087691,'
        b'"uid":"user_0001","refresh":3600000,"expire":1759202287691}'
    )
    payload = json.loads(raw_payload)
    assert list(payload) == ["alg", "env", "iat", "exp", "uid", "refresh", "expire"]
    assert payload["exp"] - payload["iat"] == 600_000  # 10 minutes, in ms
    assert payload["expire"] - payload["iat"] == 7 * 24 * 3600 * 1000
    verified = jwt.decode(
        token,
        rsa_key().public_key(),
        algorithms=["RS256"],
        options={"verify_exp": False, "verify_iat": False},
    )
    assert verified == payload


def test_options_and_env_id(ticket: Any) -> None:
    _, token = split(ticket(creds(), "u@x.y", env_id=ENV, refresh=60_000, expire=1_800_000_000_000))
    payload = json.loads(b64decode(token.split(".")[1]))
    assert payload["refresh"] == 60_000 and payload["expire"] == 1_800_000_000_000 and payload["env"] == ENV
    _, token = split(ticket(creds(), "u@x.y", refresh=3600000.0))
    assert b'"refresh":3600000,' in b64decode(token.split(".")[1])


def test_credentials_from_a_file_and_pkcs1(ticket: Any, tmp_path: Path) -> None:
    path = tmp_path / "tcb_custom_login.json"
    data = creds(private_key=pem(rsa_key(), serialization.PrivateFormat.TraditionalOpenSSL))
    path.write_text(json.dumps(data))
    assert ticket(path, "abcd") == ticket(str(path), "abcd") == ticket(data, "abcd")


def test_deterministic(ticket: Any) -> None:
    assert ticket(creds(), "user_0001") == ticket(creds(), "user_0001")


@pytest.mark.parametrize(
    "uid",
    ["abcd", "A" * 32, "a_b-c#d@e~f=g*h(i)j{k}l[m]n:o.p,q<r>s+t"[:32], "0123", "[]{}", "a.b,c"],
)
def test_valid_uids(ticket: Any, uid: str) -> None:
    """Every character createTicket allows ends up in the signed uid claim, unchanged."""
    key_id, token = split(ticket(creds(), uid))
    verified = jwt.decode(
        token,
        rsa_key().public_key(),
        algorithms=["RS256"],
        options={"verify_exp": False, "verify_iat": False},
    )
    assert key_id == KEY_ID and verified["uid"] == uid and verified["env"] == ENV


@pytest.mark.parametrize(
    "uid", ["abc", "A" * 33, "abcd\n", "ab cd", "abc/d", "abc!", "用户名字", "abcd$", "", "abc\\d"]
)
def test_invalid_uids(rt: SimpleNamespace, ticket: Any, uid: str) -> None:
    with pytest.raises(rt.ticket.TicketError, match="Invalid uid"):
        ticket(creds(), uid)


@pytest.mark.parametrize("uid", [1234, None, b"abcd", ["abcd"]])
def test_non_string_uid(rt: SimpleNamespace, ticket: Any, uid: Any) -> None:
    with pytest.raises(rt.ticket.TicketError, match="uid must be a string"):
        ticket(creds(), uid)


def test_refusals_never_show_the_key(rt: SimpleNamespace, ticket: Any, tmp_path: Path) -> None:
    key_text = pem(rsa_key())
    key_body = key_text.splitlines()[1]
    cases: list[tuple[Any, dict[str, Any], str]] = [
        (creds(env_id=None), {}, "no env_id"),
        (creds(env_id=""), {}, "no env_id"),
        (creds(), {"env_id": "other-env"}, "belong to env"),
        (creds(), {"env_id": ""}, "env_id"),
        (creds(private_key_id=None), {}, "private_key_id"),
        (creds(private_key=None), {}, "private_key"),
        (
            creds(private_key="-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----"),
            {},
            "PEM RSA",
        ),
        (creds(private_key=pem(rsa_key()).replace("PRIVATE", "PUBLIC")), {}, "PEM RSA"),
        (tmp_path / "missing.json", {}, "cannot read credentials file"),
        (12345, {}, "credentials must be"),
    ]
    public_pem = (
        rsa_key()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    cases.append((creds(private_key=public_pem), {}, "private key"))
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{" + key_text)
    cases.append((bad_json, {}, "not valid JSON"))
    for credentials, kwargs, message in cases:
        with pytest.raises(rt.ticket.TicketError, match=message) as info:
            ticket(credentials, "user_0001", **kwargs)
        text = str(info.value) + repr(info.value)
        assert "\n" not in str(info.value)
        assert key_body not in text and "BEGIN" not in text
        assert isinstance(info.value, ValueError)


def test_bad_numbers(rt: SimpleNamespace, ticket: Any) -> None:
    for kwargs in ({"refresh": "1"}, {"refresh": True}, {"expire": float("nan")}, {"expire": "soon"}):
        with pytest.raises(rt.ticket.TicketError):
            ticket(creds(), "user_0001", **kwargs)


def test_small_keys_are_accepted_like_node_sdk(rt: SimpleNamespace, ticket: Any) -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    _, token = split(ticket(creds(private_key=pem(small)), "user_0001"))
    payload_b64 = token.split(".")[1]
    assert json.loads(b64decode(payload_b64))["uid"] == "user_0001"


def test_clock_is_milliseconds(rt: SimpleNamespace) -> None:
    import time

    now = rt.ticket._now_ms()
    assert abs(now - time.time() * 1000) < 5000


# -- parity with the official node-sdk ----------------------------------------------------------


def node_ticket(payload: dict[str, Any]) -> dict[str, Any]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: cannot compare with @cloudbase/node-sdk")
    if not (NODE_PARITY / "node_modules" / "@cloudbase" / "node-sdk").is_dir():
        pytest.fail(f"@cloudbase/node-sdk is not installed for the parity test: run `{NPM_INSTALL}` first")
    done = subprocess.run(
        [node, str(NODE_PARITY / "ticket.js")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


PARITY_CASES = [
    ("user_0001", {}),
    ("a_b-c#d@e~f=g*h(i)j{k}[m]:.,<>+", {}),
    ("abcd", {"refresh": 60_000}),
    ("abcd", {"refresh": 60_000, "expire": 1_800_000_000_000}),
]


@pytest.mark.parametrize(("uid", "options"), PARITY_CASES)
def test_byte_for_byte_parity_with_node_sdk(ticket: Any, uid: str, options: dict[str, Any]) -> None:
    credentials = creds()
    expected = node_ticket(
        {"env": ENV, "credentials": credentials, "uid": uid, "now": NOW_MS, "options": options}
    )
    assert "ticket" in expected, expected
    assert ticket(credentials, uid, **options) == expected["ticket"]


def test_node_sdk_refuses_what_we_refuse(rt: SimpleNamespace, ticket: Any) -> None:
    refusals = [
        ({"env": ENV, "credentials": creds(), "uid": "abc"}, {"credentials": creds(), "uid": "abc"}),
        ({"env": ENV, "credentials": creds(), "uid": "abcd\n"}, {"credentials": creds(), "uid": "abcd\n"}),
        ({"env": ENV, "credentials": creds(), "uid": 1234}, {"credentials": creds(), "uid": 1234}),
        (
            {"env": ENV, "credentials": creds(env_id=None), "uid": "abcd"},
            {"credentials": creds(env_id=None), "uid": "abcd"},
        ),
        (
            {"env": "other-env", "credentials": creds(), "uid": "abcd"},
            {"credentials": creds(), "uid": "abcd", "env_id": "other-env"},
        ),
    ]
    for node_input, py_input in refusals:
        result = node_ticket({**node_input, "now": NOW_MS})
        assert "error" in result, (node_input["uid"], result)
        with pytest.raises(rt.ticket.TicketError):
            ticket(**py_input)
