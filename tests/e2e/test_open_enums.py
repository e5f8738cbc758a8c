"""The Python client against the emulator on the spec fixes of issue 21 item 6, through its
public API: a status value the spec does not list is kept as it came (open enums), not refused;
and the fields the fixes added reach the user (sign-up by provider token alone, a username
through the deprecated profile call, `need_weda_resource`)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import cloudbase_auth as cba
import httpx
import pytest
from cloudbase_auth import CloudBaseAuth

ENV = "emulator-env"
PASSWORD = "Passw0rd!x"
WECHAT_APP = "wx7c7c7c7c7c7c7c7c"


@pytest.fixture
def control(emulator_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emulator_server, timeout=10) as http:
        yield http


@pytest.fixture
def client(emulator_server: str) -> Iterator[CloudBaseAuth]:
    with CloudBaseAuth(ENV, base_url=f"{emulator_server}/auth/v1", max_retries=0) as c:
        yield c


def _sign_up_by_email(client: CloudBaseAuth, control: httpx.Client) -> cba.models.TokenResponse:
    email = f"open-{secrets.token_hex(4)}@example.com"
    sent = client.send_verification(email=email, target="ANY")
    codes = control.get("/emulator/v1/verification-codes", params={"target": email}).json()["data"]
    verified = client.verify_verification(
        verification_id=sent.verification_id, verification_code=codes[-1]["code"]
    )
    return client.sign_up(email=email, verification_token=verified.verification_token, password=PASSWORD)


def test_a_user_status_the_spec_does_not_list_is_kept(client: CloudBaseAuth, control: httpx.Client) -> None:
    tokens = _sign_up_by_email(client, control)
    assert client.get_user_me().status == "ACTIVE"
    control.post(f"/emulator/v1/users/{tokens.sub}/status", json={"status": "FROZEN"}).raise_for_status()
    me = client.get_user_me()  # an enum would have refused the whole answer (ValueError)
    assert me.status == "FROZEN" and me.sub == tokens.sub
    assert me.to_dict()["status"] == "FROZEN"
    assert cba.models.UserProfile.from_dict(me.to_dict()).status == "FROZEN"


def test_a_qr_code_status_the_spec_does_not_list_is_kept(
    client: CloudBaseAuth, control: httpx.Client
) -> None:
    control.post("/emulator/v1/wechat/apps", json={"appid": WECHAT_APP}).raise_for_status()
    created = client.get_mini_program_qr_code(env_id=ENV, wx_app_id=WECHAT_APP)
    waiting = client.get_mini_program_qr_code_status(
        qr_code_id=created.qr_code_id, env_id=ENV, wx_app_id=WECHAT_APP
    )
    assert waiting.status == "WAITING"
    forced = control.post(f"/emulator/v1/qrcodes/{created.qr_code_id}", json={"status": "SCANNED_ELSEWHERE"})
    forced.raise_for_status()
    status = client.get_mini_program_qr_code_status(
        qr_code_id=created.qr_code_id, env_id=ENV, wx_app_id=WECHAT_APP
    )
    assert status.status == "SCANNED_ELSEWHERE" and 0 < status.expires_in <= 300


def test_sign_up_with_a_provider_token_alone(client: CloudBaseAuth) -> None:
    granted = client.grant_provider_token(provider_id="github", provider_code=secrets.token_hex(6))
    username = f"gh{secrets.token_hex(3)}"
    tokens = client.sign_up(provider_token=granted.provider_token, username=username, password=PASSWORD)
    me = client.get_user_me()
    assert me.sub == tokens.sub and me.username == username and me.email is None
    assert [provider.id for provider in me.providers or []] == ["github"]


def test_set_user_profile_sends_the_username(client: CloudBaseAuth, control: httpx.Client) -> None:
    _sign_up_by_email(client, control)
    username = f"renamed{secrets.token_hex(3)}"
    with pytest.warns(DeprecationWarning):  # the call is deprecated, as in the official SDK
        profile = client.set_user_profile(username=username)
    assert profile.username == username and client.get_user_me().username == username


def test_need_weda_resource_reaches_the_token_answer(client: CloudBaseAuth, control: httpx.Client) -> None:
    assert _sign_up_by_email(client, control).need_weda_resource is None  # left out: None
    control.post("/emulator/v1/weda", json={"need_weda_resource": True}).raise_for_status()
    assert client.sign_in_anonymously().need_weda_resource is True
