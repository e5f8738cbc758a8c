"""Schemas compiled once into plain Python checks, for the requests the emulator sees most.

``jsonschema`` walks a schema for every instance (8-10 µs for a one-field object or a header
with a length limit); most of the spec's request schemas use a handful of keywords that a
closure checks in well under a microsecond. ``compile_check`` turns such a schema into a
predicate, built when the spec is loaded, and gives up (returns None) on any keyword it does not
know, so the caller keeps jsonschema for that schema.

The predicate is only a fast path to "valid": a request it refuses goes through jsonschema,
which has the last word and writes the message. So a check that is too strict costs time, never
a wrong answer; one that is too lenient would let a bad request through, which is why the tests
hold every compiled schema of the spec to jsonschema's verdict on generated instances
(``tests/emulator/test_emulator_compiled.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]
Resolve = Callable[[str], Any]

# Keywords that never change a verdict (annotations; x-* extensions are skipped too).
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly",
     "$comment", "externalDocs", "xml"}
)  # fmt: skip
_MAX_DEPTH = 16  # deeper schemas (or $ref cycles) stay with jsonschema


def _is_integer(value: Any) -> bool:
    # jsonschema's "integer": an int that is not a bool, or a float with no fractional part
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_TYPES: dict[str, Check] = {
    "string": lambda value: isinstance(value, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "null": lambda value: value is None,
}


def compile_check(schema: Any, resolve: Resolve) -> Check | None:
    """A predicate that is True only for instances jsonschema (draft 2020-12, no format
    assertions beyond what it checks) accepts; None when the schema uses anything else."""
    try:
        return _compile(schema, resolve, 0)
    except _Unsupported:
        return None


class _Unsupported(Exception):
    pass


def _compile(schema: Any, resolve: Resolve, depth: int) -> Check:
    if depth > _MAX_DEPTH:
        raise _Unsupported
    if schema is True or schema == {}:
        return lambda value: True
    if not isinstance(schema, Mapping):
        raise _Unsupported
    if "$ref" in schema:
        if set(schema) - {"$ref"} - _ANNOTATIONS:
            raise _Unsupported  # siblings of $ref apply too in 2020-12: leave it to jsonschema
        ref = schema["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise _Unsupported
        return _compile(resolve(ref), resolve, depth + 1)
    checks: list[Check] = []
    kinds = schema.get("type")
    for keyword, value in schema.items():
        if keyword in _ANNOTATIONS or keyword.startswith("x-") or keyword == "type":
            continue
        checks.append(_keyword(keyword, value, schema, resolve, depth))
    if kinds is not None:
        names = [kinds] if isinstance(kinds, str) else kinds
        if not isinstance(names, list) or not names or any(name not in _TYPES for name in names):
            raise _Unsupported
        type_checks = [_TYPES[name] for name in names]
        if len(type_checks) == 1:
            checks.insert(0, type_checks[0])
        else:
            checks.insert(0, lambda value: any(check(value) for check in type_checks))
    if not checks:
        return lambda value: True
    if len(checks) == 1:
        return checks[0]
    first, *rest = checks
    return lambda value: first(value) and all(check(value) for check in rest)


def _keyword(keyword: str, value: Any, schema: Mapping[str, Any], resolve: Resolve, depth: int) -> Check:
    """One keyword as a check; like jsonschema, a keyword ignores instances of other types."""
    if keyword in {"minLength", "maxLength"} and isinstance(value, int) and not isinstance(value, bool):
        limit = value
        if keyword == "minLength":
            return lambda v: not isinstance(v, str) or len(v) >= limit
        return lambda v: not isinstance(v, str) or len(v) <= limit
    if keyword == "pattern" and isinstance(value, str):
        search = re.compile(value).search
        return lambda v: not isinstance(v, str) or search(v) is not None
    if keyword in {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"} and _is_number(value):
        bound = value
        compare: Callable[[Any], bool] = {
            "minimum": lambda v: v >= bound,
            "maximum": lambda v: v <= bound,
            "exclusiveMinimum": lambda v: v > bound,
            "exclusiveMaximum": lambda v: v < bound,
        }[keyword]
        return lambda v: not _is_number(v) or compare(v)
    if keyword == "enum" and isinstance(value, list) and value:
        return _enum(value)
    if keyword == "const":
        return _enum([value])
    if keyword == "required" and isinstance(value, list) and all(isinstance(n, str) for n in value):
        names = tuple(value)
        return lambda v: not isinstance(v, dict) or all(name in v for name in names)
    if keyword in {"minItems", "maxItems", "minProperties", "maxProperties"}:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Unsupported
        limit = value
        sized: Check = _TYPES["array"] if keyword.endswith("Items") else _TYPES["object"]
        if keyword.startswith("min"):
            return lambda v: not sized(v) or len(v) >= limit
        return lambda v: not sized(v) or len(v) <= limit
    if keyword == "items":
        item = _compile(value, resolve, depth + 1)
        return lambda v: not isinstance(v, list) or all(item(x) for x in v)
    if keyword == "properties" and isinstance(value, Mapping):
        props = {str(name): _compile(sub, resolve, depth + 1) for name, sub in value.items()}
        items = tuple(props.items())
        return lambda v: not isinstance(v, dict) or all(check(v[name]) for name, check in items if name in v)
    if keyword == "additionalProperties":
        known = frozenset((schema.get("properties") or {}).keys())
        if "patternProperties" in schema:
            raise _Unsupported
        if value is False:
            return lambda v: not isinstance(v, dict) or all(key in known for key in v)
        extra = _compile(value, resolve, depth + 1)
        return lambda v: not isinstance(v, dict) or all(extra(x) for k, x in v.items() if k not in known)
    # format (assertion rules differ by checker), anyOf/oneOf/allOf/not, if/then/else,
    # prefixItems, unevaluated*, dependent*, contains, uniqueItems, ...: jsonschema's job.
    raise _Unsupported


def _enum(values: list[Any]) -> Check:
    # jsonschema compares enum members by JSON equality: 1 == 1.0, but True is not 1
    def same(a: Any, b: Any) -> bool:
        if isinstance(a, bool) or isinstance(b, bool):
            return isinstance(a, bool) and isinstance(b, bool) and a == b
        if isinstance(a, list) and isinstance(b, list):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
        if isinstance(a, dict) and isinstance(b, dict):
            return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
        return bool(type(a) is type(b) or (_is_number(a) and _is_number(b))) and a == b

    if all(isinstance(member, str) for member in values):
        allowed = frozenset(values)
        return lambda v: isinstance(v, str) and v in allowed
    members = tuple(values)
    return lambda v: any(same(v, member) for member in members)
