# generated from spec/auth-v1.yaml by authgen, do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import model_repr as _model_repr
from .._redact import additional_properties_repr as _additional_repr
from ..models.authorize_request_code_challenge_method import AuthorizeRequestCodeChallengeMethod

T = TypeVar("T", bound="AuthorizeRequest")


@_attrs_define
class AuthorizeRequest:
    """An OAuth 2.0 authorization request (RFC 6749 section 4.1, with PKCE, RFC 7636).

    Attributes:
        client_id (str | None): The app asking for access; defaults to the environment ID.
        response_type (str | None): `code` (the default).
        redirect_uri (str | None): Where the app receives the code; must be registered for the client.
        state (str | None): The app's opaque value, echoed back.
        scope (str | None): Space-separated scopes, such as `openid profile`.
        code_challenge (str | None): The PKCE challenge, `BASE64URL(SHA256(code_verifier))` for S256.
        code_challenge_method (AuthorizeRequestCodeChallengeMethod | None): `S256` (recommended) or `plain`; `plain`
            when a challenge comes without a method.
        sign_out_uri (str | None): Where to go after signing out of the app.
    """

    client_id: str | None = None
    response_type: str | None = None
    redirect_uri: str | None = None
    state: str | None = None
    scope: str | None = None
    code_challenge: str | None = None
    code_challenge_method: AuthorizeRequestCodeChallengeMethod | None = None
    sign_out_uri: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_additional_repr)

    def __repr__(self) -> str:
        return _model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        response_type = self.response_type

        redirect_uri = self.redirect_uri

        state = self.state

        scope = self.scope

        code_challenge = self.code_challenge

        code_challenge_method: str | None = None
        if self.code_challenge_method is not None:
            code_challenge_method = self.code_challenge_method.value

        sign_out_uri = self.sign_out_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not None:
            field_dict["client_id"] = client_id
        if response_type is not None:
            field_dict["response_type"] = response_type
        if redirect_uri is not None:
            field_dict["redirect_uri"] = redirect_uri
        if state is not None:
            field_dict["state"] = state
        if scope is not None:
            field_dict["scope"] = scope
        if code_challenge is not None:
            field_dict["code_challenge"] = code_challenge
        if code_challenge_method is not None:
            field_dict["code_challenge_method"] = code_challenge_method
        if sign_out_uri is not None:
            field_dict["sign_out_uri"] = sign_out_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id", None)

        response_type = d.pop("response_type", None)

        redirect_uri = d.pop("redirect_uri", None)

        state = d.pop("state", None)

        scope = d.pop("scope", None)

        code_challenge = d.pop("code_challenge", None)

        _code_challenge_method = d.pop("code_challenge_method", None)
        code_challenge_method: AuthorizeRequestCodeChallengeMethod | None
        if _code_challenge_method is None:
            code_challenge_method = None
        else:
            code_challenge_method = AuthorizeRequestCodeChallengeMethod(_code_challenge_method)

        sign_out_uri = d.pop("sign_out_uri", None)

        authorize_request = cls(
            client_id=client_id,
            response_type=response_type,
            redirect_uri=redirect_uri,
            state=state,
            scope=scope,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
            sign_out_uri=sign_out_uri,
        )

        authorize_request.additional_properties = d
        return authorize_request

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
