# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from ..models.edit_basic_user_request_gender import EditBasicUserRequestGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditBasicUserRequest")


@_attrs_define
class EditBasicUserRequest:
    """
    Attributes:
        nickname (str | Unset):
        username (str | Unset):
        description (str | Unset):
        avatar_url (str | Unset):
        gender (EditBasicUserRequestGender | Unset):
        email (str | Unset):
        phone (str | Unset):
    """

    nickname: str | Unset = UNSET
    username: str | Unset = UNSET
    description: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    gender: EditBasicUserRequestGender | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        nickname = self.nickname

        username = self.username

        description = self.description

        avatar_url = self.avatar_url

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        email = self.email

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if username is not UNSET:
            field_dict["username"] = username
        if description is not UNSET:
            field_dict["description"] = description
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if gender is not UNSET:
            field_dict["gender"] = gender
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nickname = d.pop("nickname", UNSET)

        username = d.pop("username", UNSET)

        description = d.pop("description", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: EditBasicUserRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = EditBasicUserRequestGender(_gender)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        edit_basic_user_request = cls(
            nickname=nickname,
            username=username,
            description=description,
            avatar_url=avatar_url,
            gender=gender,
            email=email,
            phone=phone,
        )

        edit_basic_user_request.additional_properties = d
        return edit_basic_user_request

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
