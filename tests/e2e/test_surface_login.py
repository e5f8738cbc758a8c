"""The generated client through the sign-in gates and third-party logins, against the emulator:
the captcha path from a CaptchaRequired exception to a retried call, OAuth login with a state round
trip, WeChat mini-program login and phone binding, password-free WeChat sign-in, QR-code login
(async, in-process) and moving an identity between accounts."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import cloudbase_auth as cba
import httpx
import pytest
from cloudbase_auth import AsyncCloudBaseAuth, CloudBaseAuth
from starlette.applications import Starlette

ENV = "emulator-env"
APP = "wx1234567890abcdef"
PASSWORD = "Passw0rd!x-e2e"


@pytest.fixture
def control(emulator_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{emulator_server}/emulator/v1", timeout=10) as http:
        yield http


@pytest.fixture
def client(emulator_server: str) -> Iterator[CloudBaseAuth]:
    with CloudBaseAuth(
        ENV, base_url=f"{emulator_server}/auth/v1", max_retries=0, device_id=secrets.token_hex(16)
    ) as c:
        yield c


def _ok(response: httpx.Response) -> dict[str, object]:
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def _captcha_answer(control: httpx.Client, token: str) -> str:
    rows = _ok(control.get("/captchas"))["data"]
    assert isinstance(rows, list)
    return str(next(row["answer"] for row in rows if row["token"] == token))


def test_captcha_required_then_solve_and_retry(client: CloudBaseAuth, control: httpx.Client) -> None:
    _ok(control.post("/captcha/settings", json={"threshold": 1}))
    client.send_verification(email=f"first-{secrets.token_hex(4)}@example.com")  # target defaults to ANY
    email = f"second-{secrets.token_hex(4)}@example.com"
    with pytest.raises(cba.CaptchaRequired) as required:
        client.send_verification(email=email, target="ANY")
    assert required.value.status_code == 400 and required.value.error == "captcha_required"

    # what a caller does next: create a captcha, show data to the user, verify the answer, retry
    captcha = client.create_captcha_data(state="POST:/v1/verification", redirect_uri="")
    assert captcha.data.startswith("data:image/svg+xml;base64,")
    solved = client.verify_captcha_data(token=captcha.token, key=_captcha_answer(control, captcha.token))
    sent = client.send_verification(email=email, target="ANY", captcha_token=solved.captcha_token)
    assert sent.verification_id
    codes = _ok(control.get("/verification-codes", params={"target": email}))["data"]
    assert isinstance(codes, list) and [c["verification_id"] for c in codes] == [sent.verification_id]

    # the token unlocked one call; using it again fails, and the secret is in no message
    with pytest.raises(cba.CaptchaInvalid) as spent:
        client.send_verification(email=email, target="ANY", captcha_token=solved.captcha_token)
    assert solved.captcha_token not in str(spent.value) and solved.captcha_token not in repr(spent.value)
    assert solved.captcha_token not in repr(solved)

    # a wrong answer is CaptchaInvalid too
    other = client.create_captcha_data(state="POST:/v1/verification")
    with pytest.raises(cba.CaptchaInvalid):
        client.verify_captcha_data(token=other.token, key="????")


def test_oauth_login_through_provider_uri(client: CloudBaseAuth, control: httpx.Client) -> None:
    _ok(control.post("/oauth/providers", json={"id": "acme", "name": "Acme ID"}))
    redirect = "https://app.example.com/callback"
    state = secrets.token_urlsafe(8)
    started = client.gen_provider_redirect_uri(provider_id="acme", redirect_uri=redirect, state=state)
    query = parse_qs(urlsplit(started.uri).query)
    assert query["state"] == [state] and query["redirect_uri"] == [redirect]
    # the user agrees at the provider, which redirects back with a code and the state
    back = _ok(control.post("/oauth/providers/acme/codes", json={"subject": "acme-7", "state": state}))
    returned = parse_qs(urlsplit(str(back["redirect_to"])).query)
    assert returned["state"] == [state]
    granted = client.grant_provider_token(
        provider_id="acme", provider_code=returned["code"][0], provider_redirect_uri=redirect
    )
    assert granted.expires_in == 3600
    tokens = client.sign_in_with_provider(provider_token=granted.provider_token)
    assert client.session is not None and client.session.access_token == tokens.access_token
    me = client.get_user_me()
    assert me.sub == tokens.sub and [p.id for p in me.providers or []] == ["acme"]
    with pytest.raises(cba.InvalidGrant):  # the code was used
        client.grant_provider_token(provider_id="acme", provider_code=returned["code"][0])


def test_wechat_mini_program_login_and_phone_binding(client: CloudBaseAuth, control: httpx.Client) -> None:
    _ok(control.post("/wechat/apps", json={"appid": APP}))
    login_code = str(_ok(control.post("/wechat/codes", json={"appid": APP, "openid": "o-e2e"}))["code"])
    granted = client.grant_provider_token(
        provider_id=APP,
        provider_code=login_code,
        provider_params={"provider_code_type": "open_id", "appid": APP},
    )
    user = client.sign_in_with_provider(provider_token=granted.provider_token)
    assert not isinstance(client.get_user_me().phone_number, str), "no phone number yet"
    number = f"+86 133{secrets.randbelow(10**8):08d}"
    phone_code = str(
        _ok(control.post("/wechat/phone-codes", json={"appid": APP, "phone_number": number}))["code"]
    )
    patched = client.patch_provider_token(
        provider_token=granted.provider_token,
        provider_params={"provider_code_type": "phone", "code": phone_code},
    )
    assert patched.provider_profile is not None and patched.provider_profile.phone_number == number
    again = client.sign_in_with_provider(provider_token=patched.provider_token)
    assert again.sub == user.sub and client.get_user_me().phone_number == number


def test_wechat_password_free_sign_in(client: CloudBaseAuth, control: httpx.Client) -> None:
    _ok(control.post("/wechat/apps", json={"appid": APP}))
    assert client.get_provider_sub_type(provider_id="weda").provider_sub_type == ""
    with pytest.raises(cba.ProviderNotEnabled):
        client.sign_in_with_wechat(appid=APP, openid="o-weda")
    _ok(control.post("/weda", json={"provider_sub_type": "NO_AUTH_LOGIN"}))
    assert client.get_provider_sub_type(provider_id="weda").provider_sub_type == "NO_AUTH_LOGIN"
    tokens = client.sign_in_with_wechat(appid=APP, openid="o-weda")
    assert client.get_user_me().sub == tokens.sub


def test_moving_an_identity_between_accounts(
    client: CloudBaseAuth, control: httpx.Client, emulator_server: str
) -> None:
    _ok(control.post("/oauth/providers", json={"id": "acme"}))

    def provider_token(subject: str) -> str:
        code = str(_ok(control.post("/oauth/providers/acme/codes", json={"subject": subject}))["code"])
        return client.grant_provider_token(provider_id="acme", provider_code=code).provider_token

    first = client.sign_in_with_provider(provider_token=provider_token("shared"))  # account 1 owns "shared"
    with CloudBaseAuth(ENV, base_url=f"{emulator_server}/auth/v1", max_retries=0) as other:
        second = other.sign_in_with_provider(provider_token=provider_token("own"))  # account 2
        with pytest.raises(cba.InvalidGrant):
            other.bind_provider(provider_token=provider_token("shared"))
        changed = other.change_bound_provider(
            provider_id="acme", provider_trans_token=provider_token("shared")
        )
        assert changed.client_id == ENV
        assert [p.provider_user_id for p in other.get_user_me().providers or []] != []
    # "shared" signs in to account 2 now; account 1 has no identity left
    assert not client.get_user_me().providers
    assert client.sign_in_with_provider(provider_token=provider_token("shared")).sub == second.sub
    assert first.sub != second.sub


def test_trans_by_provider_returns_a_session(
    client: CloudBaseAuth, control: httpx.Client, emulator_server: str
) -> None:
    _ok(control.post("/oauth/providers", json={"id": "acme"}))

    def provider_token(subject: str) -> str:
        code = str(_ok(control.post("/oauth/providers/acme/codes", json={"subject": subject}))["code"])
        return client.grant_provider_token(provider_id="acme", provider_code=code).provider_token

    owner = client.sign_in_with_provider(provider_token=provider_token("moving"))
    with CloudBaseAuth(ENV, base_url=f"{emulator_server}/auth/v1", max_retries=0) as other:
        other.sign_in_anonymously()
        me = other.get_user_me().sub
        moved = other.trans_by_provider(provider_token=provider_token("moving"))
        assert moved.sub == me != owner.sub
        assert [p.id for p in other.get_user_me().providers or []] == ["acme"]


@pytest.mark.anyio
async def test_qr_code_login_async_in_process(emulator_app: Starlette) -> None:
    transport = httpx.ASGITransport(app=emulator_app)
    control = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=emulator_app), base_url="http://emu/emulator/v1"
    )
    (await control.post("/wechat/apps", json={"appid": APP})).raise_for_status()
    async with AsyncCloudBaseAuth(ENV, base_url="http://emu/auth/v1", transport=transport) as client:
        qr = await client.get_mini_program_qr_code(env_id=ENV, wx_app_id=APP)
        assert qr.qr_code.startswith("data:image/")

        async def status() -> cba.models.QrCodeStatusResponse:
            return await client.get_mini_program_qr_code_status(
                qr_code_id=qr.qr_code_id, env_id=ENV, wx_app_id=APP
            )

        assert (await status()).status == "WAITING"

        async def phone() -> None:  # the user scans, then confirms in the mini-program
            await asyncio.sleep(0.05)
            (await control.post(f"/qrcodes/{qr.qr_code_id}", json={"action": "scan"})).raise_for_status()
            await asyncio.sleep(0.05)
            confirm = {"action": "confirm", "openid": "o-qr"}
            (await control.post(f"/qrcodes/{qr.qr_code_id}", json=confirm)).raise_for_status()

        scanner = asyncio.create_task(phone())
        seen = []
        for _ in range(100):  # poll as a web page does
            current = await status()
            if not seen or seen[-1] != current.status:
                seen.append(current.status)
            if current.status == "CONFIRMED":
                break
            await asyncio.sleep(0.01)
        await scanner
        assert seen[0] == "WAITING" and seen[-1] == "CONFIRMED"
        assert isinstance(current.provider_token, str)
        tokens = await client.sign_in_with_provider(provider_token=current.provider_token)
        assert (await client.get_user_me()).sub == tokens.sub
    await control.aclose()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
