# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr

if TYPE_CHECKING:
    from ..models.gateway_error_details_item import GatewayErrorDetailsItem


T = TypeVar("T", bound="GatewayError")


@_attrs_define
class GatewayError:
    """The error shape of the HTTP access gateway in front of the Auth service (for example
    `INVALID_ENV`, `SERVICE_FORBIDDEN`, `EXCEED_RATELIMIT`, `EXCEED_MAX_PAYLOAD_SIZE` from
    the docs' gateway error list). It can answer any call, before the Auth service sees
    it. The official client treats any body with a truthy `code` as an error. That the
    gateway uses exactly `{code, message, requestId}` is inferred from that handling; the
    older docs render shows `{code, message, details}` as the default error.

        Attributes:
            code (str): The gateway error code, such as `INVALID_ENV`.
            message (str): A human-readable explanation.
            request_id (str | None): The gateway's request ID, for support.
            details (list[GatewayErrorDetailsItem] | None): Extra details, when the gateway gives any.
    """

    code: str
    message: str
    request_id: str | None = None
    details: list[GatewayErrorDetailsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        details: list[dict[str, Any]] | None = None
        if self.details is not None:
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if request_id is not None:
            field_dict["requestId"] = request_id
        if details is not None:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gateway_error_details_item import GatewayErrorDetailsItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        request_id = d.pop("requestId", None)

        _details = d.pop("details", None)
        details: list[GatewayErrorDetailsItem] | None = None
        if _details is not None:
            details = []
            for details_item_data in _details:
                details_item = GatewayErrorDetailsItem.from_dict(details_item_data)

                details.append(details_item)

        gateway_error = cls(
            code=code,
            message=message,
            request_id=request_id,
            details=details,
        )

        gateway_error.additional_properties = d
        return gateway_error

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
