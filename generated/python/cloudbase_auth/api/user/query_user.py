# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.query_user_response import QueryUserResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
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

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params["username"] = username

    params["email"] = email

    params["phone_number"] = phone_number

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/query",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | GatewayError | QueryUserResponse:
    if response.status_code == 200:
        response_200 = QueryUserResponse.from_dict(response.json())

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
) -> Response[Error | Error | GatewayError | QueryUserResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | QueryUserResponse]:
    """Look users up by ID, username, email or phone number

     Finds users by `id` (one or more user IDs), `username`, `email` or `phone_number`.
    Every criterion given must match; no match is `{total: 0, data: []}`, not an error.
    This is the user lookup of the `/auth/v1` API: a backend calls it with the
    administrator token from `POST /token/clientCredential`.

    Who may call it is inferred: the browser SDK (`auth.queryUser`) sends the signed-in
    user's Bearer token, so a user token is accepted; anonymous users are refused
    (`permission_denied`), and `email` and `phone_number` are returned only to an
    administrator token or for the caller's own account (an inference, on privacy
    grounds). The response shape is the SDK's `QueryUserProfileResponse`.

    `id` is an array: the official client serialises it as one comma-separated value
    (`id=a%2Cb`, from its `MyURLSearchParams`), and repeating the parameter
    (`id=a&id=b`, what the generated Python client sends) is accepted too (inferred).

    Args:
        id (list[str] | Unset):
        username (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | QueryUserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        username=username,
        email=email,
        phone_number=phone_number,
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
    id: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | QueryUserResponse | None:
    """Look users up by ID, username, email or phone number

     Finds users by `id` (one or more user IDs), `username`, `email` or `phone_number`.
    Every criterion given must match; no match is `{total: 0, data: []}`, not an error.
    This is the user lookup of the `/auth/v1` API: a backend calls it with the
    administrator token from `POST /token/clientCredential`.

    Who may call it is inferred: the browser SDK (`auth.queryUser`) sends the signed-in
    user's Bearer token, so a user token is accepted; anonymous users are refused
    (`permission_denied`), and `email` and `phone_number` are returned only to an
    administrator token or for the caller's own account (an inference, on privacy
    grounds). The response shape is the SDK's `QueryUserProfileResponse`.

    `id` is an array: the official client serialises it as one comma-separated value
    (`id=a%2Cb`, from its `MyURLSearchParams`), and repeating the parameter
    (`id=a&id=b`, what the generated Python client sends) is accepted too (inferred).

    Args:
        id (list[str] | Unset):
        username (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | QueryUserResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        username=username,
        email=email,
        phone_number=phone_number,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | QueryUserResponse]:
    """Look users up by ID, username, email or phone number

     Finds users by `id` (one or more user IDs), `username`, `email` or `phone_number`.
    Every criterion given must match; no match is `{total: 0, data: []}`, not an error.
    This is the user lookup of the `/auth/v1` API: a backend calls it with the
    administrator token from `POST /token/clientCredential`.

    Who may call it is inferred: the browser SDK (`auth.queryUser`) sends the signed-in
    user's Bearer token, so a user token is accepted; anonymous users are refused
    (`permission_denied`), and `email` and `phone_number` are returned only to an
    administrator token or for the caller's own account (an inference, on privacy
    grounds). The response shape is the SDK's `QueryUserProfileResponse`.

    `id` is an array: the official client serialises it as one comma-separated value
    (`id=a%2Cb`, from its `MyURLSearchParams`), and repeating the parameter
    (`id=a&id=b`, what the generated Python client sends) is accepted too (inferred).

    Args:
        id (list[str] | Unset):
        username (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | QueryUserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        username=username,
        email=email,
        phone_number=phone_number,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: list[str] | Unset = UNSET,
    username: str | Unset = UNSET,
    email: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | QueryUserResponse | None:
    """Look users up by ID, username, email or phone number

     Finds users by `id` (one or more user IDs), `username`, `email` or `phone_number`.
    Every criterion given must match; no match is `{total: 0, data: []}`, not an error.
    This is the user lookup of the `/auth/v1` API: a backend calls it with the
    administrator token from `POST /token/clientCredential`.

    Who may call it is inferred: the browser SDK (`auth.queryUser`) sends the signed-in
    user's Bearer token, so a user token is accepted; anonymous users are refused
    (`permission_denied`), and `email` and `phone_number` are returned only to an
    administrator token or for the caller's own account (an inference, on privacy
    grounds). The response shape is the SDK's `QueryUserProfileResponse`.

    `id` is an array: the official client serialises it as one comma-separated value
    (`id=a%2Cb`, from its `MyURLSearchParams`), and repeating the parameter
    (`id=a&id=b`, what the generated Python client sends) is accepted too (inferred).

    Args:
        id (list[str] | Unset):
        username (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | QueryUserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            username=username,
            email=email,
            phone_number=phone_number,
            client_id=client_id,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
