"""Ticket::create makes the same ticket, byte for byte, as the Python client's create_ticket
and @cloudbase/node-sdk's createTicket, live on the same key, clock and arguments (the
committed test key and a freshly generated one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from go.golden import CASES, KEY_FILE, python_ticket
from go.test_ticket_parity import node_ticket

from .conftest import GENERATED, php_json

SCRIPT = r"""
require getenv('PACKAGE') . '/autoload.php';
$out = [];
foreach (json_decode(stream_get_contents(STDIN), true) as $c) {
    try {
        $out[] = CloudBase\Auth\Ticket::create(
            ['private_key_id' => $c['key_id'], 'private_key' => $c['key'], 'env_id' => $c['env']],
            $c['uid'],
            refresh: $c['refresh_ms'] ?? CloudBase\Auth\Ticket::DEFAULT_REFRESH_MS,
            expire: $c['expire_ms'] ?? null,
            nowMs: $c['now_ms'],
        );
    } catch (CloudBase\Auth\Exception\TicketException $e) {
        $out[] = 'error: ' . $e->getMessage();
    }
}
echo json_encode($out);
"""


def php_tickets(php: str, cases: list[dict[str, Any]]) -> list[str]:
    result: list[str] = php_json(php, SCRIPT, cases, env={"PACKAGE": str(GENERATED)})
    return result


def test_php_and_python_tickets_are_identical(php: str) -> None:
    fresh = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    keys = {
        "committed": KEY_FILE.read_text(),
        "fresh pkcs1": fresh.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ).decode(),
    }
    cases = [{**case, "key": key, "key_id": f"kid-{label}"} for label, key in keys.items() for case in CASES]
    ours = php_tickets(php, cases)
    assert len(ours) == len(cases)
    for case, php_ticket in zip(cases, ours, strict=True):
        assert php_ticket == python_ticket(case, str(case["key"]), str(case["key_id"])), case["name"]


@pytest.mark.slow
def test_php_and_node_sdk_tickets_are_identical(php: str, tmp_path: Path) -> None:
    key = KEY_FILE.read_text()
    cases = [{**case, "key": key, "key_id": "kid-node"} for case in CASES]
    ours = php_tickets(php, cases)
    for case, php_ticket in zip(cases, ours, strict=True):
        options: dict[str, object] = {}
        if "refresh_ms" in case:
            options["refresh"] = case["refresh_ms"]
        if "expire_ms" in case:
            options["expire"] = case["expire_ms"]
        credentials = {"private_key_id": case["key_id"], "private_key": key, "env_id": case["env"]}
        payload = {
            "env": case["env"],
            "credentials": credentials,
            "uid": case["uid"],
            "now": case["now_ms"],
            "options": options,
        }
        assert php_ticket == node_ticket(payload), case["name"]
