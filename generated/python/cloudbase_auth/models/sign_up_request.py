# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sign_up_request_gender import SignUpRequestGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignUpRequest")


@_attrs_define
class SignUpRequest:
    """A new account; `verification_token` proves the phone number or email.

    Attributes:
        verification_token (str): From `POST /verification/verify`.
        phone_number (str | Unset): `+86 13800000000` (country code, a space, the number).
        email (str | Unset): The email address.
        verification_code (str | Unset): The code the user received (the SDK sends it too).
        username (str | Unset): Letters, digits and `-_.:+ @`, starting with a letter or digit.
        password (str | Unset): The password.
        name (str | Unset): Display name.
        gender (SignUpRequestGender | Unset): Gender.
        picture (str | Unset): Avatar URL.
        locale (str | Unset): Such as `zh-CN`.
        provider_token (str | Unset): Bind a third-party identity while signing up.
        anonymous_token (str | Unset): The access token of an anonymous session, to upgrade that user in place.
    """

    verification_token: str = _attrs_field(repr=False)
    phone_number: str | Unset = UNSET
    email: str | Unset = UNSET
    verification_code: str | Unset = _attrs_field(default=UNSET, repr=False)
    username: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    name: str | Unset = UNSET
    gender: SignUpRequestGender | Unset = UNSET
    picture: str | Unset = UNSET
    locale: str | Unset = UNSET
    provider_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    anonymous_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_token = self.verification_token

        phone_number = self.phone_number

        email = self.email

        verification_code = self.verification_code

        username = self.username

        password = self.password

        name = self.name

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        picture = self.picture

        locale = self.locale

        provider_token = self.provider_token

        anonymous_token = self.anonymous_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verification_token": verification_token,
            }
        )
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if email is not UNSET:
            field_dict["email"] = email
        if verification_code is not UNSET:
            field_dict["verification_code"] = verification_code
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if name is not UNSET:
            field_dict["name"] = name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if picture is not UNSET:
            field_dict["picture"] = picture
        if locale is not UNSET:
            field_dict["locale"] = locale
        if provider_token is not UNSET:
            field_dict["provider_token"] = provider_token
        if anonymous_token is not UNSET:
            field_dict["anonymous_token"] = anonymous_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verification_token = d.pop("verification_token")

        phone_number = d.pop("phone_number", UNSET)

        email = d.pop("email", UNSET)

        verification_code = d.pop("verification_code", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        name = d.pop("name", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: SignUpRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = SignUpRequestGender(_gender)

        picture = d.pop("picture", UNSET)

        locale = d.pop("locale", UNSET)

        provider_token = d.pop("provider_token", UNSET)

        anonymous_token = d.pop("anonymous_token", UNSET)

        sign_up_request = cls(
            verification_token=verification_token,
            phone_number=phone_number,
            email=email,
            verification_code=verification_code,
            username=username,
            password=password,
            name=name,
            gender=gender,
            picture=picture,
            locale=locale,
            provider_token=provider_token,
            anonymous_token=anonymous_token,
        )

        sign_up_request.additional_properties = d
        return sign_up_request

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
