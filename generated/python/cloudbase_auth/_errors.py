# generated from spec/auth-v1.yaml by authgen, do not edit
"""Exceptions raised by the CloudBase Auth client.

The tree::

    CloudBaseAuthError
    ├── APIConnectionError          the request never got an HTTP answer
    │   └── APITimeoutError         ... because a timeout expired
    ├── NotSignedInError            a bearer call with no usable session
    └── APIStatusError              the service answered with an error body (any HTTP status,
        │                           including a 2xx body carrying ``error``)
        ├── BadRequestError         400
        ├── AuthenticationError     401
        ├── PermissionDeniedError   403
        ├── NotFoundError           404
        ├── ConflictError           409
        ├── RateLimitError          429
        ├── InternalServerError     >= 500
        ├── GatewayError            the access gateway's ``{code, message, requestId}`` shape
        ├── InvalidResponseError    an answer that is not what the spec promises (not JSON,
        │   │                       blank, truncated, too deep, a required field missing)
        │   └── ResponseTooLargeError   larger than ``max_response_bytes`` (8 MiB by default)
        └── one class per code of the spec's error catalogue (``x-error-codes``), under the
            status class of its documented status, e.g. ``InvalidGrant(BadRequestError)``

``raise_for_response`` picks the class: by the body's ``error`` code first
(``ERROR_CLASSES``), then by HTTP status, then ``APIStatusError``. Messages never carry a secret:
``error_description`` is redacted before it is stored.

The classes down to ``GatewayError`` and the functions live in the runtime's ``_exceptions``
and are re-exported here; this module adds the catalogue's classes and registers them.
"""

from __future__ import annotations

from ._exceptions import (
    ERROR_CLASSES,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CloudBaseAuthError,
    ConflictError,
    GatewayError,
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    NotSignedInError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    error_from_response,
    raise_for_response,
)

__all__ = [
    "ERROR_CLASSES",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AlreadyExists",
    "AuthenticationError",
    "AuthorizationPending",
    "BadRequestError",
    "CaptchaInvalid",
    "CaptchaRequired",
    "CloudBaseAuthError",
    "ConflictError",
    "ExpiredToken",
    "FailedPrecondition",
    "GatewayError",
    "Internal",
    "InternalServerError",
    "InvalidArgument",
    "InvalidClient",
    "InvalidGrant",
    "InvalidPassword",
    "InvalidPhoneNumber",
    "InvalidRequest",
    "InvalidResponseError",
    "InvalidScope",
    "InvalidStatus",
    "InvalidUsernameOrPassword",
    "InvalidVerificationCode",
    "NotFound",
    "NotFoundError",
    "NotSignedInError",
    "PasswordNotSet",
    "PermissionDenied",
    "PermissionDeniedError",
    "ProviderNotEnabled",
    "ProviderNotFound",
    "RateLimitError",
    "RateLimitExceeded",
    "ResourceExhausted",
    "ResponseTooLargeError",
    "SlowDown",
    "Unauthenticated",
    "Unauthorized",
    "UnauthorizedClient",
    "Unavailable",
    "UnsupportedGrantType",
    "UnsupportedResponseType",
    "UserBlocked",
    "UserNotFound",
    "UsernameAlreadyExists",
    "error_from_response",
    "raise_for_response",
]


class InvalidArgument(BadRequestError):
    """``invalid_argument`` (HTTP 400, error_code 3): A parameter is missing, malformed or out of range."""


class FailedPrecondition(BadRequestError):
    """``failed_precondition`` (HTTP 400, error_code 9): The call is not allowed in the account's current state."""


class Unauthenticated(AuthenticationError):
    """``unauthenticated`` (HTTP 401, error_code 16): No valid access token; sign in again."""


class PermissionDenied(PermissionDeniedError):
    """``permission_denied`` (HTTP 403, error_code 7): The token may not do this (for example a missing or bad sudo token)."""


class NotFound(NotFoundError):
    """``not_found`` (HTTP 404, error_code 5): The resource does not exist."""


class AlreadyExists(ConflictError):
    """``already_exists`` (HTTP 409, error_code 6): The resource already exists."""


class ResourceExhausted(RateLimitError):
    """``resource_exhausted`` (HTTP 429, error_code 8): A quota or rate limit was hit."""


class Internal(InternalServerError):
    """``internal`` (HTTP 500, error_code 13): An unexpected error inside the service."""


class Unavailable(InternalServerError):
    """``unavailable`` (HTTP 503, error_code 14): The service is temporarily unavailable; retry later."""


class InvalidRequest(BadRequestError):
    """``invalid_request`` (HTTP 400, error_code 3): The OAuth request is malformed."""


class InvalidGrant(BadRequestError):
    """``invalid_grant`` (HTTP 400, error_code 4001): The refresh token, provider token or ticket is wrong, expired or already used; sign the user out."""


class InvalidClient(AuthenticationError):
    """``invalid_client`` (HTTP 401, error_code 4001): Client authentication failed."""


class UnauthorizedClient(AuthenticationError):
    """``unauthorized_client`` (HTTP 401, error_code 4003): The client may not use this grant (for example a wrong client secret)."""


class UnsupportedGrantType(BadRequestError):
    """``unsupported_grant_type`` (HTTP 400, error_code 3): The grant_type is not supported."""


class InvalidScope(BadRequestError):
    """``invalid_scope`` (HTTP 400, error_code 3): The requested scope is invalid."""


class Unauthorized(AuthenticationError):
    """``unauthorized`` (HTTP 401, error_code 4003): The caller is not authorised for this operation."""


class CaptchaRequired(BadRequestError):
    """``captcha_required`` (HTTP 400, error_code 4028): Too many attempts; solve a captcha and retry with its token."""


class CaptchaInvalid(BadRequestError):
    """``captcha_invalid`` (HTTP 400, error_code 4028): The captcha token is wrong or expired."""


class InvalidUsernameOrPassword(BadRequestError):
    """``invalid_username_or_password`` (HTTP 400, error_code 4043): The username does not exist or the password is wrong."""


class InvalidPassword(BadRequestError):
    """``invalid_password`` (HTTP 400, error_code 4001): The password does not meet the password rules."""


class PasswordNotSet(BadRequestError):
    """``password_not_set`` (HTTP 400, error_code 4001): The account has no password; sign in with a verification code."""


class InvalidStatus(PermissionDeniedError):
    """``invalid_status`` (HTTP 403, error_code 4003): The account is locked or otherwise not usable."""


class UserBlocked(PermissionDeniedError):
    """``user_blocked`` (HTTP 403, error_code 4003): The account is blocked."""


class InvalidVerificationCode(BadRequestError):
    """``invalid_verification_code`` (HTTP 400, error_code 4001): The verification code is wrong or expired."""


class InvalidPhoneNumber(BadRequestError):
    """``invalid_phone_number`` (HTTP 400, error_code 4001): The phone number is malformed (expected `+86 13800000000`)."""


class RateLimitExceeded(RateLimitError):
    """``rate_limit_exceeded`` (HTTP 429, error_code 4029): Too many verification codes sent to this target; wait a minute."""


class UserNotFound(NotFoundError):
    """``user_not_found`` (HTTP 404, error_code 4004): No such user."""


class ProviderNotFound(NotFoundError):
    """``provider_not_found`` (HTTP 404, error_code 4004): The identity provider is unknown or not bound to this user."""


class UsernameAlreadyExists(ConflictError):
    """``username_already_exists`` (HTTP 409, error_code 409): Another account already uses this username, phone number or email."""


class ProviderNotEnabled(PermissionDeniedError):
    """``provider_not_enabled`` (HTTP 403, error_code 4003): The identity provider is not enabled for this environment."""


class AuthorizationPending(BadRequestError):
    """``authorization_pending`` (HTTP 400, error_code 3): Device flow; the user has not approved the user code yet; poll again after `interval` seconds (RFC 8628)."""


class SlowDown(BadRequestError):
    """``slow_down`` (HTTP 400, error_code 3): Device flow; polled faster than `interval`; wait 5 seconds longer between polls (RFC 8628)."""


class ExpiredToken(BadRequestError):
    """``expired_token`` (HTTP 400, error_code 3): Device flow; the device code expired before it was approved; start again with `POST /device/code` (RFC 8628)."""


class UnsupportedResponseType(BadRequestError):
    """``unsupported_response_type`` (HTTP 400, error_code 3): The authorization request's `response_type` is not supported (the SDK's error list names it)."""


ERROR_CLASSES.update(
    {
        "invalid_argument": InvalidArgument,
        "failed_precondition": FailedPrecondition,
        "unauthenticated": Unauthenticated,
        "permission_denied": PermissionDenied,
        "not_found": NotFound,
        "already_exists": AlreadyExists,
        "resource_exhausted": ResourceExhausted,
        "internal": Internal,
        "unavailable": Unavailable,
        "invalid_request": InvalidRequest,
        "invalid_grant": InvalidGrant,
        "invalid_client": InvalidClient,
        "unauthorized_client": UnauthorizedClient,
        "unsupported_grant_type": UnsupportedGrantType,
        "invalid_scope": InvalidScope,
        "unauthorized": Unauthorized,
        "captcha_required": CaptchaRequired,
        "captcha_invalid": CaptchaInvalid,
        "invalid_username_or_password": InvalidUsernameOrPassword,
        "invalid_password": InvalidPassword,
        "password_not_set": PasswordNotSet,
        "invalid_status": InvalidStatus,
        "user_blocked": UserBlocked,
        "invalid_verification_code": InvalidVerificationCode,
        "invalid_phone_number": InvalidPhoneNumber,
        "rate_limit_exceeded": RateLimitExceeded,
        "user_not_found": UserNotFound,
        "provider_not_found": ProviderNotFound,
        "username_already_exists": UsernameAlreadyExists,
        "provider_not_enabled": ProviderNotEnabled,
        "authorization_pending": AuthorizationPending,
        "slow_down": SlowDown,
        "expired_token": ExpiredToken,
        "unsupported_response_type": UnsupportedResponseType,
    }
)
