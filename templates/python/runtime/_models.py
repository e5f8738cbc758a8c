"""What every generated model shares: how it prints and how it writes a timestamp.

The models (``cloudbase_auth.models``) spell "the service left this field out" as ``None``.
Their ``repr`` therefore lists only the fields that hold a value: a profile with three fields
set prints three fields, not twenty-four ``None``s. A field's own attrs ``repr`` still decides
how its value shows (the ``x-secret`` ones print ``[REDACTED]``).
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

__all__ = ["model_repr", "rfc3339"]


def model_repr(model: Any) -> str:
    """``ClassName(field=value, ...)`` with only the fields that are set (not ``None``; the
    undocumented ``additional_properties`` only when the service sent any)."""
    shown: list[str] = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if value is None or field.repr is False or (field.name == "additional_properties" and not value):
            continue
        show = field.repr if callable(field.repr) else repr
        shown.append(f"{field.name}={show(value)}")
    return f"{type(model).__name__}({', '.join(shown)})"


def rfc3339(value: datetime.datetime) -> str:
    """A timestamp as the service writes it: RFC 3339, UTC as ``Z`` (``2026-01-01T08:00:00Z``),
    so that ``Model.from_dict(data).to_dict() == data``."""
    text = value.isoformat()
    return f"{text[:-6]}Z" if text.endswith("+00:00") else text
