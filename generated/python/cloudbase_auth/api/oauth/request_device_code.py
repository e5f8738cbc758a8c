# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.device_code_request import DeviceCodeRequest
from ...models.device_code_response import DeviceCodeResponse
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeviceCodeRequest | Unset = UNSET,
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
        "url": "/device/code",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceCodeResponse | Error | Error | GatewayError:
    if response.status_code == 200:
        response_200 = DeviceCodeResponse.from_dict(response.json())

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
) -> Response[DeviceCodeResponse | Error | Error | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeviceCodeRequest | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[DeviceCodeResponse | Error | Error | GatewayError]:
    """Start a device-flow sign-in (CLI, TV) and get a user code to show

     The first step of the device flow (RFC 8628), for a device that cannot show a sign-in
    form (a CLI, a TV). The answer has a secret `device_code` for the device and a short
    `user_code` (`XXXX-XXXX`) plus `verification_uri` to show to the user, who approves
    it on a phone or computer where they are signed in (`POST /user/device/authorize`).
    Meanwhile the device polls `POST /token` with
    `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval` seconds.
    The codes last `expires_in` seconds (600, and an interval of 3 s, as the CloudBase CLI
    device-flow page recommends; inferred for this API).

    Differs from the docs: the SDK's `deviceAuthorize` sends `{client_id?, scope?}` with a
    Bearer token (`withCredentials`), while the CloudBase CLI device-flow page sends only
    `{client_id}` with no Authorization, as RFC 8628 does (a TV has no session yet). Both
    are accepted: no auth, or the Bearer token of a session when there is one.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (DeviceCodeRequest | Unset): Who asks (the client) and for what (scope).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceCodeResponse | Error | Error | GatewayError]
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
    body: DeviceCodeRequest | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> DeviceCodeResponse | Error | Error | GatewayError | None:
    """Start a device-flow sign-in (CLI, TV) and get a user code to show

     The first step of the device flow (RFC 8628), for a device that cannot show a sign-in
    form (a CLI, a TV). The answer has a secret `device_code` for the device and a short
    `user_code` (`XXXX-XXXX`) plus `verification_uri` to show to the user, who approves
    it on a phone or computer where they are signed in (`POST /user/device/authorize`).
    Meanwhile the device polls `POST /token` with
    `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval` seconds.
    The codes last `expires_in` seconds (600, and an interval of 3 s, as the CloudBase CLI
    device-flow page recommends; inferred for this API).

    Differs from the docs: the SDK's `deviceAuthorize` sends `{client_id?, scope?}` with a
    Bearer token (`withCredentials`), while the CloudBase CLI device-flow page sends only
    `{client_id}` with no Authorization, as RFC 8628 does (a TV has no session yet). Both
    are accepted: no auth, or the Bearer token of a session when there is one.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (DeviceCodeRequest | Unset): Who asks (the client) and for what (scope).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceCodeResponse | Error | Error | GatewayError
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
    body: DeviceCodeRequest | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[DeviceCodeResponse | Error | Error | GatewayError]:
    """Start a device-flow sign-in (CLI, TV) and get a user code to show

     The first step of the device flow (RFC 8628), for a device that cannot show a sign-in
    form (a CLI, a TV). The answer has a secret `device_code` for the device and a short
    `user_code` (`XXXX-XXXX`) plus `verification_uri` to show to the user, who approves
    it on a phone or computer where they are signed in (`POST /user/device/authorize`).
    Meanwhile the device polls `POST /token` with
    `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval` seconds.
    The codes last `expires_in` seconds (600, and an interval of 3 s, as the CloudBase CLI
    device-flow page recommends; inferred for this API).

    Differs from the docs: the SDK's `deviceAuthorize` sends `{client_id?, scope?}` with a
    Bearer token (`withCredentials`), while the CloudBase CLI device-flow page sends only
    `{client_id}` with no Authorization, as RFC 8628 does (a TV has no session yet). Both
    are accepted: no auth, or the Bearer token of a session when there is one.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (DeviceCodeRequest | Unset): Who asks (the client) and for what (scope).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceCodeResponse | Error | Error | GatewayError]
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
    body: DeviceCodeRequest | Unset = UNSET,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> DeviceCodeResponse | Error | Error | GatewayError | None:
    """Start a device-flow sign-in (CLI, TV) and get a user code to show

     The first step of the device flow (RFC 8628), for a device that cannot show a sign-in
    form (a CLI, a TV). The answer has a secret `device_code` for the device and a short
    `user_code` (`XXXX-XXXX`) plus `verification_uri` to show to the user, who approves
    it on a phone or computer where they are signed in (`POST /user/device/authorize`).
    Meanwhile the device polls `POST /token` with
    `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval` seconds.
    The codes last `expires_in` seconds (600, and an interval of 3 s, as the CloudBase CLI
    device-flow page recommends; inferred for this API).

    Differs from the docs: the SDK's `deviceAuthorize` sends `{client_id?, scope?}` with a
    Bearer token (`withCredentials`), while the CloudBase CLI device-flow page sends only
    `{client_id}` with no Authorization, as RFC 8628 does (a TV has no session yet). Both
    are accepted: no auth, or the Bearer token of a session when there is one.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (DeviceCodeRequest | Unset): Who asks (the client) and for what (scope).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceCodeResponse | Error | Error | GatewayError
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
