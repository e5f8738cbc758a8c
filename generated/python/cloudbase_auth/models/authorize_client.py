# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizeClient")


@_attrs_define
class AuthorizeClient:
    """The app an authorization request is for.

    Attributes:
        id (str): The client ID.
        name (str): The app's name.
        description (str | Unset): What the app is.
        picture (str | Unset): The app's logo URL.
        url (str | Unset): The app's home page.
    """

    id: str
    name: str
    description: str | Unset = UNSET
    picture: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        picture = self.picture

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if picture is not UNSET:
            field_dict["picture"] = picture
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        picture = d.pop("picture", UNSET)

        url = d.pop("url", UNSET)

        authorize_client = cls(
            id=id,
            name=name,
            description=description,
            picture=picture,
            url=url,
        )

        authorize_client.additional_properties = d
        return authorize_client

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
