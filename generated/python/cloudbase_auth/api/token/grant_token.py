# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TokenRequest,
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
        "url": "/token",
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
    body: TokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Get tokens from a refresh token, a password, an authorization code, a device code or client
    credentials

     The OAuth 2.0 token endpoint. With `grant_type=refresh_token` it rotates the refresh
    token: the one sent is invalid from then on, and using it again fails with
    `invalid_grant` (sign the user out then). With `grant_type=password` it signs in.
    Neither needs authentication; the SDK also sends `client_id` and `client_secret`
    (empty by default) in the body. `grant_type=client_credentials` needs Basic
    `SecretId:SecretKey` and returns an administrator token (432000 s) with no refresh
    token.

    `grant_type=authorization_code` redeems a code from `POST /user/authorize` (CloudBase
    as the OAuth server of another app): send the same `client_id` and `redirect_uri` as
    when the code was issued and, if a `code_challenge` was sent then, the PKCE
    `code_verifier` (S256: `BASE64URL(SHA256(code_verifier))` must equal the challenge;
    `plain`: equal strings). A code works once; a wrong verifier, client or redirect URI,
    or a second use, fails with `invalid_grant`. With `openid` in the code's scope the
    answer also carries an `id_token` (with `nonce` when one is sent).

    `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628) is the polling
    half of the device flow (`POST /device/code`): until the user approves the
    `user_code` the answer is `authorization_pending`; polling faster than `interval`
    answers `slow_down` (and adds 5 s to the interval); after `expires_in` the answer is
    `expired_token`. On approval the device gets the user's tokens, once. The SDK model
    has `code`, `redirect_uri`, `nonce`, `code_verifier` and `device_code`
    (`GrantTokenRequest`) but no caller; the grant value and the polling errors follow
    RFC 8628, as the CloudBase CLI device-flow page requires (inferred for this API).

    Differs from older guides: the refresh grant needs no Basic client authentication.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (TokenRequest):

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
    body: TokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Get tokens from a refresh token, a password, an authorization code, a device code or client
    credentials

     The OAuth 2.0 token endpoint. With `grant_type=refresh_token` it rotates the refresh
    token: the one sent is invalid from then on, and using it again fails with
    `invalid_grant` (sign the user out then). With `grant_type=password` it signs in.
    Neither needs authentication; the SDK also sends `client_id` and `client_secret`
    (empty by default) in the body. `grant_type=client_credentials` needs Basic
    `SecretId:SecretKey` and returns an administrator token (432000 s) with no refresh
    token.

    `grant_type=authorization_code` redeems a code from `POST /user/authorize` (CloudBase
    as the OAuth server of another app): send the same `client_id` and `redirect_uri` as
    when the code was issued and, if a `code_challenge` was sent then, the PKCE
    `code_verifier` (S256: `BASE64URL(SHA256(code_verifier))` must equal the challenge;
    `plain`: equal strings). A code works once; a wrong verifier, client or redirect URI,
    or a second use, fails with `invalid_grant`. With `openid` in the code's scope the
    answer also carries an `id_token` (with `nonce` when one is sent).

    `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628) is the polling
    half of the device flow (`POST /device/code`): until the user approves the
    `user_code` the answer is `authorization_pending`; polling faster than `interval`
    answers `slow_down` (and adds 5 s to the interval); after `expires_in` the answer is
    `expired_token`. On approval the device gets the user's tokens, once. The SDK model
    has `code`, `redirect_uri`, `nonce`, `code_verifier` and `device_code`
    (`GrantTokenRequest`) but no caller; the grant value and the polling errors follow
    RFC 8628, as the CloudBase CLI device-flow page requires (inferred for this API).

    Differs from older guides: the refresh grant needs no Basic client authentication.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (TokenRequest):

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
    body: TokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Get tokens from a refresh token, a password, an authorization code, a device code or client
    credentials

     The OAuth 2.0 token endpoint. With `grant_type=refresh_token` it rotates the refresh
    token: the one sent is invalid from then on, and using it again fails with
    `invalid_grant` (sign the user out then). With `grant_type=password` it signs in.
    Neither needs authentication; the SDK also sends `client_id` and `client_secret`
    (empty by default) in the body. `grant_type=client_credentials` needs Basic
    `SecretId:SecretKey` and returns an administrator token (432000 s) with no refresh
    token.

    `grant_type=authorization_code` redeems a code from `POST /user/authorize` (CloudBase
    as the OAuth server of another app): send the same `client_id` and `redirect_uri` as
    when the code was issued and, if a `code_challenge` was sent then, the PKCE
    `code_verifier` (S256: `BASE64URL(SHA256(code_verifier))` must equal the challenge;
    `plain`: equal strings). A code works once; a wrong verifier, client or redirect URI,
    or a second use, fails with `invalid_grant`. With `openid` in the code's scope the
    answer also carries an `id_token` (with `nonce` when one is sent).

    `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628) is the polling
    half of the device flow (`POST /device/code`): until the user approves the
    `user_code` the answer is `authorization_pending`; polling faster than `interval`
    answers `slow_down` (and adds 5 s to the interval); after `expires_in` the answer is
    `expired_token`. On approval the device gets the user's tokens, once. The SDK model
    has `code`, `redirect_uri`, `nonce`, `code_verifier` and `device_code`
    (`GrantTokenRequest`) but no caller; the grant value and the polling errors follow
    RFC 8628, as the CloudBase CLI device-flow page requires (inferred for this API).

    Differs from older guides: the refresh grant needs no Basic client authentication.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (TokenRequest):

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
    body: TokenRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Get tokens from a refresh token, a password, an authorization code, a device code or client
    credentials

     The OAuth 2.0 token endpoint. With `grant_type=refresh_token` it rotates the refresh
    token: the one sent is invalid from then on, and using it again fails with
    `invalid_grant` (sign the user out then). With `grant_type=password` it signs in.
    Neither needs authentication; the SDK also sends `client_id` and `client_secret`
    (empty by default) in the body. `grant_type=client_credentials` needs Basic
    `SecretId:SecretKey` and returns an administrator token (432000 s) with no refresh
    token.

    `grant_type=authorization_code` redeems a code from `POST /user/authorize` (CloudBase
    as the OAuth server of another app): send the same `client_id` and `redirect_uri` as
    when the code was issued and, if a `code_challenge` was sent then, the PKCE
    `code_verifier` (S256: `BASE64URL(SHA256(code_verifier))` must equal the challenge;
    `plain`: equal strings). A code works once; a wrong verifier, client or redirect URI,
    or a second use, fails with `invalid_grant`. With `openid` in the code's scope the
    answer also carries an `id_token` (with `nonce` when one is sent).

    `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628) is the polling
    half of the device flow (`POST /device/code`): until the user approves the
    `user_code` the answer is `authorization_pending`; polling faster than `interval`
    answers `slow_down` (and adds 5 s to the interval); after `expires_in` the answer is
    `expired_token`. On approval the device gets the user's tokens, once. The SDK model
    has `code`, `redirect_uri`, `nonce`, `code_verifier` and `device_code`
    (`GrantTokenRequest`) but no caller; the grant value and the polling errors follow
    RFC 8628, as the CloudBase CLI device-flow page requires (inferred for this API).

    Differs from older guides: the refresh grant needs no Basic client authentication.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (TokenRequest):

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
