"""Behaviours an audit found unguarded (issue 28 item 11, the Python client bullets), each
through the client as a user meets it, each failing with the bug planted:

- a 403 ``permission_denied`` is raised as it is, with no refresh and no resend;
- the DEBUG request log redacts the spec's ``x-secret`` fields, not only the built-in names;
- a date-time with a non-UTC offset keeps its instant (not relabelled ``Z``);
- a ``Retry-After`` HTTP-date is GMT, whatever the local time zone.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import logging
import os
import time
from collections.abc import Iterator
from types import SimpleNamespace

import httpx
import pytest
from cloudbase_auth import CloudBaseAuth

from .conftest import FakeAuth


@pytest.fixture
def shanghai_time() -> Iterator[None]:
    """The process's local time zone is Asia/Shanghai (UTC+8) for the test."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    try:
        assert time.strftime("%z") == "+0800", "the Asia/Shanghai zone (tzdata) is missing"
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


# --- 403 is not 401 ---------------------------------------------------------------------------


def test_a_403_permission_denied_is_raised_without_a_refresh_or_a_resend(rt: SimpleNamespace, fake: FakeAuth) -> None:
    fake.overrides["/user/me"] = lambda request: httpx.Response(
        403, json={"error": "permission_denied", "error_code": 7, "error_description": "not for you"}
    )
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client._call(rt.operations.OPERATIONS["signIn"], json={"username": fake.username, "password": fake.password})
    before = client.session
    with pytest.raises(rt.errors.PermissionDeniedError) as info:
        client._call(rt.operations.OPERATIONS["getUserMe"])
    assert info.value.status_code == 403 and info.value.error == "permission_denied"
    assert fake.paths() == ["/auth/v1/signin", "/auth/v1/user/me"]  # one try, no /token
    assert client.session is before


def test_a_401_next_to_it_is_still_refreshed_once(rt: SimpleNamespace, fake: FakeAuth) -> None:
    client = rt.base.SyncAPIClient("env-1", transport=fake.transport())
    client._call(rt.operations.OPERATIONS["signIn"], json={"username": fake.username, "password": fake.password})
    fake.valid_access.clear()  # the service no longer takes the access token
    client._call(rt.operations.OPERATIONS["getUserMe"])
    assert fake.paths() == ["/auth/v1/signin", "/auth/v1/user/me", "/auth/v1/token", "/auth/v1/user/me"]


# --- the DEBUG log and the spec's x-secret fields --------------------------------------------


def test_the_debug_request_log_redacts_the_specs_x_secret_fields(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    # `key` (the captcha answer) is x-secret in the spec and in no built-in list of names.
    assert "key" in rt.operations.SECRET_FIELDS and not rt.redact.is_secret_key("key")
    client = rt.base.SyncAPIClient(
        "env-1", transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"captcha_token": "c"}))
    )
    with caplog.at_level(logging.DEBUG, logger="cloudbase_auth"):
        client._call(
            rt.operations.OPERATIONS["verifyCaptchaData"],
            json={"token": "cd.7f2a9c41e0b3", "key": "ANSWER-K7QF", "nested": [{"key": "ANSWER-2"}]},
        )
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("request POST")]
    assert len(lines) == 1
    assert "'key': '[REDACTED]'" in lines[0] and "'token': '[REDACTED]'" in lines[0]
    for secret in ("ANSWER-K7QF", "ANSWER-2", "cd.7f2a9c41e0b3"):
        assert secret not in caplog.text


# --- date-times keep their instant -----------------------------------------------------------


@pytest.mark.usefixtures("shanghai_time")
def test_a_date_time_with_an_offset_keeps_its_instant() -> None:
    profile = {"sub": "u", "created_at": "2026-01-01T08:00:00+08:00", "updated_at": "2026-01-01T00:30:00Z"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=profile)

    with CloudBaseAuth("env-1", transport=httpx.MockTransport(handler)) as client:
        client.set_session({"access_token": "at", "expires_in": 7200, "token_type": "Bearer"})
        me = client.get_user_me()
    midnight_utc = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert me.created_at == midnight_utc  # 08:00 in UTC+8 is midnight UTC
    written = me.to_dict()
    assert datetime.datetime.fromisoformat(written["created_at"]) == midnight_utc  # not 08:00Z
    assert written["updated_at"] == "2026-01-01T00:30:00Z"
    assert type(me).from_dict(json.loads(json.dumps(written))).created_at == midnight_utc


# --- Retry-After dates are GMT ---------------------------------------------------------------


@pytest.mark.usefixtures("shanghai_time")
def test_a_retry_after_http_date_is_gmt_in_any_local_zone(rt: SimpleNamespace) -> None:
    now = 1_767_225_600  # 2026-01-01T00:00:00Z
    date = email.utils.formatdate(now + 30, usegmt=True)  # "Thu, 01 Jan 2026 00:00:30 GMT"
    assert rt.retry.parse_retry_after(date, now=lambda: float(now)) == 30.0
    slept: list[float] = []
    answers = iter([httpx.Response(429, headers={"retry-after": email.utils.formatdate(time.time() + 4, usegmt=True)})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200, json={"ok": True}))

    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler), timeout=60)
    client._sleep = slept.append
    assert client._call(rt.operations.OPERATIONS["sendVerification"], json={"email": "a@b.c"}) == {"ok": True}
    assert len(slept) == 1 and 2.0 < slept[0] <= 4.0  # seconds until the date, not 8 hours off


# --- the client's own errors for answers it cannot use ---------------------------------------


def test_the_invalid_answer_errors_keep_everything_through_pickling(rt: SimpleNamespace) -> None:
    import pickle

    for cls in (rt.errors.InvalidResponseError, rt.errors.ResponseTooLargeError):
        exc = cls(status_code=200, error_description="the answer is empty", request_id="req-9")
        assert isinstance(exc, rt.errors.APIStatusError) and exc.error == "invalid_response"
        assert str(exc) == "invalid_response (HTTP 200): the answer is empty [request_id=req-9]"
        again = pickle.loads(pickle.dumps(exc))
        assert type(again) is cls and repr(again) == repr(exc) and str(again) == str(exc)
    assert issubclass(rt.errors.ResponseTooLargeError, rt.errors.InvalidResponseError)
