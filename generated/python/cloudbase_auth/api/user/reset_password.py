# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.reset_password_request import ResetPasswordRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ResetPasswordRequest,
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
        "url": "/reset",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Empty | Error | Error | GatewayError:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

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
) -> Response[Empty | Error | Error | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ResetPasswordRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Empty | Error | Error | GatewayError]:
    """Reset a forgotten password with a verification token

     Sets a new password for the account that owns the phone number or email a
    `verification_token` was issued for, and signs that account out everywhere. No
    sign-in is needed. The official SDK (`resetPasswordForEmail`) sends the code with
    `POST /verification` without `usage` or `target`, verifies it, then sends
    `{email or phone_number, new_password, verification_token}` here; a phone number may
    come without the `+86 ` prefix. `usage: PASSWORD_RESET` on the code is accepted but not
    needed.

    Differs from the docs: an older docs render lists Basic client authentication; the SDK
    sends none (only `?client_id=`).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ResetPasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | Error | Error | GatewayError]
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
    body: ResetPasswordRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Empty | Error | Error | GatewayError | None:
    """Reset a forgotten password with a verification token

     Sets a new password for the account that owns the phone number or email a
    `verification_token` was issued for, and signs that account out everywhere. No
    sign-in is needed. The official SDK (`resetPasswordForEmail`) sends the code with
    `POST /verification` without `usage` or `target`, verifies it, then sends
    `{email or phone_number, new_password, verification_token}` here; a phone number may
    come without the `+86 ` prefix. `usage: PASSWORD_RESET` on the code is accepted but not
    needed.

    Differs from the docs: an older docs render lists Basic client authentication; the SDK
    sends none (only `?client_id=`).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ResetPasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | Error | Error | GatewayError
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
    body: ResetPasswordRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Empty | Error | Error | GatewayError]:
    """Reset a forgotten password with a verification token

     Sets a new password for the account that owns the phone number or email a
    `verification_token` was issued for, and signs that account out everywhere. No
    sign-in is needed. The official SDK (`resetPasswordForEmail`) sends the code with
    `POST /verification` without `usage` or `target`, verifies it, then sends
    `{email or phone_number, new_password, verification_token}` here; a phone number may
    come without the `+86 ` prefix. `usage: PASSWORD_RESET` on the code is accepted but not
    needed.

    Differs from the docs: an older docs render lists Basic client authentication; the SDK
    sends none (only `?client_id=`).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ResetPasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | Error | Error | GatewayError]
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
    body: ResetPasswordRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Empty | Error | Error | GatewayError | None:
    """Reset a forgotten password with a verification token

     Sets a new password for the account that owns the phone number or email a
    `verification_token` was issued for, and signs that account out everywhere. No
    sign-in is needed. The official SDK (`resetPasswordForEmail`) sends the code with
    `POST /verification` without `usage` or `target`, verifies it, then sends
    `{email or phone_number, new_password, verification_token}` here; a phone number may
    come without the `+86 ` prefix. `usage: PASSWORD_RESET` on the code is accepted but not
    needed.

    Differs from the docs: an older docs render lists Basic client authentication; the SDK
    sends none (only `?client_id=`).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ResetPasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | Error | Error | GatewayError
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
