# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from ..models.set_user_profile_request_gender import SetUserProfileRequestGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetUserProfileRequest")


@_attrs_define
class SetUserProfileRequest:
    """The display profile fields to change; the others stay as they are.

    Attributes:
        name (str | Unset): The display name.
        picture (str | Unset): Avatar URL.
        gender (SetUserProfileRequestGender | Unset): Gender.
        locale (str | Unset): Such as `zh-CN`.
    """

    name: str | Unset = UNSET
    picture: str | Unset = UNSET
    gender: SetUserProfileRequestGender | Unset = UNSET
    locale: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        picture = self.picture

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if gender is not UNSET:
            field_dict["gender"] = gender
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        picture = d.pop("picture", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: SetUserProfileRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = SetUserProfileRequestGender(_gender)

        locale = d.pop("locale", UNSET)

        set_user_profile_request = cls(
            name=name,
            picture=picture,
            gender=gender,
            locale=locale,
        )

        set_user_profile_request.additional_properties = d
        return set_user_profile_request

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
