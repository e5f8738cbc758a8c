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
    from ..models.user_profile_meta import UserProfileMeta
    from ..models.user_provider import UserProvider


T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """A user's profile.

    Attributes:
        sub (str): The user ID.
        user_id (str | Unset): The user ID again (docs field list).
        name (str | Unset): Display name (the `nickname` of `POST /user/basic/edit`).
        picture (str | Unset): Avatar URL.
        username (str | Unset): The user name.
        email (str | Unset): The email address.
        email_verified (bool | Unset): Whether the email address was proved with a verification code (SDK model).
        phone_number (str | Unset): `+86 13800000000`.
        gender (str | Unset): `MALE` or `FEMALE`.
        locale (str | Unset): Such as `zh-CN` (SDK model).
        birthdate (str | Unset): Birth date (SDK model).
        zoneinfo (str | Unset): Time zone (SDK model).
        created_from (str | Unset): How the account was created, such as `username`, `phone`, `email`, `anonymous`,
            `custom` (SDK model).
        status (UserProfileStatus | Unset): The account state.
        has_password (bool | Unset): Whether a password is set.
        providers (list[UserProvider] | Unset): Bound third-party identities.
        groups (list[UserGroup] | Unset): The user's groups.
        user_desc (str | Unset): The user's self-description (the docs' name for it).
        description (str | Unset): The same self-description under the name `POST /user/basic/edit` uses (not in the
            docs' list; inferred).
        internal_user_type (str | Unset): Such as `generalUser` (docs).
        user_source (int | Unset): Opaque source code of the account (docs).
        meta (UserProfileMeta | Unset): Extra data (docs).
        last_login (str | Unset): Last sign-in, RFC 3339 (docs).
        type_ (str | Unset): `external` or `internal`.
        created_at (str | Unset): RFC 3339.
        updated_at (str | Unset): RFC 3339.
        password_updated_at (str | Unset): RFC 3339.
    """

    sub: str
    user_id: str | Unset = UNSET
    name: str | Unset = UNSET
    picture: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    phone_number: str | Unset = UNSET
    gender: str | Unset = UNSET
    locale: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    zoneinfo: str | Unset = UNSET
    created_from: str | Unset = UNSET
    status: UserProfileStatus | Unset = UNSET
    has_password: bool | Unset = UNSET
    providers: list[UserProvider] | Unset = UNSET
    groups: list[UserGroup] | Unset = UNSET
    user_desc: str | Unset = UNSET
    description: str | Unset = UNSET
    internal_user_type: str | Unset = UNSET
    user_source: int | Unset = UNSET
    meta: UserProfileMeta | Unset = UNSET
    last_login: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    password_updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def to_dict(self) -> dict[str, Any]:
        sub = self.sub

        user_id = self.user_id

        name = self.name

        picture = self.picture

        username = self.username

        email = self.email

        email_verified = self.email_verified

        phone_number = self.phone_number

        gender = self.gender

        locale = self.locale

        birthdate = self.birthdate

        zoneinfo = self.zoneinfo

        created_from = self.created_from

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

        user_desc = self.user_desc

        description = self.description

        internal_user_type = self.internal_user_type

        user_source = self.user_source

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        last_login = self.last_login

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
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if email_verified is not UNSET:
            field_dict["email_verified"] = email_verified
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if gender is not UNSET:
            field_dict["gender"] = gender
        if locale is not UNSET:
            field_dict["locale"] = locale
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if zoneinfo is not UNSET:
            field_dict["zoneinfo"] = zoneinfo
        if created_from is not UNSET:
            field_dict["created_from"] = created_from
        if status is not UNSET:
            field_dict["status"] = status
        if has_password is not UNSET:
            field_dict["has_password"] = has_password
        if providers is not UNSET:
            field_dict["providers"] = providers
        if groups is not UNSET:
            field_dict["groups"] = groups
        if user_desc is not UNSET:
            field_dict["user_desc"] = user_desc
        if description is not UNSET:
            field_dict["description"] = description
        if internal_user_type is not UNSET:
            field_dict["internal_user_type"] = internal_user_type
        if user_source is not UNSET:
            field_dict["user_source"] = user_source
        if meta is not UNSET:
            field_dict["meta"] = meta
        if last_login is not UNSET:
            field_dict["last_login"] = last_login
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
        from ..models.user_profile_meta import UserProfileMeta  # noqa: PLC0415
        from ..models.user_provider import UserProvider  # noqa: PLC0415

        d = dict(src_dict)
        sub = d.pop("sub")

        user_id = d.pop("user_id", UNSET)

        name = d.pop("name", UNSET)

        picture = d.pop("picture", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        email_verified = d.pop("email_verified", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        gender = d.pop("gender", UNSET)

        locale = d.pop("locale", UNSET)

        birthdate = d.pop("birthdate", UNSET)

        zoneinfo = d.pop("zoneinfo", UNSET)

        created_from = d.pop("created_from", UNSET)

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

        user_desc = d.pop("user_desc", UNSET)

        description = d.pop("description", UNSET)

        internal_user_type = d.pop("internal_user_type", UNSET)

        user_source = d.pop("user_source", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: UserProfileMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = UserProfileMeta.from_dict(_meta)

        last_login = d.pop("last_login", UNSET)

        type_ = d.pop("type", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        password_updated_at = d.pop("password_updated_at", UNSET)

        user_profile = cls(
            sub=sub,
            user_id=user_id,
            name=name,
            picture=picture,
            username=username,
            email=email,
            email_verified=email_verified,
            phone_number=phone_number,
            gender=gender,
            locale=locale,
            birthdate=birthdate,
            zoneinfo=zoneinfo,
            created_from=created_from,
            status=status,
            has_password=has_password,
            providers=providers,
            groups=groups,
            user_desc=user_desc,
            description=description,
            internal_user_type=internal_user_type,
            user_source=user_source,
            meta=meta,
            last_login=last_login,
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
