# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr
from ..models.sign_up_request_gender import SignUpRequestGender

T = TypeVar("T", bound="SignUpRequest")


@_attrs_define
class SignUpRequest:
    """A new account, proved by a `verification_token` (the phone number or email) or by a
    `provider_token` alone (a third-party identity): at least one of the two.

        Attributes:
            phone_number (str | None): `+86 13800000000` (country code, a space, the number).
            email (str | None): The new account's email address (`alice@example.com`): the one the `verification_token` was
                issued for.
            verification_code (str | None): The code the user received (the SDK sends it too).
            verification_token (str | None): From `POST /verification/verify`; required unless `provider_token` is sent.
            username (str | None): Letters, digits and `-_.:+ @`, starting with a letter or digit.
            password (str | None): The new account's password, as the user chose it; the environment's password rules apply
                (the emulator asks for 8-64 characters with upper and lower case, a digit and a special character).
            name (str | None): The display name apps show for the user (free text; not used to sign in).
            gender (SignUpRequestGender | None): The user's gender as the profile stores it: `MALE` or `FEMALE` (leave it
                out when unknown).
            picture (str | None): The URL of the new avatar image (`https://...`); the service stores it as given.
            locale (str | None): Such as `zh-CN`.
            provider_token (str | None): The third-party identity to bind to the new account. Alone it is the account's
                proof; with a `verification_token` it is bound as well.
            anonymous_token (str | None): The access token of an anonymous session, to upgrade that user in place.
    """

    phone_number: str | None = None
    email: str | None = None
    verification_code: str | None = _attrs_field(default=None, repr=_secret_repr)
    verification_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    username: str | None = None
    password: str | None = _attrs_field(default=None, repr=_secret_repr)
    name: str | None = None
    gender: SignUpRequestGender | None = None
    picture: str | None = None
    locale: str | None = None
    provider_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    anonymous_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        email = self.email

        verification_code = self.verification_code

        verification_token = self.verification_token

        username = self.username

        password = self.password

        name = self.name

        gender: str | None = None
        if self.gender is not None:
            gender = self.gender.value

        picture = self.picture

        locale = self.locale

        provider_token = self.provider_token

        anonymous_token = self.anonymous_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if email is not None:
            field_dict["email"] = email
        if verification_code is not None:
            field_dict["verification_code"] = verification_code
        if verification_token is not None:
            field_dict["verification_token"] = verification_token
        if username is not None:
            field_dict["username"] = username
        if password is not None:
            field_dict["password"] = password
        if name is not None:
            field_dict["name"] = name
        if gender is not None:
            field_dict["gender"] = gender
        if picture is not None:
            field_dict["picture"] = picture
        if locale is not None:
            field_dict["locale"] = locale
        if provider_token is not None:
            field_dict["provider_token"] = provider_token
        if anonymous_token is not None:
            field_dict["anonymous_token"] = anonymous_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number", None)

        email = d.pop("email", None)

        verification_code = d.pop("verification_code", None)

        verification_token = d.pop("verification_token", None)

        username = d.pop("username", None)

        password = d.pop("password", None)

        name = d.pop("name", None)

        _gender = d.pop("gender", None)
        gender: SignUpRequestGender | None
        if _gender is None:
            gender = None
        else:
            gender = SignUpRequestGender(_gender)

        picture = d.pop("picture", None)

        locale = d.pop("locale", None)

        provider_token = d.pop("provider_token", None)

        anonymous_token = d.pop("anonymous_token", None)

        sign_up_request = cls(
            phone_number=phone_number,
            email=email,
            verification_code=verification_code,
            verification_token=verification_token,
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
