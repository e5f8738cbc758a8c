# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """Tokens of a session.

    Attributes:
        token_type (str): Always `Bearer`.
        access_token (str): RS256 JWT, valid `expires_in` seconds (7200).
        expires_in (int): Seconds until the access token expires.
        refresh_token (str | None): Refresh token, rotated on every refresh; absent for client credentials. Its
            lifetime
            is stated twice in the docs, differently: "The default expiration time is 31 days"
            (the token schema of the sign-up, anonymous, provider and grant-token pages;
            configurable), and 2592000 seconds (30 days) on the custom-login page. The answer
            carries no expiry of its own: a client learns of the end from `invalid_grant`. The
            emulator keeps a refresh token 2592000 seconds (30 days), the shorter of the two.
        scope (str | None): Such as `user` or `anonymous`.
        sub (str | None): The user ID.
        groups (list[str] | None): The user's groups.
        id_token (str | None): OpenID Connect ID token, when requested.
        need_weda_resource (bool | None): Whether the signed-in user needs WeDa (low-code platform) resources set up.
            Listed in
            the token answer of the grant-token reference
            (https://docs.cloudbase.net/openapi/auth/auth-grant-token: `need_weda_resource
            boolean`); its meaning is not documented (inferred from its name), nor when it is
            sent. The emulator leaves it out, and sends `true` when told to
            (`POST /emulator/v1/weda {"need_weda_resource": true}`).
    """

    token_type: str
    access_token: str = _attrs_field(repr=_secret_repr)
    expires_in: int
    refresh_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    scope: str | None = None
    sub: str | None = None
    groups: list[str] | None = None
    id_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    need_weda_resource: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        token_type = self.token_type

        access_token = self.access_token

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        scope = self.scope

        sub = self.sub

        groups: list[str] | None = None
        if self.groups is not None:
            groups = self.groups

        id_token = self.id_token

        need_weda_resource = self.need_weda_resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_type": token_type,
                "access_token": access_token,
                "expires_in": expires_in,
            }
        )
        if refresh_token is not None:
            field_dict["refresh_token"] = refresh_token
        if scope is not None:
            field_dict["scope"] = scope
        if sub is not None:
            field_dict["sub"] = sub
        if groups is not None:
            field_dict["groups"] = groups
        if id_token is not None:
            field_dict["id_token"] = id_token
        if need_weda_resource is not None:
            field_dict["need_weda_resource"] = need_weda_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_type = d.pop("token_type")

        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        refresh_token = d.pop("refresh_token", None)

        scope = d.pop("scope", None)

        sub = d.pop("sub", None)

        groups = cast(list[str], d.pop("groups", None))

        id_token = d.pop("id_token", None)

        need_weda_resource = d.pop("need_weda_resource", None)

        token_response = cls(
            token_type=token_type,
            access_token=access_token,
            expires_in=expires_in,
            refresh_token=refresh_token,
            scope=scope,
            sub=sub,
            groups=groups,
            id_token=id_token,
            need_weda_resource=need_weda_resource,
        )

        token_response.additional_properties = d
        return token_response

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
