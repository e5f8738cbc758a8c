# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from ..models.set_user_profile_request_gender import SetUserProfileRequestGender

T = TypeVar("T", bound="SetUserProfileRequest")


@_attrs_define
class SetUserProfileRequest:
    """The display profile fields to change; the others stay as they are.

    Attributes:
        name (str | None): The new display name apps show for the user (1-64 characters; not used to sign in).
        picture (str | None): The URL of the new avatar image (at most 1024 characters); the service stores it as
            given.
        gender (SetUserProfileRequestGender | None): The user's gender as the profile stores it: `MALE` or `FEMALE`
            (leave it out when unknown).
        locale (str | None): Such as `zh-CN`.
        username (str | None): The new username (what `User.updateUsername` sends); letters, digits and `-_.:+ @`,
            starting with a letter or digit.
    """

    name: str | None = None
    picture: str | None = None
    gender: SetUserProfileRequestGender | None = None
    locale: str | None = None
    username: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        picture = self.picture

        gender: str | None = None
        if self.gender is not None:
            gender = self.gender.value

        locale = self.locale

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not None:
            field_dict["name"] = name
        if picture is not None:
            field_dict["picture"] = picture
        if gender is not None:
            field_dict["gender"] = gender
        if locale is not None:
            field_dict["locale"] = locale
        if username is not None:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        picture = d.pop("picture", None)

        _gender = d.pop("gender", None)
        gender: SetUserProfileRequestGender | None
        if _gender is None:
            gender = None
        else:
            gender = SetUserProfileRequestGender(_gender)

        locale = d.pop("locale", None)

        username = d.pop("username", None)

        set_user_profile_request = cls(
            name=name,
            picture=picture,
            gender=gender,
            locale=locale,
            username=username,
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
