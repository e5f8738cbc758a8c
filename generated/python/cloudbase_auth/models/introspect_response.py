# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="IntrospectResponse")


@_attrs_define
class IntrospectResponse:
    """Empty when the token is not valid.

    Attributes:
        token_type (str | None): `Bearer` for an access token.
        client_id (str | None): The client (environment) the token was issued to.
        sub (str | None): The user ID the token belongs to.
        scope (str | None): The scopes the token grants, space-separated.
    """

    token_type: str | None = None
    client_id: str | None = None
    sub: str | None = None
    scope: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        token_type = self.token_type

        client_id = self.client_id

        sub = self.sub

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_type is not None:
            field_dict["token_type"] = token_type
        if client_id is not None:
            field_dict["client_id"] = client_id
        if sub is not None:
            field_dict["sub"] = sub
        if scope is not None:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_type = d.pop("token_type", None)

        client_id = d.pop("client_id", None)

        sub = d.pop("sub", None)

        scope = d.pop("scope", None)

        introspect_response = cls(
            token_type=token_type,
            client_id=client_id,
            sub=sub,
            scope=scope,
        )

        introspect_response.additional_properties = d
        return introspect_response

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
