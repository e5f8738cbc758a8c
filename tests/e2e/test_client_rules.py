"""The rules every client follows (issue 22 items 1, 3, 5, 6; issue 28 item 11's 403), through
the public methods of ``cloudbase_auth`` against the emulator over loopback HTTP."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator

import cloudbase_auth as cba
import httpx
import pytest
from cloudbase_auth import CloudBaseAuth

ENV = "emulator-env"


@pytest.fixture
def control(emulator_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emulator_server, timeout=10) as http:
        yield http


@pytest.fixture
def key_pair(control: httpx.Client) -> dict[str, str]:
    pair = {"secret_id": f"AKIDrules{secrets.token_hex(4)}", "secret_key": secrets.token_urlsafe(24)}
    control.post("/emulator/v1/admin-credentials", json=pair).raise_for_status()
    return pair


def introspect(control: httpx.Client, token: str) -> dict[str, object]:
    answer = control.get("/auth/v1/token/introspect", headers={"Authorization": f"Bearer {token}"})
    answer.raise_for_status()
    body: dict[str, object] = answer.json()
    return body


def test_fixed_values_are_filled_in_against_the_emulator(
    emulator_server: str, control: httpx.Client, key_pair: dict[str, str]
) -> None:
    credentials = control.get("/emulator/v1/custom-login-credentials").json()
    with CloudBaseAuth(ENV, base_url=f"{emulator_server}/auth/v1", max_retries=0) as client:
        tokens = client.sign_in_custom(ticket=cba.create_ticket(credentials, "rules-user-01"))  # no provider_id
        assert tokens.sub and client.session is not None
        admin = client.get_client_credential(**key_pair)  # no grant_type
        assert admin.scope == "admin"


def test_an_admin_revoking_a_users_token_stays_signed_in(
    emulator_server: str, control: httpx.Client, key_pair: dict[str, str]
) -> None:
    base_url = f"{emulator_server}/auth/v1"
    with CloudBaseAuth(ENV, base_url=base_url) as user, CloudBaseAuth(ENV, base_url=base_url, **key_pair) as admin:
        victim = user.sign_in_anonymously()
        admin.get_client_credential()  # signed with the client's own key pair
        own = admin.session
        assert own is not None
        admin.revoke_token(token=victim.access_token)
        assert introspect(control, victim.access_token) == {}  # the user's session is over
        assert admin.session is own  # the administrator's is not
        assert introspect(control, own.access_token).get("scope") == "admin"
        admin.revoke_token(token=own.access_token)  # its own token: now it signs out
        assert admin.session is None


def test_an_expired_admin_token_renews_itself_with_the_key_pair(
    emulator_server: str, control: httpx.Client, key_pair: dict[str, str]
) -> None:
    with CloudBaseAuth(ENV, base_url=f"{emulator_server}/auth/v1", **key_pair) as admin:
        first = admin.get_client_credential()
        control.post("/emulator/v1/clock", json={"advance_seconds": 432001}).raise_for_status()
        admin._now = lambda: time.time() + 432001  # both clocks past the 432000 s lifetime
        found = admin.query_user(username="nobody-by-this-name")
        assert found.total == 0
        renewed = admin.session
        assert renewed is not None and renewed.access_token != first.access_token
        assert renewed.scope == "admin" and renewed.refresh_token is None


def test_a_403_is_raised_without_a_refresh_or_a_resend(emulator_server: str, control: httpx.Client) -> None:
    base_url = f"{emulator_server}/auth/v1"
    with CloudBaseAuth(ENV, base_url=base_url) as other, CloudBaseAuth(ENV, base_url=base_url) as client:
        victim = other.sign_in_anonymously()
        client.sign_in_anonymously()
        before = client.session
        assert before is not None
        with pytest.raises(cba.PermissionDenied) as info:  # RFC 7009: not the caller's token
            client.revoke_token(token=victim.access_token)
        assert info.value.status_code == 403
        assert client.session is before  # no refresh happened
        assert introspect(control, victim.access_token).get("sub") == victim.sub
        refreshed = client.grant_token(grant_type="refresh_token", refresh_token=before.refresh_token)
        assert refreshed.access_token  # the refresh token was not spent by the 403


def test_a_base_url_without_auth_v1_gets_the_hint(emulator_server: str) -> None:
    with (
        CloudBaseAuth(ENV, base_url=f"{emulator_server}/v1", max_retries=0) as client,
        pytest.raises(cba.NotFoundError) as info,
    ):
        client.sign_in_anonymously()
    assert "base_url should end with /auth/v1" in str(info.value)
