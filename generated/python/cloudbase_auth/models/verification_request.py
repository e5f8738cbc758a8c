# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from ..models.verification_request_target import VerificationRequestTarget
from ..models.verification_request_usage import VerificationRequestUsage
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerificationRequest")


@_attrs_define
class VerificationRequest:
    """Where to send the code; a phone number or an email, not both.

    Attributes:
        phone_number (str | Unset): `+86 13800000000`.
        email (str | Unset): The email address.
        target (VerificationRequestTarget | Unset): Who may receive the code; `ANY` when omitted (inferred from the
            official SDK, which omits it).
        usage (VerificationRequestUsage | Unset): What the code is for.
        email_redirect_to (str | Unset): Magic-link URL for email codes.
    """

    phone_number: str | Unset = UNSET
    email: str | Unset = UNSET
    target: VerificationRequestTarget | Unset = UNSET
    usage: VerificationRequestUsage | Unset = UNSET
    email_redirect_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        email = self.email

        target: str | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.value

        usage: str | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.value

        email_redirect_to = self.email_redirect_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if email is not UNSET:
            field_dict["email"] = email
        if target is not UNSET:
            field_dict["target"] = target
        if usage is not UNSET:
            field_dict["usage"] = usage
        if email_redirect_to is not UNSET:
            field_dict["email_redirect_to"] = email_redirect_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number", UNSET)

        email = d.pop("email", UNSET)

        _target = d.pop("target", UNSET)
        target: VerificationRequestTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = VerificationRequestTarget(_target)

        _usage = d.pop("usage", UNSET)
        usage: VerificationRequestUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = VerificationRequestUsage(_usage)

        email_redirect_to = d.pop("email_redirect_to", UNSET)

        verification_request = cls(
            phone_number=phone_number,
            email=email,
            target=target,
            usage=usage,
            email_redirect_to=email_redirect_to,
        )

        verification_request.additional_properties = d
        return verification_request

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
