# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr

T = TypeVar("T", bound="UpdatePasswordRequest")


@_attrs_define
class UpdatePasswordRequest:
    """
    Attributes:
        new_password (str): The new password, 8 to 64 characters.
        old_password (str | None): Needed when the user already has a password.
        confirm_password (str | None): The new password again; must equal `new_password`.
        sudo_token (str | None): Accepted here too, as the official SDK sends it.
    """

    new_password: str = _attrs_field(repr=_secret_repr)
    old_password: str | None = _attrs_field(default=None, repr=_secret_repr)
    confirm_password: str | None = _attrs_field(default=None, repr=_secret_repr)
    sudo_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        new_password = self.new_password

        old_password = self.old_password

        confirm_password = self.confirm_password

        sudo_token = self.sudo_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_password": new_password,
            }
        )
        if old_password is not None:
            field_dict["old_password"] = old_password
        if confirm_password is not None:
            field_dict["confirm_password"] = confirm_password
        if sudo_token is not None:
            field_dict["sudo_token"] = sudo_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_password = d.pop("new_password")

        old_password = d.pop("old_password", None)

        confirm_password = d.pop("confirm_password", None)

        sudo_token = d.pop("sudo_token", None)

        update_password_request = cls(
            new_password=new_password,
            old_password=old_password,
            confirm_password=confirm_password,
            sudo_token=sudo_token,
        )

        update_password_request.additional_properties = d
        return update_password_request

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
