# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="CaptchaDataResponse")


@_attrs_define
class CaptchaDataResponse:
    """A captcha.

    Attributes:
        data (str): The captcha image as a data URI (`data:image/...;base64,...`).
        token (str): Names this captcha for `POST /captcha/data/verify`.
        expires_in (int): Seconds the captcha stays valid (300).
        type_ (str | None): `image`.
    """

    data: str
    token: str = _attrs_field(repr=_secret_repr)
    expires_in: int
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        token = self.token

        expires_in = self.expires_in

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "token": token,
                "expires_in": expires_in,
            }
        )
        if type_ is not None:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        token = d.pop("token")

        expires_in = d.pop("expires_in")

        type_ = d.pop("type", None)

        captcha_data_response = cls(
            data=data,
            token=token,
            expires_in=expires_in,
            type_=type_,
        )

        captcha_data_response.additional_properties = d
        return captcha_data_response

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
