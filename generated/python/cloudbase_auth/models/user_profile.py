# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._models import rfc3339 as _rfc3339
from .._redact import additional_properties_repr as _additional_repr

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
        user_id (str | None): The user ID again (docs field list).
        name (str | None): Display name (the `nickname` of `POST /user/basic/edit`).
        picture (str | None): The URL of the user's avatar image (`https://...`), as it was set.
        username (str | None): The user name.
        email (str | None): The account's email address, when it has one.
        email_verified (bool | None): Whether the email address was proved with a verification code (SDK model).
        phone_number (str | None): `+86 13800000000`.
        gender (str | None): `MALE` or `FEMALE`.
        locale (str | None): Such as `zh-CN` (SDK model).
        birthdate (str | None): Birth date (SDK model).
        zoneinfo (str | None): Time zone (SDK model).
        created_from (str | None): How the account was created, such as `username`, `phone`, `email`, `anonymous`,
            `custom` (SDK model).
        status (str | None): The account state: `DEFAULT`, `ACTIVE`, `PENDING` or `BLOCKED` as far as known (the
            names are inferred); another value may come, and clients keep it as it is.
        has_password (bool | None): Whether a password is set.
        providers (list[UserProvider] | None): Bound third-party identities.
        groups (list[UserGroup] | None): The user's groups.
        user_desc (str | None): The user's self-description (the docs' name for it).
        description (str | None): The same self-description under the name `POST /user/basic/edit` uses (not in the
            docs' list; inferred).
        internal_user_type (str | None): Such as `generalUser` (docs).
        user_source (int | None): Opaque source code of the account (docs).
        meta (UserProfileMeta | None): Extra data (docs).
        last_login (datetime.datetime | None): Last sign-in, RFC 3339 (docs).
        type_ (str | None): `external` or `internal`.
        created_at (datetime.datetime | None): RFC 3339.
        updated_at (datetime.datetime | None): RFC 3339.
        password_updated_at (datetime.datetime | None): RFC 3339.
    """

    sub: str
    user_id: str | None = None
    name: str | None = None
    picture: str | None = None
    username: str | None = None
    email: str | None = None
    email_verified: bool | None = None
    phone_number: str | None = None
    gender: str | None = None
    locale: str | None = None
    birthdate: str | None = None
    zoneinfo: str | None = None
    created_from: str | None = None
    status: str | None = None
    has_password: bool | None = None
    providers: list[UserProvider] | None = None
    groups: list[UserGroup] | None = None
    user_desc: str | None = None
    description: str | None = None
    internal_user_type: str | None = None
    user_source: int | None = None
    meta: UserProfileMeta | None = None
    last_login: datetime.datetime | None = None
    type_: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    password_updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

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

        status = self.status

        has_password = self.has_password

        providers: list[dict[str, Any]] | None = None
        if self.providers is not None:
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        groups: list[dict[str, Any]] | None = None
        if self.groups is not None:
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        user_desc = self.user_desc

        description = self.description

        internal_user_type = self.internal_user_type

        user_source = self.user_source

        meta: dict[str, Any] | None = None
        if self.meta is not None:
            meta = self.meta.to_dict()

        last_login: str | None = None
        if self.last_login is not None:
            last_login = _rfc3339(self.last_login)

        type_ = self.type_

        created_at: str | None = None
        if self.created_at is not None:
            created_at = _rfc3339(self.created_at)

        updated_at: str | None = None
        if self.updated_at is not None:
            updated_at = _rfc3339(self.updated_at)

        password_updated_at: str | None = None
        if self.password_updated_at is not None:
            password_updated_at = _rfc3339(self.password_updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sub": sub,
            }
        )
        if user_id is not None:
            field_dict["user_id"] = user_id
        if name is not None:
            field_dict["name"] = name
        if picture is not None:
            field_dict["picture"] = picture
        if username is not None:
            field_dict["username"] = username
        if email is not None:
            field_dict["email"] = email
        if email_verified is not None:
            field_dict["email_verified"] = email_verified
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if gender is not None:
            field_dict["gender"] = gender
        if locale is not None:
            field_dict["locale"] = locale
        if birthdate is not None:
            field_dict["birthdate"] = birthdate
        if zoneinfo is not None:
            field_dict["zoneinfo"] = zoneinfo
        if created_from is not None:
            field_dict["created_from"] = created_from
        if status is not None:
            field_dict["status"] = status
        if has_password is not None:
            field_dict["has_password"] = has_password
        if providers is not None:
            field_dict["providers"] = providers
        if groups is not None:
            field_dict["groups"] = groups
        if user_desc is not None:
            field_dict["user_desc"] = user_desc
        if description is not None:
            field_dict["description"] = description
        if internal_user_type is not None:
            field_dict["internal_user_type"] = internal_user_type
        if user_source is not None:
            field_dict["user_source"] = user_source
        if meta is not None:
            field_dict["meta"] = meta
        if last_login is not None:
            field_dict["last_login"] = last_login
        if type_ is not None:
            field_dict["type"] = type_
        if created_at is not None:
            field_dict["created_at"] = created_at
        if updated_at is not None:
            field_dict["updated_at"] = updated_at
        if password_updated_at is not None:
            field_dict["password_updated_at"] = password_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_group import UserGroup  # noqa: PLC0415
        from ..models.user_profile_meta import UserProfileMeta  # noqa: PLC0415
        from ..models.user_provider import UserProvider  # noqa: PLC0415

        d = dict(src_dict)
        sub = d.pop("sub")

        user_id = d.pop("user_id", None)

        name = d.pop("name", None)

        picture = d.pop("picture", None)

        username = d.pop("username", None)

        email = d.pop("email", None)

        email_verified = d.pop("email_verified", None)

        phone_number = d.pop("phone_number", None)

        gender = d.pop("gender", None)

        locale = d.pop("locale", None)

        birthdate = d.pop("birthdate", None)

        zoneinfo = d.pop("zoneinfo", None)

        created_from = d.pop("created_from", None)

        status = d.pop("status", None)

        has_password = d.pop("has_password", None)

        _providers = d.pop("providers", None)
        providers: list[UserProvider] | None = None
        if _providers is not None:
            providers = []
            for providers_item_data in _providers:
                providers_item = UserProvider.from_dict(providers_item_data)

                providers.append(providers_item)

        _groups = d.pop("groups", None)
        groups: list[UserGroup] | None = None
        if _groups is not None:
            groups = []
            for groups_item_data in _groups:
                groups_item = UserGroup.from_dict(groups_item_data)

                groups.append(groups_item)

        user_desc = d.pop("user_desc", None)

        description = d.pop("description", None)

        internal_user_type = d.pop("internal_user_type", None)

        user_source = d.pop("user_source", None)

        _meta = d.pop("meta", None)
        meta: UserProfileMeta | None
        if _meta is None:
            meta = None
        else:
            meta = UserProfileMeta.from_dict(_meta)

        _last_login = d.pop("last_login", None)
        last_login: datetime.datetime | None
        if _last_login is None:
            last_login = None
        else:
            last_login = datetime.datetime.fromisoformat(_last_login)

        type_ = d.pop("type", None)

        _created_at = d.pop("created_at", None)
        created_at: datetime.datetime | None
        if _created_at is None:
            created_at = None
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", None)
        updated_at: datetime.datetime | None
        if _updated_at is None:
            updated_at = None
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _password_updated_at = d.pop("password_updated_at", None)
        password_updated_at: datetime.datetime | None
        if _password_updated_at is None:
            password_updated_at = None
        else:
            password_updated_at = datetime.datetime.fromisoformat(_password_updated_at)

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
