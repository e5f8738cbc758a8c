# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.update_password_request import UpdatePasswordRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdatePasswordRequest,
    client_id: str | Unset = UNSET,
    sudo_token: str | Unset = UNSET,
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

    params["sudo_token"] = sudo_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/user/password",
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

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
    body: UpdatePasswordRequest,
    client_id: str | Unset = UNSET,
    sudo_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Empty | Error | Error | GatewayError]:
    """Change the signed-in user's password

     Sets a new password (8-64 characters with upper and lower case letters, a digit and a
    special character). Needs a `sudo_token` from `POST /user/sudo`, in the body (as the
    official SDK's `setPassword` sends `{new_password, sudo_token}`) or in the query (as
    the docs say); the local emulator accepts either. Other devices are signed out.

    Differs from the docs: the docs put `sudo_token` in the query only; the SDK sends it
    in the body only, so the query parameter is optional here.

    Differs from older guides: the older guide sends only `old_password` and
    `new_password` with no sudo step; the service requires `sudo_token`.

    Args:
        client_id (str | Unset):
        sudo_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (UpdatePasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        sudo_token=sudo_token,
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
    body: UpdatePasswordRequest,
    client_id: str | Unset = UNSET,
    sudo_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Empty | Error | Error | GatewayError | None:
    """Change the signed-in user's password

     Sets a new password (8-64 characters with upper and lower case letters, a digit and a
    special character). Needs a `sudo_token` from `POST /user/sudo`, in the body (as the
    official SDK's `setPassword` sends `{new_password, sudo_token}`) or in the query (as
    the docs say); the local emulator accepts either. Other devices are signed out.

    Differs from the docs: the docs put `sudo_token` in the query only; the SDK sends it
    in the body only, so the query parameter is optional here.

    Differs from older guides: the older guide sends only `old_password` and
    `new_password` with no sudo step; the service requires `sudo_token`.

    Args:
        client_id (str | Unset):
        sudo_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (UpdatePasswordRequest):

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
        sudo_token=sudo_token,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdatePasswordRequest,
    client_id: str | Unset = UNSET,
    sudo_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Empty | Error | Error | GatewayError]:
    """Change the signed-in user's password

     Sets a new password (8-64 characters with upper and lower case letters, a digit and a
    special character). Needs a `sudo_token` from `POST /user/sudo`, in the body (as the
    official SDK's `setPassword` sends `{new_password, sudo_token}`) or in the query (as
    the docs say); the local emulator accepts either. Other devices are signed out.

    Differs from the docs: the docs put `sudo_token` in the query only; the SDK sends it
    in the body only, so the query parameter is optional here.

    Differs from older guides: the older guide sends only `old_password` and
    `new_password` with no sudo step; the service requires `sudo_token`.

    Args:
        client_id (str | Unset):
        sudo_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (UpdatePasswordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
        client_id=client_id,
        sudo_token=sudo_token,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdatePasswordRequest,
    client_id: str | Unset = UNSET,
    sudo_token: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Empty | Error | Error | GatewayError | None:
    """Change the signed-in user's password

     Sets a new password (8-64 characters with upper and lower case letters, a digit and a
    special character). Needs a `sudo_token` from `POST /user/sudo`, in the body (as the
    official SDK's `setPassword` sends `{new_password, sudo_token}`) or in the query (as
    the docs say); the local emulator accepts either. Other devices are signed out.

    Differs from the docs: the docs put `sudo_token` in the query only; the SDK sends it
    in the body only, so the query parameter is optional here.

    Differs from older guides: the older guide sends only `old_password` and
    `new_password` with no sudo step; the service requires `sudo_token`.

    Args:
        client_id (str | Unset):
        sudo_token (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (UpdatePasswordRequest):

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
            sudo_token=sudo_token,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
