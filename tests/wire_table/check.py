"""Compare what a client sent (and did with its session) to the hand-written table."""

from __future__ import annotations

import base64
from typing import Any

from .recorder import Recorder, Seen
from .table import (
    CLIENT_ID,
    CLIENT_SECRET,
    ENV_ID,
    MINTED_ACCESS_TOKEN,
    SECRET_ID,
    SECRET_KEY,
    SESSION_ACCESS_TOKEN,
    TABLE,
    SessionEffect,
    Wire,
)


def auth_kind(authorization: str | None) -> str:
    if authorization is None:
        return "none"
    if authorization == f"Bearer {SESSION_ACCESS_TOKEN}":
        return "bearer"
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    if authorization == f"Basic {basic}":
        return "basic"
    if authorization.startswith("TC3-HMAC-SHA256 Credential="):
        return "tc3"
    scheme, space, _ = authorization.partition(" ")
    # Never the credential itself: a value without a scheme is all credential.
    return f"unexpected Authorization: {scheme} ..." if space else "unexpected Authorization without a scheme"


def mismatches(case: str, wire: Wire, requests: list[Seen], session: SessionEffect) -> list[str]:
    if len(requests) != 1:
        return [f"{case}: {len(requests)} requests instead of one"]
    seen = requests[0]
    found = []
    if (seen.method, seen.path) != (wire.method, wire.path):
        found.append(f"{case}: sent {seen.method} {seen.path}, expected {wire.method} {wire.path}")
    if auth_kind(seen.authorization) != wire.auth:
        found.append(f"{case}: auth {auth_kind(seen.authorization)}, expected {wire.auth}")
    sent_client_id = seen.query.get("client_id")
    if wire.client_id_sent and sent_client_id != CLIENT_ID:
        found.append(f"{case}: client_id in the query is {sent_client_id!r}, expected {CLIENT_ID!r}")
    if wire.client_id_sent is False and "client_id" in seen.query:
        found.append(f"{case}: client_id sent on a call that must not send it")
    if session != wire.session:
        found.append(f"{case}: the session was {session}, expected {wire.session}")
    return found


def job(base_url: str) -> dict[str, Any]:
    """What a client program in another language needs to make the table's calls (the PHP and
    Java programs read it as JSON on stdin)."""
    return {
        "url": base_url,
        "env": ENV_ID,
        "clientId": CLIENT_ID,
        "clientSecret": CLIENT_SECRET,
        "secretId": SECRET_ID,
        "secretKey": SECRET_KEY,
        "sessionToken": SESSION_ACCESS_TOKEN,
        "signedIn": [case for case, wire in TABLE.items() if wire.signed_in],
    }


def effect(before: str, after: str) -> str:
    """What a call did to the session, from its access token before and after ("-": none)."""
    if after == "-":
        return "cleared" if before != "-" else "kept"
    if after == before:
        return "kept"
    return "stored" if after == MINTED_ACCESS_TOKEN else f"replaced by {after[:6]}..."


def table_mismatches(recorder: Recorder, tokens: dict[str, tuple[str, str]]) -> list[str]:
    """Every case of the table against what the recording server saw and the session tokens a
    client program reported (case -> (before, after))."""
    sessions = {case: effect(before, after) for case, (before, after) in tokens.items()}
    if set(sessions) != set(TABLE):
        return [f"cases reported {sorted(sessions)}, the table has {sorted(TABLE)}"]
    return [
        problem
        for case, wire in sorted(TABLE.items())
        for problem in mismatches(case, wire, recorder.seen.get(case.replace("/", "-"), []), sessions[case])  # type: ignore[arg-type]
    ]
