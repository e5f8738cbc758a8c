# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.captcha_token_response import CaptchaTokenResponse
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.verify_captcha_request import VerifyCaptchaRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: VerifyCaptchaRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_device_id, Unset):
        headers["x-device-id"] = x_device_id

    if not isinstance(x_request_id, Unset):
        headers["x-request-id"] = x_request_id

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/captcha/data/verify",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CaptchaTokenResponse | Error | Error | GatewayError:
    if response.status_code == 200:
        response_200 = CaptchaTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[CaptchaTokenResponse | Error | Error | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifyCaptchaRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[CaptchaTokenResponse | Error | Error | GatewayError]:
    """Check a captcha answer and get a captcha token

     Checks the text the user read off the captcha image (`key`) against the captcha named
    by `token`. Right: answers with a `captcha_token` (valid 600 seconds) for the retried
    call, as the `captcha_token` query parameter or the `x-captcha-token` header. Wrong:
    `captcha_invalid`, and the captcha is spent (create a new one). The answer is not
    case-sensitive (inferred).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (VerifyCaptchaRequest): A captcha and the user's answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptchaTokenResponse | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VerifyCaptchaRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> CaptchaTokenResponse | Error | Error | GatewayError | None:
    """Check a captcha answer and get a captcha token

     Checks the text the user read off the captcha image (`key`) against the captcha named
    by `token`. Right: answers with a `captcha_token` (valid 600 seconds) for the retried
    call, as the `captcha_token` query parameter or the `x-captcha-token` header. Wrong:
    `captcha_invalid`, and the captcha is spent (create a new one). The answer is not
    case-sensitive (inferred).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (VerifyCaptchaRequest): A captcha and the user's answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptchaTokenResponse | Error | Error | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifyCaptchaRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[CaptchaTokenResponse | Error | Error | GatewayError]:
    """Check a captcha answer and get a captcha token

     Checks the text the user read off the captcha image (`key`) against the captcha named
    by `token`. Right: answers with a `captcha_token` (valid 600 seconds) for the retried
    call, as the `captcha_token` query parameter or the `x-captcha-token` header. Wrong:
    `captcha_invalid`, and the captcha is spent (create a new one). The answer is not
    case-sensitive (inferred).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (VerifyCaptchaRequest): A captcha and the user's answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptchaTokenResponse | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VerifyCaptchaRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> CaptchaTokenResponse | Error | Error | GatewayError | None:
    """Check a captcha answer and get a captcha token

     Checks the text the user read off the captcha image (`key`) against the captcha named
    by `token`. Right: answers with a `captcha_token` (valid 600 seconds) for the retried
    call, as the `captcha_token` query parameter or the `x-captcha-token` header. Wrong:
    `captcha_invalid`, and the captcha is spent (create a new one). The answer is not
    case-sensitive (inferred).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (VerifyCaptchaRequest): A captcha and the user's answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptchaTokenResponse | Error | Error | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            client_id=client_id,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
