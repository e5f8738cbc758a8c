# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.verification_request import VerificationRequest
from ...models.verification_response import VerificationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: VerificationRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_device_id, Unset):
        headers["x-device-id"] = x_device_id

    if not isinstance(x_request_id, Unset):
        headers["x-request-id"] = x_request_id

    if not isinstance(x_captcha_token, Unset):
        headers["x-captcha-token"] = x_captcha_token

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["captcha_token"] = captcha_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/verification",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | GatewayError | VerificationResponse:
    if response.status_code == 200:
        response_200 = VerificationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    def _parse_response_default(data: object) -> Error | GatewayError:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_any_error_type_0 = Error.from_dict(data)

            return componentsschemas_any_error_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_any_error_type_1 = GatewayError.from_dict(data)

        return componentsschemas_any_error_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Error | GatewayError | VerificationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VerificationRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | VerificationResponse]:
    """Send an SMS or email verification code

     Sends a 6-digit code, valid 600 seconds, to a phone number or an email (not both). At
    most one code is sent to a target per 60 seconds. `target` says who may receive it:
    `ANY`, `USER` (the account must exist), `NOT_USER` (it must not), `CUR_USER` (the
    signed-in user: send the Bearer token). Without `target` the code goes to anyone, as
    with `ANY` (inferred: the docs mark `target` required, but the official SDK omits it
    in five of its six flows, which work). The answer's `is_user` says whether to call
    `signin` (true) or `signup` (false or absent) next. After a `captcha_required` error
    (too many codes from one device), solve a captcha and retry the same call with its
    token as the `captcha_token` query parameter (what the official SDK sends) or the
    `x-captcha-token` header (what the docs show); a captcha token unlocks one call.

    Differs from the docs: `target` is optional (the docs mark it required; the official
    SDK omits it), and the captcha token is also accepted as the `captcha_token` query
    parameter.

    Differs from older guides: no Basic client authentication is needed.

    Args:
        client_id (str | Unset):
        captcha_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        x_captcha_token (str | Unset):
        body (VerificationRequest): Where to send the code; a phone number or an email, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | VerificationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        captcha_token=captcha_token,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
        x_captcha_token=x_captcha_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VerificationRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> Error | Error | GatewayError | VerificationResponse | None:
    """Send an SMS or email verification code

     Sends a 6-digit code, valid 600 seconds, to a phone number or an email (not both). At
    most one code is sent to a target per 60 seconds. `target` says who may receive it:
    `ANY`, `USER` (the account must exist), `NOT_USER` (it must not), `CUR_USER` (the
    signed-in user: send the Bearer token). Without `target` the code goes to anyone, as
    with `ANY` (inferred: the docs mark `target` required, but the official SDK omits it
    in five of its six flows, which work). The answer's `is_user` says whether to call
    `signin` (true) or `signup` (false or absent) next. After a `captcha_required` error
    (too many codes from one device), solve a captcha and retry the same call with its
    token as the `captcha_token` query parameter (what the official SDK sends) or the
    `x-captcha-token` header (what the docs show); a captcha token unlocks one call.

    Differs from the docs: `target` is optional (the docs mark it required; the official
    SDK omits it), and the captcha token is also accepted as the `captcha_token` query
    parameter.

    Differs from older guides: no Basic client authentication is needed.

    Args:
        client_id (str | Unset):
        captcha_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        x_captcha_token (str | Unset):
        body (VerificationRequest): Where to send the code; a phone number or an email, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | VerificationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        client_id=client_id,
        captcha_token=captcha_token,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
        x_captcha_token=x_captcha_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VerificationRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | VerificationResponse]:
    """Send an SMS or email verification code

     Sends a 6-digit code, valid 600 seconds, to a phone number or an email (not both). At
    most one code is sent to a target per 60 seconds. `target` says who may receive it:
    `ANY`, `USER` (the account must exist), `NOT_USER` (it must not), `CUR_USER` (the
    signed-in user: send the Bearer token). Without `target` the code goes to anyone, as
    with `ANY` (inferred: the docs mark `target` required, but the official SDK omits it
    in five of its six flows, which work). The answer's `is_user` says whether to call
    `signin` (true) or `signup` (false or absent) next. After a `captcha_required` error
    (too many codes from one device), solve a captcha and retry the same call with its
    token as the `captcha_token` query parameter (what the official SDK sends) or the
    `x-captcha-token` header (what the docs show); a captcha token unlocks one call.

    Differs from the docs: `target` is optional (the docs mark it required; the official
    SDK omits it), and the captcha token is also accepted as the `captcha_token` query
    parameter.

    Differs from older guides: no Basic client authentication is needed.

    Args:
        client_id (str | Unset):
        captcha_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        x_captcha_token (str | Unset):
        body (VerificationRequest): Where to send the code; a phone number or an email, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | VerificationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        captcha_token=captcha_token,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
        x_captcha_token=x_captcha_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VerificationRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> Error | Error | GatewayError | VerificationResponse | None:
    """Send an SMS or email verification code

     Sends a 6-digit code, valid 600 seconds, to a phone number or an email (not both). At
    most one code is sent to a target per 60 seconds. `target` says who may receive it:
    `ANY`, `USER` (the account must exist), `NOT_USER` (it must not), `CUR_USER` (the
    signed-in user: send the Bearer token). Without `target` the code goes to anyone, as
    with `ANY` (inferred: the docs mark `target` required, but the official SDK omits it
    in five of its six flows, which work). The answer's `is_user` says whether to call
    `signin` (true) or `signup` (false or absent) next. After a `captcha_required` error
    (too many codes from one device), solve a captcha and retry the same call with its
    token as the `captcha_token` query parameter (what the official SDK sends) or the
    `x-captcha-token` header (what the docs show); a captcha token unlocks one call.

    Differs from the docs: `target` is optional (the docs mark it required; the official
    SDK omits it), and the captcha token is also accepted as the `captcha_token` query
    parameter.

    Differs from older guides: no Basic client authentication is needed.

    Args:
        client_id (str | Unset):
        captcha_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        x_captcha_token (str | Unset):
        body (VerificationRequest): Where to send the code; a phone number or an email, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | VerificationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            client_id=client_id,
            captcha_token=captcha_token,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
            x_captcha_token=x_captcha_token,
        )
    ).parsed
