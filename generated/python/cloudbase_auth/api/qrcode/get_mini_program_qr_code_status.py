# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.qr_code_status_request import QrCodeStatusRequest
from ...models.qr_code_status_response import QrCodeStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: QrCodeStatusRequest,
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
        "url": "/qrcode/get/status",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | GatewayError | QrCodeStatusResponse:
    if response.status_code == 200:
        response_200 = QrCodeStatusResponse.from_dict(response.json())

        return response_200

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
) -> Response[Error | Error | GatewayError | QrCodeStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QrCodeStatusRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | QrCodeStatusResponse]:
    """Poll the status of a login QR code

     Where the scan of a QR code from `POST /qrcode/generate` stands: `WAITING` (not
    scanned yet), `SCANNED` (scanned, not confirmed), `CONFIRMED` (the user confirmed in
    the mini-program: `provider_token` is set, for `POST /signin/with/provider`),
    `CANCELLED` (the user declined) or `EXPIRED`. `expires_in` is the seconds left: of
    the QR code, or of the provider token once confirmed. Poll every second or two.

    Inferred: the official SDK types `status` as a plain string and `provider_token` as
    always present; the status names are this document's, and `provider_token` is only
    sent once confirmed. The body uses camelCase, as the official SDK sends it.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (QrCodeStatusRequest): Which QR code (camelCase, as the official SDK sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | QrCodeStatusResponse]
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
    body: QrCodeStatusRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | QrCodeStatusResponse | None:
    """Poll the status of a login QR code

     Where the scan of a QR code from `POST /qrcode/generate` stands: `WAITING` (not
    scanned yet), `SCANNED` (scanned, not confirmed), `CONFIRMED` (the user confirmed in
    the mini-program: `provider_token` is set, for `POST /signin/with/provider`),
    `CANCELLED` (the user declined) or `EXPIRED`. `expires_in` is the seconds left: of
    the QR code, or of the provider token once confirmed. Poll every second or two.

    Inferred: the official SDK types `status` as a plain string and `provider_token` as
    always present; the status names are this document's, and `provider_token` is only
    sent once confirmed. The body uses camelCase, as the official SDK sends it.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (QrCodeStatusRequest): Which QR code (camelCase, as the official SDK sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | QrCodeStatusResponse
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
    body: QrCodeStatusRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | QrCodeStatusResponse]:
    """Poll the status of a login QR code

     Where the scan of a QR code from `POST /qrcode/generate` stands: `WAITING` (not
    scanned yet), `SCANNED` (scanned, not confirmed), `CONFIRMED` (the user confirmed in
    the mini-program: `provider_token` is set, for `POST /signin/with/provider`),
    `CANCELLED` (the user declined) or `EXPIRED`. `expires_in` is the seconds left: of
    the QR code, or of the provider token once confirmed. Poll every second or two.

    Inferred: the official SDK types `status` as a plain string and `provider_token` as
    always present; the status names are this document's, and `provider_token` is only
    sent once confirmed. The body uses camelCase, as the official SDK sends it.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (QrCodeStatusRequest): Which QR code (camelCase, as the official SDK sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | QrCodeStatusResponse]
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
    body: QrCodeStatusRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | QrCodeStatusResponse | None:
    """Poll the status of a login QR code

     Where the scan of a QR code from `POST /qrcode/generate` stands: `WAITING` (not
    scanned yet), `SCANNED` (scanned, not confirmed), `CONFIRMED` (the user confirmed in
    the mini-program: `provider_token` is set, for `POST /signin/with/provider`),
    `CANCELLED` (the user declined) or `EXPIRED`. `expires_in` is the seconds left: of
    the QR code, or of the provider token once confirmed. Poll every second or two.

    Inferred: the official SDK types `status` as a plain string and `provider_token` as
    always present; the status names are this document's, and `provider_token` is only
    sent once confirmed. The body uses camelCase, as the official SDK sends it.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (QrCodeStatusRequest): Which QR code (camelCase, as the official SDK sends it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | QrCodeStatusResponse
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
