# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

if TYPE_CHECKING:
    from ..models.user_behavior_log_entry import UserBehaviorLogEntry


T = TypeVar("T", bound="UserBehaviorLogResponse")


@_attrs_define
class UserBehaviorLogResponse:
    """One page of the user's security log, newest first.

    Attributes:
        data (list[UserBehaviorLogEntry]): The entries of this page.
        next_page_token (str | None): Pass it as `page_token` for the next page; absent on the last page.
    """

    data: list[UserBehaviorLogEntry]
    next_page_token: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if next_page_token is not None:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_behavior_log_entry import UserBehaviorLogEntry  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = UserBehaviorLogEntry.from_dict(data_item_data)

            data.append(data_item)

        next_page_token = d.pop("next_page_token", None)

        user_behavior_log_response = cls(
            data=data,
            next_page_token=next_page_token,
        )

        user_behavior_log_response.additional_properties = d
        return user_behavior_log_response

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
