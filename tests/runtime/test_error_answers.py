"""Error answers as ``_ClientCore._parse`` turns them into exceptions, through the runtime under
test (the `_base` mutation run of 2026-12-07, `_parse`): the hint added to a 404 when base_url
does not end with /auth/v1, in the message of a gateway-shaped body (``code``/``message``), of a
service-shaped one (``error``/``error_description``) and of a blank one; an answer that does not
fit the operation's model keeps its status and request id; the DEBUG line of an error answer.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

WRONG_BASE = "https://gateway.example.test/api"
HINT = f"base_url should end with /auth/v1 (it is {WRONG_BASE!r})"


def client_for(rt: SimpleNamespace, answer: httpx.Response, **kwargs: Any) -> Any:
    return rt.base.SyncAPIClient(
        "env-1", transport=httpx.MockTransport(lambda r: answer), max_retries=0, **kwargs
    )


def sign_in(rt: SimpleNamespace, client: Any, **kwargs: Any) -> Any:
    return client._call(
        rt.operations.OPERATIONS["signIn"],
        json={"username": "u", "password": "p"},
        request_id="req-1",
        **kwargs,
    )


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"code": "INVALID_PATH", "message": "no route"}, f"no route; {HINT}"),
        ({"error": "not_found", "error_description": "nothing here"}, f"nothing here; {HINT}"),
        ({}, HINT),
    ],
    ids=["gateway-shape", "service-shape", "blank"],
)
def test_a_404_under_a_wrong_base_url_says_so_in_the_message(
    rt: SimpleNamespace, body: dict[str, str], said: str
) -> None:
    client = client_for(rt, httpx.Response(404, json=body), base_url=WRONG_BASE)
    with pytest.raises(rt.errors.APIStatusError) as info:
        sign_in(rt, client)
    assert info.value.status_code == 404
    assert said in str(info.value)
    assert str(info.value).count("base_url should end with") == 1
    assert "None" not in str(info.value)  # a blank body's message is the hint alone


@pytest.mark.parametrize(
    "body",
    [{"sub": "u"}, {"sub": "u", "code": ""}],  # an empty `code` is no gateway error: the longer path
    ids=["plain", "empty-code"],
)
def test_an_answer_that_does_not_fit_the_model_keeps_its_status_and_request_id(
    rt: SimpleNamespace, body: dict[str, str]
) -> None:
    client = client_for(rt, httpx.Response(201, json=body))

    def model(body: dict[str, Any]) -> Any:
        return body["access_token"]

    with pytest.raises(rt.errors.InvalidResponseError) as info:
        sign_in(rt, client, parse=model)
    assert info.value.status_code == 201 and info.value.request_id == "req-1"
    assert "the answer to signIn is not what the spec promises: field 'access_token' is missing" in str(
        info.value
    )


def test_the_debug_log_gives_each_error_answer_with_its_call(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    client = client_for(
        rt, httpx.Response(400, json={"error": "invalid_argument", "error_description": "bad"})
    )
    with (
        caplog.at_level(logging.DEBUG, logger="cloudbase_auth"),
        pytest.raises(rt.errors.APIStatusError) as info,
    ):
        sign_in(rt, client)
    errors = [r.getMessage() for r in caplog.records if r.getMessage().startswith("error ")]
    assert errors == [f"error POST /auth/v1/signin request_id=req-1: {info.value}"]


@pytest.mark.parametrize(
    ("body", "hinted"),
    [({}, True), ({"code": "INVALID_PATH", "message": "no route"}, False), ({"error": "not_found"}, False)],
    ids=["blank", "gateway-shape", "service-shape"],
)
def test_a_404_not_from_the_service_asks_whether_base_url_is_right(
    rt: SimpleNamespace, body: dict[str, str], hinted: bool
) -> None:
    """base_url ends with /auth/v1, but a 404 that neither the service nor its gateway answered
    (no `error`, no `code`) comes from something else at that address (brief M5, `_hint`)."""
    client = client_for(rt, httpx.Response(404, json=body))
    with pytest.raises(rt.errors.APIStatusError) as info:
        sign_in(rt, client)
    assert info.value.status_code == 404
    hint = (
        "the answer is not from CloudBase Auth (nothing at /auth/v1/signin): "
        "is base_url 'https://env-1.api.tcloudbasegateway.com/auth/v1' the right service?"
    )
    assert (hint in str(info.value)) is hinted
    assert "base_url should end with" not in str(info.value)
