"""The Python client against the hand-written wire table (table.py), over loopback HTTP to a
recording server: method, path, auth kind, client_id in the query, and what happens to the
session, for each call in the table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from cloudbase_auth import CloudBaseAuth

from .check import mismatches
from .recorder import recording_server
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
)

# case -> how the Python client makes that call (the request id tags the recorded request)
CALLS: dict[str, Callable[[CloudBaseAuth, str], Any]] = {
    "signIn": lambda c, rid: c.sign_in(username="wire-user", password="Passw0rd!wire", request_id=rid),
    "signInAnonymously": lambda c, rid: c.sign_in_anonymously(request_id=rid),
    "grantToken": lambda c, rid: c.grant_token(
        grant_type="refresh_token", refresh_token="rt-x", request_id=rid
    ),
    "checkIfUserExist": lambda c, rid: c.check_if_user_exist(username="wire-user", request_id=rid),
    "introspectToken": lambda c, rid: c.introspect_token(request_id=rid),
    "revokeToken": lambda c, rid: c.revoke_token(request_id=rid),
    "getUserMe": lambda c, rid: c.get_user_me(request_id=rid),
    "deleteUserMe": lambda c, rid: c.delete_user_me(sudo_token="sudo-wire", request_id=rid),
    "sudo": lambda c, rid: c.sudo(password="Passw0rd!wire", request_id=rid),
    "updatePassword": lambda c, rid: c.update_password(
        new_password="N3w-Passw0rd!wire", sudo_token="sudo-wire", request_id=rid
    ),
    "listProviders": lambda c, rid: c.list_providers(request_id=rid),
    "unbindProvider": lambda c, rid: c.unbind_provider(provider_id="github", request_id=rid),
    "signOut": lambda c, rid: c.sign_out(request_id=rid),
    "revokeAllDevices": lambda c, rid: c.revoke_all_devices(request_id=rid),
    "checkUsername": lambda c, rid: c.check_username(username="wire-user", request_id=rid),
    "getAuthorizeInfo/signedIn": lambda c, rid: c.get_authorize_info(response_type="code", request_id=rid),
    "getAuthorizeInfo/signedOut": lambda c, rid: c.get_authorize_info(response_type="code", request_id=rid),
    "getClientCredential": lambda c, rid: c.get_client_credential(request_id=rid),
}


def session_effect(before: str | None, after: str | None) -> SessionEffect | str:
    if after is None:
        return "cleared" if before is not None else "kept"
    if after == before:
        return "kept"
    if after == MINTED_ACCESS_TOKEN:
        return "stored"
    return f"replaced by {after[:6]}..."


def test_every_case_of_the_table_has_a_python_call() -> None:
    assert set(CALLS) == set(TABLE)


@pytest.mark.parametrize("case", sorted(TABLE))
def test_the_python_client_puts_the_table_on_the_wire(case: str) -> None:
    wire = TABLE[case]
    rid = case.replace("/", "-")
    with recording_server() as (base_url, recorder):
        with CloudBaseAuth(
            ENV_ID,
            base_url=base_url,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            max_retries=0,
        ) as client:
            if wire.signed_in:
                client.set_session(
                    {
                        "token_type": "Bearer",
                        "access_token": SESSION_ACCESS_TOKEN,
                        "expires_in": 7200,
                        "refresh_token": "rt-the-session-before",
                    }
                )
            before = client.session.access_token if client.session else None
            CALLS[case](client, rid)
            after = client.session.access_token if client.session else None
        found = mismatches(case, wire, recorder.seen.get(rid, []), session_effect(before, after))  # type: ignore[arg-type]
    assert found == []
