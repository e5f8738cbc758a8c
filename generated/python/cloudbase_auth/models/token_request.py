# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr
from ..models.token_request_grant_type import TokenRequestGrantType

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """
    Attributes:
        grant_type (TokenRequestGrantType): The OAuth 2.0 grant.
        refresh_token (str | None): With `grant_type` `refresh_token`: the session's current refresh token (it rotates:
            each one is spent by its first use).
        username (str | None): With `grant_type` `password`: the user name, phone number (`+86 13800000000`) or email
            to sign in with.
        password (str | None): With `grant_type` `password`: the account's password, exactly as the user typed it.
        client_id (str | None): Defaults to the environment ID.
        client_secret (str | None): The SDK sends an empty string by default.
        scope (str | None): The scopes asked for, space-separated (such as `openid profile email`); left out, the
            grant's default scopes.
        code (str | None): For `authorization_code`, the code from `POST /user/authorize`.
        redirect_uri (str | None): For `authorization_code`, the same redirect URI as when the code was issued.
        code_verifier (str | None): For `authorization_code`, the PKCE verifier whose challenge was sent to `POST
            /user/authorize`.
        nonce (str | None): For `authorization_code`, copied into the `id_token` (OpenID Connect).
        device_code (str | None): For the device-code grant, from `POST /device/code`.
    """

    grant_type: TokenRequestGrantType
    refresh_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    username: str | None = None
    password: str | None = _attrs_field(default=None, repr=_secret_repr)
    client_id: str | None = None
    client_secret: str | None = _attrs_field(default=None, repr=_secret_repr)
    scope: str | None = None
    code: str | None = _attrs_field(default=None, repr=_secret_repr)
    redirect_uri: str | None = None
    code_verifier: str | None = _attrs_field(default=None, repr=_secret_repr)
    nonce: str | None = None
    device_code: str | None = _attrs_field(default=None, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        refresh_token = self.refresh_token

        username = self.username

        password = self.password

        client_id = self.client_id

        client_secret = self.client_secret

        scope = self.scope

        code = self.code

        redirect_uri = self.redirect_uri

        code_verifier = self.code_verifier

        nonce = self.nonce

        device_code = self.device_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if refresh_token is not None:
            field_dict["refresh_token"] = refresh_token
        if username is not None:
            field_dict["username"] = username
        if password is not None:
            field_dict["password"] = password
        if client_id is not None:
            field_dict["client_id"] = client_id
        if client_secret is not None:
            field_dict["client_secret"] = client_secret
        if scope is not None:
            field_dict["scope"] = scope
        if code is not None:
            field_dict["code"] = code
        if redirect_uri is not None:
            field_dict["redirect_uri"] = redirect_uri
        if code_verifier is not None:
            field_dict["code_verifier"] = code_verifier
        if nonce is not None:
            field_dict["nonce"] = nonce
        if device_code is not None:
            field_dict["device_code"] = device_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = TokenRequestGrantType(d.pop("grant_type"))

        refresh_token = d.pop("refresh_token", None)

        username = d.pop("username", None)

        password = d.pop("password", None)

        client_id = d.pop("client_id", None)

        client_secret = d.pop("client_secret", None)

        scope = d.pop("scope", None)

        code = d.pop("code", None)

        redirect_uri = d.pop("redirect_uri", None)

        code_verifier = d.pop("code_verifier", None)

        nonce = d.pop("nonce", None)

        device_code = d.pop("device_code", None)

        token_request = cls(
            grant_type=grant_type,
            refresh_token=refresh_token,
            username=username,
            password=password,
            client_id=client_id,
            client_secret=client_secret,
            scope=scope,
            code=code,
            redirect_uri=redirect_uri,
            code_verifier=code_verifier,
            nonce=nonce,
            device_code=device_code,
        )

        token_request.additional_properties = d
        return token_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
