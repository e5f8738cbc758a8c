# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

if TYPE_CHECKING:
    from ..models.provider_profile import ProviderProfile


T = TypeVar("T", bound="ProviderTokenResponse")


@_attrs_define
class ProviderTokenResponse:
    """
    Attributes:
        provider_token (str): For `signin/with/provider` or `user/provider/bind`.
        expires_in (int): Seconds the provider token stays valid.
        provider_profile (ProviderProfile | None): What the provider says about the user.
        code (str | None): A failure code; set (without a usable token) only when the service reports an error in a 200
            answer, as it does through the WeChat tunnel.
        error_code (str | None): Likewise a failure code in a 200 answer; the official SDK treats any truthy value as
            an error.
    """

    provider_token: str = _attrs_field(repr=_secret_repr)
    expires_in: int
    provider_profile: ProviderProfile | None = None
    code: str | None = None
    error_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_token = self.provider_token

        expires_in = self.expires_in

        provider_profile: dict[str, Any] | None = None
        if self.provider_profile is not None:
            provider_profile = self.provider_profile.to_dict()

        code = self.code

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_token": provider_token,
                "expires_in": expires_in,
            }
        )
        if provider_profile is not None:
            field_dict["provider_profile"] = provider_profile
        if code is not None:
            field_dict["code"] = code
        if error_code is not None:
            field_dict["error_code"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_profile import ProviderProfile  # noqa: PLC0415

        d = dict(src_dict)
        provider_token = d.pop("provider_token")

        expires_in = d.pop("expires_in")

        _provider_profile = d.pop("provider_profile", None)
        provider_profile: ProviderProfile | None
        if _provider_profile is None:
            provider_profile = None
        else:
            provider_profile = ProviderProfile.from_dict(_provider_profile)

        code = d.pop("code", None)

        error_code = d.pop("error_code", None)

        provider_token_response = cls(
            provider_token=provider_token,
            expires_in=expires_in,
            provider_profile=provider_profile,
            code=code,
            error_code=error_code,
        )

        provider_token_response.additional_properties = d
        return provider_token_response

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
