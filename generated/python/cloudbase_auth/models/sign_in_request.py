# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="SignInRequest")


@_attrs_define
class SignInRequest:
    """Either `username` + `password`, or `verification_token` (with the phone number or email as `username`).

    Attributes:
        username (str | None): User name, phone number (`+86 13800000000`) or email.
        password (str | None): The account's password, exactly as the user typed it.
        verification_token (str | None): From `POST /verification/verify`.
    """

    username: str | None = None
    password: str | None = _attrs_field(default=None, repr=_secret_repr)
    verification_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        verification_token = self.verification_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not None:
            field_dict["username"] = username
        if password is not None:
            field_dict["password"] = password
        if verification_token is not None:
            field_dict["verification_token"] = verification_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", None)

        password = d.pop("password", None)

        verification_token = d.pop("verification_token", None)

        sign_in_request = cls(
            username=username,
            password=password,
            verification_token=verification_token,
        )

        sign_in_request.additional_properties = d
        return sign_in_request

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
