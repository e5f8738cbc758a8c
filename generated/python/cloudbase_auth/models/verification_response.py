# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="VerificationResponse")


@_attrs_define
class VerificationResponse:
    """
    Attributes:
        verification_id (str): Names this code for `POST /verification/verify`.
        expires_in (int): Seconds the code stays valid (600).
        is_user (bool | None): True when an account exists (sign in next), false or absent otherwise (sign up).
    """

    verification_id: str
    expires_in: int
    is_user: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        verification_id = self.verification_id

        expires_in = self.expires_in

        is_user = self.is_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verification_id": verification_id,
                "expires_in": expires_in,
            }
        )
        if is_user is not None:
            field_dict["is_user"] = is_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verification_id = d.pop("verification_id")

        expires_in = d.pop("expires_in")

        is_user = d.pop("is_user", None)

        verification_response = cls(
            verification_id=verification_id,
            expires_in=expires_in,
            is_user=is_user,
        )

        verification_response.additional_properties = d
        return verification_response

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
