# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="DeviceCodeResponse")


@_attrs_define
class DeviceCodeResponse:
    """A device authorization (RFC 8628 section 3.2).

    Attributes:
        device_code (str): The device's secret, for polling `POST /token`.
        expires_in (int): Seconds the codes stay valid.
        interval (int): Seconds to wait between polls.
        user_code (str | None): The code the user types in, `XXXX-XXXX` (letters and digits without 0, 1, I, O).
        verification_uri (str | None): Where the user goes to type the code.
        verification_uri_complete (str | None): The same page with the code filled in (for a QR code).
    """

    device_code: str = _attrs_field(repr=_secret_repr)
    expires_in: int
    interval: int
    user_code: str | None = None
    verification_uri: str | None = None
    verification_uri_complete: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        device_code = self.device_code

        expires_in = self.expires_in

        interval = self.interval

        user_code = self.user_code

        verification_uri = self.verification_uri

        verification_uri_complete = self.verification_uri_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_code": device_code,
                "expires_in": expires_in,
                "interval": interval,
            }
        )
        if user_code is not None:
            field_dict["user_code"] = user_code
        if verification_uri is not None:
            field_dict["verification_uri"] = verification_uri
        if verification_uri_complete is not None:
            field_dict["verification_uri_complete"] = verification_uri_complete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_code = d.pop("device_code")

        expires_in = d.pop("expires_in")

        interval = d.pop("interval")

        user_code = d.pop("user_code", None)

        verification_uri = d.pop("verification_uri", None)

        verification_uri_complete = d.pop("verification_uri_complete", None)

        device_code_response = cls(
            device_code=device_code,
            expires_in=expires_in,
            interval=interval,
            user_code=user_code,
            verification_uri=verification_uri,
            verification_uri_complete=verification_uri_complete,
        )

        device_code_response.additional_properties = d
        return device_code_response

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
