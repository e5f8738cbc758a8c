# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="AuthorizeClient")


@_attrs_define
class AuthorizeClient:
    """The app an authorization request is for.

    Attributes:
        id (str): The client ID.
        name (str): The app's name.
        description (str | None): What the app is.
        picture (str | None): The app's logo URL.
        url (str | None): The app's home page.
    """

    id: str
    name: str
    description: str | None = None
    picture: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

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
        if description is not None:
            field_dict["description"] = description
        if picture is not None:
            field_dict["picture"] = picture
        if url is not None:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", None)

        picture = d.pop("picture", None)

        url = d.pop("url", None)

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
