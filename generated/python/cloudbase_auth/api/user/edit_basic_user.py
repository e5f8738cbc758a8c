# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.edit_basic_user_request import EditBasicUserRequest
from ...models.empty import Empty
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EditBasicUserRequest,
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
        "url": "/user/basic/edit",
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
    body: EditBasicUserRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Empty | Error | Error | GatewayError]:
    """Edit the signed-in user's basic profile

     Changes the nickname, username, description, avatar, gender, email or phone number of
    the signed-in user. Only the fields sent change.

    An email or phone number changes only when that exact address was verified through
    `POST /verification` and `POST /verification/verify` shortly before (the SDK's
    `updateUser` sends the code, verifies it, then calls this); otherwise use
    `PATCH /user/contact`, which also handles an address that another account owns.

    `password` (the old one) with `new_password` changes the password (the SDK's model
    `ModifyUserBasicInfoRequest`). `user_id` edits another user and needs an
    administrator token (docs: "requires administrator privileges when modifying other
    users' information"). The SDK's `modifyPassword` also sends an encrypted variant
    `{user_id, encrypt_password, encrypt_new_password, public_key_thumbprint}` (RSA with
    the key of `POST /v2/signin/publichkey`); that variant exists but is not covered here.

    Differs from older guides: profile edits go here; `PATCH /user/me` does not exist.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (EditBasicUserRequest): The fields to change; fields left out stay as they are.

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
    body: EditBasicUserRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Empty | Error | Error | GatewayError | None:
    """Edit the signed-in user's basic profile

     Changes the nickname, username, description, avatar, gender, email or phone number of
    the signed-in user. Only the fields sent change.

    An email or phone number changes only when that exact address was verified through
    `POST /verification` and `POST /verification/verify` shortly before (the SDK's
    `updateUser` sends the code, verifies it, then calls this); otherwise use
    `PATCH /user/contact`, which also handles an address that another account owns.

    `password` (the old one) with `new_password` changes the password (the SDK's model
    `ModifyUserBasicInfoRequest`). `user_id` edits another user and needs an
    administrator token (docs: "requires administrator privileges when modifying other
    users' information"). The SDK's `modifyPassword` also sends an encrypted variant
    `{user_id, encrypt_password, encrypt_new_password, public_key_thumbprint}` (RSA with
    the key of `POST /v2/signin/publichkey`); that variant exists but is not covered here.

    Differs from older guides: profile edits go here; `PATCH /user/me` does not exist.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (EditBasicUserRequest): The fields to change; fields left out stay as they are.

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
    body: EditBasicUserRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Empty | Error | Error | GatewayError]:
    """Edit the signed-in user's basic profile

     Changes the nickname, username, description, avatar, gender, email or phone number of
    the signed-in user. Only the fields sent change.

    An email or phone number changes only when that exact address was verified through
    `POST /verification` and `POST /verification/verify` shortly before (the SDK's
    `updateUser` sends the code, verifies it, then calls this); otherwise use
    `PATCH /user/contact`, which also handles an address that another account owns.

    `password` (the old one) with `new_password` changes the password (the SDK's model
    `ModifyUserBasicInfoRequest`). `user_id` edits another user and needs an
    administrator token (docs: "requires administrator privileges when modifying other
    users' information"). The SDK's `modifyPassword` also sends an encrypted variant
    `{user_id, encrypt_password, encrypt_new_password, public_key_thumbprint}` (RSA with
    the key of `POST /v2/signin/publichkey`); that variant exists but is not covered here.

    Differs from older guides: profile edits go here; `PATCH /user/me` does not exist.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (EditBasicUserRequest): The fields to change; fields left out stay as they are.

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
    body: EditBasicUserRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Empty | Error | Error | GatewayError | None:
    """Edit the signed-in user's basic profile

     Changes the nickname, username, description, avatar, gender, email or phone number of
    the signed-in user. Only the fields sent change.

    An email or phone number changes only when that exact address was verified through
    `POST /verification` and `POST /verification/verify` shortly before (the SDK's
    `updateUser` sends the code, verifies it, then calls this); otherwise use
    `PATCH /user/contact`, which also handles an address that another account owns.

    `password` (the old one) with `new_password` changes the password (the SDK's model
    `ModifyUserBasicInfoRequest`). `user_id` edits another user and needs an
    administrator token (docs: "requires administrator privileges when modifying other
    users' information"). The SDK's `modifyPassword` also sends an encrypted variant
    `{user_id, encrypt_password, encrypt_new_password, public_key_thumbprint}` (RSA with
    the key of `POST /v2/signin/publichkey`); that variant exists but is not covered here.

    Differs from older guides: profile edits go here; `PATCH /user/me` does not exist.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (EditBasicUserRequest): The fields to change; fields left out stay as they are.

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
