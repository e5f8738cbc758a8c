# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="AuthorizeDeviceRequest")


@_attrs_define
class AuthorizeDeviceRequest:
    """The user code to approve.

    Attributes:
        user_code (str): The code the device shows; case and dashes do not matter.
        scope (str | None): Scopes to grant (defaults to what the device asked for).
        state (str | None): Opaque value (SDK model).
        client_id (str | None): The client (SDK base model); ignored, the user code names it.
    """

    user_code: str
    scope: str | None = None
    state: str | None = None
    client_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

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
        if scope is not None:
            field_dict["scope"] = scope
        if state is not None:
            field_dict["state"] = state
        if client_id is not None:
            field_dict["client_id"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_code = d.pop("user_code")

        scope = d.pop("scope", None)

        state = d.pop("state", None)

        client_id = d.pop("client_id", None)

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
