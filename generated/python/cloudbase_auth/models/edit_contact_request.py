# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from .._redact import secret_repr as _secret_repr
from ..models.edit_contact_request_conflict_resolution import EditContactRequestConflictResolution

T = TypeVar("T", bound="EditContactRequest")


@_attrs_define
class EditContactRequest:
    """The new phone number or email (exactly one) and the proofs for it.

    Attributes:
        sudo_token (str): From `POST /user/sudo`, valid 900 seconds.
        verification_token (str): From `POST /verification/verify`, for a code sent to the new address.
        phone_number (str | None): The new phone number, `+86 13900000000`.
        email (str | None): The new email address.
        conflict_resolution (EditContactRequestConflictResolution | None): What to do when another account has the
            address (see the operation); `DEFAULT` when absent.
    """

    sudo_token: str = _attrs_field(repr=_secret_repr)
    verification_token: str = _attrs_field(repr=_secret_repr)
    phone_number: str | None = None
    email: str | None = None
    conflict_resolution: EditContactRequestConflictResolution | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        sudo_token = self.sudo_token

        verification_token = self.verification_token

        phone_number = self.phone_number

        email = self.email

        conflict_resolution: str | None = None
        if self.conflict_resolution is not None:
            conflict_resolution = self.conflict_resolution.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sudo_token": sudo_token,
                "verification_token": verification_token,
            }
        )
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if email is not None:
            field_dict["email"] = email
        if conflict_resolution is not None:
            field_dict["conflict_resolution"] = conflict_resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sudo_token = d.pop("sudo_token")

        verification_token = d.pop("verification_token")

        phone_number = d.pop("phone_number", None)

        email = d.pop("email", None)

        _conflict_resolution = d.pop("conflict_resolution", None)
        conflict_resolution: EditContactRequestConflictResolution | None
        if _conflict_resolution is None:
            conflict_resolution = None
        else:
            conflict_resolution = EditContactRequestConflictResolution(_conflict_resolution)

        edit_contact_request = cls(
            sudo_token=sudo_token,
            verification_token=verification_token,
            phone_number=phone_number,
            email=email,
            conflict_resolution=conflict_resolution,
        )

        edit_contact_request.additional_properties = d
        return edit_contact_request

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
