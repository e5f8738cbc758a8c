# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="ProviderRedirectUriResponse")


@_attrs_define
class ProviderRedirectUriResponse:
    """Where to send the user's browser.

    Attributes:
        uri (str): The provider's authorisation URL, with `redirect_uri` and `state`.
        signout_uri (str | None): The provider's sign-out URL, when it has one.
    """

    uri: str
    signout_uri: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        signout_uri = self.signout_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
            }
        )
        if signout_uri is not None:
            field_dict["signout_uri"] = signout_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uri = d.pop("uri")

        signout_uri = d.pop("signout_uri", None)

        provider_redirect_uri_response = cls(
            uri=uri,
            signout_uri=signout_uri,
        )

        provider_redirect_uri_response.additional_properties = d
        return provider_redirect_uri_response

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
