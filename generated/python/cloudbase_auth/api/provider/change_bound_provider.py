# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.change_bound_provider_request import ChangeBoundProviderRequest
from ...models.change_bound_provider_response import ChangeBoundProviderResponse
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    provider_id: str,
    *,
    body: ChangeBoundProviderRequest,
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
        "url": "/user/provider/{provider_id}/trans".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChangeBoundProviderResponse | Error | Error | GatewayError:
    if response.status_code == 200:
        response_200 = ChangeBoundProviderResponse.from_dict(response.json())

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
) -> Response[ChangeBoundProviderResponse | Error | Error | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient,
    body: ChangeBoundProviderRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[ChangeBoundProviderResponse | Error | Error | GatewayError]:
    """Replace the signed-in user's identity of one provider

     Changes which identity of `provider_id` the signed-in user is bound to: the identity
    behind `provider_trans_token` (a provider token of that provider, from
    `POST /provider/token`) replaces the current one, and is taken from the account it
    was bound to, if any. Answers with the client ID of the session.

    Inferred: the official SDK (`changeBoundProvider`) shows the request and the
    `{client_id}` answer only; where the trans token comes from and the replace semantics
    are this document's reading.

    Args:
        provider_id (str):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ChangeBoundProviderRequest): The identity that replaces the current one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeBoundProviderResponse | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
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
    provider_id: str,
    *,
    client: AuthenticatedClient,
    body: ChangeBoundProviderRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> ChangeBoundProviderResponse | Error | Error | GatewayError | None:
    """Replace the signed-in user's identity of one provider

     Changes which identity of `provider_id` the signed-in user is bound to: the identity
    behind `provider_trans_token` (a provider token of that provider, from
    `POST /provider/token`) replaces the current one, and is taken from the account it
    was bound to, if any. Answers with the client ID of the session.

    Inferred: the official SDK (`changeBoundProvider`) shows the request and the
    `{client_id}` answer only; where the trans token comes from and the replace semantics
    are this document's reading.

    Args:
        provider_id (str):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ChangeBoundProviderRequest): The identity that replaces the current one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeBoundProviderResponse | Error | Error | GatewayError
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
        body=body,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient,
    body: ChangeBoundProviderRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[ChangeBoundProviderResponse | Error | Error | GatewayError]:
    """Replace the signed-in user's identity of one provider

     Changes which identity of `provider_id` the signed-in user is bound to: the identity
    behind `provider_trans_token` (a provider token of that provider, from
    `POST /provider/token`) replaces the current one, and is taken from the account it
    was bound to, if any. Answers with the client ID of the session.

    Inferred: the official SDK (`changeBoundProvider`) shows the request and the
    `{client_id}` answer only; where the trans token comes from and the replace semantics
    are this document's reading.

    Args:
        provider_id (str):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ChangeBoundProviderRequest): The identity that replaces the current one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeBoundProviderResponse | Error | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient,
    body: ChangeBoundProviderRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> ChangeBoundProviderResponse | Error | Error | GatewayError | None:
    """Replace the signed-in user's identity of one provider

     Changes which identity of `provider_id` the signed-in user is bound to: the identity
    behind `provider_trans_token` (a provider token of that provider, from
    `POST /provider/token`) replaces the current one, and is taken from the account it
    was bound to, if any. Answers with the client ID of the session.

    Inferred: the official SDK (`changeBoundProvider`) shows the request and the
    `{client_id}` answer only; where the trans token comes from and the replace semantics
    are this document's reading.

    Args:
        provider_id (str):
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ChangeBoundProviderRequest): The identity that replaces the current one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeBoundProviderResponse | Error | Error | GatewayError
    """

    return (
        await asyncio_detailed(
            provider_id=provider_id,
            client=client,
            body=body,
            client_id=client_id,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
