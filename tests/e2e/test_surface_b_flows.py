"""Surface group B through the generated client against the emulator: log out everywhere / one
device, bind a phone with a conflict policy, SSO with PKCE (and the consent info by Bearer or by
Basic), and the device flow (sync over loopback, async in-process)."""

from __future__ import annotations

import base64
import hashlib
import itertools
import secrets
import time
from collections.abc import Iterator

import cloudbase_auth as cba
import httpx
import pytest
from cloudbase_auth import AsyncCloudBaseAuth, CloudBaseAuth
from starlette.applications import Starlette

ENV = "emulator-env"
PASSWORD = "Passw0rd!x-b"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
REDIRECT = "https://shop.example.com/callback"
_phones = itertools.count(13700000100)


class Control:
    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.offset = 0.0

    def code_for(self, target: str) -> str:
        rows = self.http.get("/emulator/v1/verification-codes", params={"target": target}).json()["data"]
        return str(rows[-1]["code"])

    def advance(self, seconds: float, *clients: CloudBaseAuth) -> None:
        self.http.post("/emulator/v1/clock", json={"advance_seconds": seconds}).raise_for_status()
        self.offset += seconds
        for client in clients:
            self.sync(client)

    def sync(self, client: CloudBaseAuth) -> None:
        offset = self.offset
        client._now = lambda: time.time() + offset


@pytest.fixture
def control(emulator_server: str) -> Iterator[Control]:
    with httpx.Client(base_url=emulator_server, timeout=10) as http:
        yield Control(http)


@pytest.fixture
def base(emulator_server: str) -> str:
    return f"{emulator_server}/auth/v1"


def _client(base: str, control: Control, **options: str) -> CloudBaseAuth:
    client = CloudBaseAuth(ENV, base_url=base, max_retries=0, **options)  # type: ignore[arg-type]
    control.sync(client)
    return client


def _verified(client: CloudBaseAuth, control: Control, target: str) -> str:
    key = "email" if "@" in target else "phone_number"
    sent = client.send_verification(**{key: target, "target": "ANY"})  # type: ignore[arg-type]
    return client.verify_verification(
        verification_id=sent.verification_id, verification_code=control.code_for(target)
    ).verification_token


def _sign_up(client: CloudBaseAuth, control: Control, target: str) -> str:
    key = "email" if "@" in target else "phone_number"
    token = _verified(client, control, target)
    return client.sign_up(**{key: target, "verification_token": token, "password": PASSWORD}).sub  # type: ignore[arg-type]


def test_sign_out_one_device_then_everywhere(base: str, control: Control) -> None:
    email = f"devices-{secrets.token_hex(4)}@example.com"
    with (
        _client(base, control, device_id="e2e-phone") as phone,
        _client(base, control, device_id="e2e-laptop") as laptop,
        _client(base, control, device_id="e2e-tablet") as tablet,
    ):
        _sign_up(phone, control, email)
        laptop.sign_in(username=email, password=PASSWORD)
        tablet.sign_in(username=email, password=PASSWORD)
        phone.revoke_device(device_id=laptop.device_id)
        with pytest.raises(cba.CloudBaseAuthError):
            laptop.get_user_me()
        assert tablet.get_user_me().sub == phone.get_user_me().sub, "other devices stay signed in"
        with pytest.raises(cba.NotFound):
            phone.revoke_device(device_id=laptop.device_id)
        phone.revoke_all_devices()
        assert phone.session is None, "log out everywhere includes this device"
        with pytest.raises(cba.CloudBaseAuthError):
            tablet.get_user_me()


def test_bind_a_phone_number_another_account_has(base: str, control: Control) -> None:
    taken = f"+86 {next(_phones)}"
    with _client(base, control) as owner, _client(base, control) as user:
        owner_sub = _sign_up(owner, control, taken)
        user_sub = _sign_up(user, control, f"binder-{secrets.token_hex(4)}@example.com")
        control.advance(61, owner, user)  # one code per number per 60 s
        with pytest.raises(cba.UsernameAlreadyExists):
            user.edit_contact(
                phone_number=taken,
                sudo_token=user.sudo(password=PASSWORD).sudo_token,
                verification_token=_verified(user, control, taken),
            )
        assert owner.get_user_me().phone_number == taken
        control.advance(61, owner, user)
        user.edit_contact(
            phone_number=taken,
            sudo_token=user.sudo(password=PASSWORD).sudo_token,
            verification_token=_verified(user, control, taken),
            conflict_resolution="TRANSFER",
        )
        assert user.get_user_me().phone_number == taken
        users = control.http.get("/emulator/v1/users").json()["data"]
        # the old owner had no other way to sign in, so TRANSFER closed it
        assert owner_sub not in {u["sub"] for u in users} and user_sub in {u["sub"] for u in users}


def test_sso_authorization_code_with_pkce(base: str, control: Control) -> None:
    rp_id = f"shop-{secrets.token_hex(3)}"
    control.http.post(
        "/emulator/v1/oauth-clients",
        json={
            "client_id": rp_id,
            "name": "Tea Shop",
            "client_secret": "rp-secret",
            "redirect_uris": [REDIRECT],
        },
    ).raise_for_status()
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    with (
        _client(base, control) as idp,
        _client(base, control, client_id=rp_id, client_secret="rp-secret") as app,
    ):
        # not signed in: the consent info goes with Basic client_id:client_secret
        info = app.get_authorize_info(response_type="code", redirect_uri=REDIRECT, scope="openid profile")
        assert info.client.id == rp_id and [s.id for s in info.scopes] == ["openid", "profile"]
        sub = _sign_up(idp, control, f"sso-{secrets.token_hex(4)}@example.com")
        issued = idp.authorize(
            client_id=rp_id,
            response_type="code",
            redirect_uri=REDIRECT,
            scope="openid profile",
            state="s-1",
            code_challenge=challenge,
            code_challenge_method="S256",
        )
        assert issued.state == "s-1"
        with pytest.raises(cba.InvalidGrant):
            app.grant_token(
                grant_type="authorization_code",
                code=issued.code,
                redirect_uri=REDIRECT,
                code_verifier=secrets.token_urlsafe(48),
                client_id=rp_id,
                client_secret="rp-secret",  # a confidential client proves itself (issue 28 item 1)
            )
        with pytest.raises(cba.InvalidClient):  # without its secret the app gets nothing
            app.grant_token(
                grant_type="authorization_code",
                code=issued.code,
                redirect_uri=REDIRECT,
                code_verifier=verifier,
                client_id=rp_id,
            )
        tokens = app.grant_token(
            grant_type="authorization_code",
            code=issued.code,
            redirect_uri=REDIRECT,
            code_verifier=verifier,
            client_id=rp_id,
            client_secret="rp-secret",
            nonce="n-1",
        )
        assert tokens.sub == sub and isinstance(tokens.id_token, str)
        assert app.get_user_me().sub == sub, "the app now has a session of the user"
        # signed in: the same consent info, now with the app's Bearer token
        assert app.get_authorize_info(redirect_uri=REDIRECT).client.name == "Tea Shop"
        with pytest.raises(cba.InvalidGrant):
            app.grant_token(
                grant_type="authorization_code",
                code=issued.code,
                redirect_uri=REDIRECT,
                code_verifier=verifier,
                client_id=rp_id,
                client_secret="rp-secret",
            )


def test_device_flow_for_a_tv(base: str, control: Control) -> None:
    with _client(base, control) as tv, _client(base, control) as phone:
        started = tv.request_device_code(scope="openid")
        with pytest.raises(cba.AuthorizationPending):
            tv.grant_token(grant_type=DEVICE_GRANT, device_code=started.device_code)
        sub = _sign_up(phone, control, f"tv-{secrets.token_hex(4)}@example.com")
        phone.authorize_device(user_code=str(started.user_code))
        control.advance(started.interval + 1, tv, phone)
        tokens = tv.grant_token(grant_type=DEVICE_GRANT, device_code=started.device_code)
        assert tokens.sub == sub and tv.get_user_me().sub == sub
        assert started.device_code not in repr(started) and tokens.access_token not in repr(tokens)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_async_device_flow_polls_through_slow_down(emulator_app: Starlette) -> None:
    transport = httpx.ASGITransport(app=emulator_app)
    control = httpx.AsyncClient(transport=httpx.ASGITransport(app=emulator_app), base_url="http://emu")
    async with (
        AsyncCloudBaseAuth(ENV, base_url="http://emu/auth/v1", transport=transport) as tv,
        AsyncCloudBaseAuth(ENV, base_url="http://emu/auth/v1", transport=transport) as phone,
    ):
        started = await tv.request_device_code()
        with pytest.raises(cba.AuthorizationPending):
            await tv.grant_token(grant_type=DEVICE_GRANT, device_code=started.device_code)
        with pytest.raises(cba.SlowDown):
            await tv.grant_token(grant_type=DEVICE_GRANT, device_code=started.device_code)
        await phone.sign_in_anonymously()
        await phone.authorize_device(user_code=str(started.user_code))
        (await control.post("/emulator/v1/clock", json={"advance_seconds": 30})).raise_for_status()
        tv._now = lambda: time.time() + 30
        phone._now = tv._now
        tokens = await tv.grant_token(grant_type=DEVICE_GRANT, device_code=started.device_code)
        assert tokens.sub == (await phone.get_user_me()).sub
        await tv.revoke_all_devices()
        assert tv.session is None
    await control.aclose()


def test_revoke_token_without_a_session_as_the_sdk_logs_out(base: str, control: Control) -> None:
    email = f"revoke-{secrets.token_hex(4)}@example.com"
    with _client(base, control) as app, _client(base, control) as backend:
        _sign_up(app, control, email)
        assert app.session is not None
        access = app.session.access_token
        backend.revoke_token(token=access)  # no session: {token} body, ?client_id=, no Authorization
        assert backend.session is None
        with pytest.raises(cba.CloudBaseAuthError):
            app.get_user_me()
        with pytest.raises(cba.Unauthenticated):
            backend.revoke_token(token=access)  # a dead body token is not a credential
