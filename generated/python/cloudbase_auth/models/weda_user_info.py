# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="WedaUserInfo")


@_attrs_define
class WedaUserInfo:
    """The signed-in user for WeDa; the fields are inferred and others may appear.

    Attributes:
        sub (str): The user ID.
        user_id (str | Unset): The user ID again, under the name WeDa uses.
        user_type (str | Unset): `internal` for a registered user, `anonymous` for an anonymous one.
        name (str | Unset): The display name.
        username (str | Unset): The username.
        picture (str | Unset): Avatar URL.
        email (str | Unset): The email address.
        phone_number (str | Unset): The phone number.
    """

    sub: str
    user_id: str | Unset = UNSET
    user_type: str | Unset = UNSET
    name: str | Unset = UNSET
    username: str | Unset = UNSET
    picture: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        sub = self.sub

        user_id = self.user_id

        user_type = self.user_type

        name = self.name

        username = self.username

        picture = self.picture

        email = self.email

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sub": sub,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_type is not UNSET:
            field_dict["user_type"] = user_type
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if picture is not UNSET:
            field_dict["picture"] = picture
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub = d.pop("sub")

        user_id = d.pop("user_id", UNSET)

        user_type = d.pop("user_type", UNSET)

        name = d.pop("name", UNSET)

        username = d.pop("username", UNSET)

        picture = d.pop("picture", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        weda_user_info = cls(
            sub=sub,
            user_id=user_id,
            user_type=user_type,
            name=name,
            username=username,
            picture=picture,
            email=email,
            phone_number=phone_number,
        )

        weda_user_info.additional_properties = d
        return weda_user_info

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
