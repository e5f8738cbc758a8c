# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    *,
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
        "method": "delete",
        "url": "/user/authorized/devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Empty | Error | Error | GatewayError:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Empty | Error | Error | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Empty | Error | Error | GatewayError]:
    """Sign the user out on one device

     Ends the signed-in user's sessions on one device, named by the `x-device-id` it sent
    when it signed in (the login history of `GET /user/security/history` lists them).
    Use it to sign out a lost or stolen phone. Naming the calling device signs this
    session out too. A device with no live session of this user answers `not_found`
    (inferred). The SDK's `revokeDevice` sends it with the Bearer token and no body.

    Args:
        device_id (str):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Empty | Error | Error | GatewayError | None:
    """Sign the user out on one device

     Ends the signed-in user's sessions on one device, named by the `x-device-id` it sent
    when it signed in (the login history of `GET /user/security/history` lists them).
    Use it to sign out a lost or stolen phone. Naming the calling device signs this
    session out too. A device with no live session of this user answers `not_found`
    (inferred). The SDK's `revokeDevice` sends it with the Bearer token and no body.

    Args:
        device_id (str):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | Error | Error | GatewayError
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Empty | Error | Error | GatewayError]:
    """Sign the user out on one device

     Ends the signed-in user's sessions on one device, named by the `x-device-id` it sent
    when it signed in (the login history of `GET /user/security/history` lists them).
    Use it to sign out a lost or stolen phone. Naming the calling device signs this
    session out too. A device with no live session of this user answers `not_found`
    (inferred). The SDK's `revokeDevice` sends it with the Bearer token and no body.

    Args:
        device_id (str):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Empty | Error | Error | GatewayError | None:
    """Sign the user out on one device

     Ends the signed-in user's sessions on one device, named by the `x-device-id` it sent
    when it signed in (the login history of `GET /user/security/history` lists them).
    Use it to sign out a lost or stolen phone. Naming the calling device signs this
    session out too. A device with no live session of this user answers `not_found`
    (inferred). The SDK's `revokeDevice` sends it with the Bearer token and no body.

    Args:
        device_id (str):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | Error | Error | GatewayError
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            client_id=client_id,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
