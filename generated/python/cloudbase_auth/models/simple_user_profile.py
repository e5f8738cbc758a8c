# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="SimpleUserProfile")


@_attrs_define
class SimpleUserProfile:
    """A user as `GET /user/query` shows them (the SDK's `SimpleUserProfile`).

    Attributes:
        sub (str): The user ID.
        name (str): The display name (empty when none is set).
        username (str | None): The username, when the account has one (inferred; not in the SDK model).
        picture (str | None): The URL of the user's avatar image (`https://...`), as it was set.
        gender (str | None): Gender, such as `MALE` or `FEMALE`.
        locale (str | None): Such as `zh-CN`.
        email (str | None): The email address (administrator callers or the caller's own account only).
        phone_number (str | None): The phone number (administrator callers or the caller's own account only).
    """

    sub: str
    name: str
    username: str | None = None
    picture: str | None = None
    gender: str | None = None
    locale: str | None = None
    email: str | None = None
    phone_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        sub = self.sub

        name = self.name

        username = self.username

        picture = self.picture

        gender = self.gender

        locale = self.locale

        email = self.email

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sub": sub,
                "name": name,
            }
        )
        if username is not None:
            field_dict["username"] = username
        if picture is not None:
            field_dict["picture"] = picture
        if gender is not None:
            field_dict["gender"] = gender
        if locale is not None:
            field_dict["locale"] = locale
        if email is not None:
            field_dict["email"] = email
        if phone_number is not None:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub = d.pop("sub")

        name = d.pop("name")

        username = d.pop("username", None)

        picture = d.pop("picture", None)

        gender = d.pop("gender", None)

        locale = d.pop("locale", None)

        email = d.pop("email", None)

        phone_number = d.pop("phone_number", None)

        simple_user_profile = cls(
            sub=sub,
            name=name,
            username=username,
            picture=picture,
            gender=gender,
            locale=locale,
            email=email,
            phone_number=phone_number,
        )

        simple_user_profile.additional_properties = d
        return simple_user_profile

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
