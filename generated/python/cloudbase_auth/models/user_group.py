# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._models import rfc3339 as _rfc3339
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="UserGroup")


@_attrs_define
class UserGroup:
    """A group the user belongs to.

    Attributes:
        id (str): The group ID, such as `user`.
        expires_at (datetime.datetime | None): When the membership ends (RFC 3339), if it does.
    """

    id: str
    expires_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        expires_at: str | None = None
        if self.expires_at is not None:
            expires_at = _rfc3339(self.expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if expires_at is not None:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _expires_at = d.pop("expires_at", None)
        expires_at: datetime.datetime | None
        if _expires_at is None:
            expires_at = None
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        user_group = cls(
            id=id,
            expires_at=expires_at,
        )

        user_group.additional_properties = d
        return user_group

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
