# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="BindProviderRequest")


@_attrs_define
class BindProviderRequest:
    """
    Attributes:
        provider_token (str): From `POST /provider/token`, for the identity to bind.
        with_user_center (bool | None): Bind through the user center as well (passed through to the service).
    """

    provider_token: str = _attrs_field(repr=_secret_repr)
    with_user_center: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_token = self.provider_token

        with_user_center = self.with_user_center

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_token": provider_token,
            }
        )
        if with_user_center is not None:
            field_dict["with_user_center"] = with_user_center

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_token = d.pop("provider_token")

        with_user_center = d.pop("with_user_center", None)

        bind_provider_request = cls(
            provider_token=provider_token,
            with_user_center=with_user_center,
        )

        bind_provider_request.additional_properties = d
        return bind_provider_request

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
