"""A refused custom-login ticket: the hint the client adds, read from the ticket's own ``exp``
claim, through the runtime under test (the `_base` mutation run of 2026-12-07, brief M5,
`_ticket_expiry_hint` and `_hint`): expired by this machine's clock (said whatever the service
said), still valid here but called expired by the service (the clocks differ), valid and refused
for another reason (no hint); only on a 4xx; a ticket the client cannot read gets no hint and
the service's error stands. ``test_hardening.py`` checks three of these against the installed
package; these reach the runtime a mutation run mutates.

The client's wall clock is fixed (``client._now``), so every stamp and age is exact.
"""

from __future__ import annotations

import base64
import json
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

NOW = 1_765_000_000.0  # 2025-12-06T05:46:40Z
EXP_MS = 1_764_999_970_750  # 29.25 s before NOW: 2025-12-06T05:46:10Z (the stamp drops the fraction)
EXPIRED = (
    "the ticket expired at 2025-12-06T05:46:10Z, 29s before this call by this machine's clock "
    "(tickets live 10 minutes: mint one with create_ticket() just before signing in)"
)
AHEAD = "by its claims; the service's clock may be ahead of this machine's"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def ticket(claims: Any, key: str = "key-1/@@/") -> str:
    payload = claims if isinstance(claims, bytes) else json.dumps(claims).encode()
    return f"{key}{b64(b'{}')}.{b64(payload)}.{b64(b'signature-bytes')}"


def refused(
    rt: SimpleNamespace, sent: str, body: dict[str, Any], status: int = 400
) -> Any:
    """The exception a ``signInCustom`` with ``sent`` raises when the service answers ``body``."""
    client = rt.base.SyncAPIClient(
        "env-1", transport=httpx.MockTransport(lambda r: httpx.Response(status, json=body)), max_retries=0
    )
    client._now = lambda: NOW
    with pytest.raises(rt.errors.APIStatusError) as info:
        client._call(rt.operations.OPERATIONS["signInCustom"], json={"ticket": sent}, request_id="req-7")
    assert info.value.status_code == status
    return info.value


def description(exc: Any) -> str:
    return str(exc.error_description or "")


def test_an_expired_ticket_says_when_and_how_long_ago(rt: SimpleNamespace) -> None:
    sent = ticket({"uid": "user-1", "exp": EXP_MS})
    exc = refused(rt, sent, {"error": "invalid_grant", "error_description": "ticket has expired"})
    assert description(exc) == f"ticket has expired; {EXPIRED}"
    assert sent.split(".")[1] not in str(exc)  # the ticket itself is never shown


def test_an_expired_ticket_gets_the_hint_whatever_the_service_said(rt: SimpleNamespace) -> None:
    exc = refused(rt, ticket({"exp": EXP_MS}), {"error": "invalid_grant", "error_description": "bad signature"})
    assert description(exc) == f"bad signature; {EXPIRED}"


def test_a_ticket_expiring_this_very_second_counts_as_expired(rt: SimpleNamespace) -> None:
    exc = refused(rt, ticket({"exp": int(NOW * 1000)}), {"error": "invalid_grant", "error_description": "no"})
    assert description(exc) == (
        "no; the ticket expired at 2025-12-06T05:46:40Z, 0s before this call by this machine's clock "
        "(tickets live 10 minutes: mint one with create_ticket() just before signing in)"
    )


@pytest.mark.parametrize(
    "body",
    [
        {"error": "invalid_grant", "error_description": "Ticket EXPIRED"},
        # the gateway's shape: its message carries the word, and gets the hint
        {"code": "INVALID_TICKET", "message": "ticket expired"},
    ],
    ids=["error_description", "gateway-message"],
)
def test_a_ticket_valid_here_but_called_expired_blames_the_clocks(rt: SimpleNamespace, body: dict[str, Any]) -> None:
    exp_ms = int(NOW * 1000) + 300_500  # 5 minutes ahead: 2025-12-06T05:51:40Z
    exc = refused(rt, ticket({"exp": exp_ms}), body)
    hint = f"the ticket expires at 2025-12-06T05:51:40Z {AHEAD}"
    said = body.get("error_description") or body["message"]
    assert f"{said}; {hint}" in str(exc)


def test_a_valid_ticket_refused_for_another_reason_gets_no_hint(rt: SimpleNamespace) -> None:
    exc = refused(
        rt, ticket({"exp": int(NOW * 1000) + 300_000}), {"error": "invalid_grant", "error_description": "bad signature"}
    )
    assert description(exc) == "bad signature"


@pytest.mark.parametrize("uid", ["u", "us", "use", "user"])
def test_every_payload_length_is_read(rt: SimpleNamespace, uid: str) -> None:
    """Unpadded base64url of each length modulo 4 (the client pads it back before decoding)."""
    exc = refused(rt, ticket({"uid": uid, "exp": EXP_MS}), {"error": "invalid_grant", "error_description": "x"})
    assert description(exc) == f"x; {EXPIRED}"


@pytest.mark.parametrize("key", ["", "key.v2/@@/"], ids=["bare-jwt", "dotted-key-id"])
def test_the_jwt_after_any_key_prefix_is_read(rt: SimpleNamespace, key: str) -> None:
    """A bare JWT, and one after a key id that has a dot of its own."""
    exc = refused(rt, ticket({"exp": EXP_MS}, key=key), {"error": "invalid_grant", "error_description": "x"})
    assert description(exc) == f"x; {EXPIRED}"


@pytest.mark.parametrize(
    "sent",
    [
        "not-a-ticket",
        "key-1/@@/two.parts",
        "key-1/@@/a.b.c.d",
        ticket(b"not json"),
        ticket(b"\xff\xfe"),
        ticket({"uid": "no exp"}),
        ticket({"exp": "soon"}),
        ticket({"exp": None}),
        ticket({"exp": 1e300}),
        ticket({"exp": 1e18}),
        ticket([1, 2, 3]),
        "key-1/@@/e30.!!!.c2ln",
    ],
    ids=[
        "no-dots",
        "two-parts",
        "four-parts",
        "payload-not-json",
        "payload-not-utf8",
        "no-exp",
        "exp-not-a-number",
        "exp-null",
        "exp-overflows",
        "exp-past-year-9999",
        "payload-a-list",
        "payload-not-base64",
    ],
)
def test_a_ticket_the_client_cannot_read_leaves_the_error_as_it_is(rt: SimpleNamespace, sent: str) -> None:
    exc = refused(rt, sent, {"error": "invalid_grant", "error_description": "ticket has expired"})
    assert isinstance(exc, rt.errors.APIStatusError) and exc.error == "invalid_grant"
    assert description(exc) == "ticket has expired"


@pytest.mark.parametrize(("status", "hinted"), [(400, True), (499, True), (500, False), (503, False)])
def test_only_a_refusal_gets_the_hint(rt: SimpleNamespace, status: int, hinted: bool) -> None:
    exc = refused(rt, ticket({"exp": EXP_MS}), {"error": "invalid_grant", "error_description": "x"}, status)
    assert description(exc) == (f"x; {EXPIRED}" if hinted else "x")


def test_a_refusal_of_a_call_without_a_ticket_gets_no_hint(rt: SimpleNamespace) -> None:
    client = rt.base.SyncAPIClient(
        "env-1",
        transport=httpx.MockTransport(
            lambda r: httpx.Response(400, json={"error": "invalid_grant", "error_description": "ticket expired"})
        ),
        max_retries=0,
    )
    with pytest.raises(rt.errors.APIStatusError) as info:
        client._call(rt.operations.OPERATIONS["signIn"], json={"username": "u", "password": "p"})
    assert description(info.value) == "ticket expired"
