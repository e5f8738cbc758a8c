# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="QrCodeStatusResponse")


@_attrs_define
class QrCodeStatusResponse:
    """Where the scan stands.

    Attributes:
        status (str): The scan's state: `WAITING`, `SCANNED`, `CONFIRMED`, `CANCELLED` or `EXPIRED` as far
            as known (the names are inferred); another value may come, and clients keep it as
            it is.
        expires_in (int): Seconds left of the QR code, or of the provider token once confirmed.
        provider_token (str | None): Once `CONFIRMED`, for `POST /signin/with/provider`.
    """

    status: str
    expires_in: int
    provider_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        expires_in = self.expires_in

        provider_token = self.provider_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "expires_in": expires_in,
            }
        )
        if provider_token is not None:
            field_dict["provider_token"] = provider_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        expires_in = d.pop("expires_in")

        provider_token = d.pop("provider_token", None)

        qr_code_status_response = cls(
            status=status,
            expires_in=expires_in,
            provider_token=provider_token,
        )

        qr_code_status_response.additional_properties = d
        return qr_code_status_response

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
