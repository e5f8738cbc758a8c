# generated from spec/auth-v1.yaml by authgen, do not edit
"""Contains all the data models used in inputs/outputs"""

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
from .introspect_response import IntrospectResponse
from .provider_info import ProviderInfo
from .provider_list import ProviderList
from .provider_profile import ProviderProfile
from .provider_sign_in_request import ProviderSignInRequest
from .provider_token_request import ProviderTokenRequest
from .provider_token_response import ProviderTokenResponse
from .reset_password_request import ResetPasswordRequest
from .revoke_request import RevokeRequest
from .sign_in_request import SignInRequest
from .sign_out_request import SignOutRequest
from .sign_out_response import SignOutResponse
from .sign_up_request import SignUpRequest
from .sign_up_request_gender import SignUpRequestGender
from .sudo_request import SudoRequest
from .sudo_response import SudoResponse
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .update_password_request import UpdatePasswordRequest
from .user_exist_response import UserExistResponse
from .user_group import UserGroup
from .user_profile import UserProfile
from .user_profile_meta import UserProfileMeta
from .user_profile_status import UserProfileStatus
from .user_provider import UserProvider
from .user_provider_meta import UserProviderMeta
from .verification_request import VerificationRequest
from .verification_request_target import VerificationRequestTarget
from .verification_request_usage import VerificationRequestUsage
from .verification_response import VerificationResponse
from .verify_request import VerifyRequest
from .verify_response import VerifyResponse

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
    "IntrospectResponse",
    "ProviderInfo",
    "ProviderList",
    "ProviderProfile",
    "ProviderSignInRequest",
    "ProviderTokenRequest",
    "ProviderTokenResponse",
    "ResetPasswordRequest",
    "RevokeRequest",
    "SignInRequest",
    "SignOutRequest",
    "SignOutResponse",
    "SignUpRequest",
    "SignUpRequestGender",
    "SudoRequest",
    "SudoResponse",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "UpdatePasswordRequest",
    "UserExistResponse",
    "UserGroup",
    "UserProfile",
    "UserProfileMeta",
    "UserProfileStatus",
    "UserProvider",
    "UserProviderMeta",
    "VerificationRequest",
    "VerificationRequestTarget",
    "VerificationRequestUsage",
    "VerificationResponse",
    "VerifyRequest",
    "VerifyResponse",
)
