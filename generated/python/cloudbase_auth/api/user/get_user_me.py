# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.user_profile import UserProfile
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
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
        "method": "get",
        "url": "/user/me",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | GatewayError | UserProfile:
    if response.status_code == 200:
        response_200 = UserProfile.from_dict(response.json())

        return response_200

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
) -> Response[Error | Error | GatewayError | UserProfile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | UserProfile]:
    """Read the signed-in user's profile

     The profile of the user the Bearer token belongs to. Fields follow the docs' list
    (`sub`, `user_id`, `name`, `picture`, `username`, `email`, `phone_number`, `gender`,
    `status`, `has_password`, `providers`, `groups`, `type`, `internal_user_type`,
    `user_source`, `user_desc`, `last_login`, `meta`, the timestamps) and the official
    SDK's `UserProfile` model (`email_verified`, `locale`, `birthdate`, `zoneinfo`,
    `created_from`). Fields without a value are left out. The SDK may append arbitrary
    query parameters (`getUserInfo({query})`); the service ignores unknown ones.

    Differs from the docs: the docs call the self-description `user_desc`, while
    `POST /user/basic/edit` takes it as `description`; this document lists both in the
    answer (`description` is not in the docs' list: inferred, kept for older clients).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | UserProfile]
    """

    kwargs = _get_kwargs(
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
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | UserProfile | None:
    """Read the signed-in user's profile

     The profile of the user the Bearer token belongs to. Fields follow the docs' list
    (`sub`, `user_id`, `name`, `picture`, `username`, `email`, `phone_number`, `gender`,
    `status`, `has_password`, `providers`, `groups`, `type`, `internal_user_type`,
    `user_source`, `user_desc`, `last_login`, `meta`, the timestamps) and the official
    SDK's `UserProfile` model (`email_verified`, `locale`, `birthdate`, `zoneinfo`,
    `created_from`). Fields without a value are left out. The SDK may append arbitrary
    query parameters (`getUserInfo({query})`); the service ignores unknown ones.

    Differs from the docs: the docs call the self-description `user_desc`, while
    `POST /user/basic/edit` takes it as `description`; this document lists both in the
    answer (`description` is not in the docs' list: inferred, kept for older clients).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | UserProfile
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | UserProfile]:
    """Read the signed-in user's profile

     The profile of the user the Bearer token belongs to. Fields follow the docs' list
    (`sub`, `user_id`, `name`, `picture`, `username`, `email`, `phone_number`, `gender`,
    `status`, `has_password`, `providers`, `groups`, `type`, `internal_user_type`,
    `user_source`, `user_desc`, `last_login`, `meta`, the timestamps) and the official
    SDK's `UserProfile` model (`email_verified`, `locale`, `birthdate`, `zoneinfo`,
    `created_from`). Fields without a value are left out. The SDK may append arbitrary
    query parameters (`getUserInfo({query})`); the service ignores unknown ones.

    Differs from the docs: the docs call the self-description `user_desc`, while
    `POST /user/basic/edit` takes it as `description`; this document lists both in the
    answer (`description` is not in the docs' list: inferred, kept for older clients).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | UserProfile]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | UserProfile | None:
    """Read the signed-in user's profile

     The profile of the user the Bearer token belongs to. Fields follow the docs' list
    (`sub`, `user_id`, `name`, `picture`, `username`, `email`, `phone_number`, `gender`,
    `status`, `has_password`, `providers`, `groups`, `type`, `internal_user_type`,
    `user_source`, `user_desc`, `last_login`, `meta`, the timestamps) and the official
    SDK's `UserProfile` model (`email_verified`, `locale`, `birthdate`, `zoneinfo`,
    `created_from`). Fields without a value are left out. The SDK may append arbitrary
    query parameters (`getUserInfo({query})`); the service ignores unknown ones.

    Differs from the docs: the docs call the self-description `user_desc`, while
    `POST /user/basic/edit` takes it as `description`; this document lists both in the
    answer (`description` is not in the docs' list: inferred, kept for older clients).

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | UserProfile
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
