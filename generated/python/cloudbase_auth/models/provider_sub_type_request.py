# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="ProviderSubTypeRequest")


@_attrs_define
class ProviderSubTypeRequest:
    """Always `{provider_id: weda}`.

    Attributes:
        provider_id (str): The provider to ask about: `weda` (the WeDa low-code platform's login), the only one the
            service answers for.
    """

    provider_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_id = d.pop("provider_id")

        provider_sub_type_request = cls(
            provider_id=provider_id,
        )

        provider_sub_type_request.additional_properties = d
        return provider_sub_type_request

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
