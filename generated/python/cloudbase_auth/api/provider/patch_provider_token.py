# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.patch_provider_token_request import PatchProviderTokenRequest
from ...models.provider_token_response import ProviderTokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PatchProviderTokenRequest,
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
        "method": "patch",
        "url": "/provider/token",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | GatewayError | ProviderTokenResponse:
    if response.status_code == 200:
        response_200 = ProviderTokenResponse.from_dict(response.json())

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
) -> Response[Error | Error | GatewayError | ProviderTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PatchProviderTokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | ProviderTokenResponse]:
    """Attach a WeChat phone number to a provider token

     Adds the phone number the user allowed a WeChat mini-program to read
    (`getPhoneNumber`) to an existing provider token (from `POST /provider/token`):
    send the phone code as `provider_params.code` with `provider_code_type: phone`. The
    answer is a provider token (valid 3600 seconds) whose `provider_profile` carries the
    phone number; signing in with it (`POST /signin/with/provider`) finds or creates the
    account with that number, and binding it gives the account the number if it has
    none.

    The older `getPhoneNumber` flow sends `encryptedData` and `iv` instead of `code`; the
    emulator does not decrypt them and answers `invalid_argument`.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (PatchProviderTokenRequest): A provider token and what to attach to it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | ProviderTokenResponse]
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
    body: PatchProviderTokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | ProviderTokenResponse | None:
    """Attach a WeChat phone number to a provider token

     Adds the phone number the user allowed a WeChat mini-program to read
    (`getPhoneNumber`) to an existing provider token (from `POST /provider/token`):
    send the phone code as `provider_params.code` with `provider_code_type: phone`. The
    answer is a provider token (valid 3600 seconds) whose `provider_profile` carries the
    phone number; signing in with it (`POST /signin/with/provider`) finds or creates the
    account with that number, and binding it gives the account the number if it has
    none.

    The older `getPhoneNumber` flow sends `encryptedData` and `iv` instead of `code`; the
    emulator does not decrypt them and answers `invalid_argument`.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (PatchProviderTokenRequest): A provider token and what to attach to it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | ProviderTokenResponse
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
    body: PatchProviderTokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | ProviderTokenResponse]:
    """Attach a WeChat phone number to a provider token

     Adds the phone number the user allowed a WeChat mini-program to read
    (`getPhoneNumber`) to an existing provider token (from `POST /provider/token`):
    send the phone code as `provider_params.code` with `provider_code_type: phone`. The
    answer is a provider token (valid 3600 seconds) whose `provider_profile` carries the
    phone number; signing in with it (`POST /signin/with/provider`) finds or creates the
    account with that number, and binding it gives the account the number if it has
    none.

    The older `getPhoneNumber` flow sends `encryptedData` and `iv` instead of `code`; the
    emulator does not decrypt them and answers `invalid_argument`.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (PatchProviderTokenRequest): A provider token and what to attach to it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | ProviderTokenResponse]
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
    body: PatchProviderTokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | ProviderTokenResponse | None:
    """Attach a WeChat phone number to a provider token

     Adds the phone number the user allowed a WeChat mini-program to read
    (`getPhoneNumber`) to an existing provider token (from `POST /provider/token`):
    send the phone code as `provider_params.code` with `provider_code_type: phone`. The
    answer is a provider token (valid 3600 seconds) whose `provider_profile` carries the
    phone number; signing in with it (`POST /signin/with/provider`) finds or creates the
    account with that number, and binding it gives the account the number if it has
    none.

    The older `getPhoneNumber` flow sends `encryptedData` and `iv` instead of `code`; the
    emulator does not decrypt them and answers `invalid_argument`.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (PatchProviderTokenRequest): A provider token and what to attach to it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | ProviderTokenResponse
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
