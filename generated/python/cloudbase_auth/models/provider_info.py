# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="ProviderInfo")


@_attrs_define
class ProviderInfo:
    """
    Attributes:
        id (str): The provider ID (such as `wx_open` or `github`).
        name (str | None): The provider's display name.
        homepage (str | None): The provider's home page URL.
        picture (str | None): The provider's icon URL.
        provider_user_name (str | None): The user's name at the provider, when bound.
        provider_type (str | None): The kind of third-party platform.
        bind (bool | None): Whether the current user has this provider bound.
    """

    id: str
    name: str | None = None
    homepage: str | None = None
    picture: str | None = None
    provider_user_name: str | None = None
    provider_type: str | None = None
    bind: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

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
        if name is not None:
            field_dict["name"] = name
        if homepage is not None:
            field_dict["homepage"] = homepage
        if picture is not None:
            field_dict["picture"] = picture
        if provider_user_name is not None:
            field_dict["provider_user_name"] = provider_user_name
        if provider_type is not None:
            field_dict["provider_type"] = provider_type
        if bind is not None:
            field_dict["bind"] = bind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        homepage = d.pop("homepage", None)

        picture = d.pop("picture", None)

        provider_user_name = d.pop("provider_user_name", None)

        provider_type = d.pop("provider_type", None)

        bind = d.pop("bind", None)

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
