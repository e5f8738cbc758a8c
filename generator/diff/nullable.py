"""Nullability: `type: [x, "null"]` (OpenAPI 3.1), `nullable: true` (3.0) or a `{type: "null"}`
branch. A request that accepts null accepts more; a response that may be null gives more."""

from __future__ import annotations

from typing import Any

from .engine import Comparison, Place
from .model import BREAKING, NON_BREAKING, REQUEST, RESPONSE, Finding, rule

FAMILY = "nullable"

REQUEST_NULLABLE_ADDED = rule(
    "request-nullable-added", NON_BREAKING, FAMILY, "{label}: now accepts null",
    "a request value accepts null", direction=REQUEST, retypes=True,
)  # fmt: skip
REQUEST_NULLABLE_REMOVED = rule(
    "request-nullable-removed", BREAKING, FAMILY, "{label}: no longer accepts null",
    "a request value no longer accepts null", "send a value instead of null",
    direction=REQUEST, retypes=True,
)  # fmt: skip
RESPONSE_NULLABLE_ADDED = rule(
    "response-nullable-added", BREAKING, FAMILY, "{label}: may now be null",
    "a response value may be null", "handle null (None, nil) where the value is read",
    direction=RESPONSE, retypes=True,
)  # fmt: skip
RESPONSE_NULLABLE_REMOVED = rule(
    "response-nullable-removed", NON_BREAKING, FAMILY, "{label}: is never null any more",
    "a response value is no longer null", direction=RESPONSE, retypes=True,
)  # fmt: skip


def is_nullable(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        return True
    if schema.get("nullable") is True:
        return True
    branches = [b for key in ("oneOf", "anyOf") if isinstance(schema.get(key), list) for b in schema[key]]
    return any(isinstance(b, dict) and b.get("type") == "null" for b in branches)


def check(cmp: Comparison, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, place: Place) -> list[Finding]:
    before, after = is_nullable(o), is_nullable(n)
    if before == after:
        return []
    if place.request:
        name = REQUEST_NULLABLE_ADDED if after else REQUEST_NULLABLE_REMOVED
    else:
        name = RESPONSE_NULLABLE_ADDED if after else RESPONSE_NULLABLE_REMOVED
    return [cmp.found(name, {"label": place.label}, optr, nptr, place)]
