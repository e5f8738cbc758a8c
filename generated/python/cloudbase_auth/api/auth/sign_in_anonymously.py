# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.anonymous_sign_in_request import AnonymousSignInRequest
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AnonymousSignInRequest | Unset = UNSET,
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
        "url": "/signin/anonymously",
        "params": params,
    }

    if not isinstance(body, Unset):
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

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
    body: AnonymousSignInRequest | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Sign in as the anonymous user of this device

     Signs in the anonymous user of the device named by the required `x-device-id`: the
    same device ID always gets the same anonymous user, so generate it once and keep it.
    The token's scope is `anonymous`. Upgrade the user later with `signup` and
    `anonymous_token`. The official SDK sends Basic client credentials only when it signs
    in again by itself; no authentication is needed.

    Differs from older guides: the path is `/signin/anonymously` (the older guide's
    `/signin-anonymously` does not exist), and `x-device-id` is required.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (AnonymousSignInRequest | Unset): Usually empty.

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
    body: AnonymousSignInRequest | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Sign in as the anonymous user of this device

     Signs in the anonymous user of the device named by the required `x-device-id`: the
    same device ID always gets the same anonymous user, so generate it once and keep it.
    The token's scope is `anonymous`. Upgrade the user later with `signup` and
    `anonymous_token`. The official SDK sends Basic client credentials only when it signs
    in again by itself; no authentication is needed.

    Differs from older guides: the path is `/signin/anonymously` (the older guide's
    `/signin-anonymously` does not exist), and `x-device-id` is required.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (AnonymousSignInRequest | Unset): Usually empty.

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
    body: AnonymousSignInRequest | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Sign in as the anonymous user of this device

     Signs in the anonymous user of the device named by the required `x-device-id`: the
    same device ID always gets the same anonymous user, so generate it once and keep it.
    The token's scope is `anonymous`. Upgrade the user later with `signup` and
    `anonymous_token`. The official SDK sends Basic client credentials only when it signs
    in again by itself; no authentication is needed.

    Differs from older guides: the path is `/signin/anonymously` (the older guide's
    `/signin-anonymously` does not exist), and `x-device-id` is required.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (AnonymousSignInRequest | Unset): Usually empty.

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
    body: AnonymousSignInRequest | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Sign in as the anonymous user of this device

     Signs in the anonymous user of the device named by the required `x-device-id`: the
    same device ID always gets the same anonymous user, so generate it once and keep it.
    The token's scope is `anonymous`. Upgrade the user later with `signup` and
    `anonymous_token`. The official SDK sends Basic client credentials only when it signs
    in again by itself; no authentication is needed.

    Differs from older guides: the path is `/signin/anonymously` (the older guide's
    `/signin-anonymously` does not exist), and `x-device-id` is required.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (AnonymousSignInRequest | Unset): Usually empty.

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
