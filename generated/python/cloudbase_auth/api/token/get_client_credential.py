# generated from spec/auth-v1.yaml by authgen, do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.client_credential_request import ClientCredentialRequest
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ClientCredentialRequest,
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
        "url": "/token/clientCredential",
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
    body: ClientCredentialRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Get an administrator token with a TC3-signed request (server side)

     The administrator access token the server SDKs use (`@cloudbase/node-sdk`
    `auth().getClientCredential()`): a backend with the environment's API key pair
    (SecretId, SecretKey, from the Tencent Cloud console) signs this request with
    TC3-HMAC-SHA256 (service `tcb`; see the `tc3Signature` security scheme) and gets an
    access token with `scope: admin`, valid 432000 s, with no refresh token. Send it as
    `Authorization: Bearer` to administrator calls such as `GET /user/query`. Keep the key
    pair on the server: it never goes to a browser or app. A signature older than 300
    seconds, one made with another key or over another body is refused (`invalid_client`;
    the 300-second window and the error name are inferred, as no page documents the
    answer to a bad or old signature; the 432000 s lifetime is second-hand). The
    node-sdk alternative, `Authorization: Bearer <accessKey>` (an environment API key
    configured as `accessKey`), is accepted too; node-sdk itself skips this call then and
    uses the access key directly as the token.

    Differs from the docs: the docs describe the administrator token as
    `POST /token` with `grant_type=client_credentials` and Basic `SecretId:SecretKey`;
    both server SDKs call this path with a TC3 signature instead, and the spec accepts what
    they send.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ClientCredentialRequest): The body node-sdk sends to `POST /token/clientCredential`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | TokenResponse]
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
    body: ClientCredentialRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Get an administrator token with a TC3-signed request (server side)

     The administrator access token the server SDKs use (`@cloudbase/node-sdk`
    `auth().getClientCredential()`): a backend with the environment's API key pair
    (SecretId, SecretKey, from the Tencent Cloud console) signs this request with
    TC3-HMAC-SHA256 (service `tcb`; see the `tc3Signature` security scheme) and gets an
    access token with `scope: admin`, valid 432000 s, with no refresh token. Send it as
    `Authorization: Bearer` to administrator calls such as `GET /user/query`. Keep the key
    pair on the server: it never goes to a browser or app. A signature older than 300
    seconds, one made with another key or over another body is refused (`invalid_client`;
    the 300-second window and the error name are inferred, as no page documents the
    answer to a bad or old signature; the 432000 s lifetime is second-hand). The
    node-sdk alternative, `Authorization: Bearer <accessKey>` (an environment API key
    configured as `accessKey`), is accepted too; node-sdk itself skips this call then and
    uses the access key directly as the token.

    Differs from the docs: the docs describe the administrator token as
    `POST /token` with `grant_type=client_credentials` and Basic `SecretId:SecretKey`;
    both server SDKs call this path with a TC3 signature instead, and the spec accepts what
    they send.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ClientCredentialRequest): The body node-sdk sends to `POST /token/clientCredential`.

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
        x_device_id=x_device_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClientCredentialRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[Error | Error | GatewayError | TokenResponse]:
    """Get an administrator token with a TC3-signed request (server side)

     The administrator access token the server SDKs use (`@cloudbase/node-sdk`
    `auth().getClientCredential()`): a backend with the environment's API key pair
    (SecretId, SecretKey, from the Tencent Cloud console) signs this request with
    TC3-HMAC-SHA256 (service `tcb`; see the `tc3Signature` security scheme) and gets an
    access token with `scope: admin`, valid 432000 s, with no refresh token. Send it as
    `Authorization: Bearer` to administrator calls such as `GET /user/query`. Keep the key
    pair on the server: it never goes to a browser or app. A signature older than 300
    seconds, one made with another key or over another body is refused (`invalid_client`;
    the 300-second window and the error name are inferred, as no page documents the
    answer to a bad or old signature; the 432000 s lifetime is second-hand). The
    node-sdk alternative, `Authorization: Bearer <accessKey>` (an environment API key
    configured as `accessKey`), is accepted too; node-sdk itself skips this call then and
    uses the access key directly as the token.

    Differs from the docs: the docs describe the administrator token as
    `POST /token` with `grant_type=client_credentials` and Basic `SecretId:SecretKey`;
    both server SDKs call this path with a TC3 signature instead, and the spec accepts what
    they send.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ClientCredentialRequest): The body node-sdk sends to `POST /token/clientCredential`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | GatewayError | TokenResponse]
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
    body: ClientCredentialRequest,
    client_id: str | Unset = UNSET,
    x_device_id: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Error | Error | GatewayError | TokenResponse | None:
    """Get an administrator token with a TC3-signed request (server side)

     The administrator access token the server SDKs use (`@cloudbase/node-sdk`
    `auth().getClientCredential()`): a backend with the environment's API key pair
    (SecretId, SecretKey, from the Tencent Cloud console) signs this request with
    TC3-HMAC-SHA256 (service `tcb`; see the `tc3Signature` security scheme) and gets an
    access token with `scope: admin`, valid 432000 s, with no refresh token. Send it as
    `Authorization: Bearer` to administrator calls such as `GET /user/query`. Keep the key
    pair on the server: it never goes to a browser or app. A signature older than 300
    seconds, one made with another key or over another body is refused (`invalid_client`;
    the 300-second window and the error name are inferred, as no page documents the
    answer to a bad or old signature; the 432000 s lifetime is second-hand). The
    node-sdk alternative, `Authorization: Bearer <accessKey>` (an environment API key
    configured as `accessKey`), is accepted too; node-sdk itself skips this call then and
    uses the access key directly as the token.

    Differs from the docs: the docs describe the administrator token as
    `POST /token` with `grant_type=client_credentials` and Basic `SecretId:SecretKey`;
    both server SDKs call this path with a TC3 signature instead, and the spec accepts what
    they send.

    Args:
        client_id (str | Unset):
        x_device_id (str | Unset):
        x_request_id (str | Unset):
        body (ClientCredentialRequest): The body node-sdk sends to `POST /token/clientCredential`.

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
            x_device_id=x_device_id,
            x_request_id=x_request_id,
        )
    ).parsed
