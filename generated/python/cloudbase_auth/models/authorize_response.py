# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="AuthorizeResponse")


@_attrs_define
class AuthorizeResponse:
    """The authorization code (the SDK model also lists token fields, for an implicit flow not covered here).

    Attributes:
        code (str | None): One-time code for `POST /token` (`grant_type=authorization_code`).
        state (str | None): The request's `state`.
        scope (str | None): The scopes granted.
        expires_in (int | None): Seconds the code stays valid.
        access_token (str | None): Implicit flow only (SDK model; not covered).
        id_token (str | None): Implicit flow only (SDK model; not covered).
        token_type (str | None): Implicit flow only (SDK model; not covered).
    """

    code: str | None = _attrs_field(default=None, repr=_secret_repr)
    state: str | None = None
    scope: str | None = None
    expires_in: int | None = None
    access_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    id_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    token_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        state = self.state

        scope = self.scope

        expires_in = self.expires_in

        access_token = self.access_token

        id_token = self.id_token

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not None:
            field_dict["code"] = code
        if state is not None:
            field_dict["state"] = state
        if scope is not None:
            field_dict["scope"] = scope
        if expires_in is not None:
            field_dict["expires_in"] = expires_in
        if access_token is not None:
            field_dict["access_token"] = access_token
        if id_token is not None:
            field_dict["id_token"] = id_token
        if token_type is not None:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", None)

        state = d.pop("state", None)

        scope = d.pop("scope", None)

        expires_in = d.pop("expires_in", None)

        access_token = d.pop("access_token", None)

        id_token = d.pop("id_token", None)

        token_type = d.pop("token_type", None)

        authorize_response = cls(
            code=code,
            state=state,
            scope=scope,
            expires_in=expires_in,
            access_token=access_token,
            id_token=id_token,
            token_type=token_type,
        )

        authorize_response.additional_properties = d
        return authorize_response

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
