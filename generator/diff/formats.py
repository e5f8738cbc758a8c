"""`format`: added or removed, widened (`int32` -> `int64`, `float` -> `double`) or narrowed, or
changed to an unrelated one (`date` -> `date-time`), judged by direction.

A request that accepts a wider format accepts every old value; a response that promises a
narrower one still fits every old reader (for the wire: a target whose generated type follows
the format, `str` -> `datetime`, says so in its own effect).
"""

from __future__ import annotations

from typing import Any

from .engine import Comparison, Place
from .model import BREAKING, NON_BREAKING, REQUEST, RESPONSE, Finding, rule

FAMILY = "formats"

# format -> the formats whose values it also accepts
WIDER = {"int64": {"int32"}, "double": {"float"}}

REQUEST_FORMAT_WIDENED = rule(
    "request-format-widened", NON_BREAKING, FAMILY, "{label}: format {old} -> {new}",
    "a request value accepts a wider format (int32 -> int64), or any format", direction=REQUEST, retypes=True,
)  # fmt: skip
REQUEST_FORMAT_NARROWED = rule(
    "request-format-narrowed", BREAKING, FAMILY, "{label}: format {old} -> {new}",
    "a request value must now have a format, or a narrower one (int64 -> int32)",
    "send values of the new format", direction=REQUEST, retypes=True,
)  # fmt: skip
REQUEST_FORMAT_CHANGED = rule(
    "request-format-changed", BREAKING, FAMILY, "{label}: format {old} -> {new}",
    "a request value's format changed to an unrelated one", "send values of the new format",
    direction=REQUEST, retypes=True,
)  # fmt: skip
RESPONSE_FORMAT_NARROWED = rule(
    "response-format-narrowed", NON_BREAKING, FAMILY, "{label}: format {old} -> {new}",
    "a response value promises a format, or a narrower one (int64 -> int32)", direction=RESPONSE, retypes=True,
)  # fmt: skip
RESPONSE_FORMAT_WIDENED = rule(
    "response-format-widened", BREAKING, FAMILY, "{label}: format {old} -> {new}",
    "a response value may have a wider format (int32 -> int64), or any format",
    "handle values of the wider format (a 32-bit integer may overflow)", direction=RESPONSE, retypes=True,
)  # fmt: skip
RESPONSE_FORMAT_CHANGED = rule(
    "response-format-changed", BREAKING, FAMILY, "{label}: format {old} -> {new}",
    "a response value's format changed to an unrelated one", "handle values of the new format",
    direction=RESPONSE, retypes=True,
)  # fmt: skip


def _fmt(value: Any) -> str:
    return repr(value) if isinstance(value, str) and value else "none"


def relation(old: str, new: str) -> str:
    """widened | narrowed | changed, of the set of values `new` allows against `old`'s."""
    if not new or old in WIDER.get(new, ()):
        return "widened"
    if not old or new in WIDER.get(old, ()):
        return "narrowed"
    return "changed"


def check(cmp: Comparison, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, place: Place) -> list[Finding]:
    a, b = o.get("format"), n.get("format")
    a = a if isinstance(a, str) else ""
    b = b if isinstance(b, str) else ""
    if a == b:
        return []
    how = relation(a, b)
    side = "request" if place.request else "response"
    name = f"{side}-format-{how}"
    fields = {"label": place.label, "old": _fmt(a), "new": _fmt(b)}
    return [cmp.found(name, fields, optr + ("/format" if a else ""), nptr + ("/format" if b else ""), place)]
