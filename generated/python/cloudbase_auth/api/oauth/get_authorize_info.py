# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.authorize_info import AuthorizeInfo
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    response_type: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    sign_out_uri: str | Unset = UNSET,
    locale: str | Unset = UNSET,
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

    params["response_type"] = response_type

    params["redirect_uri"] = redirect_uri

    params["state"] = state

    params["scope"] = scope

    params["sign_out_uri"] = sign_out_uri

    params["locale"] = locale

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/authorize/info",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizeInfo | Error | Error | GatewayError:
    if response.status_code == 200:
        response_200 = AuthorizeInfo.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[AuthorizeInfo | Error | Error | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    response_type: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    sign_out_uri: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[AuthorizeInfo | Error | Error | GatewayError]:
    """Read the app and scopes an authorization request is for (consent screen)

     What a consent screen shows before `POST /user/authorize`: the requesting app
    (`client`) and the scopes it asks for, with names and descriptions. The request's
    parameters are the ones the app put in its authorization URL. It checks them like
    the authorization itself (unknown client, unregistered `redirect_uri`, scope not
    allowed). The SDK's `authorizeInfo` sends the user's Bearer token when signed in,
    and Basic `client_id:client_secret` otherwise (with `?client_id=`).

    Args:
        response_type (str | Unset):
        redirect_uri (str | Unset):
        state (str | Unset):
        scope (str | Unset):
        sign_out_uri (str | Unset):
        locale (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeInfo | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        redirect_uri=redirect_uri,
        state=state,
        scope=scope,
        sign_out_uri=sign_out_uri,
        locale=locale,
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
    response_type: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    sign_out_uri: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> AuthorizeInfo | Error | Error | GatewayError | None:
    """Read the app and scopes an authorization request is for (consent screen)

     What a consent screen shows before `POST /user/authorize`: the requesting app
    (`client`) and the scopes it asks for, with names and descriptions. The request's
    parameters are the ones the app put in its authorization URL. It checks them like
    the authorization itself (unknown client, unregistered `redirect_uri`, scope not
    allowed). The SDK's `authorizeInfo` sends the user's Bearer token when signed in,
    and Basic `client_id:client_secret` otherwise (with `?client_id=`).

    Args:
        response_type (str | Unset):
        redirect_uri (str | Unset):
        state (str | Unset):
        scope (str | Unset):
        sign_out_uri (str | Unset):
        locale (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeInfo | Error | Error | GatewayError
    """

    return sync_detailed(
        client=client,
        response_type=response_type,
        redirect_uri=redirect_uri,
        state=state,
        scope=scope,
        sign_out_uri=sign_out_uri,
        locale=locale,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    response_type: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    sign_out_uri: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[AuthorizeInfo | Error | Error | GatewayError]:
    """Read the app and scopes an authorization request is for (consent screen)

     What a consent screen shows before `POST /user/authorize`: the requesting app
    (`client`) and the scopes it asks for, with names and descriptions. The request's
    parameters are the ones the app put in its authorization URL. It checks them like
    the authorization itself (unknown client, unregistered `redirect_uri`, scope not
    allowed). The SDK's `authorizeInfo` sends the user's Bearer token when signed in,
    and Basic `client_id:client_secret` otherwise (with `?client_id=`).

    Args:
        response_type (str | Unset):
        redirect_uri (str | Unset):
        state (str | Unset):
        scope (str | Unset):
        sign_out_uri (str | Unset):
        locale (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeInfo | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        redirect_uri=redirect_uri,
        state=state,
        scope=scope,
        sign_out_uri=sign_out_uri,
        locale=locale,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    response_type: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    sign_out_uri: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> AuthorizeInfo | Error | Error | GatewayError | None:
    """Read the app and scopes an authorization request is for (consent screen)

     What a consent screen shows before `POST /user/authorize`: the requesting app
    (`client`) and the scopes it asks for, with names and descriptions. The request's
    parameters are the ones the app put in its authorization URL. It checks them like
    the authorization itself (unknown client, unregistered `redirect_uri`, scope not
    allowed). The SDK's `authorizeInfo` sends the user's Bearer token when signed in,
    and Basic `client_id:client_secret` otherwise (with `?client_id=`).

    Args:
        response_type (str | Unset):
        redirect_uri (str | Unset):
        state (str | Unset):
        scope (str | Unset):
        sign_out_uri (str | Unset):
        locale (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeInfo | Error | Error | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            response_type=response_type,
            redirect_uri=redirect_uri,
            state=state,
            scope=scope,
            sign_out_uri=sign_out_uri,
            locale=locale,
            client_id=client_id,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
