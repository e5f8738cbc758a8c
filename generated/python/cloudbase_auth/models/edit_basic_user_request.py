# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr
from ..models.edit_basic_user_request_gender import EditBasicUserRequestGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditBasicUserRequest")


@_attrs_define
class EditBasicUserRequest:
    """The fields to change; fields left out stay as they are.

    Attributes:
        user_id (str | Unset): Another user to edit; needs an administrator token (docs).
        nickname (str | Unset): Display name.
        username (str | Unset): New user name.
        description (str | Unset): Self-description (answered as `user_desc` by `GET /user/me`).
        avatar_url (str | Unset): Avatar URL.
        gender (EditBasicUserRequestGender | Unset): Gender.
        email (str | Unset): New email; must have been verified with a code just before.
        phone (str | Unset): New phone number (`+86 13800000000`); must have been verified with a code just before.
        password (str | Unset): The current password, with `new_password` (SDK model).
        new_password (str | Unset): The new password, with `password` (SDK model).
    """

    user_id: str | Unset = UNSET
    nickname: str | Unset = UNSET
    username: str | Unset = UNSET
    description: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    gender: EditBasicUserRequestGender | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    new_password: str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        nickname = self.nickname

        username = self.username

        description = self.description

        avatar_url = self.avatar_url

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        email = self.email

        phone = self.phone

        password = self.password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
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
        if password is not UNSET:
            field_dict["password"] = password
        if new_password is not UNSET:
            field_dict["new_password"] = new_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

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

        password = d.pop("password", UNSET)

        new_password = d.pop("new_password", UNSET)

        edit_basic_user_request = cls(
            user_id=user_id,
            nickname=nickname,
            username=username,
            description=description,
            avatar_url=avatar_url,
            gender=gender,
            email=email,
            phone=phone,
            password=password,
            new_password=new_password,
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
