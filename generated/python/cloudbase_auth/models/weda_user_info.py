# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="WedaUserInfo")


@_attrs_define
class WedaUserInfo:
    """The signed-in user for WeDa; the fields are inferred and others may appear.

    Attributes:
        sub (str): The user ID.
        user_id (str | None): The user ID again, under the name WeDa uses.
        user_type (str | None): `internal` for a registered user, `anonymous` for an anonymous one.
        name (str | None): The display name apps show for the user.
        username (str | None): The username.
        picture (str | None): The URL of the user's avatar image (`https://...`), as it was set.
        email (str | None): The account's email address, when it has one.
        phone_number (str | None): The phone number.
    """

    sub: str
    user_id: str | None = None
    user_type: str | None = None
    name: str | None = None
    username: str | None = None
    picture: str | None = None
    email: str | None = None
    phone_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

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
        if user_id is not None:
            field_dict["user_id"] = user_id
        if user_type is not None:
            field_dict["user_type"] = user_type
        if name is not None:
            field_dict["name"] = name
        if username is not None:
            field_dict["username"] = username
        if picture is not None:
            field_dict["picture"] = picture
        if email is not None:
            field_dict["email"] = email
        if phone_number is not None:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub = d.pop("sub")

        user_id = d.pop("user_id", None)

        user_type = d.pop("user_type", None)

        name = d.pop("name", None)

        username = d.pop("username", None)

        picture = d.pop("picture", None)

        email = d.pop("email", None)

        phone_number = d.pop("phone_number", None)

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
