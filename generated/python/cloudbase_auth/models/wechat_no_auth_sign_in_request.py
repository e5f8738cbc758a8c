# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

T = TypeVar("T", bound="WechatNoAuthSignInRequest")


@_attrs_define
class WechatNoAuthSignInRequest:
    """Free-form in the official SDK; the fields here are inferred (see the operation).

    Attributes:
        appid (str | None): The mini-program's AppID.
        openid (str | None): The WeChat user's OpenID in that mini-program.
    """

    appid: str | None = None
    openid: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        openid = self.openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not None:
            field_dict["appid"] = appid
        if openid is not None:
            field_dict["openid"] = openid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appid = d.pop("appid", None)

        openid = d.pop("openid", None)

        wechat_no_auth_sign_in_request = cls(
            appid=appid,
            openid=openid,
        )

        wechat_no_auth_sign_in_request.additional_properties = d
        return wechat_no_auth_sign_in_request

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
