# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr
from ..models.custom_sign_in_request_provider_id import CustomSignInRequestProviderId

T = TypeVar("T", bound="CustomSignInRequest")


@_attrs_define
class CustomSignInRequest:
    """
    Attributes:
        provider_id (CustomSignInRequestProviderId): Always `custom`.
        ticket (str): The custom-login ticket your server minted for this user: `private_key_id/@@/<jwt>`, from the
            client's ticket function (or node-sdk's `createTicket`), valid 10 minutes.
    """

    provider_id: CustomSignInRequestProviderId
    ticket: str = _attrs_field(repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id.value

        ticket = self.ticket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
                "ticket": ticket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_id = CustomSignInRequestProviderId(d.pop("provider_id"))

        ticket = d.pop("ticket")

        custom_sign_in_request = cls(
            provider_id=provider_id,
            ticket=ticket,
        )

        custom_sign_in_request.additional_properties = d
        return custom_sign_in_request

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
