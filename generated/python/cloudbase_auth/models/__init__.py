# generated from spec/auth-v1.yaml by authgen, do not edit
"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (`cloudbase_auth.models.X` or
`from cloudbase_auth.models import X`), not with the package: `import cloudbase_auth` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anonymous_sign_in_request import AnonymousSignInRequest
    from .authorize_client import AuthorizeClient
    from .authorize_device_request import AuthorizeDeviceRequest
    from .authorize_info import AuthorizeInfo
    from .authorize_request import AuthorizeRequest
    from .authorize_request_code_challenge_method import AuthorizeRequestCodeChallengeMethod
    from .authorize_response import AuthorizeResponse
    from .authorize_scope import AuthorizeScope
    from .authorize_scope_child import AuthorizeScopeChild
    from .bind_provider_request import BindProviderRequest
    from .captcha_data_request import CaptchaDataRequest
    from .captcha_data_response import CaptchaDataResponse
    from .captcha_token_response import CaptchaTokenResponse
    from .change_bound_provider_request import ChangeBoundProviderRequest
    from .change_bound_provider_response import ChangeBoundProviderResponse
    from .client_credential_request import ClientCredentialRequest
    from .client_credential_request_grant_type import ClientCredentialRequestGrantType
    from .custom_sign_in_request import CustomSignInRequest
    from .custom_sign_in_request_provider_id import CustomSignInRequestProviderId
    from .device_code_request import DeviceCodeRequest
    from .device_code_response import DeviceCodeResponse
    from .edit_basic_user_request import EditBasicUserRequest
    from .edit_basic_user_request_gender import EditBasicUserRequestGender
    from .edit_contact_request import EditContactRequest
    from .edit_contact_request_conflict_resolution import EditContactRequestConflictResolution
    from .empty import Empty
    from .error import Error
    from .gateway_error import GatewayError
    from .gateway_error_details_item import GatewayErrorDetailsItem
    from .gen_provider_redirect_uri_response_type import GenProviderRedirectUriResponseType
    from .introspect_response import IntrospectResponse
    from .patch_provider_params import PatchProviderParams
    from .patch_provider_params_provider_code_type import PatchProviderParamsProviderCodeType
    from .patch_provider_token_request import PatchProviderTokenRequest
    from .provider_info import ProviderInfo
    from .provider_list import ProviderList
    from .provider_params import ProviderParams
    from .provider_params_provider_code_type import ProviderParamsProviderCodeType
    from .provider_profile import ProviderProfile
    from .provider_redirect_uri_response import ProviderRedirectUriResponse
    from .provider_sign_in_request import ProviderSignInRequest
    from .provider_sub_type_request import ProviderSubTypeRequest
    from .provider_sub_type_response import ProviderSubTypeResponse
    from .provider_sub_type_response_provider_sub_type import ProviderSubTypeResponseProviderSubType
    from .provider_token_request import ProviderTokenRequest
    from .provider_token_response import ProviderTokenResponse
    from .qr_code_request import QrCodeRequest
    from .qr_code_response import QrCodeResponse
    from .qr_code_status_request import QrCodeStatusRequest
    from .qr_code_status_response import QrCodeStatusResponse
    from .query_user_response import QueryUserResponse
    from .reset_password_request import ResetPasswordRequest
    from .revoke_request import RevokeRequest
    from .set_user_profile_request import SetUserProfileRequest
    from .set_user_profile_request_gender import SetUserProfileRequestGender
    from .sign_in_request import SignInRequest
    from .sign_out_request import SignOutRequest
    from .sign_out_response import SignOutResponse
    from .sign_up_request import SignUpRequest
    from .sign_up_request_gender import SignUpRequestGender
    from .simple_user_profile import SimpleUserProfile
    from .sudo_request import SudoRequest
    from .sudo_response import SudoResponse
    from .token_request import TokenRequest
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse
    from .trans_by_provider_request import TransByProviderRequest
    from .update_password_request import UpdatePasswordRequest
    from .user_behavior_log_entry import UserBehaviorLogEntry
    from .user_behavior_log_entry_meta import UserBehaviorLogEntryMeta
    from .user_behavior_log_response import UserBehaviorLogResponse
    from .user_exist_response import UserExistResponse
    from .user_group import UserGroup
    from .user_profile import UserProfile
    from .user_profile_meta import UserProfileMeta
    from .user_provider import UserProvider
    from .user_provider_meta import UserProviderMeta
    from .verification_request import VerificationRequest
    from .verification_request_target import VerificationRequestTarget
    from .verification_request_usage import VerificationRequestUsage
    from .verification_response import VerificationResponse
    from .verify_captcha_request import VerifyCaptchaRequest
    from .verify_request import VerifyRequest
    from .verify_response import VerifyResponse
    from .wechat_no_auth_sign_in_request import WechatNoAuthSignInRequest
    from .weda_user_info import WedaUserInfo

_MODULES = {
    "AnonymousSignInRequest": "anonymous_sign_in_request",
    "AuthorizeClient": "authorize_client",
    "AuthorizeDeviceRequest": "authorize_device_request",
    "AuthorizeInfo": "authorize_info",
    "AuthorizeRequest": "authorize_request",
    "AuthorizeRequestCodeChallengeMethod": "authorize_request_code_challenge_method",
    "AuthorizeResponse": "authorize_response",
    "AuthorizeScope": "authorize_scope",
    "AuthorizeScopeChild": "authorize_scope_child",
    "BindProviderRequest": "bind_provider_request",
    "CaptchaDataRequest": "captcha_data_request",
    "CaptchaDataResponse": "captcha_data_response",
    "CaptchaTokenResponse": "captcha_token_response",
    "ChangeBoundProviderRequest": "change_bound_provider_request",
    "ChangeBoundProviderResponse": "change_bound_provider_response",
    "ClientCredentialRequest": "client_credential_request",
    "ClientCredentialRequestGrantType": "client_credential_request_grant_type",
    "CustomSignInRequest": "custom_sign_in_request",
    "CustomSignInRequestProviderId": "custom_sign_in_request_provider_id",
    "DeviceCodeRequest": "device_code_request",
    "DeviceCodeResponse": "device_code_response",
    "EditBasicUserRequest": "edit_basic_user_request",
    "EditBasicUserRequestGender": "edit_basic_user_request_gender",
    "EditContactRequest": "edit_contact_request",
    "EditContactRequestConflictResolution": "edit_contact_request_conflict_resolution",
    "Empty": "empty",
    "Error": "error",
    "GatewayError": "gateway_error",
    "GatewayErrorDetailsItem": "gateway_error_details_item",
    "GenProviderRedirectUriResponseType": "gen_provider_redirect_uri_response_type",
    "IntrospectResponse": "introspect_response",
    "PatchProviderParams": "patch_provider_params",
    "PatchProviderParamsProviderCodeType": "patch_provider_params_provider_code_type",
    "PatchProviderTokenRequest": "patch_provider_token_request",
    "ProviderInfo": "provider_info",
    "ProviderList": "provider_list",
    "ProviderParams": "provider_params",
    "ProviderParamsProviderCodeType": "provider_params_provider_code_type",
    "ProviderProfile": "provider_profile",
    "ProviderRedirectUriResponse": "provider_redirect_uri_response",
    "ProviderSignInRequest": "provider_sign_in_request",
    "ProviderSubTypeRequest": "provider_sub_type_request",
    "ProviderSubTypeResponse": "provider_sub_type_response",
    "ProviderSubTypeResponseProviderSubType": "provider_sub_type_response_provider_sub_type",
    "ProviderTokenRequest": "provider_token_request",
    "ProviderTokenResponse": "provider_token_response",
    "QrCodeRequest": "qr_code_request",
    "QrCodeResponse": "qr_code_response",
    "QrCodeStatusRequest": "qr_code_status_request",
    "QrCodeStatusResponse": "qr_code_status_response",
    "QueryUserResponse": "query_user_response",
    "ResetPasswordRequest": "reset_password_request",
    "RevokeRequest": "revoke_request",
    "SetUserProfileRequest": "set_user_profile_request",
    "SetUserProfileRequestGender": "set_user_profile_request_gender",
    "SignInRequest": "sign_in_request",
    "SignOutRequest": "sign_out_request",
    "SignOutResponse": "sign_out_response",
    "SignUpRequest": "sign_up_request",
    "SignUpRequestGender": "sign_up_request_gender",
    "SimpleUserProfile": "simple_user_profile",
    "SudoRequest": "sudo_request",
    "SudoResponse": "sudo_response",
    "TokenRequest": "token_request",
    "TokenRequestGrantType": "token_request_grant_type",
    "TokenResponse": "token_response",
    "TransByProviderRequest": "trans_by_provider_request",
    "UpdatePasswordRequest": "update_password_request",
    "UserBehaviorLogEntry": "user_behavior_log_entry",
    "UserBehaviorLogEntryMeta": "user_behavior_log_entry_meta",
    "UserBehaviorLogResponse": "user_behavior_log_response",
    "UserExistResponse": "user_exist_response",
    "UserGroup": "user_group",
    "UserProfile": "user_profile",
    "UserProfileMeta": "user_profile_meta",
    "UserProvider": "user_provider",
    "UserProviderMeta": "user_provider_meta",
    "VerificationRequest": "verification_request",
    "VerificationRequestTarget": "verification_request_target",
    "VerificationRequestUsage": "verification_request_usage",
    "VerificationResponse": "verification_response",
    "VerifyCaptchaRequest": "verify_captcha_request",
    "VerifyRequest": "verify_request",
    "VerifyResponse": "verify_response",
    "WechatNoAuthSignInRequest": "wechat_no_auth_sign_in_request",
    "WedaUserInfo": "weda_user_info",
}

__all__ = (
    "AnonymousSignInRequest",
    "AuthorizeClient",
    "AuthorizeDeviceRequest",
    "AuthorizeInfo",
    "AuthorizeRequest",
    "AuthorizeRequestCodeChallengeMethod",
    "AuthorizeResponse",
    "AuthorizeScope",
    "AuthorizeScopeChild",
    "BindProviderRequest",
    "CaptchaDataRequest",
    "CaptchaDataResponse",
    "CaptchaTokenResponse",
    "ChangeBoundProviderRequest",
    "ChangeBoundProviderResponse",
    "ClientCredentialRequest",
    "ClientCredentialRequestGrantType",
    "CustomSignInRequest",
    "CustomSignInRequestProviderId",
    "DeviceCodeRequest",
    "DeviceCodeResponse",
    "EditBasicUserRequest",
    "EditBasicUserRequestGender",
    "EditContactRequest",
    "EditContactRequestConflictResolution",
    "Empty",
    "Error",
    "GatewayError",
    "GatewayErrorDetailsItem",
    "GenProviderRedirectUriResponseType",
    "IntrospectResponse",
    "PatchProviderParams",
    "PatchProviderParamsProviderCodeType",
    "PatchProviderTokenRequest",
    "ProviderInfo",
    "ProviderList",
    "ProviderParams",
    "ProviderParamsProviderCodeType",
    "ProviderProfile",
    "ProviderRedirectUriResponse",
    "ProviderSignInRequest",
    "ProviderSubTypeRequest",
    "ProviderSubTypeResponse",
    "ProviderSubTypeResponseProviderSubType",
    "ProviderTokenRequest",
    "ProviderTokenResponse",
    "QrCodeRequest",
    "QrCodeResponse",
    "QrCodeStatusRequest",
    "QrCodeStatusResponse",
    "QueryUserResponse",
    "ResetPasswordRequest",
    "RevokeRequest",
    "SetUserProfileRequest",
    "SetUserProfileRequestGender",
    "SignInRequest",
    "SignOutRequest",
    "SignOutResponse",
    "SignUpRequest",
    "SignUpRequestGender",
    "SimpleUserProfile",
    "SudoRequest",
    "SudoResponse",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "TransByProviderRequest",
    "UpdatePasswordRequest",
    "UserBehaviorLogEntry",
    "UserBehaviorLogEntryMeta",
    "UserBehaviorLogResponse",
    "UserExistResponse",
    "UserGroup",
    "UserProfile",
    "UserProfileMeta",
    "UserProvider",
    "UserProviderMeta",
    "VerificationRequest",
    "VerificationRequestTarget",
    "VerificationRequestUsage",
    "VerificationResponse",
    "VerifyCaptchaRequest",
    "VerifyRequest",
    "VerifyResponse",
    "WechatNoAuthSignInRequest",
    "WedaUserInfo",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next lookup is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
