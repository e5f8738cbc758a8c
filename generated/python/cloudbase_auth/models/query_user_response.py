# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

if TYPE_CHECKING:
    from ..models.simple_user_profile import SimpleUserProfile


T = TypeVar("T", bound="QueryUserResponse")


@_attrs_define
class QueryUserResponse:
    """Users matching a `GET /user/query` (the SDK's `QueryUserProfileResponse`).

    Attributes:
        total (int): How many users match.
        data (list[SimpleUserProfile]): The matching users.
    """

    total: int
    data: list[SimpleUserProfile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simple_user_profile import SimpleUserProfile  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SimpleUserProfile.from_dict(data_item_data)

            data.append(data_item)

        query_user_response = cls(
            total=total,
            data=data,
        )

        query_user_response.additional_properties = d
        return query_user_response

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
