"""How the Python target spells the IR: identifiers, type annotations, the facade's arguments.

The IR carries wire names and neutral casings; Python's keywords, openapi-python-client's
field prefix, the annotation of a JSON type and the shape of a facade method's keyword
arguments are decided here, once, for the templates, the docstrings and the snippets.
"""

from __future__ import annotations

import json
import keyword
from collections.abc import Iterable
from dataclasses import dataclass

from ...ir import ErrorCode, Field, Operation, Parameter, Schema, TypeRef
from ...naming import Names, snake_case

FIELD_PREFIX = "field_"  # openapi-python-client's default field prefix, which we keep


def identifier(name: str) -> str:
    """A wire name as a Python identifier (`x-device-id` -> `x_device_id`, `from` -> `field_from`)."""
    return _escaped(snake_case(name))


def _escaped(ident: str) -> str:
    if not ident or ident[0].isdigit() or keyword.iskeyword(ident):
        return f"{FIELD_PREFIX}{ident}"
    return ident


def name_of(node: Names | Field | Parameter | Operation) -> str:
    """The Python name of a field, parameter or operation (its method)."""
    names = node if isinstance(node, Names) else node.names
    return _escaped(names.snake)


def class_name(node: Schema | ErrorCode | Names) -> str:
    """The model class of a schema, or the exception class of an error code."""
    names = node if isinstance(node, Names) else node.names
    return names.pascal


def class_names(nodes: Iterable[Schema | ErrorCode]) -> list[str]:
    return [class_name(node) for node in nodes]


# The runtime's status classes (templates/python/runtime/_exceptions.py); any other status
# (from 500 on: InternalServerError) gets the common base.
_STATUS_BASES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    429: "RateLimitError",
}


def error_base(code: ErrorCode) -> str:
    """The runtime class an error code's class derives from: the class of its documented status."""
    if code.status >= 500:
        return "InternalServerError"
    return _STATUS_BASES.get(code.status, "APIStatusError")


_SCALARS = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "object": "dict[str, Any]",
}


def annotation(type_: TypeRef) -> str:
    """The facade's annotation of a JSON type: str, int, list[str], Literal["a", "b"], ..."""
    if type_.enum and type_.type == "string":
        return "Literal[" + ", ".join(json.dumps(v) for v in type_.enum) + "]"
    if type_.type == "array":
        items = type_.items
        inner = "dict[str, Any]" if items is None or items.ref else _SCALARS.get(items.type, "Any")
        return f"list[{inner}]"
    return _SCALARS.get(type_.type, "Any")


def fixed_value(type_: TypeRef) -> str | None:
    """The one value a string field may take (a `const` or a one-value `enum`, both a
    one-value enum in the IR): the client sends it when the caller leaves the field out."""
    if type_.type == "string" and len(type_.enum) == 1:
        return type_.enum[0]
    return None


def fixed_body_fields(op: Operation) -> tuple[tuple[str, str], ...]:
    """(wire name, value) of every body field pinned to one value, for the runtime, which
    fills them in on calls it makes itself (an admin token's renewal) as the facade does."""
    if op.body is None:
        return ()
    return tuple((f.name, v) for f in op.body.fields if (v := fixed_value(f.type)) is not None)


@dataclass(frozen=True)
class Argument:
    """A keyword argument of a facade method: a path, query or header parameter or a body field."""

    name: str  # on the wire
    python_name: str
    location: str  # path, query, header, body
    python_type: str
    required: bool
    secret: bool
    description: str
    nullable: bool = False  # the schema allows null: None sends null, NOT_GIVEN leaves it out
    fixed: str | None = None  # the one value the field may take: the argument's default, always sent

    @property
    def default(self) -> str:
        """The signature's ``: T | ... = default`` of an optional argument: ``None`` means "not
        sent", except where the schema allows null (then ``None`` is sent as null and
        ``NOT_GIVEN``, the default, leaves the argument out)."""
        if self.nullable:
            return f"{self.python_type} | None | NotGiven = NOT_GIVEN"
        return f"{self.python_type} | None = None"


def body_fields(op: Operation) -> tuple[Field, ...]:
    """Body fields the facade exposes: a parameter of the same name wins (sudo_token)."""
    if op.body is None:
        return ()
    taken = {name_of(p) for p in op.parameters if not p.managed}
    return tuple(f for f in op.body.fields if name_of(f) not in taken)


def arguments(op: Operation) -> tuple[Argument, ...]:
    """Facade keyword arguments: required ones first, then by location, in spec order."""
    args = [
        Argument(
            p.name,
            name_of(p),
            p.location,
            annotation(p.type),
            p.required,
            p.secret,
            p.description,
            p.type.nullable,
            fixed_value(p.type),
        )
        for p in op.parameters
        if not p.managed
    ] + [
        Argument(
            f.name,
            name_of(f),
            "body",
            annotation(f.type),
            f.required,
            f.secret,
            f.description,
            f.type.nullable,
            fixed_value(f.type),
        )
        for f in body_fields(op)
    ]
    return tuple(sorted(args, key=lambda a: not a.required))
