# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProvider")


@_attrs_define
class UserProvider:
    """
    Attributes:
        id (str | Unset):
        provider_user_id (str | Unset):
        name (str | Unset):
        picture (str | Unset):
    """

    id: str | Unset = UNSET
    provider_user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    picture: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider_user_id = self.provider_user_id

        name = self.name

        picture = self.picture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if provider_user_id is not UNSET:
            field_dict["provider_user_id"] = provider_user_id
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        provider_user_id = d.pop("provider_user_id", UNSET)

        name = d.pop("name", UNSET)

        picture = d.pop("picture", UNSET)

        user_provider = cls(
            id=id,
            provider_user_id=provider_user_id,
            name=name,
            picture=picture,
        )

        user_provider.additional_properties = d
        return user_provider

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
