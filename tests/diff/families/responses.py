"""Fixtures of generator/diff/responses.py: statuses, and error answers compared like success."""

from __future__ import annotations

from . import Doc, fixture, schema, signin, user_me

B, N = "breaking", "non-breaking"


def success(o: Doc, n: Doc) -> None:
    user_me(n)["responses"]["201"] = user_me(n)["responses"].pop("200")


def error_added(o: Doc, n: Doc) -> None:
    user_me(n)["responses"]["401"] = {
        "description": "Not signed in.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def error_removed(o: Doc, n: Doc) -> None:
    del signin(n)["responses"]["400"]


def error_field_removed(o: Doc, n: Doc) -> None:
    """An error answer's schema loses a field: compared like a success answer's."""
    del schema(n, "Error")["properties"]["error_description"]


def error_field_optional(o: Doc, n: Doc) -> None:
    schema(n, "Error")["required"] = []


FIXTURES = {
    "success-status-changed": fixture(success, B, "success-status-changed"),
    "error-response-added": fixture(error_added, N, "error-response-added"),
    "error-response-removed": fixture(error_removed, N, "error-response-removed"),
    "error-answer-field-removed": fixture(error_field_removed, B, "response-field-removed"),
    "error-answer-field-became-optional": fixture(error_field_optional, B, "response-field-became-optional"),
}
