"""One spelling of "absent" (issue 11, item 2), against the emulator over loopback: an optional
argument left as ``None`` is not sent (the emulator answers ``must be of type string`` to a JSON
null), a field the service left out reads ``None`` (never ``Unset``), ``repr`` lists only the
fields that are set, RFC 3339 timestamps come back as ``datetime``, and ``to_dict()`` gives
back exactly the JSON the service sent."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import cloudbase_auth as cba
import httpx
import pytest
from cloudbase_auth import NOT_GIVEN, CloudBaseAuth

ENV = "emulator-env"
PASSWORD = "Passw0rd!x-absent"
NUMBER = "+86 13800000777"


@pytest.fixture
def control(emulator_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emulator_server, timeout=10) as http:
        yield http


@pytest.fixture
def client(emulator_server: str) -> Iterator[CloudBaseAuth]:
    with CloudBaseAuth(ENV, base_url=f"{emulator_server}/auth/v1", max_retries=0) as c:
        yield c


def _code_for(control: httpx.Client, target: str) -> str:
    rows = control.get("/emulator/v1/verification-codes", params={"target": target}).json()["data"]
    return str(rows[-1]["code"])


def _sign_up_by_sms_passing_none_everywhere(client: CloudBaseAuth, control: httpx.Client) -> None:
    sent = client.send_verification(phone_number=NUMBER, email=None, target="ANY", usage="REGISTER")
    verified = client.verify_verification(
        verification_id=sent.verification_id, verification_code=_code_for(control, NUMBER)
    )
    client.sign_up(
        phone_number=NUMBER,
        verification_token=verified.verification_token,
        password=PASSWORD,
        email=None,
        username=None,
        name=None,
        gender=None,
        picture=None,
        locale=None,
        provider_token=None,
        anonymous_token=None,
    )


def test_none_means_not_sent(client: CloudBaseAuth, control: httpx.Client) -> None:
    _sign_up_by_sms_passing_none_everywhere(client, control)
    client.edit_basic_user(
        nickname="Ann", avatar_url=None, gender=None, description=None, email=None, phone=None
    )
    me = client.get_user_me()
    assert me.name == "Ann" and me.phone_number == NUMBER


def test_not_given_is_still_accepted(client: CloudBaseAuth, control: httpx.Client) -> None:
    _sign_up_by_sms_passing_none_everywhere(client, control)
    client.edit_basic_user(nickname="Bo", avatar_url=NOT_GIVEN)  # type: ignore[arg-type]
    assert client.get_user_me().name == "Bo"


def test_an_absent_field_reads_none_and_is_not_printed(client: CloudBaseAuth, control: httpx.Client) -> None:
    _sign_up_by_sms_passing_none_everywhere(client, control)
    me = client.get_user_me()
    assert me.email is None and me.username is None  # signed up by phone only
    text = repr(me)
    assert text.startswith("UserProfile(sub=") and f"phone_number={NUMBER!r}" in text
    assert "None" not in text and "Unset" not in text and "email=" not in text
    assert str(me) == text


def test_a_token_response_without_refresh_token_reads_none(
    client: CloudBaseAuth, control: httpx.Client
) -> None:
    import base64

    # a key pair the environment has (the emulator refuses invented ones, issue 28 item 1)
    pair = {"secret_id": "AKIDsecretid", "secret_key": "secret-key-value"}
    control.post("/emulator/v1/admin-credentials", json=pair).raise_for_status()
    basic = base64.b64encode(b"AKIDsecretid:secret-key-value").decode()
    admin = client.grant_token(
        grant_type="client_credentials", extra_headers={"Authorization": f"Basic {basic}"}
    )
    assert admin.access_token and admin.refresh_token is None
    assert "refresh_token" not in repr(admin) and "[REDACTED]" in repr(admin)
    assert admin.access_token not in repr(admin)


def test_timestamps_are_datetimes_and_to_dict_gives_back_the_json(
    client: CloudBaseAuth, control: httpx.Client, emulator_server: str
) -> None:
    _sign_up_by_sms_passing_none_everywhere(client, control)
    me = client.get_user_me()
    assert isinstance(me.created_at, datetime.datetime)
    assert me.created_at.tzinfo is not None and me.created_at.utcoffset() == datetime.timedelta(0)
    assert abs(datetime.datetime.now(datetime.UTC) - me.created_at) < datetime.timedelta(days=1)
    session = client.session
    assert session is not None
    raw = httpx.get(
        f"{emulator_server}/auth/v1/user/me",
        headers={"Authorization": f"Bearer {session.access_token}"},
        timeout=10,
    ).json()
    assert "created_at" in raw
    assert me.to_dict() == raw
    assert type(me).from_dict(raw) == me


def test_a_model_built_by_hand_omits_what_is_none() -> None:
    request = cba.models.SignInRequest(username="ann", password="pw-123456")
    assert request.to_dict() == {"username": "ann", "password": "pw-123456"}
    assert repr(request) == "SignInRequest(username='ann', password=[REDACTED])"
