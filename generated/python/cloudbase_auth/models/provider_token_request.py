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
    from ..models.provider_params import ProviderParams


T = TypeVar("T", bound="ProviderTokenRequest")


@_attrs_define
class ProviderTokenRequest:
    """
    Attributes:
        provider_id (str): Such as `github` or `wx_open`.
        provider_redirect_uri (str | None): The redirect URI used with the provider.
        provider_code (str | None): The authorisation code the provider sent back to `provider_redirect_uri` (its
            `code` query parameter), or a WeChat `wx.login()` code; good for one use.
        provider_access_token (str | None): A provider access token, instead of a code.
        provider_id_token (str | None): A provider ID token, instead of a code.
        provider_params (ProviderParams | None): Provider-specific parameters; WeChat mini-programs send which identity
            to use and the phone code.
    """

    provider_id: str
    provider_redirect_uri: str | None = None
    provider_code: str | None = _attrs_field(default=None, repr=_secret_repr)
    provider_access_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    provider_id_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    provider_params: ProviderParams | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        provider_redirect_uri = self.provider_redirect_uri

        provider_code = self.provider_code

        provider_access_token = self.provider_access_token

        provider_id_token = self.provider_id_token

        provider_params: dict[str, Any] | None = None
        if self.provider_params is not None:
            provider_params = self.provider_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
            }
        )
        if provider_redirect_uri is not None:
            field_dict["provider_redirect_uri"] = provider_redirect_uri
        if provider_code is not None:
            field_dict["provider_code"] = provider_code
        if provider_access_token is not None:
            field_dict["provider_access_token"] = provider_access_token
        if provider_id_token is not None:
            field_dict["provider_id_token"] = provider_id_token
        if provider_params is not None:
            field_dict["provider_params"] = provider_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_params import ProviderParams  # noqa: PLC0415

        d = dict(src_dict)
        provider_id = d.pop("provider_id")

        provider_redirect_uri = d.pop("provider_redirect_uri", None)

        provider_code = d.pop("provider_code", None)

        provider_access_token = d.pop("provider_access_token", None)

        provider_id_token = d.pop("provider_id_token", None)

        _provider_params = d.pop("provider_params", None)
        provider_params: ProviderParams | None
        if _provider_params is None:
            provider_params = None
        else:
            provider_params = ProviderParams.from_dict(_provider_params)

        provider_token_request = cls(
            provider_id=provider_id,
            provider_redirect_uri=provider_redirect_uri,
            provider_code=provider_code,
            provider_access_token=provider_access_token,
            provider_id_token=provider_id_token,
            provider_params=provider_params,
        )

        provider_token_request.additional_properties = d
        return provider_token_request

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
