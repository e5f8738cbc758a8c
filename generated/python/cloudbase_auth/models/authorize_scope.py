# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

if TYPE_CHECKING:
    from ..models.authorize_scope_child import AuthorizeScopeChild


T = TypeVar("T", bound="AuthorizeScope")


@_attrs_define
class AuthorizeScope:
    """A scope the app asks for.

    Attributes:
        id (str): The scope ID, such as `profile`.
        name (str): What it grants, for people.
        description (str | None): More detail.
        picture (str | None): An icon URL.
        url (str | None): A page about the scope.
        children (list[AuthorizeScopeChild] | None): Parts of the scope.
    """

    id: str
    name: str
    description: str | None = None
    picture: str | None = None
    url: str | None = None
    children: list[AuthorizeScopeChild] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        picture = self.picture

        url = self.url

        children: list[dict[str, Any]] | None = None
        if self.children is not None:
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

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
        if children is not None:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authorize_scope_child import AuthorizeScopeChild  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", None)

        picture = d.pop("picture", None)

        url = d.pop("url", None)

        _children = d.pop("children", None)
        children: list[AuthorizeScopeChild] | None = None
        if _children is not None:
            children = []
            for children_item_data in _children:
                children_item = AuthorizeScopeChild.from_dict(children_item_data)

                children.append(children_item)

        authorize_scope = cls(
            id=id,
            name=name,
            description=description,
            picture=picture,
            url=url,
            children=children,
        )

        authorize_scope.additional_properties = d
        return authorize_scope

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
