# generated from spec/auth-v1.yaml by authgen, do not edit
"""Model reprs without secrets.

openapi-python-client's attrs models print every field, so ``repr(tokens)`` would show the access
token. Every model with a secret field (the spec's ``x-secret`` names plus the built-in list) gets
a ``__repr__`` that prints ``[REDACTED]`` for it; other values, including
``additional_properties``, are redacted by key as the client's logs are.
"""

from __future__ import annotations

import importlib
from typing import Any

import attrs

from ._operations import SECRET_FIELDS
from ._redact import BUILTIN_SECRET_FIELDS, REDACTED, redact

__all__ = ["install_model_reprs"]

_SECRETS: frozenset[str] = frozenset(name.lower() for name in SECRET_FIELDS) | BUILTIN_SECRET_FIELDS


def _redacted_repr(self: Any) -> str:
    parts = []
    for field in attrs.fields(type(self)):
        value = getattr(self, field.name)
        if field.name.lower() in _SECRETS and isinstance(value, str):
            parts.append(f"{field.name}={REDACTED!r}")
        else:
            parts.append(f"{field.name}={redact(value, _SECRETS)!r}")
    return f"{type(self).__name__}({', '.join(parts)})"


def install_model_reprs() -> None:
    """Give every model class a secret-free ``__repr__`` (idempotent)."""
    try:
        models = importlib.import_module(f"{__package__}.models")
    except ModuleNotFoundError:  # a runtime rendered without openapi-python-client's models
        return
    for name in getattr(models, "__all__", ()):
        model = getattr(models, name)
        if isinstance(model, type) and attrs.has(model):
            model.__repr__ = _redacted_repr  # type: ignore[method-assign]
