"""A custom-login ticket from the runtime, taken by an independent verifier: the emulator's
`POST /signin/custom` (its own JWT check, written apart from the client) over real HTTP on
loopback, with the real clock. The byte-for-byte comparisons with @cloudbase/node-sdk
(test_ticket.py) need `npm ci` and are left out of the mutation run; these are what a user
notices without them: the service takes the ticket, whose JWS segments carry no padding and
whose times are whole milliseconds, like node-sdk's `Date.now()` (mutation run, issue 28
item 10)."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread

JWS_COMPACT = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")  # RFC 7515: no '='


@pytest.fixture(scope="module")
def emulator() -> Iterator[tuple[str, dict[str, Any]]]:
    with ServerThread(create_app()) as server:
        credentials = httpx.get(f"{server.url}/emulator/v1/custom-login-credentials", timeout=10).json()
        yield server.url, credentials


def _payload(token: str) -> dict[str, Any]:
    segment = token.split(".")[1]
    payload: dict[str, Any] = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    return payload


@pytest.mark.parametrize("uid", ["ab-1", "user_0001", "u@x.y:[1]{2}", "x" * 32])
def test_the_emulator_signs_in_with_a_ticket_made_now(
    rt: SimpleNamespace, emulator: tuple[str, dict[str, Any]], uid: str
) -> None:
    url, credentials = emulator
    ticket = rt.ticket.create_ticket(credentials, uid)
    key_id, _, token = ticket.partition("/@@/")
    assert key_id == credentials["private_key_id"]
    assert JWS_COMPACT.match(token), token
    payload = _payload(token)
    assert all(type(payload[k]) is int for k in ("iat", "exp", "refresh", "expire")), payload
    answer = httpx.post(
        f"{url}/auth/v1/signin/custom",
        params={"client_id": credentials["env_id"]},
        headers={"x-device-id": "ticket-test-device"},
        json={"provider_id": "custom", "ticket": ticket},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["access_token"]
