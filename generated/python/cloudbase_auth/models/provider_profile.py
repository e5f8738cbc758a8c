# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="ProviderProfile")


@_attrs_define
class ProviderProfile:
    """What the provider says about the user.

    Attributes:
        provider_id (str | None): The provider, such as `github` or a mini-program's AppID.
        name (str | None): The user's name at the provider.
        picture (str | None): The user's avatar URL at the provider.
        phone_number (str | None): The phone number the provider vouches for (WeChat phone authorisation).
        email (str | None): The email address the provider vouches for.
    """

    provider_id: str | None = None
    name: str | None = None
    picture: str | None = None
    phone_number: str | None = None
    email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        name = self.name

        picture = self.picture

        phone_number = self.phone_number

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_id is not None:
            field_dict["provider_id"] = provider_id
        if name is not None:
            field_dict["name"] = name
        if picture is not None:
            field_dict["picture"] = picture
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if email is not None:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_id = d.pop("provider_id", None)

        name = d.pop("name", None)

        picture = d.pop("picture", None)

        phone_number = d.pop("phone_number", None)

        email = d.pop("email", None)

        provider_profile = cls(
            provider_id=provider_id,
            name=name,
            picture=picture,
            phone_number=phone_number,
            email=email,
        )

        provider_profile.additional_properties = d
        return provider_profile

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
