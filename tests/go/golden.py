"""Golden files for the Go runtime's tests, written by the Python client.

``.venv/bin/python tests/go/golden.py`` (re)writes, under ``templates/go/runtime/testdata/``,
``ticket_golden.json`` (the Python ``create_ticket`` output for each ticket case; read by the Go
test ``TestCreateTicketMatchesPythonGolden``) and ``tc3_golden.json`` (the Python
``tc3_authorization`` for each signing case; read by ``TestTC3MatchesPythonGolden``). ``tests/go/test_ticket_parity.py`` compares the
two implementations live. The key in ``testdata/ticket_test_key.pem`` is a throwaway test key
made for these tests, used nowhere else.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

TESTDATA = Path(__file__).resolve().parents[2] / "templates" / "go" / "runtime" / "testdata"
KEY_FILE = TESTDATA / "ticket_test_key.pem"
# A Go test file, not JSON in testdata/: it is copied into generated/go with the runtime, where
# every file carries the "generated" header (JSON cannot), and it needs no file at run time.
GOLDEN_GO = TESTDATA.parent / "golden_data_test.go"
KEY_ID = "6c8a1bd6-8f6b-4a44-9a1d-0f3b8c1f2e77"

CASES: list[dict[str, Any]] = [
    {"name": "defaults", "env": "env-ticket-1", "uid": "user_0001", "now_ms": 1758597487691},
    {
        "name": "refresh and expire",
        "env": "env-ticket-1",
        "uid": "u-2#@~=*(){}",
        "now_ms": 1758597487000,
        "refresh_ms": 7200000,
        "expire_ms": 1760000000000,
    },
    {"name": "characters JSON could escape", "env": "env-<&>", "uid": "a<b>c+d[]:.,", "now_ms": 1},
    {"name": "non-ASCII env", "env": "环境-ü\u2028x", "uid": "user_0001", "now_ms": 1758597487691},
]


def python_ticket(case: dict[str, Any], key_pem: str, key_id: str = KEY_ID) -> str:
    _ticket: Any = importlib.import_module("cloudbase_auth._ticket")

    original = _ticket._now_ms
    _ticket._now_ms = lambda: case["now_ms"]
    try:
        kwargs: dict[str, Any] = {}
        if "refresh_ms" in case:
            kwargs["refresh"] = case["refresh_ms"]
        if "expire_ms" in case:
            kwargs["expire"] = case["expire_ms"]
        creds = {"private_key_id": key_id, "private_key": key_pem, "env_id": case["env"]}
        return str(_ticket.create_ticket(creds, case["uid"], **kwargs))
    finally:
        _ticket._now_ms = original


TC3_CASES: list[dict[str, Any]] = [
    {
        "secret_id": "AKIDz8krbsJ5yKBZQpn74WFkmLPx3example",
        "secret_key": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLEkey",
        "token": "",
        "method": "POST",
        "path": "/auth/v1/token/clientCredential",
        "query": "",
        "host": "my-env-1a2b.api.tcloudbasegateway.com",
        "content_type": "application/json",
        "body": '{"grant_type":"client_credentials"}',
        "timestamp": 1764640799,
    },
    {
        "secret_id": "AKIDintl",
        "secret_key": "secret with spaces & ünïcode",
        "token": "temporary-session-token",
        "method": "POST",
        "path": "/auth/v1/token/clientCredential",
        "query": "a=1&b=%2F",
        "host": "127.0.0.1:8080",
        "content_type": "application/json",
        "body": "{}",
        "timestamp": 1767225599,
    },
]


def python_tc3(case: dict[str, Any]) -> str:
    _tc3: Any = importlib.import_module("cloudbase_auth._tc3")

    return str(
        _tc3.tc3_authorization(
            _tc3.TC3Credentials(case["secret_id"], case["secret_key"], case["token"] or None),
            method=case["method"],
            path=case["path"],
            query=case["query"],
            headers={"content-type": case["content_type"], "host": case["host"]},
            body=case["body"].encode("utf-8"),
            timestamp=case["timestamp"],
        )
    )


def main() -> None:
    if not KEY_FILE.exists():
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        KEY_FILE.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    key_pem = KEY_FILE.read_text()
    tickets = [{**case, "key_id": KEY_ID, "ticket": python_ticket(case, key_pem)} for case in CASES]
    tc3 = [{**case, "authorization": python_tc3(case)} for case in TC3_CASES]
    GOLDEN_GO.write_text(go_golden(key_pem, tickets, tc3), encoding="utf-8")


def _go(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(int(value))


def go_golden(key_pem: str, tickets: list[dict[str, Any]], tc3: list[dict[str, Any]]) -> str:
    """The golden cases as Go source, gofmt-clean (one composite literal a line, no alignment)."""
    ticket_fields = [
        ("Name", "name"),
        ("Env", "env"),
        ("UID", "uid"),
        ("NowMS", "now_ms"),
        ("RefreshMS", "refresh_ms"),
        ("ExpireMS", "expire_ms"),
        ("KeyID", "key_id"),
        ("Ticket", "ticket"),
    ]
    tc3_fields = [
        ("SecretID", "secret_id"),
        ("SecretKey", "secret_key"),
        ("Token", "token"),
        ("Method", "method"),
        ("Path", "path"),
        ("Query", "query"),
        ("Host", "host"),
        ("ContentType", "content_type"),
        ("Body", "body"),
        ("Timestamp", "timestamp"),
        ("Authorization", "authorization"),
    ]
    lines = [
        "package cloudbase",
        "",
        "// Written by tests/go/golden.py with the Python client's create_ticket and",
        "// tc3_authorization: the Go runtime must give the same bytes. Regenerate, never edit.",
        "",
        "// goldenTicketKey is a throwaway RSA key made for these tests only.",
        "const goldenTicketKey = `" + key_pem.strip() + "\n`",
        "",
        "var goldenTickets = []ticketCase{",
    ]
    for case in tickets:
        parts = [f"{go}: {_go(case[key])}" for go, key in ticket_fields if key in case]
        lines.append("\t{" + ", ".join(parts) + "},")
    lines += ["}", "", "var goldenTC3 = []tc3Case{"]
    for case in tc3:
        parts = [f"{go}: {_go(case[key])}" for go, key in tc3_fields]
        lines.append("\t{" + ", ".join(parts) + "},")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
