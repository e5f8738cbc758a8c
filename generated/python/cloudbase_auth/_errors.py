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
        └── one class per code of the spec's error catalogue (``x-error-codes``), under the
            status class of its documented status, e.g. ``InvalidGrant(BadRequestError)``

``raise_for_response`` picks the class: by the body's ``error`` code first
(``ERROR_CLASSES``), then by HTTP status, then ``APIStatusError``. Messages never carry a secret:
``error_description`` is redacted before it is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any, cast

from ._redact import redact_text

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


class CloudBaseAuthError(Exception):
    """Base class of every error this package raises."""


class APIConnectionError(CloudBaseAuthError):
    """The request did not get an HTTP answer (connection refused, DNS, reset, ...)."""

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class NotSignedInError(CloudBaseAuthError):
    """A call that needs the session's access token, with no session (or an unusable one)."""


class APIStatusError(CloudBaseAuthError):
    """The service answered with an error.

    ``status_code`` is the HTTP status of the answer (it can be 2xx: the service sometimes
    reports an error inside a 200), ``error`` the wire error code (e.g. ``"invalid_grant"``),
    ``error_code`` its number when the service sent one, ``error_description`` the redacted
    description and ``request_id`` the ``x-request-id`` the client sent.
    """

    def __init__(
        self,
        *,
        status_code: int,
        error: str,
        error_code: int | None = None,
        error_description: str = "",
        request_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.error = error
        self.error_code = error_code
        self.error_description = error_description
        self.request_id = request_id
        message = f"{error} (HTTP {status_code}"
        if error_code is not None:
            message += f", error_code {error_code}"
        message += ")"
        if error_description:
            message += f": {error_description}"
        if request_id:
            message += f" [request_id={request_id}]"
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only __init__: rebuild from the attributes so the error survives pickling
        # (multiprocessing, task queues).
        return (
            _rebuild,
            (type(self), self.status_code, self.error, self.error_code, self.error_description, self.request_id),
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, error={self.error!r}, "
            f"error_code={self.error_code!r}, error_description={self.error_description!r}, "
            f"request_id={self.request_id!r})"
        )


def _rebuild(
    cls: type[APIStatusError],
    status_code: int,
    error: str,
    error_code: int | None,
    error_description: str,
    request_id: str | None,
) -> APIStatusError:
    return cls(
        status_code=status_code,
        error=error,
        error_code=error_code,
        error_description=error_description,
        request_id=request_id,
    )


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 500 and above."""


class GatewayError(APIStatusError):
    """The HTTP access gateway in front of the Auth service refused the call, in its own shape
    ``{code, message, requestId}`` (spec: ``GatewayError``), for example ``INVALID_ENV``.

    ``code`` and ``message`` are the gateway's (redacted like every description),
    ``request_id`` the ``x-request-id`` the client sent, ``gateway_request_id`` the gateway's
    ``requestId`` when it gave one. The raised class is also the status class of the answer
    (a 429 is both a ``GatewayError`` and a ``RateLimitError``).
    """

    def __init__(self, *, gateway_request_id: str | None = None, **fields: Any) -> None:
        super().__init__(**fields)
        self.gateway_request_id = gateway_request_id

    @property
    def code(self) -> str:
        return self.error

    @property
    def message(self) -> str:
        return self.error_description

    def __reduce__(self) -> tuple[Any, ...]:
        fields = {
            "status_code": self.status_code,
            "error": self.error,
            "error_code": self.error_code,
            "error_description": self.error_description,
            "request_id": self.request_id,
            "gateway_request_id": self.gateway_request_id,
        }
        return (_rebuild_gateway, (fields,))


def _rebuild_gateway(fields: dict[str, Any]) -> GatewayError:
    return _gateway_class(int(fields["status_code"]))(**fields)


_GATEWAY_CLASSES: dict[type[APIStatusError], type[GatewayError]] = {}


def _gateway_class(status_code: int) -> type[GatewayError]:
    """GatewayError combined with the status class (RateLimitError, ...), made once per class."""
    base = InternalServerError if status_code >= 500 else _STATUS_CLASSES.get(status_code)
    if base is None:
        return GatewayError
    cls = _GATEWAY_CLASSES.get(base)
    if cls is None:
        doc = f"A gateway error answered with the status of {base.__name__}."
        cls = cast(
            "type[GatewayError]",
            type(f"Gateway{base.__name__}", (GatewayError, base), {"__module__": __name__, "__doc__": doc}),
        )
        _GATEWAY_CLASSES[base] = cls
    return cls


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


ERROR_CLASSES: dict[str, type[APIStatusError]] = {
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

_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def _class_for(error: str, status_code: int) -> type[APIStatusError]:
    cls = ERROR_CLASSES.get(error)
    if cls is not None:
        return cls
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def _fallback_error(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return f"http_{status_code}"


def error_from_response(
    status_code: int,
    body: Mapping[str, Any] | None,
    request_id: str | None,
    *,
    secrets: Iterable[str] = (),
) -> APIStatusError | None:
    """The exception an answer stands for, or None when it is a success.

    An answer is an error when its status is not 2xx, when its body has a truthy ``error``
    (whatever the status), or when its body has the gateway shape ``{code, message}`` with a
    string ``code``. ``secrets`` are literal values (the request's passwords, tokens, ...) to
    redact from the description on top of the usual patterns.
    """
    ok = 200 <= status_code < 300
    data: Mapping[str, Any] = body if body is not None else {}
    error: Any = data.get("error")
    description: Any = data.get("error_description")
    gateway = False
    if not error:
        code = data.get("code")
        if isinstance(code, str) and code and "message" in data:
            error, description, gateway = code, data.get("message"), True
        elif ok:
            return None
    if not isinstance(error, str) or not error:
        error = _fallback_error(status_code) if not error else str(error)
    raw_code = data.get("error_code")
    error_code = raw_code if isinstance(raw_code, int) and not isinstance(raw_code, bool) else None
    if isinstance(raw_code, str) and raw_code.isdigit():
        error_code = int(raw_code)
    text = "" if description is None else redact_text(str(description), secrets)
    if gateway:
        gateway_id = data.get("requestId")
        return _gateway_class(status_code)(
            status_code=status_code,
            error=redact_text(error, secrets),
            error_code=error_code,
            error_description=text,
            request_id=request_id,
            gateway_request_id=redact_text(gateway_id, secrets) if isinstance(gateway_id, str) else None,
        )
    cls = _class_for(error, status_code)
    return cls(
        status_code=status_code,
        error=redact_text(error, secrets),
        error_code=error_code,
        error_description=text,
        request_id=request_id,
    )


def raise_for_response(
    status_code: int,
    body: Mapping[str, Any] | None,
    request_id: str | None,
    *,
    secrets: Iterable[str] = (),
) -> None:
    """Raise the typed error an answer stands for; return quietly on success."""
    exc = error_from_response(status_code, body, request_id, secrets=secrets)
    if exc is not None:
        raise exc
