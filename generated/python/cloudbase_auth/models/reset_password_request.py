# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="ResetPasswordRequest")


@_attrs_define
class ResetPasswordRequest:
    """
    Attributes:
        new_password (str): The new password, 8 to 64 characters.
        verification_token (str): From `POST /verification/verify`, for a code sent to that phone or email.
        email (str | None): The email the verification code went to (or give `phone_number`).
        phone_number (str | None): The phone number the verification code went to, `+86 13800000000`.
    """

    new_password: str = _attrs_field(repr=_secret_repr)
    verification_token: str = _attrs_field(repr=_secret_repr)
    email: str | None = None
    phone_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        new_password = self.new_password

        verification_token = self.verification_token

        email = self.email

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_password": new_password,
                "verification_token": verification_token,
            }
        )
        if email is not None:
            field_dict["email"] = email
        if phone_number is not None:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_password = d.pop("new_password")

        verification_token = d.pop("verification_token")

        email = d.pop("email", None)

        phone_number = d.pop("phone_number", None)

        reset_password_request = cls(
            new_password=new_password,
            verification_token=verification_token,
            email=email,
            phone_number=phone_number,
        )

        reset_password_request.additional_properties = d
        return reset_password_request

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
