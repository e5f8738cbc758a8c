# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._redact import additional_properties_repr as _additional_repr
from ..models.user_profile_status import UserProfileStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_group import UserGroup
    from ..models.user_provider import UserProvider


T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """
    Attributes:
        sub (str): The user ID.
        name (str | Unset):
        picture (str | Unset):
        username (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        gender (str | Unset):
        status (UserProfileStatus | Unset):
        has_password (bool | Unset):
        providers (list[UserProvider] | Unset):
        groups (list[UserGroup] | Unset):
        description (str | Unset):
        type_ (str | Unset): `external` or `internal`.
        created_at (str | Unset): RFC 3339.
        updated_at (str | Unset): RFC 3339.
        password_updated_at (str | Unset): RFC 3339.
    """

    sub: str
    name: str | Unset = UNSET
    picture: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    gender: str | Unset = UNSET
    status: UserProfileStatus | Unset = UNSET
    has_password: bool | Unset = UNSET
    providers: list[UserProvider] | Unset = UNSET
    groups: list[UserGroup] | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    password_updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        sub = self.sub

        name = self.name

        picture = self.picture

        username = self.username

        email = self.email

        phone_number = self.phone_number

        gender = self.gender

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        has_password = self.has_password

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        description = self.description

        type_ = self.type_

        created_at = self.created_at

        updated_at = self.updated_at

        password_updated_at = self.password_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sub": sub,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if gender is not UNSET:
            field_dict["gender"] = gender
        if status is not UNSET:
            field_dict["status"] = status
        if has_password is not UNSET:
            field_dict["has_password"] = has_password
        if providers is not UNSET:
            field_dict["providers"] = providers
        if groups is not UNSET:
            field_dict["groups"] = groups
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if password_updated_at is not UNSET:
            field_dict["password_updated_at"] = password_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_group import UserGroup  # noqa: PLC0415
        from ..models.user_provider import UserProvider  # noqa: PLC0415

        d = dict(src_dict)
        sub = d.pop("sub")

        name = d.pop("name", UNSET)

        picture = d.pop("picture", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        gender = d.pop("gender", UNSET)

        _status = d.pop("status", UNSET)
        status: UserProfileStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UserProfileStatus(_status)

        has_password = d.pop("has_password", UNSET)

        _providers = d.pop("providers", UNSET)
        providers: list[UserProvider] | Unset = UNSET
        if _providers is not UNSET:
            providers = []
            for providers_item_data in _providers:
                providers_item = UserProvider.from_dict(providers_item_data)

                providers.append(providers_item)

        _groups = d.pop("groups", UNSET)
        groups: list[UserGroup] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UserGroup.from_dict(groups_item_data)

                groups.append(groups_item)

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        password_updated_at = d.pop("password_updated_at", UNSET)

        user_profile = cls(
            sub=sub,
            name=name,
            picture=picture,
            username=username,
            email=email,
            phone_number=phone_number,
            gender=gender,
            status=status,
            has_password=has_password,
            providers=providers,
            groups=groups,
            description=description,
            type_=type_,
            created_at=created_at,
            updated_at=updated_at,
            password_updated_at=password_updated_at,
        )

        user_profile.additional_properties = d
        return user_profile

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
