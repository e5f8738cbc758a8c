"""What `authgen diff` asks the go target: the names a user of package `cloudbase` writes for
what a change touches, and the Go type of a schema, computed exactly as the build computes it
(the IR's type, then `gotypes.field_type`: optional scalars and structs are pointers,
`format: date-time` is `time.Time`, a composition is whatever the IR makes of it).

Go's types are invariant: any change of a field's type (`*int` -> `*float64`, `*string` ->
`string`) stops code that used the old one from compiling, in either direction.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict
from typing import Any

from ...diff.model import Subject
from ...ir import type_ref
from ...naming import words
from .gotypes import field_type
from .names import exported


def _go(name: str) -> str:
    return exported(words(name)) if name else "?"


class _StructNames(Mapping[str, str]):
    """Every component schema's struct name (the build names them so; which ones it emits is
    the build's business)."""

    def __getitem__(self, key: str) -> str:
        return _go(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(key)


class GoSurface:
    target = "go"

    def names(self, subject: Subject) -> tuple[str, ...]:
        method = f"Client.{_go(subject.operation)}"
        kind = subject.kind
        if kind == "operation":
            if subject.old_name:
                return (f"Client.{_go(subject.old_name)}() -> {method}()",)
            return (f"{method}()",)
        if kind == "parameter":
            if subject.managed:
                return (f"{method}() (sent by the client itself: {subject.name})",)
            request = _go(subject.model) if subject.model else f"{_go(subject.operation)}Request"
            return (f"{request}.{_go(subject.name)}",)
        if kind == "field":
            if not subject.model or "." in subject.model:
                return ()  # an inline object is a map[string]any in Go: no name of its own
            return (f"{_go(subject.model)}.{_go(subject.name)}",)
        if kind == "error-code":
            if subject.old_name:
                return (f"cloudbase.Err{_go(subject.old_name)} -> cloudbase.Err{_go(subject.name)}",)
            return (f"cloudbase.Err{_go(subject.name)}",)
        if kind == "answer":
            if subject.name.startswith("2"):
                return (f"{method}()",)
            return (f"{method}() returns *cloudbase.APIError",)
        return ()

    def type_of(self, doc: dict[str, Any], node: Any, *, required: bool, subject: Subject, direction: str) -> str:
        if subject.kind == "answer" and not subject.name.startswith("2"):
            return ""  # every error answer is an *APIError (ErrGateway for the gateway's shape)
        if subject.kind == "field" and "." in subject.model:
            return ""  # inside an inline object: a map entry, no Go type of its own
        typed = asdict(type_ref(doc, node))
        return field_type(typed, required or subject.kind == "answer", _StructNames())

    def compatible(self, old: str, new: str, direction: str) -> bool:
        return old == new


SURFACE = GoSurface()
