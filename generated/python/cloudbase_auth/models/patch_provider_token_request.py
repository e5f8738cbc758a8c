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
    from ..models.patch_provider_params import PatchProviderParams


T = TypeVar("T", bound="PatchProviderTokenRequest")


@_attrs_define
class PatchProviderTokenRequest:
    """A provider token and what to attach to it.

    Attributes:
        provider_token (str): From `POST /provider/token`.
        provider_params (PatchProviderParams): What to attach to the provider token.
        provider_id (str | None): The token's provider (optional; it must match when sent).
    """

    provider_token: str = _attrs_field(repr=_secret_repr)
    provider_params: PatchProviderParams
    provider_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        provider_token = self.provider_token

        provider_params = self.provider_params.to_dict()

        provider_id = self.provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_token": provider_token,
                "provider_params": provider_params,
            }
        )
        if provider_id is not None:
            field_dict["provider_id"] = provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patch_provider_params import PatchProviderParams  # noqa: PLC0415

        d = dict(src_dict)
        provider_token = d.pop("provider_token")

        provider_params = PatchProviderParams.from_dict(d.pop("provider_params"))

        provider_id = d.pop("provider_id", None)

        patch_provider_token_request = cls(
            provider_token=provider_token,
            provider_params=provider_params,
            provider_id=provider_id,
        )

        patch_provider_token_request.additional_properties = d
        return patch_provider_token_request

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
