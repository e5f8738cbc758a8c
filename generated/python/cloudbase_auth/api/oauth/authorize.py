# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.authorize_request import AuthorizeRequest
from ...models.authorize_response import AuthorizeResponse
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AuthorizeRequest,
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
        "url": "/user/authorize",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizeResponse | Error | Error | GatewayError:
    if response.status_code == 200:
        response_200 = AuthorizeResponse.from_dict(response.json())

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
) -> Response[AuthorizeResponse | Error | Error | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthorizeRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[AuthorizeResponse | Error | Error | GatewayError]:
    """Issue an authorization code for another app (CloudBase as the OAuth server)

     The authorization endpoint when CloudBase is the identity provider of another app
    (single sign-on): the signed-in user agrees, and the app named by `client_id` gets a
    one-time `code` to redeem at `POST /token` with `grant_type=authorization_code`. The
    code is bound to the client, the `redirect_uri` and the PKCE `code_challenge`; it is
    valid 600 seconds (inferred) and works once. Use PKCE (`code_challenge_method: S256`)
    for public clients; `plain` is accepted. Read what to show on the consent screen with
    `GET /user/authorize/info` first.

    Only `response_type=code` is covered (the SDK model's answer can also carry tokens,
    for an implicit flow; the emulator answers `unsupported_response_type`). A
    `redirect_uri` the client did not register answers `invalid_request`, a scope it may
    not ask for `invalid_scope`, an unknown `client_id` `invalid_client`. The SDK's
    `authorize` sends the body with the Bearer token of the user.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (AuthorizeRequest): An OAuth 2.0 authorization request (RFC 6749 section 4.1, with
            PKCE, RFC 7636).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeResponse | Error | Error | GatewayError]
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
    body: AuthorizeRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> AuthorizeResponse | Error | Error | GatewayError | None:
    """Issue an authorization code for another app (CloudBase as the OAuth server)

     The authorization endpoint when CloudBase is the identity provider of another app
    (single sign-on): the signed-in user agrees, and the app named by `client_id` gets a
    one-time `code` to redeem at `POST /token` with `grant_type=authorization_code`. The
    code is bound to the client, the `redirect_uri` and the PKCE `code_challenge`; it is
    valid 600 seconds (inferred) and works once. Use PKCE (`code_challenge_method: S256`)
    for public clients; `plain` is accepted. Read what to show on the consent screen with
    `GET /user/authorize/info` first.

    Only `response_type=code` is covered (the SDK model's answer can also carry tokens,
    for an implicit flow; the emulator answers `unsupported_response_type`). A
    `redirect_uri` the client did not register answers `invalid_request`, a scope it may
    not ask for `invalid_scope`, an unknown `client_id` `invalid_client`. The SDK's
    `authorize` sends the body with the Bearer token of the user.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (AuthorizeRequest): An OAuth 2.0 authorization request (RFC 6749 section 4.1, with
            PKCE, RFC 7636).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeResponse | Error | Error | GatewayError
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
    body: AuthorizeRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[AuthorizeResponse | Error | Error | GatewayError]:
    """Issue an authorization code for another app (CloudBase as the OAuth server)

     The authorization endpoint when CloudBase is the identity provider of another app
    (single sign-on): the signed-in user agrees, and the app named by `client_id` gets a
    one-time `code` to redeem at `POST /token` with `grant_type=authorization_code`. The
    code is bound to the client, the `redirect_uri` and the PKCE `code_challenge`; it is
    valid 600 seconds (inferred) and works once. Use PKCE (`code_challenge_method: S256`)
    for public clients; `plain` is accepted. Read what to show on the consent screen with
    `GET /user/authorize/info` first.

    Only `response_type=code` is covered (the SDK model's answer can also carry tokens,
    for an implicit flow; the emulator answers `unsupported_response_type`). A
    `redirect_uri` the client did not register answers `invalid_request`, a scope it may
    not ask for `invalid_scope`, an unknown `client_id` `invalid_client`. The SDK's
    `authorize` sends the body with the Bearer token of the user.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (AuthorizeRequest): An OAuth 2.0 authorization request (RFC 6749 section 4.1, with
            PKCE, RFC 7636).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeResponse | Error | Error | GatewayError]
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
    body: AuthorizeRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> AuthorizeResponse | Error | Error | GatewayError | None:
    """Issue an authorization code for another app (CloudBase as the OAuth server)

     The authorization endpoint when CloudBase is the identity provider of another app
    (single sign-on): the signed-in user agrees, and the app named by `client_id` gets a
    one-time `code` to redeem at `POST /token` with `grant_type=authorization_code`. The
    code is bound to the client, the `redirect_uri` and the PKCE `code_challenge`; it is
    valid 600 seconds (inferred) and works once. Use PKCE (`code_challenge_method: S256`)
    for public clients; `plain` is accepted. Read what to show on the consent screen with
    `GET /user/authorize/info` first.

    Only `response_type=code` is covered (the SDK model's answer can also carry tokens,
    for an implicit flow; the emulator answers `unsupported_response_type`). A
    `redirect_uri` the client did not register answers `invalid_request`, a scope it may
    not ask for `invalid_scope`, an unknown `client_id` `invalid_client`. The SDK's
    `authorize` sends the body with the Bearer token of the user.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (AuthorizeRequest): An OAuth 2.0 authorization request (RFC 6749 section 4.1, with
            PKCE, RFC 7636).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeResponse | Error | Error | GatewayError
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
