# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizeDeviceRequest")


@_attrs_define
class AuthorizeDeviceRequest:
    """The user code to approve.

    Attributes:
        user_code (str): The code the device shows; case and dashes do not matter.
        scope (str | Unset): Scopes to grant (defaults to what the device asked for).
        state (str | Unset): Opaque value (SDK model).
        client_id (str | Unset): The client (SDK base model); ignored, the user code names it.
    """

    user_code: str
    scope: str | Unset = UNSET
    state: str | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        user_code = self.user_code

        scope = self.scope

        state = self.state

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_code": user_code,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if state is not UNSET:
            field_dict["state"] = state
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_code = d.pop("user_code")

        scope = d.pop("scope", UNSET)

        state = d.pop("state", UNSET)

        client_id = d.pop("client_id", UNSET)

        authorize_device_request = cls(
            user_code=user_code,
            scope=scope,
            state=state,
            client_id=client_id,
        )

        authorize_device_request.additional_properties = d
        return authorize_device_request

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
