# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.token_response import TokenResponse
from ...models.wechat_no_auth_sign_in_request import WechatNoAuthSignInRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WechatNoAuthSignInRequest,
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
        "url": "/signin/wechat/noauth",
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

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
    body: WechatNoAuthSignInRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Sign in a WeChat user without a password (WeDa password-free login)

     Signs in the WeChat user who calls through the mini-program cloud tunnel
    (`httpOverCallFunction`): WeChat itself vouches for the caller, so no code or password
    is sent. Used by WeDa apps whose provider sub type is `NO_AUTH_LOGIN` (see
    `POST /mgr/provider/providerSubType`); it fails with `provider_not_enabled` otherwise
    (inferred: the SDK names both "password-free login" but does not link them).
    The identity is the same as a mini-program `open_id` login: the first call creates
    the user, later ones sign the same user in.

    The body is free-form in the official SDK (it forwards what the caller passes). The
    fields below are inferred: outside the WeChat tunnel the caller names the mini-program
    (`appid`) and the user's `openid`, which the real service reads from the tunnel's
    context. Only use this from a trusted server or through the tunnel.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (WechatNoAuthSignInRequest): Free-form in the official SDK; the fields here are
            inferred (see the operation).

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
    body: WechatNoAuthSignInRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Sign in a WeChat user without a password (WeDa password-free login)

     Signs in the WeChat user who calls through the mini-program cloud tunnel
    (`httpOverCallFunction`): WeChat itself vouches for the caller, so no code or password
    is sent. Used by WeDa apps whose provider sub type is `NO_AUTH_LOGIN` (see
    `POST /mgr/provider/providerSubType`); it fails with `provider_not_enabled` otherwise
    (inferred: the SDK names both "password-free login" but does not link them).
    The identity is the same as a mini-program `open_id` login: the first call creates
    the user, later ones sign the same user in.

    The body is free-form in the official SDK (it forwards what the caller passes). The
    fields below are inferred: outside the WeChat tunnel the caller names the mini-program
    (`appid`) and the user's `openid`, which the real service reads from the tunnel's
    context. Only use this from a trusted server or through the tunnel.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (WechatNoAuthSignInRequest): Free-form in the official SDK; the fields here are
            inferred (see the operation).

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
    body: WechatNoAuthSignInRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Sign in a WeChat user without a password (WeDa password-free login)

     Signs in the WeChat user who calls through the mini-program cloud tunnel
    (`httpOverCallFunction`): WeChat itself vouches for the caller, so no code or password
    is sent. Used by WeDa apps whose provider sub type is `NO_AUTH_LOGIN` (see
    `POST /mgr/provider/providerSubType`); it fails with `provider_not_enabled` otherwise
    (inferred: the SDK names both "password-free login" but does not link them).
    The identity is the same as a mini-program `open_id` login: the first call creates
    the user, later ones sign the same user in.

    The body is free-form in the official SDK (it forwards what the caller passes). The
    fields below are inferred: outside the WeChat tunnel the caller names the mini-program
    (`appid`) and the user's `openid`, which the real service reads from the tunnel's
    context. Only use this from a trusted server or through the tunnel.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (WechatNoAuthSignInRequest): Free-form in the official SDK; the fields here are
            inferred (see the operation).

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
    body: WechatNoAuthSignInRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Sign in a WeChat user without a password (WeDa password-free login)

     Signs in the WeChat user who calls through the mini-program cloud tunnel
    (`httpOverCallFunction`): WeChat itself vouches for the caller, so no code or password
    is sent. Used by WeDa apps whose provider sub type is `NO_AUTH_LOGIN` (see
    `POST /mgr/provider/providerSubType`); it fails with `provider_not_enabled` otherwise
    (inferred: the SDK names both "password-free login" but does not link them).
    The identity is the same as a mini-program `open_id` login: the first call creates
    the user, later ones sign the same user in.

    The body is free-form in the official SDK (it forwards what the caller passes). The
    fields below are inferred: outside the WeChat tunnel the caller names the mini-program
    (`appid`) and the user's `openid`, which the real service reads from the tunnel's
    context. Only use this from a trusted server or through the tunnel.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (WechatNoAuthSignInRequest): Free-form in the official SDK; the fields here are
            inferred (see the operation).

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
