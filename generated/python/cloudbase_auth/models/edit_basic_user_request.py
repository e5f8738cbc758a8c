# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr
from ..models.edit_basic_user_request_gender import EditBasicUserRequestGender

T = TypeVar("T", bound="EditBasicUserRequest")


@_attrs_define
class EditBasicUserRequest:
    """The fields to change; fields left out stay as they are.

    Attributes:
        user_id (str | None): Another user to edit; needs an administrator token (docs).
        nickname (str | None): The new display name apps show for the user (free text; not used to sign in).
        username (str | None): New user name.
        description (str | None): Self-description (answered as `user_desc` by `GET /user/me`).
        avatar_url (str | None): The URL of the new avatar image (`https://...`); the service stores it as given.
        gender (EditBasicUserRequestGender | None): The user's gender as the profile stores it: `MALE` or `FEMALE`
            (leave it out when unknown).
        email (str | None): New email; must have been verified with a code just before.
        phone (str | None): New phone number (`+86 13800000000`); must have been verified with a code just before.
        password (str | None): The current password, with `new_password` (SDK model).
        new_password (str | None): The new password, with `password` (SDK model).
    """

    user_id: str | None = None
    nickname: str | None = None
    username: str | None = None
    description: str | None = None
    avatar_url: str | None = None
    gender: EditBasicUserRequestGender | None = None
    email: str | None = None
    phone: str | None = None
    password: str | None = _attrs_field(default=None, repr=_secret_repr)
    new_password: str | None = _attrs_field(default=None, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        nickname = self.nickname

        username = self.username

        description = self.description

        avatar_url = self.avatar_url

        gender: str | None = None
        if self.gender is not None:
            gender = self.gender.value

        email = self.email

        phone = self.phone

        password = self.password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not None:
            field_dict["user_id"] = user_id
        if nickname is not None:
            field_dict["nickname"] = nickname
        if username is not None:
            field_dict["username"] = username
        if description is not None:
            field_dict["description"] = description
        if avatar_url is not None:
            field_dict["avatar_url"] = avatar_url
        if gender is not None:
            field_dict["gender"] = gender
        if email is not None:
            field_dict["email"] = email
        if phone is not None:
            field_dict["phone"] = phone
        if password is not None:
            field_dict["password"] = password
        if new_password is not None:
            field_dict["new_password"] = new_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", None)

        nickname = d.pop("nickname", None)

        username = d.pop("username", None)

        description = d.pop("description", None)

        avatar_url = d.pop("avatar_url", None)

        _gender = d.pop("gender", None)
        gender: EditBasicUserRequestGender | None
        if _gender is None:
            gender = None
        else:
            gender = EditBasicUserRequestGender(_gender)

        email = d.pop("email", None)

        phone = d.pop("phone", None)

        password = d.pop("password", None)

        new_password = d.pop("new_password", None)

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
