# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from ..models.client_credential_request_grant_type import ClientCredentialRequestGrantType

T = TypeVar("T", bound="ClientCredentialRequest")


@_attrs_define
class ClientCredentialRequest:
    """The body node-sdk sends to `POST /token/clientCredential`.

    Attributes:
        grant_type (ClientCredentialRequestGrantType): Always `client_credentials`.
    """

    grant_type: ClientCredentialRequestGrantType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = ClientCredentialRequestGrantType(d.pop("grant_type"))

        client_credential_request = cls(
            grant_type=grant_type,
        )

        client_credential_request.additional_properties = d
        return client_credential_request

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
