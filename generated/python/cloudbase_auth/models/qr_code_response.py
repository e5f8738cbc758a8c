# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="QrCodeResponse")


@_attrs_define
class QrCodeResponse:
    """A login QR code.

    Attributes:
        qr_code (str): The mini-program code image as a data URI.
        qr_code_id (str): Names the code for `POST /qrcode/get/status`.
        expires_in (int): Seconds the code stays valid.
    """

    qr_code: str
    qr_code_id: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        qr_code = self.qr_code

        qr_code_id = self.qr_code_id

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qr_code": qr_code,
                "qr_code_id": qr_code_id,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        qr_code = d.pop("qr_code")

        qr_code_id = d.pop("qr_code_id")

        expires_in = d.pop("expires_in")

        qr_code_response = cls(
            qr_code=qr_code,
            qr_code_id=qr_code_id,
            expires_in=expires_in,
        )

        qr_code_response.additional_properties = d
        return qr_code_response

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
