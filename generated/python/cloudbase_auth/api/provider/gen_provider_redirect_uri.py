# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.gen_provider_redirect_uri_response_type import GenProviderRedirectUriResponseType
from ...models.provider_redirect_uri_response import ProviderRedirectUriResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider_id: str,
    redirect_uri: str | Unset = UNSET,
    provider_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    response_type: GenProviderRedirectUriResponseType | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-device-id"] = x_device_id

    if not isinstance(x_request_id, Unset):
        headers["x-request-id"] = x_request_id

    params: dict[str, Any] = {}

    params["provider_id"] = provider_id

    params["redirect_uri"] = redirect_uri

    params["provider_redirect_uri"] = provider_redirect_uri

    params["state"] = state

    params["scope"] = scope

    json_response_type: str | Unset = UNSET
    if not isinstance(response_type, Unset):
        json_response_type = response_type.value

    params["response_type"] = json_response_type

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/provider/uri",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | GatewayError | ProviderRedirectUriResponse:
    if response.status_code == 200:
        response_200 = ProviderRedirectUriResponse.from_dict(response.json())

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
) -> Response[Error | Error | GatewayError | ProviderRedirectUriResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    provider_id: str,
    redirect_uri: str | Unset = UNSET,
    provider_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    response_type: GenProviderRedirectUriResponseType | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | ProviderRedirectUriResponse]:
    """Build the provider's authorisation URL that starts a third-party login

     The first leg of an OAuth/OIDC login (GitHub, Google, WeChat open platform, a custom
    OIDC provider): answers with the provider's authorisation `uri`, which carries
    `redirect_uri` and `state`. Send the user's browser there; the provider redirects back
    to `redirect_uri` with `code` and the same `state` (check it), and the code goes to
    `POST /provider/token` with the same redirect URI. `signout_uri` is the provider's
    sign-out page, when it has one.

    The official SDK also sends `other_params[<key>]=<value>` pairs (such as
    `other_params[sign_out_uri]`), which the service passes on to the provider. They are
    not declared here: the generator has no `deepObject` query support, and the emulator
    ignores them.

    Differs from the docs: `state` is optional in the docs but the official SDK always
    sends it (its model requires it); send it. The SDK's deprecated
    `provider_redirect_uri` is an alias of `redirect_uri`.

    Args:
        provider_id (str):
        redirect_uri (str | Unset):
        provider_redirect_uri (str | Unset):
        state (str | Unset):
        scope (str | Unset):
        response_type (GenProviderRedirectUriResponseType | Unset):
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | ProviderRedirectUriResponse]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        redirect_uri=redirect_uri,
        provider_redirect_uri=provider_redirect_uri,
        state=state,
        scope=scope,
        response_type=response_type,
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
    provider_id: str,
    redirect_uri: str | Unset = UNSET,
    provider_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    response_type: GenProviderRedirectUriResponseType | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | ProviderRedirectUriResponse | None:
    """Build the provider's authorisation URL that starts a third-party login

     The first leg of an OAuth/OIDC login (GitHub, Google, WeChat open platform, a custom
    OIDC provider): answers with the provider's authorisation `uri`, which carries
    `redirect_uri` and `state`. Send the user's browser there; the provider redirects back
    to `redirect_uri` with `code` and the same `state` (check it), and the code goes to
    `POST /provider/token` with the same redirect URI. `signout_uri` is the provider's
    sign-out page, when it has one.

    The official SDK also sends `other_params[<key>]=<value>` pairs (such as
    `other_params[sign_out_uri]`), which the service passes on to the provider. They are
    not declared here: the generator has no `deepObject` query support, and the emulator
    ignores them.

    Differs from the docs: `state` is optional in the docs but the official SDK always
    sends it (its model requires it); send it. The SDK's deprecated
    `provider_redirect_uri` is an alias of `redirect_uri`.

    Args:
        provider_id (str):
        redirect_uri (str | Unset):
        provider_redirect_uri (str | Unset):
        state (str | Unset):
        scope (str | Unset):
        response_type (GenProviderRedirectUriResponseType | Unset):
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | ProviderRedirectUriResponse
    """

    return sync_detailed(
        client=client,
        provider_id=provider_id,
        redirect_uri=redirect_uri,
        provider_redirect_uri=provider_redirect_uri,
        state=state,
        scope=scope,
        response_type=response_type,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    provider_id: str,
    redirect_uri: str | Unset = UNSET,
    provider_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    response_type: GenProviderRedirectUriResponseType | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | ProviderRedirectUriResponse]:
    """Build the provider's authorisation URL that starts a third-party login

     The first leg of an OAuth/OIDC login (GitHub, Google, WeChat open platform, a custom
    OIDC provider): answers with the provider's authorisation `uri`, which carries
    `redirect_uri` and `state`. Send the user's browser there; the provider redirects back
    to `redirect_uri` with `code` and the same `state` (check it), and the code goes to
    `POST /provider/token` with the same redirect URI. `signout_uri` is the provider's
    sign-out page, when it has one.

    The official SDK also sends `other_params[<key>]=<value>` pairs (such as
    `other_params[sign_out_uri]`), which the service passes on to the provider. They are
    not declared here: the generator has no `deepObject` query support, and the emulator
    ignores them.

    Differs from the docs: `state` is optional in the docs but the official SDK always
    sends it (its model requires it); send it. The SDK's deprecated
    `provider_redirect_uri` is an alias of `redirect_uri`.

    Args:
        provider_id (str):
        redirect_uri (str | Unset):
        provider_redirect_uri (str | Unset):
        state (str | Unset):
        scope (str | Unset):
        response_type (GenProviderRedirectUriResponseType | Unset):
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | ProviderRedirectUriResponse]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        redirect_uri=redirect_uri,
        provider_redirect_uri=provider_redirect_uri,
        state=state,
        scope=scope,
        response_type=response_type,
        client_id=client_id,
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    provider_id: str,
    redirect_uri: str | Unset = UNSET,
    provider_redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    response_type: GenProviderRedirectUriResponseType | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | ProviderRedirectUriResponse | None:
    """Build the provider's authorisation URL that starts a third-party login

     The first leg of an OAuth/OIDC login (GitHub, Google, WeChat open platform, a custom
    OIDC provider): answers with the provider's authorisation `uri`, which carries
    `redirect_uri` and `state`. Send the user's browser there; the provider redirects back
    to `redirect_uri` with `code` and the same `state` (check it), and the code goes to
    `POST /provider/token` with the same redirect URI. `signout_uri` is the provider's
    sign-out page, when it has one.

    The official SDK also sends `other_params[<key>]=<value>` pairs (such as
    `other_params[sign_out_uri]`), which the service passes on to the provider. They are
    not declared here: the generator has no `deepObject` query support, and the emulator
    ignores them.

    Differs from the docs: `state` is optional in the docs but the official SDK always
    sends it (its model requires it); send it. The SDK's deprecated
    `provider_redirect_uri` is an alias of `redirect_uri`.

    Args:
        provider_id (str):
        redirect_uri (str | Unset):
        provider_redirect_uri (str | Unset):
        state (str | Unset):
        scope (str | Unset):
        response_type (GenProviderRedirectUriResponseType | Unset):
        client_id (str | Unset):
        x_device_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | GatewayError | ProviderRedirectUriResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            provider_id=provider_id,
            redirect_uri=redirect_uri,
            provider_redirect_uri=provider_redirect_uri,
            state=state,
            scope=scope,
            response_type=response_type,
            client_id=client_id,
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
