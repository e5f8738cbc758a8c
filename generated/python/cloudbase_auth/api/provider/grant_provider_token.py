# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.provider_token_request import ProviderTokenRequest
from ...models.provider_token_response import ProviderTokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProviderTokenRequest,
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
    body: ProviderTokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | ProviderTokenResponse]:
    """Exchange a provider's authorisation code for a provider token

     Turns what a third-party provider gave the user (an OAuth `provider_code`, an access
    token or an ID token) into a CloudBase `provider_token`, valid 3600 seconds, which
    `signin/with/provider` and `user/provider/bind` accept. Start an OAuth login with
    `GET /provider/uri`; send the code the provider redirected back with, and the same
    `provider_redirect_uri`.

    WeChat mini-programs: `provider_id` is the mini-program's AppID, `provider_code` the
    `wx.login` code, and `provider_params.provider_code_type` says which identity to use:
    `open_id` (the user's OpenID in this mini-program), `union_id` (the UnionID shared by
    the apps of one WeChat open-platform account) or `phone` (also send the
    `getPhoneNumber` code as `provider_params.code`: the provider token then carries the
    phone number, and signing in with it finds the account by that number).

    Differs from the docs: the official SDK checks `error_code` on a 200 answer too (the
    WeChat tunnel answers errors that way); this document declares `code` and
    `error_code` on the success schema for that reason.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (ProviderTokenRequest):

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
    body: ProviderTokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | ProviderTokenResponse | None:
    """Exchange a provider's authorisation code for a provider token

     Turns what a third-party provider gave the user (an OAuth `provider_code`, an access
    token or an ID token) into a CloudBase `provider_token`, valid 3600 seconds, which
    `signin/with/provider` and `user/provider/bind` accept. Start an OAuth login with
    `GET /provider/uri`; send the code the provider redirected back with, and the same
    `provider_redirect_uri`.

    WeChat mini-programs: `provider_id` is the mini-program's AppID, `provider_code` the
    `wx.login` code, and `provider_params.provider_code_type` says which identity to use:
    `open_id` (the user's OpenID in this mini-program), `union_id` (the UnionID shared by
    the apps of one WeChat open-platform account) or `phone` (also send the
    `getPhoneNumber` code as `provider_params.code`: the provider token then carries the
    phone number, and signing in with it finds the account by that number).

    Differs from the docs: the official SDK checks `error_code` on a 200 answer too (the
    WeChat tunnel answers errors that way); this document declares `code` and
    `error_code` on the success schema for that reason.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (ProviderTokenRequest):

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
    body: ProviderTokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | ProviderTokenResponse]:
    """Exchange a provider's authorisation code for a provider token

     Turns what a third-party provider gave the user (an OAuth `provider_code`, an access
    token or an ID token) into a CloudBase `provider_token`, valid 3600 seconds, which
    `signin/with/provider` and `user/provider/bind` accept. Start an OAuth login with
    `GET /provider/uri`; send the code the provider redirected back with, and the same
    `provider_redirect_uri`.

    WeChat mini-programs: `provider_id` is the mini-program's AppID, `provider_code` the
    `wx.login` code, and `provider_params.provider_code_type` says which identity to use:
    `open_id` (the user's OpenID in this mini-program), `union_id` (the UnionID shared by
    the apps of one WeChat open-platform account) or `phone` (also send the
    `getPhoneNumber` code as `provider_params.code`: the provider token then carries the
    phone number, and signing in with it finds the account by that number).

    Differs from the docs: the official SDK checks `error_code` on a 200 answer too (the
    WeChat tunnel answers errors that way); this document declares `code` and
    `error_code` on the success schema for that reason.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (ProviderTokenRequest):

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
    body: ProviderTokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | ProviderTokenResponse | None:
    """Exchange a provider's authorisation code for a provider token

     Turns what a third-party provider gave the user (an OAuth `provider_code`, an access
    token or an ID token) into a CloudBase `provider_token`, valid 3600 seconds, which
    `signin/with/provider` and `user/provider/bind` accept. Start an OAuth login with
    `GET /provider/uri`; send the code the provider redirected back with, and the same
    `provider_redirect_uri`.

    WeChat mini-programs: `provider_id` is the mini-program's AppID, `provider_code` the
    `wx.login` code, and `provider_params.provider_code_type` says which identity to use:
    `open_id` (the user's OpenID in this mini-program), `union_id` (the UnionID shared by
    the apps of one WeChat open-platform account) or `phone` (also send the
    `getPhoneNumber` code as `provider_params.code`: the provider token then carries the
    phone number, and signing in with it finds the account by that number).

    Differs from the docs: the official SDK checks `error_code` on a 200 answer too (the
    WeChat tunnel answers errors that way); this document declares `code` and
    `error_code` on the success schema for that reason.

    Args:
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):
        body (ProviderTokenRequest):

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
