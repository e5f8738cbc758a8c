"""Error bodies in the service's shape: ``{error, error_code, error_description}``.

Statuses and numeric codes come from the spec's root ``x-error-codes`` catalogue when it lists
the error; the table below is the fallback (gRPC-gateway statuses, the numbers the docs show).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# error -> (HTTP status, error_code)
_DEFAULTS: dict[str, tuple[int, int]] = {
    "invalid_argument": (400, 3),
    "invalid_request": (400, 3),
    "invalid_phone_number": (400, 4001),
    "invalid_verification_code": (400, 4001),
    "invalid_grant": (400, 4001),
    "invalid_password": (400, 4001),
    "invalid_username_or_password": (400, 4043),
    "password_not_set": (400, 4001),
    "unsupported_grant_type": (400, 3),
    "failed_precondition": (400, 9),
    "unauthenticated": (401, 16),
    "invalid_client": (401, 4003),
    "unauthorized": (401, 4003),
    "permission_denied": (403, 7),
    "not_found": (404, 5),
    "user_not_found": (404, 4004),
    "provider_not_found": (404, 4004),
    "method_not_allowed": (405, 12),
    "already_exists": (409, 6),
    "username_already_exists": (409, 409),
    "user_already_exists": (409, 6),
    "payload_too_large": (413, 3),
    "rate_limit_exceeded": (429, 4029),
    "resource_exhausted": (429, 8),
    "captcha_required": (400, 4028),
    "internal": (500, 13),
    "unimplemented": (501, 12),
    "unavailable": (503, 14),
}


class ApiError(Exception):
    """Raised by handlers; the app turns it into the error body with the catalogue's status."""

    def __init__(self, error: str, description: str, *, status: int | None = None) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status = status


class ErrorCatalogue:
    """Maps an error name to its HTTP status and numeric ``error_code``."""

    def __init__(self, entries: Iterable[Mapping[str, Any]] = ()) -> None:
        self._table = dict(_DEFAULTS)
        for entry in entries:
            name = entry.get("error")
            status = entry.get("status")
            code = entry.get("error_code")
            if isinstance(name, str) and isinstance(status, int) and isinstance(code, int):
                self._table[name] = (status, code)

    def known(self, error: str) -> bool:
        return error in self._table

    def status(self, error: str) -> int:
        return self._table.get(error, (400, 3))[0]

    def body(self, error: str, description: str) -> dict[str, Any]:
        code = self._table.get(error, (400, 0))[1]
        return {"error": error, "error_code": code, "error_description": description}
