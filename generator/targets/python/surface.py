"""What `authgen diff` asks the python target: the names a user of `cloudbase_auth` writes for
what a change touches, and the Python type of a schema.

Two kinds of type: a facade argument (`CloudBaseAuth.sign_in(username: str, ...)`: the
target's own `names.annotation`, where a string is `str` whatever its format) and a model
attribute (openapi-python-client's mapping, with the build's "absent is None": `format:
date-time` is `datetime.datetime`, an optional or nullable field is `X | None`, a oneOf/anyOf
is the union of its branches).
"""

from __future__ import annotations

from typing import Any

from ...diff.model import REQUEST, Subject
from ...ir import type_ref
from ...naming import pascal_case, snake_case
from ..surface import Shape, shape_of
from .names import annotation, identifier

CLIENT = "CloudBaseAuth"
PACKAGE = "cloudbase_auth"

# openapi-python-client's types for string formats it knows
_STRING_FORMATS = {"date-time": "datetime.datetime", "date": "datetime.date", "binary": "File", "uuid": "UUID"}
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _method(operation: str) -> str:
    return identifier(snake_case(operation)) if operation else "?"


def _model(name: str) -> str:
    """A component schema's model class; an inline object's is its path joined (`UserProfileMeta`)."""
    return "".join(pascal_case(part) for part in name.split("."))


class PythonSurface:
    target = "python"

    def names(self, subject: Subject) -> tuple[str, ...]:
        call = f"{CLIENT}.{_method(subject.operation)}"
        kind = subject.kind
        if kind == "operation":
            if subject.old_name:
                return (f"{CLIENT}.{_method(subject.old_name)}() -> {call}()",)
            return (f"{call}()",)
        if kind == "parameter":
            if subject.managed:
                return (f"{call}() (sent by the client itself: {subject.name})",)
            return (f"{call}(..., {identifier(subject.name)}=...)",)
        if kind == "field":
            if subject.location == "body" and subject.operation:
                return (f"{call}(..., {identifier(subject.name)}=...)",)
            return (f"{_model(subject.model)}.{identifier(subject.name)}",) if subject.model else ()
        if kind == "error-code":
            if subject.old_name:
                return (f"{PACKAGE}.{pascal_case(subject.old_name)} -> {PACKAGE}.{pascal_case(subject.name)}",)
            return (f"{PACKAGE}.{pascal_case(subject.name)}",)
        if kind == "answer":
            if subject.name.startswith("2"):
                return (f"{call}()",)
            return (f"{call}() raises {PACKAGE}.APIStatusError",)
        return ()

    def type_of(self, doc: dict[str, Any], node: Any, *, required: bool, subject: Subject, direction: str) -> str:
        if subject.kind == "answer" and not subject.name.startswith("2"):
            # Every error answer becomes an APIStatusError subclass (by status and `error`, or
            # GatewayError for the gateway's shape): its schema decides no Python type.
            return ""
        argument = subject.kind == "parameter" or (subject.kind == "field" and subject.location == "body")
        if argument:
            base = annotation(type_ref(doc, node))
            nullable = shape_of(doc, node).nullable
        else:
            shape = shape_of(doc, node)
            base = _model_type(shape, subject)
            nullable = shape.nullable
        if subject.kind == "answer":
            return base
        return _union([base] + (["None"] if nullable or not required else []))

    def compatible(self, old: str, new: str, direction: str) -> bool:
        """A request argument may accept more (an int is a float); a response attribute may hold
        less. Anything else changes what user code passes or reads."""
        before, after = _parts(old), _parts(new)
        # an int is a float to a type checker (PEP 484's numeric tower)
        if direction == REQUEST:
            return before <= after | ({"int"} if "float" in after else set())
        return after <= before | ({"int"} if "float" in before else set())


def _model_type(shape: Shape, subject: Subject) -> str:
    if shape.branches:
        return _union([_model_type(b, subject) for b in shape.branches])
    if shape.ref:
        return _model(shape.ref)
    if not shape.types:
        return "Any"
    parts = []
    for kind in shape.types:
        if kind == "string":
            parts.append(_STRING_FORMATS.get(shape.format, "str"))
        elif kind == "array":
            inner = _model_type(shape.items, subject) if shape.items else "Any"
            parts.append(f"list[{inner}]")
        elif kind == "object":
            parts.append(f"{_model(subject.model)}{pascal_case(subject.name)}" if subject.model else "dict[str, Any]")
        else:
            parts.append(_SCALARS.get(kind, "Any"))
    return _union(parts)


def _union(parts: list[str]) -> str:
    flat: list[str] = []
    for part in parts:
        for p in _split(part):
            if p not in flat:
                flat.append(p)
    if "None" in flat:  # None last, as people write it
        flat = [p for p in flat if p != "None"] + ["None"]
    return " | ".join(flat)


def _split(text: str) -> list[str]:
    """`a | list[b | c] | None` -> [a, list[b | c], None]: top-level union members only."""
    out, depth, current = [], 0, ""
    for ch in text:
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            out.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        out.append(current.strip())
    return out


def _parts(text: str) -> set[str]:
    return set(_split(text))


SURFACE = PythonSurface()
