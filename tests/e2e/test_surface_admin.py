"""The generated client against the emulator, surface group C: the TC3-signed administrator token
and user lookup, the security log, the WeDa user info, the deprecated profile patch and the
username check (sync `CloudBaseAuth` over loopback HTTP, `AsyncCloudBaseAuth` in-process)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from typing import Any

import cloudbase_auth as cba
import httpx
import pytest
from cloudbase_auth import AsyncCloudBaseAuth, CloudBaseAuth
from starlette.applications import Starlette

ENV = "emulator-env"
PASSWORD = "Passw0rd!x-e2e"


@pytest.fixture
def control(emulator_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emulator_server, timeout=10) as http:
        yield http


def _client(emulator_server: str) -> CloudBaseAuth:
    return CloudBaseAuth(ENV, base_url=f"{emulator_server}/auth/v1", max_retries=0)


def _key_pair(control: httpx.Client) -> dict[str, str]:
    pair = {"secret_id": f"AKIDe2e{secrets.token_hex(4)}", "secret_key": secrets.token_urlsafe(24)}
    control.post("/emulator/v1/admin-credentials", json=pair).raise_for_status()
    return pair


def _sign_up(
    client: CloudBaseAuth, control: httpx.Client, email: str, **fields: Any
) -> cba.models.TokenResponse:
    sent = client.send_verification(email=email, target="ANY")
    code = control.get("/emulator/v1/verification-codes", params={"target": email}).json()["data"][-1]["code"]
    verified = client.verify_verification(verification_id=sent.verification_id, verification_code=code)
    return client.sign_up(
        email=email, verification_token=verified.verification_token, password=PASSWORD, **fields
    )


def test_admin_token_then_user_lookup(emulator_server: str, control: httpx.Client) -> None:
    tag = secrets.token_hex(3)
    with _client(emulator_server) as user_client:
        alice = _sign_up(
            user_client, control, f"alice-{tag}@example.com", username=f"alice{tag}", name="Alice"
        )
    with _client(emulator_server) as user_client:
        bob = _sign_up(user_client, control, f"bob-{tag}@example.com", username=f"bob{tag}")
    pair = _key_pair(control)
    with _client(emulator_server) as admin:
        token = admin.get_client_credential(secret_id=pair["secret_id"], secret_key=pair["secret_key"])
        assert token.scope == "admin" and token.expires_in == 432000
        assert admin.session is not None and admin.session.access_token == token.access_token
        assert pair["secret_key"] not in repr(admin) + repr(admin.session)
        found = admin.query_user(username=f"alice{tag}")
        assert found.total == 1 and found.data[0].sub == alice.sub and found.data[0].name == "Alice"
        assert found.data[0].email == f"alice-{tag}@example.com"  # the administrator sees contacts
        assert admin.query_user(email=f"BOB-{tag}@example.com").data[0].sub == bob.sub
        both = admin.query_user(id=[alice.sub, bob.sub])  # sent as repeated id=
        assert {u.sub for u in both.data} == {alice.sub, bob.sub}
        assert admin.query_user(username=f"nobody{tag}").total == 0
        with pytest.raises(cba.InvalidArgument):
            admin.query_user()


def test_bad_signatures_are_refused_without_leaking_the_key(
    emulator_server: str, control: httpx.Client
) -> None:
    pair = _key_pair(control)
    with _client(emulator_server) as admin:
        with pytest.raises(cba.InvalidClient) as wrong:
            admin.get_client_credential(secret_id=pair["secret_id"], secret_key=pair["secret_key"] + "x")
        assert wrong.value.status_code == 401 and "does not match" in wrong.value.error_description
        text = str(wrong.value) + repr(wrong.value)
        assert pair["secret_key"] not in text
        # a client clock 10 minutes behind the server's makes a signature outside the window
        admin._now = lambda: time.time() - 600
        with pytest.raises(cba.InvalidClient) as old:
            admin.get_client_credential(secret_id=pair["secret_id"], secret_key=pair["secret_key"])
        assert "300 s" in old.value.error_description
        assert admin.session is None
        with pytest.raises(ValueError, match="secret_key"):
            admin.get_client_credential(secret_id=pair["secret_id"], secret_key="")


def test_security_log_profile_weda_and_username_check(emulator_server: str, control: httpx.Client) -> None:
    tag = secrets.token_hex(3)
    email = f"log-{tag}@example.com"
    with _client(emulator_server) as client:
        _sign_up(client, control, email, username=f"log{tag}")
        client.sign_in(username=f"log{tag}", password=PASSWORD)
        logins = client.get_user_behavior_log(query_action="USER_LOGIN", limit=10)
        assert [e.meta.from_ for e in logins.data] == ["username", "email"]
        assert all(e.action == "USER_LOGIN" and e.ip == "127.0.0.1" for e in logins.data)
        first = client.get_user_behavior_log(limit=1)
        rest = client.get_user_behavior_log(limit=1, page_token=first.next_page_token)
        assert [first.data[0].id, rest.data[0].id] == [e.id for e in logins.data]

        with pytest.warns(DeprecationWarning, match="set_user_profile"):
            profile = client.set_user_profile(name="Logged", locale="en-US")
        assert profile.name == "Logged" and client.get_user_me().name == "Logged"
        changes = client.get_user_behavior_log(ne_query_action="USER_LOGIN")
        assert [e.action for e in changes.data] == ["USER_PROFILE_UPDATE"]

        weda = client.get_weda_user_info()
        assert weda.user_id == weda.sub and weda.username == f"log{tag}"

        assert client.check_username(username=f"free{tag}").to_dict() == {}
        with pytest.raises(cba.UsernameAlreadyExists):
            client.check_username(username=f"log{tag}")


@pytest.mark.anyio
async def test_async_admin_token_and_lookup(emulator_app: Starlette) -> None:
    transport = httpx.ASGITransport(app=emulator_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as control:
        pair = {"secret_id": "AKIDasync", "secret_key": "async-secret-key-value"}
        (await control.post("/emulator/v1/admin-credentials", json=pair)).raise_for_status()
        async with AsyncCloudBaseAuth(
            ENV, base_url="http://emulator/auth/v1", transport=transport, max_retries=0
        ) as client:
            anonymous = await client.sign_in_anonymously()
            log = await client.get_user_behavior_log(query_action="USER_LOGIN")
            assert [e.meta.from_ for e in log.data] == ["anonymous"]
            with pytest.raises(cba.PermissionDenied):
                await client.query_user(id=[anonymous.sub])
        async with AsyncCloudBaseAuth(
            ENV, base_url="http://emulator/auth/v1", transport=transport, max_retries=0
        ) as admin:
            token = await admin.get_client_credential(**pair)
            assert token.scope == "admin"
            found = await admin.query_user(id=[anonymous.sub])
            assert found.total == 1 and found.data[0].sub == anonymous.sub


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_gateway_refusal_raises_gateway_error(emulator_server: str, control: httpx.Client) -> None:
    pair = _key_pair(control)
    with _client(emulator_server) as admin:
        admin.get_client_credential(secret_id=pair["secret_id"], secret_key=pair["secret_key"])
        fault = {"operation": "queryUser", "status": 429, "code": "EXCEED_RATELIMIT", "message": "slow down"}
        control.post("/emulator/v1/gateway-faults", json=fault).raise_for_status()
        with pytest.raises(cba.GatewayError) as info:
            admin.query_user(username="anyone", request_id="req-gateway-1")
        error = info.value
        assert isinstance(error, cba.RateLimitError) and error.status_code == 429
        assert (error.code, error.message, error.request_id) == (
            "EXCEED_RATELIMIT",
            "slow down",
            "req-gateway-1",
        )
        assert error.gateway_request_id and error.gateway_request_id.startswith("gw-")
        assert admin.session is not None and admin.session.access_token not in str(error) + repr(error)


def test_access_key_instead_of_a_signature(emulator_server: str, control: httpx.Client) -> None:
    access_key = "ak-" + secrets.token_hex(8)
    control.post("/emulator/v1/admin-credentials", json={"access_key": access_key}).raise_for_status()
    with _client(emulator_server) as admin:
        # the caller's own Authorization wins over signing: node-sdk's `Bearer <accessKey>`
        token = admin.get_client_credential(
            secret_id="unused", secret_key="unused", extra_headers={"Authorization": f"Bearer {access_key}"}
        )
        assert token.scope == "admin" and admin.query_user(username="nobody").total == 0
