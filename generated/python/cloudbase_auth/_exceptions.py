# generated from spec/auth-v1.yaml by authgen, do not edit
"""The fixed part of the exception tree, and how an answer becomes an exception.

Plain runtime source: the classes that do not depend on the spec (``CloudBaseAuthError`` and
its subclasses down to the HTTP status classes and ``GatewayError``) and
``error_from_response`` / ``raise_for_response``. The generated ``_errors`` module adds one
class per code of the spec's error catalogue and registers them in ``ERROR_CLASSES``; users
import everything from ``cloudbase_auth`` (or ``cloudbase_auth._errors``), which re-exports
this module's names. Messages never carry a secret: ``error_description`` is redacted before
it is stored.
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
    "AuthenticationError",
    "BadRequestError",
    "CloudBaseAuthError",
    "ConflictError",
    "GatewayError",
    "InternalServerError",
    "InvalidResponseError",
    "NotFoundError",
    "NotSignedInError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
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


class InvalidResponseError(APIStatusError):
    """The answer is not what the spec promises: not JSON, blank, truncated, nested deeper
    than the client reads, or without a field the operation's model requires. ``error`` is
    ``invalid_response``; the message says what was wrong, never what the body held."""

    def __init__(self, *, status_code: int, error_description: str, request_id: str | None = None) -> None:
        super().__init__(
            status_code=status_code,
            error="invalid_response",
            error_description=error_description,
            request_id=request_id,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_invalid, (type(self), self.status_code, self.error_description, self.request_id))


def _rebuild_invalid(
    cls: type[InvalidResponseError], status_code: int, error_description: str, request_id: str | None
) -> InvalidResponseError:
    return cls(status_code=status_code, error_description=error_description, request_id=request_id)


class ResponseTooLargeError(InvalidResponseError):
    """The answer is larger than the client reads (``max_response_bytes``, 8 MiB by default):
    it was cut off there, never read whole."""


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


# The catalogue: wire error code (``"invalid_grant"``) -> its class. Empty in this module; the
# generated ``_errors`` module, which the package's ``__init__`` imports, fills it with one
# class per code of the spec's ``x-error-codes``. A code missing here falls back by status.
ERROR_CLASSES: dict[str, type[APIStatusError]] = {}

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
