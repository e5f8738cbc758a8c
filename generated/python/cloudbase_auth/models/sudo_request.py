# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SudoRequest")


@_attrs_define
class SudoRequest:
    """Exactly one of `password` and `verification_token`.

    Attributes:
        password (str | Unset): The user's current password.
        verification_token (str | Unset): From `POST /verification/verify`, for a code sent to the user's own phone or
            email.
    """

    password: str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    verification_token: str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        verification_token = self.verification_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if verification_token is not UNSET:
            field_dict["verification_token"] = verification_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password", UNSET)

        verification_token = d.pop("verification_token", UNSET)

        sudo_request = cls(
            password=password,
            verification_token=verification_token,
        )

        sudo_request.additional_properties = d
        return sudo_request

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
