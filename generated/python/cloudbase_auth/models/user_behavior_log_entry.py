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
    from ..models.user_behavior_log_entry_meta import UserBehaviorLogEntryMeta


T = TypeVar("T", bound="UserBehaviorLogEntry")


@_attrs_define
class UserBehaviorLogEntry:
    """One sign-in or account change (the SDK's `GetUserBehaviorLogRes`, plus `action`).

    Attributes:
        id (str): The entry's ID.
        action (str): `USER_LOGIN` for a sign-in; other values for account changes (inferred), such as
            `USER_PROFILE_UPDATE`.
        created_at (datetime.datetime): When, RFC 3339.
        ip (str | None): The address the request came from.
        user_agent (str | None): The request's User-Agent.
        client_id (str | None): The client the request came through.
        device_id (str | None): The `x-device-id` of the request.
        meta (UserBehaviorLogEntryMeta | None): Details of the entry.
    """

    id: str
    action: str
    created_at: datetime.datetime
    ip: str | None = None
    user_agent: str | None = None
    client_id: str | None = None
    device_id: str | None = None
    meta: UserBehaviorLogEntryMeta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        created_at = _rfc3339(self.created_at)

        ip = self.ip

        user_agent = self.user_agent

        client_id = self.client_id

        device_id = self.device_id

        meta: dict[str, Any] | None = None
        if self.meta is not None:
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "created_at": created_at,
            }
        )
        if ip is not None:
            field_dict["ip"] = ip
        if user_agent is not None:
            field_dict["user_agent"] = user_agent
        if client_id is not None:
            field_dict["client_id"] = client_id
        if device_id is not None:
            field_dict["device_id"] = device_id
        if meta is not None:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_behavior_log_entry_meta import UserBehaviorLogEntryMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        action = d.pop("action")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        ip = d.pop("ip", None)

        user_agent = d.pop("user_agent", None)

        client_id = d.pop("client_id", None)

        device_id = d.pop("device_id", None)

        _meta = d.pop("meta", None)
        meta: UserBehaviorLogEntryMeta | None
        if _meta is None:
            meta = None
        else:
            meta = UserBehaviorLogEntryMeta.from_dict(_meta)

        user_behavior_log_entry = cls(
            id=id,
            action=action,
            created_at=created_at,
            ip=ip,
            user_agent=user_agent,
            client_id=client_id,
            device_id=device_id,
            meta=meta,
        )

        user_behavior_log_entry.additional_properties = d
        return user_behavior_log_entry

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
