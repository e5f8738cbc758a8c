# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr
from ..models.patch_provider_params_provider_code_type import PatchProviderParamsProviderCodeType

T = TypeVar("T", bound="PatchProviderParams")


@_attrs_define
class PatchProviderParams:
    """What to attach to the provider token.

    Attributes:
        provider_code_type (PatchProviderParamsProviderCodeType | None): `phone` to attach a phone number.
        code (str | None): The `getPhoneNumber` code.
        encrypted_data (str | None): The older `getPhoneNumber` flow's encrypted data (not supported by the emulator).
        iv (str | None): The older flow's initialisation vector, with `encryptedData`.
    """

    provider_code_type: PatchProviderParamsProviderCodeType | None = None
    code: str | None = _attrs_field(default=None, repr=_secret_repr)
    encrypted_data: str | None = _attrs_field(default=None, repr=_secret_repr)
    iv: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_code_type: str | None = None
        if self.provider_code_type is not None:
            provider_code_type = self.provider_code_type.value

        code = self.code

        encrypted_data = self.encrypted_data

        iv = self.iv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_code_type is not None:
            field_dict["provider_code_type"] = provider_code_type
        if code is not None:
            field_dict["code"] = code
        if encrypted_data is not None:
            field_dict["encryptedData"] = encrypted_data
        if iv is not None:
            field_dict["iv"] = iv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _provider_code_type = d.pop("provider_code_type", None)
        provider_code_type: PatchProviderParamsProviderCodeType | None
        if _provider_code_type is None:
            provider_code_type = None
        else:
            provider_code_type = PatchProviderParamsProviderCodeType(_provider_code_type)

        code = d.pop("code", None)

        encrypted_data = d.pop("encryptedData", None)

        iv = d.pop("iv", None)

        patch_provider_params = cls(
            provider_code_type=provider_code_type,
            code=code,
            encrypted_data=encrypted_data,
            iv=iv,
        )

        patch_provider_params.additional_properties = d
        return patch_provider_params

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
