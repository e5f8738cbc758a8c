"""Typed errors: one class per catalogue code, status fallbacks, errors inside 2xx, gateway shape."""

from __future__ import annotations

import dataclasses
import inspect
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from generator.ir import ErrorCode
from generator.naming import Names

from .conftest import API, ERROR_CODES, build_package, import_package

STATUS_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    429: "RateLimitError",
    500: "InternalServerError",
    502: "InternalServerError",
    503: "InternalServerError",
}


def client_answering(rt: SimpleNamespace, status: int, body: Any, **kwargs: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, bytes | str):
            return httpx.Response(status, content=body)
        return httpx.Response(status, json=body)

    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler), max_retries=0, **kwargs)
    return client


def call(rt: SimpleNamespace, client: Any) -> Any:
    return client._call(rt.operations.OPERATIONS["sendVerification"], json={}, request_id="req-0001")


def test_module_docstring_draws_the_tree(rt: SimpleNamespace) -> None:
    doc = inspect.getdoc(rt.errors) or ""
    for name in (
        "CloudBaseAuthError",
        "APIConnectionError",
        "APITimeoutError",
        "NotSignedInError",
        "APIStatusError",
    ):
        assert name in doc
    assert "├──" in doc


def test_hierarchy(rt: SimpleNamespace) -> None:
    e = rt.errors
    assert issubclass(e.APITimeoutError, e.APIConnectionError)
    for name in ("APIConnectionError", "NotSignedInError", "APIStatusError"):
        assert issubclass(getattr(e, name), e.CloudBaseAuthError)
    for name in set(STATUS_CLASSES.values()):
        assert issubclass(getattr(e, name), e.APIStatusError)


@pytest.mark.parametrize("code", ERROR_CODES, ids=lambda c: c.error)
def test_each_catalogue_code_raises_its_class(rt: SimpleNamespace, code: Any) -> None:
    cls = rt.errors.ERROR_CLASSES[code.error]
    assert cls.__name__ == code.names.pascal
    expected_parent = getattr(rt.errors, STATUS_CLASSES.get(code.status, "APIStatusError"))
    assert cls.__mro__[1] is expected_parent
    body = {"error": code.error, "error_code": code.error_code, "error_description": "described"}
    with pytest.raises(cls) as info:
        call(rt, client_answering(rt, code.status, body))
    exc = info.value
    assert isinstance(exc, expected_parent)
    assert (exc.status_code, exc.error, exc.error_code, exc.error_description, exc.request_id) == (
        code.status,
        code.error,
        code.error_code,
        "described",
        "req-0001",
    )
    assert code.error in str(exc) and "req-0001" in str(exc)


@pytest.mark.parametrize("status", sorted(STATUS_CLASSES))
def test_unknown_code_falls_back_by_status(rt: SimpleNamespace, status: int) -> None:
    with pytest.raises(rt.errors.APIStatusError) as info:
        call(rt, client_answering(rt, status, {"error": "brand_new_error", "error_description": "x"}))
    assert type(info.value).__name__ == STATUS_CLASSES[status]
    assert info.value.error == "brand_new_error"


def test_unmapped_status_gives_the_base_class(rt: SimpleNamespace) -> None:
    with pytest.raises(rt.errors.APIStatusError) as info:
        call(rt, client_answering(rt, 418, {"error": "teapot"}))
    assert type(info.value) is rt.errors.APIStatusError


def test_error_inside_a_200(rt: SimpleNamespace) -> None:
    body = {"error": "captcha_required", "error_code": 4028, "error_description": "solve a captcha"}
    with pytest.raises(rt.errors.CaptchaRequired) as info:
        call(rt, client_answering(rt, 200, body))
    assert info.value.status_code == 200
    assert isinstance(info.value, rt.errors.BadRequestError)  # by the catalogue's status


def test_unknown_error_inside_a_200(rt: SimpleNamespace) -> None:
    with pytest.raises(rt.errors.APIStatusError) as info:
        call(rt, client_answering(rt, 200, {"error": "whatever"}))
    assert type(info.value) is rt.errors.APIStatusError and info.value.status_code == 200


def test_falsy_error_in_a_200_is_success(rt: SimpleNamespace) -> None:
    assert call(rt, client_answering(rt, 200, {"error": "", "ok": True})) == {"error": "", "ok": True}


def test_gateway_shape(rt: SimpleNamespace) -> None:
    body = {"code": "INVALID_ENV", "message": "env not found", "requestId": "gw-1"}
    with pytest.raises(rt.errors.APIStatusError) as info:
        call(rt, client_answering(rt, 200, body))
    assert info.value.error == "INVALID_ENV" and info.value.error_description == "env not found"
    with pytest.raises(rt.errors.RateLimitError):
        call(rt, client_answering(rt, 429, {"code": "EXCEED_RATELIMIT", "message": "slow down"}))


def test_non_json_error_answer(rt: SimpleNamespace) -> None:
    with pytest.raises(rt.errors.InternalServerError) as info:
        call(rt, client_answering(rt, 502, b"<html>bad gateway</html>"))
    assert info.value.error == "bad_gateway" and info.value.status_code == 502


def test_error_code_as_digit_string_and_missing(rt: SimpleNamespace) -> None:
    with pytest.raises(rt.errors.APIStatusError) as info:
        call(rt, client_answering(rt, 400, {"error": "x", "error_code": "4001"}))
    assert info.value.error_code == 4001
    with pytest.raises(rt.errors.APIStatusError) as info:
        call(rt, client_answering(rt, 400, {"error": "x"}))
    assert info.value.error_code is None and "error_code" not in str(info.value)


def test_raise_for_response_helper(rt: SimpleNamespace) -> None:
    rt.errors.raise_for_response(200, {"ok": 1}, "r")
    with pytest.raises(rt.errors.InvalidGrant):
        rt.errors.raise_for_response(400, {"error": "invalid_grant"}, "r")
    assert rt.errors.error_from_response(204, {}, None) is None


def test_description_echoing_a_password_is_redacted(rt: SimpleNamespace) -> None:
    body = {"error": "invalid_username_or_password", "error_description": "password Hunter2-Secret! is wrong"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json=body)

    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler))
    with pytest.raises(rt.errors.InvalidUsernameOrPassword) as info:
        client._call(
            rt.operations.OPERATIONS["signIn"], json={"username": "alice", "password": "Hunter2-Secret!"}
        )
    for text in (str(info.value), repr(info.value), info.value.error_description, str(info.value.args)):
        assert "Hunter2-Secret!" not in text
    assert "[REDACTED]" in info.value.error_description


def test_connection_errors(rt: SimpleNamespace) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    for handler, cls in ((refuse, rt.errors.APIConnectionError), (slow, rt.errors.APITimeoutError)):
        client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler), max_retries=0)
        with pytest.raises(cls) as info:
            call(rt, client)
        assert info.value.request_id == "req-0001" and "req-0001" in str(info.value)


def test_errors_survive_pickling(rt: SimpleNamespace) -> None:
    import pickle

    exc = rt.errors.InvalidGrant(
        status_code=400, error="invalid_grant", error_code=4001, error_description="d", request_id="r"
    )
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is rt.errors.InvalidGrant and repr(again) == repr(exc) and str(again) == str(exc)
    conn = pickle.loads(pickle.dumps(rt.errors.APITimeoutError("timed out", request_id="r")))
    assert isinstance(conn, rt.errors.APITimeoutError) and str(conn) == "timed out"


def test_a_code_with_an_unmapped_status_and_a_quoting_description(tmp_path: Any) -> None:
    """A catalogue code whose status has no status class derives from APIStatusError; its
    description may hold quotes and backslashes (it becomes the class docstring)."""
    odd = ErrorCode(
        error="user_pending",
        names=Names.of("user_pending"),
        status=422,
        error_code=None,
        description='Odd status; says "wait" and ends with a backslash \\',
    )
    api = dataclasses.replace(API, error_codes=(*API.error_codes, odd))
    name = "cloudbase_auth_odd_status_under_test"
    build_package(tmp_path, api, name)
    errors = import_package(tmp_path, name)._errors
    cls = errors.ERROR_CLASSES["user_pending"]
    assert cls.__name__ == "UserPending" and cls.__mro__[1] is errors.APIStatusError
    assert cls.__doc__ == '``user_pending`` (HTTP 422): Odd status; says "wait" and ends with a backslash \\'
    exc = errors.error_from_response(422, {"error": "user_pending"}, "r")
    assert type(exc) is cls


# -- written for the survivors of the mutation run on _exceptions.py (TESTING.md) ---------------


def test_a_success_with_a_code_field_but_no_message_is_a_success(rt: SimpleNamespace) -> None:
    """Only ``{code, message}`` together is the gateway's error shape: a 200 whose body merely
    has a string ``code`` (an authorization code, say) is returned, not raised."""
    body = {"code": "auth-code-0123", "state": "s-1"}
    assert call(rt, client_answering(rt, 200, body)) == body


def test_a_gateway_5xx_is_an_internal_server_error(rt: SimpleNamespace) -> None:
    for status in (500, 502):
        with pytest.raises(rt.errors.InternalServerError) as info:
            call(rt, client_answering(rt, status, {"code": "SYS_ERR", "message": "try later"}))
        assert isinstance(info.value, rt.errors.GatewayError) and info.value.code == "SYS_ERR"


def test_error_text_and_repr_exactly(rt: SimpleNamespace) -> None:
    with pytest.raises(rt.errors.APIStatusError) as info:
        call(
            rt,
            client_answering(rt, 400, {"error": "x", "error_code": 4001, "error_description": "bad input"}),
        )
    assert str(info.value) == "x (HTTP 400, error_code 4001): bad input [request_id=req-0001]"
    assert repr(info.value).startswith("BadRequestError(status_code=400, error='x', error_code=4001, ")
    with pytest.raises(rt.errors.APIStatusError) as info:
        call(rt, client_answering(rt, 400, {"error": "x"}))
    assert info.value.error_description == ""
    assert str(info.value) == "x (HTTP 400) [request_id=req-0001]"


def test_a_malformed_error_answer_still_raises_a_typed_error(rt: SimpleNamespace) -> None:
    """A number for ``error`` or a word for ``error_code``: an APIStatusError all the same."""
    with pytest.raises(rt.errors.BadRequestError) as info:
        call(rt, client_answering(rt, 400, {"error": 42, "error_code": "n/a"}))
    assert info.value.error == "42" and info.value.error_code is None
    with pytest.raises(rt.errors.BadRequestError) as info:
        call(rt, client_answering(rt, 400, {"error": "", "error_code": True}))
    assert info.value.error == "bad_request" and info.value.error_code is None


def test_an_error_code_echoing_a_secret_is_redacted(rt: SimpleNamespace) -> None:
    """Even the ``error`` field (and the gateway's ``code``) loses a secret the request carried."""
    password = "Hunter2-Secret!"
    for body in ({"error": f"bad-{password}"}, {"code": f"BAD-{password}", "message": "m"}):

        def handler(request: httpx.Request, body: Any = body) -> httpx.Response:
            return httpx.Response(400, json=body)

        client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler))
        with pytest.raises(rt.errors.APIStatusError) as info:
            client._call(rt.operations.OPERATIONS["signIn"], json={"username": "alice", "password": password})
        assert password not in info.value.error and password not in str(info.value)


def test_raise_for_response_keeps_the_request_id_and_redacts(rt: SimpleNamespace) -> None:
    with pytest.raises(rt.errors.APIStatusError) as info:
        rt.errors.raise_for_response(
            400, {"error": "x", "error_description": "pin 7c1f-99aa"}, "req-9", secrets=["7c1f-99aa"]
        )
    assert info.value.request_id == "req-9" and info.value.error_description == "pin [REDACTED]"
    with pytest.raises(rt.errors.InternalServerError):
        rt.errors.raise_for_response(502, None, "req-9")


def test_a_connection_error_carries_its_message(rt: SimpleNamespace) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(refuse), max_retries=0)
    with pytest.raises(rt.errors.APIConnectionError) as info:
        call(rt, client)
    assert info.value.message == str(info.value) and "connection refused" in info.value.message


def test_a_3xx_answer_is_an_error(rt: SimpleNamespace) -> None:
    """Only 2xx is a success: the client follows no redirect, and a 300 is not an answer."""
    with pytest.raises(rt.errors.APIStatusError) as info:
        call(rt, client_answering(rt, 300, {}))
    assert info.value.status_code == 300 and info.value.error == "multiple_choices"
