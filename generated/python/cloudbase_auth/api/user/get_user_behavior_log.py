# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.user_behavior_log_response import UserBehaviorLogResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryaction: str | Unset = UNSET,
    ne_queryaction: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
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

    params["query[action]"] = queryaction

    params["ne_query[action]"] = ne_queryaction

    params["limit"] = limit

    params["page_token"] = page_token

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/security/history",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | GatewayError | UserBehaviorLogResponse:
    if response.status_code == 200:
        response_200 = UserBehaviorLogResponse.from_dict(response.json())

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
) -> Response[Error | Error | GatewayError | UserBehaviorLogResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    queryaction: str | Unset = UNSET,
    ne_queryaction: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | UserBehaviorLogResponse]:
    """List the signed-in user's sign-ins and account changes

     The user's security log, newest first: `query[action]=USER_LOGIN` lists sign-ins
    (the SDK's `type: LOGIN`), `ne_query[action]=USER_LOGIN` everything else, such as
    profile changes (the SDK's `type: MODIFY`). Without either, every entry. Page with
    `limit` and the `next_page_token` of the previous answer.

    Inferred: the SDK declares the answer as one entry `{id, ip, user_agent, client_id,
    device_id, created_at, meta{from}}`, which cannot carry a page; the envelope `{data,
    next_page_token}` and the `action` field are inferred, as are the action names other
    than `USER_LOGIN`. `meta.from` says how the user signed in (`username`, `phone`,
    `email`, `anonymous`, `custom`, or a provider ID).

    Args:
        queryaction (str | Unset):
        ne_queryaction (str | Unset):
        limit (int | Unset):
        page_token (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | UserBehaviorLogResponse]
    """

    kwargs = _get_kwargs(
        queryaction=queryaction,
        ne_queryaction=ne_queryaction,
        limit=limit,
        page_token=page_token,
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
    queryaction: str | Unset = UNSET,
    ne_queryaction: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | UserBehaviorLogResponse | None:
    """List the signed-in user's sign-ins and account changes

     The user's security log, newest first: `query[action]=USER_LOGIN` lists sign-ins
    (the SDK's `type: LOGIN`), `ne_query[action]=USER_LOGIN` everything else, such as
    profile changes (the SDK's `type: MODIFY`). Without either, every entry. Page with
    `limit` and the `next_page_token` of the previous answer.

    Inferred: the SDK declares the answer as one entry `{id, ip, user_agent, client_id,
    device_id, created_at, meta{from}}`, which cannot carry a page; the envelope `{data,
    next_page_token}` and the `action` field are inferred, as are the action names other
    than `USER_LOGIN`. `meta.from` says how the user signed in (`username`, `phone`,
    `email`, `anonymous`, `custom`, or a provider ID).

    Args:
        queryaction (str | Unset):
        ne_queryaction (str | Unset):
        limit (int | Unset):
        page_token (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | UserBehaviorLogResponse
    """

    return sync_detailed(
        client=client,
        queryaction=queryaction,
        ne_queryaction=ne_queryaction,
        limit=limit,
        page_token=page_token,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryaction: str | Unset = UNSET,
    ne_queryaction: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | UserBehaviorLogResponse]:
    """List the signed-in user's sign-ins and account changes

     The user's security log, newest first: `query[action]=USER_LOGIN` lists sign-ins
    (the SDK's `type: LOGIN`), `ne_query[action]=USER_LOGIN` everything else, such as
    profile changes (the SDK's `type: MODIFY`). Without either, every entry. Page with
    `limit` and the `next_page_token` of the previous answer.

    Inferred: the SDK declares the answer as one entry `{id, ip, user_agent, client_id,
    device_id, created_at, meta{from}}`, which cannot carry a page; the envelope `{data,
    next_page_token}` and the `action` field are inferred, as are the action names other
    than `USER_LOGIN`. `meta.from` says how the user signed in (`username`, `phone`,
    `email`, `anonymous`, `custom`, or a provider ID).

    Args:
        queryaction (str | Unset):
        ne_queryaction (str | Unset):
        limit (int | Unset):
        page_token (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | UserBehaviorLogResponse]
    """

    kwargs = _get_kwargs(
        queryaction=queryaction,
        ne_queryaction=ne_queryaction,
        limit=limit,
        page_token=page_token,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    queryaction: str | Unset = UNSET,
    ne_queryaction: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | UserBehaviorLogResponse | None:
    """List the signed-in user's sign-ins and account changes

     The user's security log, newest first: `query[action]=USER_LOGIN` lists sign-ins
    (the SDK's `type: LOGIN`), `ne_query[action]=USER_LOGIN` everything else, such as
    profile changes (the SDK's `type: MODIFY`). Without either, every entry. Page with
    `limit` and the `next_page_token` of the previous answer.

    Inferred: the SDK declares the answer as one entry `{id, ip, user_agent, client_id,
    device_id, created_at, meta{from}}`, which cannot carry a page; the envelope `{data,
    next_page_token}` and the `action` field are inferred, as are the action names other
    than `USER_LOGIN`. `meta.from` says how the user signed in (`username`, `phone`,
    `email`, `anonymous`, `custom`, or a provider ID).

    Args:
        queryaction (str | Unset):
        ne_queryaction (str | Unset):
        limit (int | Unset):
        page_token (str | Unset):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | UserBehaviorLogResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            queryaction=queryaction,
            ne_queryaction=ne_queryaction,
            limit=limit,
            page_token=page_token,
            client_id=client_id,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
