# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.qr_code_request import QrCodeRequest
from ...models.qr_code_response import QrCodeResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: QrCodeRequest,
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
        "url": "/qrcode/generate",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | GatewayError | QrCodeResponse:
    if response.status_code == 200:
        response_200 = QrCodeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | Error | GatewayError | QrCodeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QrCodeRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | QrCodeResponse]:
    """Create a mini-program QR code for web login

     Web login by scanning: creates a mini-program code (`qr_code`, an image data URI;
    inferred, the SDK only passes it on) that the user scans with WeChat; the mini-program asks them to
    confirm. Poll
    `POST /qrcode/get/status` with `qr_code_id` until the status is `CONFIRMED`, then sign
    in with its `provider_token` through `POST /signin/with/provider`. The code is valid
    `expires_in` seconds (300, inferred).

    The body uses camelCase, as the official SDK sends it.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (QrCodeRequest): Which mini-program's code to create (camelCase, as the official SDK
            sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | QrCodeResponse]
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
    body: QrCodeRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | QrCodeResponse | None:
    """Create a mini-program QR code for web login

     Web login by scanning: creates a mini-program code (`qr_code`, an image data URI;
    inferred, the SDK only passes it on) that the user scans with WeChat; the mini-program asks them to
    confirm. Poll
    `POST /qrcode/get/status` with `qr_code_id` until the status is `CONFIRMED`, then sign
    in with its `provider_token` through `POST /signin/with/provider`. The code is valid
    `expires_in` seconds (300, inferred).

    The body uses camelCase, as the official SDK sends it.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (QrCodeRequest): Which mini-program's code to create (camelCase, as the official SDK
            sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | QrCodeResponse
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
    body: QrCodeRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | QrCodeResponse]:
    """Create a mini-program QR code for web login

     Web login by scanning: creates a mini-program code (`qr_code`, an image data URI;
    inferred, the SDK only passes it on) that the user scans with WeChat; the mini-program asks them to
    confirm. Poll
    `POST /qrcode/get/status` with `qr_code_id` until the status is `CONFIRMED`, then sign
    in with its `provider_token` through `POST /signin/with/provider`. The code is valid
    `expires_in` seconds (300, inferred).

    The body uses camelCase, as the official SDK sends it.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (QrCodeRequest): Which mini-program's code to create (camelCase, as the official SDK
            sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | QrCodeResponse]
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
    body: QrCodeRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | QrCodeResponse | None:
    """Create a mini-program QR code for web login

     Web login by scanning: creates a mini-program code (`qr_code`, an image data URI;
    inferred, the SDK only passes it on) that the user scans with WeChat; the mini-program asks them to
    confirm. Poll
    `POST /qrcode/get/status` with `qr_code_id` until the status is `CONFIRMED`, then sign
    in with its `provider_token` through `POST /signin/with/provider`. The code is valid
    `expires_in` seconds (300, inferred).

    The body uses camelCase, as the official SDK sends it.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (QrCodeRequest): Which mini-program's code to create (camelCase, as the official SDK
            sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | QrCodeResponse
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
