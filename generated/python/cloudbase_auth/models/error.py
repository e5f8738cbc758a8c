# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error body. `error` names the error (see `x-error-codes`), `error_code` is an
    opaque number, `error_description` is for people.

        Attributes:
            error (str): The error name, such as `invalid_grant`.
            error_code (int | None): An opaque numeric code.
            error_description (str | None): A human-readable explanation.
    """

    error: str
    error_code: int | None = None
    error_description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_code = self.error_code

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if error_code is not None:
            field_dict["error_code"] = error_code
        if error_description is not None:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        error_code = d.pop("error_code", None)

        error_description = d.pop("error_description", None)

        error = cls(
            error=error,
            error_code=error_code,
            error_description=error_description,
        )

        error.additional_properties = d
        return error

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
