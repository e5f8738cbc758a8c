# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

if TYPE_CHECKING:
    from ..models.user_provider_meta import UserProviderMeta


T = TypeVar("T", bound="UserProvider")


@_attrs_define
class UserProvider:
    """A third-party identity bound to the user.

    Attributes:
        id (str | None): The provider ID, such as `github`.
        provider_user_id (str | None): The user's ID at the provider.
        name (str | None): The user's name at the provider.
        picture (str | None): The user's avatar at the provider.
        url (str | None): The user's profile URL at the provider (docs).
        meta (UserProviderMeta | None): Provider-specific extra data (docs).
    """

    id: str | None = None
    provider_user_id: str | None = None
    name: str | None = None
    picture: str | None = None
    url: str | None = None
    meta: UserProviderMeta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider_user_id = self.provider_user_id

        name = self.name

        picture = self.picture

        url = self.url

        meta: dict[str, Any] | None = None
        if self.meta is not None:
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not None:
            field_dict["id"] = id
        if provider_user_id is not None:
            field_dict["provider_user_id"] = provider_user_id
        if name is not None:
            field_dict["name"] = name
        if picture is not None:
            field_dict["picture"] = picture
        if url is not None:
            field_dict["url"] = url
        if meta is not None:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_provider_meta import UserProviderMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", None)

        provider_user_id = d.pop("provider_user_id", None)

        name = d.pop("name", None)

        picture = d.pop("picture", None)

        url = d.pop("url", None)

        _meta = d.pop("meta", None)
        meta: UserProviderMeta | None
        if _meta is None:
            meta = None
        else:
            meta = UserProviderMeta.from_dict(_meta)

        user_provider = cls(
            id=id,
            provider_user_id=provider_user_id,
            name=name,
            picture=picture,
            url=url,
            meta=meta,
        )

        user_provider.additional_properties = d
        return user_provider

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
