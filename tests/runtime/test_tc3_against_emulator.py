"""The runtime's TC3-HMAC-SHA256 signature checked by an independent verifier: the emulator's
(emulator/tc3.py, written apart from the client), over real HTTP on loopback.

The byte-for-byte comparisons with @cloudbase/node-sdk (test_tc3.py) need `npm ci` and are left
out of the mutation run; without them nothing else in tests/runtime noticed a wrong key
derivation, header canonicalisation or credential date (mutation run of issue 28 item 10). A
signature the service cannot verify is what a user sees: `invalid_client` instead of a token.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread

from .conftest import PACKAGE

PAIRS = [
    {"secret_id": "AKIDtc3plain0001", "secret_key": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLEkey"},
    {"secret_id": "AKIDtc3unicode01", "secret_key": "k3y-with-\u00fcn\u00efcode&symbols!"},
]


@pytest.fixture(scope="module")
def emulator_url() -> Iterator[str]:
    with ServerThread(create_app()) as server:
        for pair in PAIRS:
            httpx.post(
                f"{server.url}/emulator/v1/admin-credentials", json=pair, timeout=10
            ).raise_for_status()
        yield server.url


def _client(rt: SimpleNamespace, url: str, now: float) -> Any:
    client = rt.base.SyncAPIClient("emulator-env", base_url=f"{url}/auth/v1", max_retries=0)
    client._now = lambda: now
    return client


OP_ARGS = ("getClientCredential", "POST", "/token/clientCredential", "tc3", True, False, False)


def _emulator_now(url: str) -> float:
    now: float = httpx.get(f"{url}/emulator/v1/clock", timeout=10).json()["now"]
    return now


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p["secret_id"])
def test_the_emulator_verifies_the_signature_and_answers_an_admin_token(
    rt: SimpleNamespace, emulator_url: str, pair: dict[str, str]
) -> None:
    tc3 = importlib.import_module(f"{PACKAGE}._tc3")
    op = rt.base.OperationSpec(*OP_ARGS)
    with _client(rt, emulator_url, _emulator_now(emulator_url)) as client:
        answer = client._call(
            op,
            json={"grant_type": "client_credentials"},
            extra_headers={"Content-Type": "application/json; charset=utf-8", "X-Odd": "MiXeD Case"},
            tc3=tc3.TC3Credentials(pair["secret_id"], pair["secret_key"]),
        )
    assert answer["scope"] == "admin" and answer["access_token"]


def test_a_query_string_is_signed_as_sent(rt: SimpleNamespace, emulator_url: str) -> None:
    tc3 = importlib.import_module(f"{PACKAGE}._tc3")
    op = rt.base.OperationSpec(*OP_ARGS)
    with _client(rt, emulator_url, _emulator_now(emulator_url)) as client:
        answer = client._call(
            op,
            query={"client_id": "emulator-env", "note": "a b/c~d*e"},
            json={"grant_type": "client_credentials"},
            tc3=tc3.TC3Credentials(PAIRS[0]["secret_id"], PAIRS[0]["secret_key"]),
        )
    assert answer["scope"] == "admin"


def test_the_credential_date_is_the_utc_date_in_any_time_zone(
    rt: SimpleNamespace, emulator_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 20:30 UTC is already the next day in Shanghai: a local-time date would not verify.
    now = _emulator_now(emulator_url)
    day = datetime.fromtimestamp(now, UTC).replace(hour=20, minute=30, second=0, microsecond=0)
    target = day.timestamp() if day.timestamp() > now else day.timestamp() + 86400
    httpx.post(
        f"{emulator_url}/emulator/v1/clock", json={"advance_seconds": target - now}, timeout=10
    ).raise_for_status()
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        tc3 = importlib.import_module(f"{PACKAGE}._tc3")
        op = rt.base.OperationSpec(*OP_ARGS)
        with _client(rt, emulator_url, _emulator_now(emulator_url)) as client:
            answer = client._call(
                op,
                json={"grant_type": "client_credentials"},
                tc3=tc3.TC3Credentials(PAIRS[0]["secret_id"], PAIRS[0]["secret_key"]),
            )
        assert answer["scope"] == "admin"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_another_secret_key_is_refused(rt: SimpleNamespace, emulator_url: str) -> None:
    tc3 = importlib.import_module(f"{PACKAGE}._tc3")
    op = rt.base.OperationSpec(*OP_ARGS)
    with (
        _client(rt, emulator_url, _emulator_now(emulator_url)) as client,
        pytest.raises(rt.exceptions.APIStatusError) as refused,  # the runtime's typed error
    ):
        client._call(
            op,
            json={"grant_type": "client_credentials"},
            tc3=tc3.TC3Credentials(PAIRS[0]["secret_id"], PAIRS[1]["secret_key"]),
        )
    assert refused.value.status_code == 401


def test_signed_header_values_follow_the_case_rules(rt: SimpleNamespace, emulator_url: str) -> None:
    # TC3 lower-cases every signed value but content-type's: a host name in letters
    # (localhost) and a content-type in mixed case show a client that gets either rule wrong.
    tc3 = importlib.import_module(f"{PACKAGE}._tc3")
    op = rt.base.OperationSpec(*OP_ARGS)
    by_name = emulator_url.replace("127.0.0.1", "localhost")
    with _client(rt, by_name, _emulator_now(emulator_url)) as client:
        answer = client._call(
            op,
            json={"grant_type": "client_credentials"},
            extra_headers={"Content-Type": "Application/JSON; charset=UTF-8"},
            tc3=tc3.TC3Credentials(PAIRS[0]["secret_id"], PAIRS[0]["secret_key"]),
        )
    assert answer["scope"] == "admin"


def test_temporary_keys_send_their_session_token(rt: SimpleNamespace, emulator_url: str) -> None:
    # Temporary keys (STS) are only accepted with their token: `, Token=...` after the signature.
    tc3 = importlib.import_module(f"{PACKAGE}._tc3")
    creds = tc3.TC3Credentials(PAIRS[0]["secret_id"], PAIRS[0]["secret_key"], "sts-session-token-1")
    header = tc3.tc3_authorization(
        creds,
        method="POST",
        path="/auth/v1/token/clientCredential",
        query="",
        headers={"content-type": "application/json", "host": "127.0.0.1"},
        body=b"{}",
        timestamp=1_764_640_800,
    )
    assert header.endswith(", Timestamp=1764640800, Token=sts-session-token-1")
    op = rt.base.OperationSpec(*OP_ARGS)
    with _client(rt, emulator_url, _emulator_now(emulator_url)) as client:
        answer = client._call(op, json={"grant_type": "client_credentials"}, tc3=creds)
    assert answer["scope"] == "admin"
