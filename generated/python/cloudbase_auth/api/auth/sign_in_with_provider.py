# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.provider_sign_in_request import ProviderSignInRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProviderSignInRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-device-id"] = x_device_id

    if not isinstance(x_request_id, Unset):
        headers["x-request-id"] = x_request_id

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/signin/with/provider",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | GatewayError | TokenResponse:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

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
) -> Response[Error | Error | GatewayError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProviderSignInRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Sign in with a third-party provider token

     Signs in (or, unless `force_disable_sign_up`, signs up) the user behind a provider
    token from `POST /provider/token` (or from a confirmed QR code, see
    `POST /qrcode/get/status`). `x-device-id` is required. When the provider token carries
    a phone number (WeChat phone authorisation) and no user is bound to the identity yet,
    the account with that phone number is signed in and the identity bound to it; a new
    account gets the phone number.

    Differs from the docs: `provider_id` is optional. The older docs render marks it
    required; the newer render and the official SDK send only `provider_token` (four of
    its five callers), since the token already names its provider. When sent, it must be
    the token's provider.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (ProviderSignInRequest): A provider token, and optionally its provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | TokenResponse]
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
    body: ProviderSignInRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Sign in with a third-party provider token

     Signs in (or, unless `force_disable_sign_up`, signs up) the user behind a provider
    token from `POST /provider/token` (or from a confirmed QR code, see
    `POST /qrcode/get/status`). `x-device-id` is required. When the provider token carries
    a phone number (WeChat phone authorisation) and no user is bound to the identity yet,
    the account with that phone number is signed in and the identity bound to it; a new
    account gets the phone number.

    Differs from the docs: `provider_id` is optional. The older docs render marks it
    required; the newer render and the official SDK send only `provider_token` (four of
    its five callers), since the token already names its provider. When sent, it must be
    the token's provider.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (ProviderSignInRequest): A provider token, and optionally its provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | TokenResponse
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
    body: ProviderSignInRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Sign in with a third-party provider token

     Signs in (or, unless `force_disable_sign_up`, signs up) the user behind a provider
    token from `POST /provider/token` (or from a confirmed QR code, see
    `POST /qrcode/get/status`). `x-device-id` is required. When the provider token carries
    a phone number (WeChat phone authorisation) and no user is bound to the identity yet,
    the account with that phone number is signed in and the identity bound to it; a new
    account gets the phone number.

    Differs from the docs: `provider_id` is optional. The older docs render marks it
    required; the newer render and the official SDK send only `provider_token` (four of
    its five callers), since the token already names its provider. When sent, it must be
    the token's provider.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (ProviderSignInRequest): A provider token, and optionally its provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | TokenResponse]
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
    body: ProviderSignInRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Sign in with a third-party provider token

     Signs in (or, unless `force_disable_sign_up`, signs up) the user behind a provider
    token from `POST /provider/token` (or from a confirmed QR code, see
    `POST /qrcode/get/status`). `x-device-id` is required. When the provider token carries
    a phone number (WeChat phone authorisation) and no user is bound to the identity yet,
    the account with that phone number is signed in and the identity bound to it; a new
    account gets the phone number.

    Differs from the docs: `provider_id` is optional. The older docs render marks it
    required; the newer render and the official SDK send only `provider_token` (four of
    its five callers), since the token already names its provider. When sent, it must be
    the token's provider.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (ProviderSignInRequest): A provider token, and optionally its provider.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | TokenResponse
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
