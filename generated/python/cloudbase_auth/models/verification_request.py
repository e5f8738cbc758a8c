# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from ..models.verification_request_target import VerificationRequestTarget
from ..models.verification_request_usage import VerificationRequestUsage

T = TypeVar("T", bound="VerificationRequest")


@_attrs_define
class VerificationRequest:
    """Where to send the code; a phone number or an email, not both.

    Attributes:
        phone_number (str | None): `+86 13800000000`.
        email (str | None): The email address to send the code to (`alice@example.com`); or `phone_number`, not both.
        target (VerificationRequestTarget | None): Who may receive the code; `ANY` when omitted (inferred from the
            official SDK, which omits it).
        usage (VerificationRequestUsage | None): What the code is for.
        email_redirect_to (str | None): Magic-link URL for email codes.
    """

    phone_number: str | None = None
    email: str | None = None
    target: VerificationRequestTarget | None = None
    usage: VerificationRequestUsage | None = None
    email_redirect_to: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        email = self.email

        target: str | None = None
        if self.target is not None:
            target = self.target.value

        usage: str | None = None
        if self.usage is not None:
            usage = self.usage.value

        email_redirect_to = self.email_redirect_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if email is not None:
            field_dict["email"] = email
        if target is not None:
            field_dict["target"] = target
        if usage is not None:
            field_dict["usage"] = usage
        if email_redirect_to is not None:
            field_dict["email_redirect_to"] = email_redirect_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number", None)

        email = d.pop("email", None)

        _target = d.pop("target", None)
        target: VerificationRequestTarget | None
        if _target is None:
            target = None
        else:
            target = VerificationRequestTarget(_target)

        _usage = d.pop("usage", None)
        usage: VerificationRequestUsage | None
        if _usage is None:
            usage = None
        else:
            usage = VerificationRequestUsage(_usage)

        email_redirect_to = d.pop("email_redirect_to", None)

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
