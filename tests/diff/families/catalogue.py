"""Fixtures of generator/diff/catalogue.py (the error catalogue, `x-error-codes`)."""

from __future__ import annotations

from . import Doc, fixture

B, N = "breaking", "non-breaking"


def added(o: Doc, n: Doc) -> None:
    n["x-error-codes"].append(
        {"error": "captcha_required", "error_code": 4028, "status": 400, "description": "Solve a captcha."}
    )


def removed(o: Doc, n: Doc) -> None:
    n["x-error-codes"].pop(0)


def renamed(o: Doc, n: Doc) -> None:
    n["x-error-codes"][1]["error"] = "invalid_ticket"


def status(o: Doc, n: Doc) -> None:
    n["x-error-codes"][1]["status"] = 401


FIXTURES = {
    "error-code-added": fixture(added, N, "error-code-added"),
    "error-code-removed": fixture(removed, B, "error-code-removed"),
    "error-code-renamed": fixture(renamed, B, "error-code-renamed"),
    "error-code-status-changed": fixture(status, B, "error-code-status-changed"),
}
