# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="QrCodeStatusRequest")


@_attrs_define
class QrCodeStatusRequest:
    """Which QR code (camelCase, as the official SDK sends it).

    Attributes:
        qr_code_id (str): From `POST /qrcode/generate`.
        env_id (str): The CloudBase environment ID.
        wx_app_id (str): The mini-program's AppID.
    """

    qr_code_id: str
    env_id: str
    wx_app_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        qr_code_id = self.qr_code_id

        env_id = self.env_id

        wx_app_id = self.wx_app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qrCodeId": qr_code_id,
                "envId": env_id,
                "wxAppId": wx_app_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        qr_code_id = d.pop("qrCodeId")

        env_id = d.pop("envId")

        wx_app_id = d.pop("wxAppId")

        qr_code_status_request = cls(
            qr_code_id=qr_code_id,
            env_id=env_id,
            wx_app_id=wx_app_id,
        )

        qr_code_status_request.additional_properties = d
        return qr_code_status_request

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
