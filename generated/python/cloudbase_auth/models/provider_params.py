# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr
from ..models.provider_params_provider_code_type import ProviderParamsProviderCodeType

T = TypeVar("T", bound="ProviderParams")


@_attrs_define
class ProviderParams:
    """Provider-specific parameters; WeChat mini-programs send which identity to use and the phone code.

    Attributes:
        provider_code_type (ProviderParamsProviderCodeType | None): `open_id` (default), `union_id`, or `phone` (with
            the phone code in `code`).
        appid (str | None): The mini-program's AppID (the official SDK sends it; the same as `provider_id`).
        code (str | None): The `getPhoneNumber` code, for `provider_code_type` `phone`.
    """

    provider_code_type: ProviderParamsProviderCodeType | None = None
    appid: str | None = None
    code: str | None = _attrs_field(default=None, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_code_type: str | None = None
        if self.provider_code_type is not None:
            provider_code_type = self.provider_code_type.value

        appid = self.appid

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_code_type is not None:
            field_dict["provider_code_type"] = provider_code_type
        if appid is not None:
            field_dict["appid"] = appid
        if code is not None:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _provider_code_type = d.pop("provider_code_type", None)
        provider_code_type: ProviderParamsProviderCodeType | None
        if _provider_code_type is None:
            provider_code_type = None
        else:
            provider_code_type = ProviderParamsProviderCodeType(_provider_code_type)

        appid = d.pop("appid", None)

        code = d.pop("code", None)

        provider_params = cls(
            provider_code_type=provider_code_type,
            appid=appid,
            code=code,
        )

        provider_params.additional_properties = d
        return provider_params

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
