# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

if TYPE_CHECKING:
    from ..models.authorize_client import AuthorizeClient
    from ..models.authorize_scope import AuthorizeScope


T = TypeVar("T", bound="AuthorizeInfo")


@_attrs_define
class AuthorizeInfo:
    """What a consent screen shows.

    Attributes:
        client (AuthorizeClient): The app an authorization request is for.
        scopes (list[AuthorizeScope] | None): The scopes asked for.
    """

    client: AuthorizeClient
    scopes: list[AuthorizeScope] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        scopes: list[dict[str, Any]] | None = None
        if self.scopes is not None:
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.to_dict()
                scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
            }
        )
        if scopes is not None:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authorize_client import AuthorizeClient  # noqa: PLC0415
        from ..models.authorize_scope import AuthorizeScope  # noqa: PLC0415

        d = dict(src_dict)
        client = AuthorizeClient.from_dict(d.pop("client"))

        _scopes = d.pop("scopes", None)
        scopes: list[AuthorizeScope] | None = None
        if _scopes is not None:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = AuthorizeScope.from_dict(scopes_item_data)

                scopes.append(scopes_item)

        authorize_info = cls(
            client=client,
            scopes=scopes,
        )

        authorize_info.additional_properties = d
        return authorize_info

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
