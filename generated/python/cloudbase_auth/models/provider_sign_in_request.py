# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="ProviderSignInRequest")


@_attrs_define
class ProviderSignInRequest:
    """A provider token, and optionally its provider.

    Attributes:
        provider_token (str): From `POST /provider/token`.
        provider_id (str | None): Such as `github` or `wx_open`; optional (the token names its provider), and when sent
            it must match.
        force_disable_sign_up (bool | None): Fail instead of creating a user.
        sync_profile (bool | None): Copy the provider's profile to the user.
    """

    provider_token: str = _attrs_field(repr=_secret_repr)
    provider_id: str | None = None
    force_disable_sign_up: bool | None = None
    sync_profile: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_token = self.provider_token

        provider_id = self.provider_id

        force_disable_sign_up = self.force_disable_sign_up

        sync_profile = self.sync_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_token": provider_token,
            }
        )
        if provider_id is not None:
            field_dict["provider_id"] = provider_id
        if force_disable_sign_up is not None:
            field_dict["force_disable_sign_up"] = force_disable_sign_up
        if sync_profile is not None:
            field_dict["sync_profile"] = sync_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_token = d.pop("provider_token")

        provider_id = d.pop("provider_id", None)

        force_disable_sign_up = d.pop("force_disable_sign_up", None)

        sync_profile = d.pop("sync_profile", None)

        provider_sign_in_request = cls(
            provider_token=provider_token,
            provider_id=provider_id,
            force_disable_sign_up=force_disable_sign_up,
            sync_profile=sync_profile,
        )

        provider_sign_in_request.additional_properties = d
        return provider_sign_in_request

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
