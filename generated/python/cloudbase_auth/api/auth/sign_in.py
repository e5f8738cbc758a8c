# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.sign_in_request import SignInRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SignInRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_device_id, Unset):
        headers["x-device-id"] = x_device_id

    if not isinstance(x_request_id, Unset):
        headers["x-request-id"] = x_request_id

    if not isinstance(x_captcha_token, Unset):
        headers["x-captcha-token"] = x_captcha_token

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["captcha_token"] = captcha_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/signin",
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
    body: SignInRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Sign in with a password or a verification token

     Signs a user in with `username` + `password`, or with a `verification_token` from
    `POST /verification/verify` (send the phone number or email as `username` alongside
    it). The username may be a user name, a phone number (`+86 13800000000`) or an email.
    The response carries tokens and the user ID (`sub`), not the profile: call
    `GET /user/me` for that.

    After repeated failed sign-ins from one device the service answers `captcha_required`:
    solve a captcha (`POST /captcha/data`, then `POST /captcha/data/verify`) and retry the
    same call with its `captcha_token` (query, as the SDK sends it, or the
    `x-captcha-token` header). A captcha token unlocks one call.

    Differs from older guides: no Basic client authentication is needed (the older guide
    adds `-u clientId:clientSecret` to every call), and the response does not include
    user info.

    Args:
        client_id (str | Unset):
        captcha_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        x_captcha_token (str | Unset):
        body (SignInRequest): Either `username` + `password`, or `verification_token` (with the
            phone number or email as `username`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        captcha_token=captcha_token,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
        x_captcha_token=x_captcha_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SignInRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Sign in with a password or a verification token

     Signs a user in with `username` + `password`, or with a `verification_token` from
    `POST /verification/verify` (send the phone number or email as `username` alongside
    it). The username may be a user name, a phone number (`+86 13800000000`) or an email.
    The response carries tokens and the user ID (`sub`), not the profile: call
    `GET /user/me` for that.

    After repeated failed sign-ins from one device the service answers `captcha_required`:
    solve a captcha (`POST /captcha/data`, then `POST /captcha/data/verify`) and retry the
    same call with its `captcha_token` (query, as the SDK sends it, or the
    `x-captcha-token` header). A captcha token unlocks one call.

    Differs from older guides: no Basic client authentication is needed (the older guide
    adds `-u clientId:clientSecret` to every call), and the response does not include
    user info.

    Args:
        client_id (str | Unset):
        captcha_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        x_captcha_token (str | Unset):
        body (SignInRequest): Either `username` + `password`, or `verification_token` (with the
            phone number or email as `username`).

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
        captcha_token=captcha_token,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
        x_captcha_token=x_captcha_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SignInRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Sign in with a password or a verification token

     Signs a user in with `username` + `password`, or with a `verification_token` from
    `POST /verification/verify` (send the phone number or email as `username` alongside
    it). The username may be a user name, a phone number (`+86 13800000000`) or an email.
    The response carries tokens and the user ID (`sub`), not the profile: call
    `GET /user/me` for that.

    After repeated failed sign-ins from one device the service answers `captcha_required`:
    solve a captcha (`POST /captcha/data`, then `POST /captcha/data/verify`) and retry the
    same call with its `captcha_token` (query, as the SDK sends it, or the
    `x-captcha-token` header). A captcha token unlocks one call.

    Differs from older guides: no Basic client authentication is needed (the older guide
    adds `-u clientId:clientSecret` to every call), and the response does not include
    user info.

    Args:
        client_id (str | Unset):
        captcha_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        x_captcha_token (str | Unset):
        body (SignInRequest): Either `username` + `password`, or `verification_token` (with the
            phone number or email as `username`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        captcha_token=captcha_token,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
        x_captcha_token=x_captcha_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SignInRequest,
    client_id: str | Unset = UNSET,
    captcha_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    x_captcha_token: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Sign in with a password or a verification token

     Signs a user in with `username` + `password`, or with a `verification_token` from
    `POST /verification/verify` (send the phone number or email as `username` alongside
    it). The username may be a user name, a phone number (`+86 13800000000`) or an email.
    The response carries tokens and the user ID (`sub`), not the profile: call
    `GET /user/me` for that.

    After repeated failed sign-ins from one device the service answers `captcha_required`:
    solve a captcha (`POST /captcha/data`, then `POST /captcha/data/verify`) and retry the
    same call with its `captcha_token` (query, as the SDK sends it, or the
    `x-captcha-token` header). A captcha token unlocks one call.

    Differs from older guides: no Basic client authentication is needed (the older guide
    adds `-u clientId:clientSecret` to every call), and the response does not include
    user info.

    Args:
        client_id (str | Unset):
        captcha_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        x_captcha_token (str | Unset):
        body (SignInRequest): Either `username` + `password`, or `verification_token` (with the
            phone number or email as `username`).

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
            captcha_token=captcha_token,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
            x_captcha_token=x_captcha_token,
        )
    ).parsed
