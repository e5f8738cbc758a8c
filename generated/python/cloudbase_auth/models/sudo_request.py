# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="SudoRequest")


@_attrs_define
class SudoRequest:
    """Exactly one of `password` and `verification_token`.

    Attributes:
        password (str | None): The signed-in user's current password, typed again to prove it is them (or send
            `verification_token` instead).
        verification_token (str | None): From `POST /verification/verify`, for a code sent to the user's own phone or
            email.
    """

    password: str | None = _attrs_field(default=None, repr=_secret_repr)
    verification_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        verification_token = self.verification_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not None:
            field_dict["password"] = password
        if verification_token is not None:
            field_dict["verification_token"] = verification_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password", None)

        verification_token = d.pop("verification_token", None)

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
