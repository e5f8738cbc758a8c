"""What the spec promises about answers, read once, with the line of every promise.

A `Contract` is the spec as the checks need it: each operation's method, path and documented
answers; a JSON Schema validator that resolves `$ref`s inside the one loaded document; the
error catalogue (`x-error-codes`); the lifetimes the examples document; the names of secret
fields. Every node of the document is indexed by identity, so a `jsonschema` error (which
carries the very subschema object it failed on) is located at a JSON pointer, and the loader's
line index turns that pointer into `file:line`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# No stubs ship for jsonschema (types-jsonschema is not a project dependency).
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..loader import Loaded, load_yaml, pointer_join
from ..spec import as_dict, as_list, deref_at, iter_operations

SPEC_URI = "urn:authgen:conformance:spec"


@dataclass(frozen=True)
class Lifetime:
    """A lifetime (`expires_in`, seconds) the spec documents for an operation's success answer."""

    seconds: int
    pointer: str  # the example value that states it


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # the template, relative to the server URL: /user/provider/{provider_id}
    pointer: str  # /paths/~1user~1me/get
    pattern: re.Pattern[str]
    responses: dict[str, tuple[dict[str, Any], str]]  # status key -> (resolved response, its pointer)
    lifetime: Lifetime | None


@dataclass
class Contract:
    loaded: Loaded
    operations: dict[str, Operation]
    catalogue: dict[str, tuple[dict[str, Any], str]]  # error name -> (entry, pointer)
    secret_names: frozenset[str]  # x-secret properties and parameters, lower case
    declared_names: frozenset[str]  # every property and parameter name the spec declares, lower case
    _pointers: dict[int, str] = field(default_factory=dict, repr=False)
    _registry: Registry[Any] | None = field(default=None, repr=False)

    @property
    def doc(self) -> dict[str, Any]:
        data: dict[str, Any] = self.loaded.data
        return data

    @property
    def file(self) -> str:
        return self.loaded.display

    def line(self, pointer: str) -> int:
        return self.loaded.line_of(pointer)

    def pointer_of(self, node: Any) -> str | None:
        """The JSON pointer of a node of the document (by identity), if it is one."""
        return self._pointers.get(id(node))

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        return deref_at(self.doc, node, pointer)

    def validator(self, schema_pointer: str) -> Draft202012Validator:
        return Draft202012Validator({"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=self._registry)

    def match(self, method: str, path: str) -> Operation | None:
        for op in self.operations.values():
            if op.method == method and op.pattern.fullmatch(path):
                return op
        return None


def load_contract(spec_path: str | Path) -> Contract:
    """Read the spec (raises `SpecError` with one located line when it cannot be read)."""
    loaded = load_yaml(spec_path)
    doc = loaded.data
    if not isinstance(doc, dict):
        from ..problems import Level, Problem, SpecError

        raise SpecError(Problem(loaded.display, 1, "", Level.ERROR, "spec", "not an OpenAPI document"))
    pointers: dict[int, str] = {}
    _index(doc, "", pointers)
    resource: Resource[Any] = Resource.from_contents(doc, default_specification=DRAFT202012)
    operations: dict[str, Operation] = {}
    for pointer, path, method, raw in iter_operations(doc):
        op_id = str(raw.get("operationId") or f"{method.upper()} {path}")
        responses = {}
        for status, response in as_dict(raw.get("responses")).items():
            resolved, where = deref_at(doc, response, pointer_join(pointer, "responses", str(status)))
            responses[str(status)] = (as_dict(resolved), where)
        regex = "".join(
            "[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}/]+\})", path)
        )
        operations[op_id] = Operation(
            op_id, method.upper(), path, pointer, re.compile(regex), responses, _lifetime(doc, responses)
        )
    catalogue = {
        str(entry["error"]): (entry, pointer_join("/x-error-codes", i))
        for i, entry in enumerate(as_list(doc.get("x-error-codes")))
        if isinstance(entry, dict) and "error" in entry
    }
    secrets, declared = _names(doc)
    return Contract(
        loaded,
        operations,
        catalogue,
        frozenset(secrets),
        frozenset(declared),
        pointers,
        Registry().with_resource(SPEC_URI, resource),
    )


def _index(node: Any, pointer: str, out: dict[int, str]) -> None:
    if id(node) in out:  # a YAML alias: keep the first place it appears
        return
    if isinstance(node, dict):
        out[id(node)] = pointer
        for key, value in node.items():
            _index(value, pointer_join(pointer, str(key)), out)
    elif isinstance(node, list):
        out[id(node)] = pointer
        for i, value in enumerate(node):
            _index(value, pointer_join(pointer, i), out)


def success_statuses(op: Operation) -> list[str]:
    return [s for s in op.responses if s.startswith("2")]


def _lifetime(doc: dict[str, Any], responses: dict[str, tuple[dict[str, Any], str]]) -> Lifetime | None:
    """The `expires_in` every example of the success answer states, when they all agree.

    Examples that disagree document a countdown (a QR code's seconds left), not a lifetime."""
    found: list[tuple[int, str]] = []
    for status, (response, pointer) in responses.items():
        if not status.startswith("2"):
            continue
        for media_type, media in as_dict(response.get("content")).items():
            media_ptr = pointer_join(pointer, "content", media_type)
            for name, example in as_dict(as_dict(media).get("examples")).items():
                value = as_dict(example).get("value")
                if isinstance(value, dict) and isinstance(value.get("expires_in"), int):
                    found.append(
                        (
                            value["expires_in"],
                            pointer_join(media_ptr, "examples", name, "value", "expires_in"),
                        )
                    )
            example = as_dict(media).get("example")
            if isinstance(example, dict) and isinstance(example.get("expires_in"), int):
                found.append((example["expires_in"], pointer_join(media_ptr, "example", "expires_in")))
    if not found or len({seconds for seconds, _ in found}) != 1:
        return None
    return Lifetime(found[0][0], found[0][1])


def _names(doc: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(secret names, declared names): properties and parameters anywhere in the document."""
    secrets: set[str] = set()
    declared: set[str] = set()
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                for name, schema in properties.items():
                    declared.add(str(name).lower())
                    if isinstance(schema, dict) and schema.get("x-secret") is True:
                        secrets.add(str(name).lower())
            if isinstance(node.get("name"), str) and node.get("in") in ("query", "header", "path", "cookie"):
                declared.add(node["name"].lower())
                if node.get("x-secret") is True:
                    secrets.add(node["name"].lower())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return secrets, declared
