# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.token_response import TokenResponse
from ...models.trans_by_provider_request import TransByProviderRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TransByProviderRequest,
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
        "url": "/user/trans/by/provider",
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

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    body: TransByProviderRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Move a provider identity from another account to the signed-in user

     Moves the third-party identity behind `provider_token` (from `POST /provider/token`)
    to the signed-in user, taking it from the account it is bound to now (if any). Use it
    when `POST /user/provider/bind` fails with `invalid_grant` because the identity
    already belongs to another account that the user also owns. Answers with a fresh
    session of the signed-in user. The other account stays, without that identity.

    Inferred: the official SDK only shows the request and the token response; the move
    semantics are this document's reading of the name (`trans` = transfer). Fails with
    `already_exists` when the signed-in user already has another identity of the same
    provider (unbind it, or use `POST /user/provider/{provider_id}/trans`).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (TransByProviderRequest): The identity to move to the signed-in user.

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
    body: TransByProviderRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Move a provider identity from another account to the signed-in user

     Moves the third-party identity behind `provider_token` (from `POST /provider/token`)
    to the signed-in user, taking it from the account it is bound to now (if any). Use it
    when `POST /user/provider/bind` fails with `invalid_grant` because the identity
    already belongs to another account that the user also owns. Answers with a fresh
    session of the signed-in user. The other account stays, without that identity.

    Inferred: the official SDK only shows the request and the token response; the move
    semantics are this document's reading of the name (`trans` = transfer). Fails with
    `already_exists` when the signed-in user already has another identity of the same
    provider (unbind it, or use `POST /user/provider/{provider_id}/trans`).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (TransByProviderRequest): The identity to move to the signed-in user.

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
    body: TransByProviderRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Move a provider identity from another account to the signed-in user

     Moves the third-party identity behind `provider_token` (from `POST /provider/token`)
    to the signed-in user, taking it from the account it is bound to now (if any). Use it
    when `POST /user/provider/bind` fails with `invalid_grant` because the identity
    already belongs to another account that the user also owns. Answers with a fresh
    session of the signed-in user. The other account stays, without that identity.

    Inferred: the official SDK only shows the request and the token response; the move
    semantics are this document's reading of the name (`trans` = transfer). Fails with
    `already_exists` when the signed-in user already has another identity of the same
    provider (unbind it, or use `POST /user/provider/{provider_id}/trans`).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (TransByProviderRequest): The identity to move to the signed-in user.

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
    body: TransByProviderRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Move a provider identity from another account to the signed-in user

     Moves the third-party identity behind `provider_token` (from `POST /provider/token`)
    to the signed-in user, taking it from the account it is bound to now (if any). Use it
    when `POST /user/provider/bind` fails with `invalid_grant` because the identity
    already belongs to another account that the user also owns. Answers with a fresh
    session of the signed-in user. The other account stays, without that identity.

    Inferred: the official SDK only shows the request and the token response; the move
    semantics are this document's reading of the name (`trans` = transfer). Fails with
    `already_exists` when the signed-in user already has another identity of the same
    provider (unbind it, or use `POST /user/provider/{provider_id}/trans`).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (TransByProviderRequest): The identity to move to the signed-in user.

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
