# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderInfo")


@_attrs_define
class ProviderInfo:
    """
    Attributes:
        id (str): The provider ID (such as `wx_open` or `github`).
        name (str | Unset): The provider's display name.
        homepage (str | Unset): The provider's home page URL.
        picture (str | Unset): The provider's icon URL.
        provider_user_name (str | Unset): The user's name at the provider, when bound.
        provider_type (str | Unset): The kind of third-party platform.
        bind (bool | Unset): Whether the current user has this provider bound.
    """

    id: str
    name: str | Unset = UNSET
    homepage: str | Unset = UNSET
    picture: str | Unset = UNSET
    provider_user_name: str | Unset = UNSET
    provider_type: str | Unset = UNSET
    bind: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        homepage = self.homepage

        picture = self.picture

        provider_user_name = self.provider_user_name

        provider_type = self.provider_type

        bind = self.bind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if homepage is not UNSET:
            field_dict["homepage"] = homepage
        if picture is not UNSET:
            field_dict["picture"] = picture
        if provider_user_name is not UNSET:
            field_dict["provider_user_name"] = provider_user_name
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if bind is not UNSET:
            field_dict["bind"] = bind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        homepage = d.pop("homepage", UNSET)

        picture = d.pop("picture", UNSET)

        provider_user_name = d.pop("provider_user_name", UNSET)

        provider_type = d.pop("provider_type", UNSET)

        bind = d.pop("bind", UNSET)

        provider_info = cls(
            id=id,
            name=name,
            homepage=homepage,
            picture=picture,
            provider_user_name=provider_user_name,
            provider_type=provider_type,
            bind=bind,
        )

        provider_info.additional_properties = d
        return provider_info

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
