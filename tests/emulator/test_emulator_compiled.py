"""The emulator's compiled request checks (emulator/compiled.py) against jsonschema, and the route
table against the spec-order scan it replaces.

A compiled check may only say "valid" where jsonschema does: every parameter and body schema of
the spec that compiles is held to jsonschema's verdict on generated instances, near its limits.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulator.app import load_spec
from emulator.compiled import compile_check
from emulator.resources import bundled_spec
from emulator.validation import Operation, Spec

SPEC = load_spec(bundled_spec())

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=140),
    st.sampled_from(["", "a", "0", "1", "true", "+86 13800000000", "a@b.c", "é" * 80, "ANY", "REGISTER"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _schemas() -> list[tuple[str, Any, Any]]:
    """(name, compiled check, jsonschema validator) for every compiled request schema (each
    distinct schema once: most operations share the same header and query parameters)."""
    found = []
    seen: set[str] = set()
    for operation in SPEC.operations:
        for param in operation.parameters:
            if param.check is not None and _first(seen, param.validator):
                found.append(
                    (f"{operation.operation_id} {param.location}.{param.name}", param.check, param.validator)
                )
        if operation.body_check is not None and _first(seen, operation.body_validator):
            found.append((f"{operation.operation_id} body", operation.body_check, operation.body_validator))
    return found


def _first(seen: set[str], validator: Any) -> bool:
    key = json.dumps(validator.schema, sort_keys=True)
    if key in seen:
        return False
    seen.add(key)
    return True


SCHEMAS = {name: (check, validator) for name, check, validator in _schemas()}


def _instances_for(validator: Any) -> st.SearchStrategy[Any]:
    """Values near the schema: its enum members, strings at and around its length limits, objects
    of its property names (and one it does not know) with such values; plus any JSON."""
    schema = validator.schema
    names = sorted(_property_names(schema))
    enums = sorted(_enum_members(schema), key=repr)
    limits = {
        node[key]
        for node in _walk(schema)
        for key in ("minLength", "maxLength")
        if isinstance(node.get(key), int)
    }
    lengths = sorted({n + d for n in limits for d in (-1, 0, 1) if n + d >= 0})
    edges = [*enums, *("a" * n for n in lengths)]
    values = st.one_of(json_values, st.sampled_from(edges)) if edges else json_values
    if not names:
        return values
    objects = st.dictionaries(st.sampled_from([*names, "not_in_the_spec"]), values, max_size=len(names) + 1)
    return st.one_of(values, objects)


def _walk(node: Any) -> Any:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            # validators of schemas with $refs point into the spec by URI (validation._SPEC_URI)
            yield from _walk(SPEC._resolve({"$ref": "#" + node["$ref"].partition("#")[2]}))
            return
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _property_names(schema: Any) -> set[str]:
    return {name for node in _walk(schema) for name in (node.get("properties") or {})}


def _enum_members(schema: Any) -> list[Any]:
    return [member for node in _walk(schema) for member in node.get("enum") or []]


def test_the_hot_paths_compile() -> None:
    """What every sign-in and introspect checks: compiled, not walked by jsonschema."""
    anonymous = SPEC.by_id["signInAnonymously"]
    assert anonymous.body_check is not None
    assert all(param.check is not None for param in anonymous.parameters)
    assert all(param.check is not None for param in SPEC.by_id["introspectToken"].parameters)
    # most request schemas compile (the rest stay with jsonschema, which is always right)
    total = sum(len(op.parameters) + (op.body_validator is not None) for op in SPEC.operations)
    compiled = sum((param.check is not None) for op in SPEC.operations for param in op.parameters) + sum(
        op.body_check is not None for op in SPEC.operations
    )
    assert compiled >= total * 0.6, (compiled, total)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_compiled_check_says_valid_only_where_jsonschema_does(name: str, data: st.DataObject) -> None:
    check, validator = SCHEMAS[name]
    instance = data.draw(_instances_for(validator))
    if check(instance):
        assert validator.is_valid(instance), f"{name}: compiled check accepted {instance!r}"


@pytest.mark.parametrize(
    ("schema", "valid", "invalid"),
    [
        ({"type": "string", "minLength": 1, "maxLength": 3}, ["a", "abc", "ééé"], ["", "abcd", 1, None]),
        ({"type": "string", "pattern": "^[0-9]+$"}, ["1", "007"], ["1a", "", 7]),
        ({"type": "integer", "minimum": 1, "maximum": 3}, [1, 3, 2.0], [0, 4, True, "2", 1.5]),
        ({"type": "number", "exclusiveMinimum": 0}, [0.5, 1], [0, -1, False]),
        ({"type": "boolean"}, [True, False], [0, 1, "true", None]),
        ({"enum": ["a", "b"]}, ["a"], ["c", 1, None]),
        ({"enum": [1, "x"]}, [1, 1.0, "x"], [True, "1"]),
        ({"const": False}, [False], [0, None]),
        ({"type": ["string", "null"], "maxLength": 2}, [None, "ab"], ["abc", 1]),
        (
            {
                "type": "object",
                "required": ["a"],
                "properties": {"a": {"type": "string"}},
                "additionalProperties": False,
            },
            [{"a": "x"}],
            [{}, {"a": 1}, {"a": "x", "b": 1}, []],
        ),
        (
            {"type": "array", "items": {"type": "integer"}, "maxItems": 2},
            [[], [1, 2]],
            [[1, 2, 3], ["1"], {}],
        ),
        ({"type": "object", "additionalProperties": {"type": "integer"}}, [{"x": 1}], [{"x": "1"}]),
    ],
)
def test_each_keyword_agrees_with_jsonschema(
    schema: dict[str, Any], valid: list[Any], invalid: list[Any]
) -> None:
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    check = compile_check(schema, lambda ref: None)
    assert check is not None
    reference = Draft202012Validator(schema)
    for value in valid:
        assert reference.is_valid(value) and check(value), value
    for value in invalid:
        assert not reference.is_valid(value) and not check(value), value


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "format": "email"},
        {"anyOf": [{"type": "string"}, {"type": "integer"}]},
        {"$ref": "#/x", "maxLength": 3},
        {"type": "object", "patternProperties": {"^a": {}}, "additionalProperties": False},
        {"type": "array", "uniqueItems": True},
        {"type": "whatever"},
    ],
)
def test_what_it_does_not_know_stays_with_jsonschema(schema: dict[str, Any]) -> None:
    assert compile_check(schema, lambda ref: {"type": "string"}) is None


def _concrete(path: str) -> str:
    return path.replace("{", "x-").replace("}", "")


@pytest.mark.parametrize("spec", [SPEC], ids=["bundled"])
def test_the_route_table_answers_as_the_spec_order_scan(spec: Spec) -> None:
    methods = [*sorted({op.method for op in spec.operations}), "HEAD", "OPTIONS"]
    paths = [_concrete(op.path) for op in spec.operations] + ["/", "/nope", "/user/x-1/y"]
    for path in paths:
        for method in methods:
            expected: tuple[Operation | None, dict[str, str], bool] = spec._scan(method, path)
            assert spec.match(method, path) == expected, (method, path)
