"""The spec as docs-diff sees it: the loaded document, `$ref`s followed without ever raising, the
fields of a schema flattened to dotted names (`meta.from`), one set per `oneOf`/`anyOf` branch.

docs-diff reads the spec on its own (generator.loader), so that `authgen diff`'s internals can
change without touching it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..loader import Loaded, load_yaml, pointer_join
from ..problems import SpecError
from ..spec import as_dict, as_list, resolve_pointer

MAX_REFS = 20  # $ref hops followed for one node (a cycle stops here)
NESTED_LEVELS = 3  # "a.b.c.d": how deep nested fields are compared
MAX_BRANCHES = 16  # oneOf/anyOf alternatives kept for one schema
MAX_WORK = 2000  # distinct schemas flattened for one answer: a runaway spec stops here


class SpecLoadError(Exception):
    """The spec cannot be read; one line."""


class SpecLike(Protocol):
    """What docs-diff needs of a loaded spec (generator.diff.Spec has the same shape)."""

    @property
    def loaded(self) -> Loaded: ...

    @property
    def doc(self) -> dict[str, Any]: ...

    def where(self, pointer: str) -> str: ...


@dataclass(frozen=True)
class SpecDoc:
    loaded: Loaded

    @property
    def doc(self) -> dict[str, Any]:
        return as_dict(self.loaded.data)

    def where(self, pointer: str) -> str:
        line = self.loaded.line_of(pointer)
        return f"{self.loaded.display}:{line}" if line else self.loaded.display


def load_spec(path: Path) -> SpecDoc:
    try:
        loaded = load_yaml(path)
    except SpecError as exc:
        raise SpecLoadError(str(exc.problem)) from None
    if not isinstance(loaded.data, dict) or not isinstance(loaded.data.get("paths", {}), dict):
        raise SpecLoadError(f"{loaded.display}: not an OpenAPI document (no `paths` mapping)")
    return SpecDoc(loaded)


def deref_at(doc: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """(the node a chain of local `$ref`s leads to, where it lives); a dangling or foreign `$ref`
    resolves to {} (the comparison then knows nothing about it, and says nothing)."""
    for _ in range(MAX_REFS):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node, pointer
        if not ref.startswith("#/"):
            return {}, pointer
        try:
            node = resolve_pointer(doc, ref)
        except (KeyError, IndexError, TypeError, ValueError):
            return {}, pointer
        pointer = ref[1:]
    return {}, pointer


def deref(doc: dict[str, Any], node: Any) -> Any:
    return deref_at(doc, node, "")[0]


@dataclass(frozen=True)
class SpecField:
    name: str  # dotted for nested fields
    pointer: str  # where the property is defined (after $refs)
    schema: Any  # the property's schema as written (may be a $ref)
    required: bool
    absent_ok: bool  # x-docs-absent: no docs page lists it, on purpose
    children_known: bool  # the spec declares what is inside (properties, or items' properties)


@dataclass
class SpecFields:
    """The fields a schema allows: one dict per alternative (`oneOf`/`anyOf` branches), plus where
    a field the spec lacks would go."""

    pointer: str
    alternatives: list[dict[str, SpecField]] = field(default_factory=list)

    def known(self, name: str) -> SpecField | None:
        for alternative in self.alternatives:
            if name in alternative:
                return alternative[name]
        return None


def schema_fields(doc: dict[str, Any], schema: Any, pointer: str) -> SpecFields:
    return SpecFields(pointer, _Flatten(doc).alternatives(schema, pointer, "") or [{}])


class _Flatten:
    """Fields of a schema, each (schema, prefix) worked out once: a DAG of `$ref`s in oneOf
    branches costs its number of nodes, not its number of paths; a cycle ends where it closes."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.memo: dict[tuple[str, str], list[dict[str, SpecField]]] = {}
        self.open: set[tuple[str, str]] = set()
        self.work = 0

    def alternatives(self, schema: Any, pointer: str, prefix: str) -> list[dict[str, SpecField]]:
        node, pointer = deref_at(self.doc, schema, pointer)
        node = as_dict(node)
        if node.get("type") == "array" or ("items" in node and "properties" not in node):
            node, pointer = deref_at(self.doc, node.get("items"), pointer_join(pointer, "items"))
            node = as_dict(node)
        key = (pointer, prefix)
        if key in self.memo:
            return self.memo[key]
        if key in self.open or self.work >= MAX_WORK:
            return [{}]
        self.work += 1
        self.open.add(key)
        try:
            found = self._alternatives(node, pointer, prefix)
        finally:
            self.open.discard(key)
        self.memo[key] = found
        return found

    def _alternatives(self, node: dict[str, Any], pointer: str, prefix: str) -> list[dict[str, SpecField]]:
        own = self._own_fields(node, pointer, prefix)
        for i, part in enumerate(as_list(node.get("allOf"))):
            for extra in self.alternatives(part, pointer_join(pointer, "allOf", i), prefix)[:1]:
                own = {**extra, **own}
        branches = [
            (key, i, b) for key in ("oneOf", "anyOf") for i, b in enumerate(as_list(node.get(key)))
        ][:MAX_BRANCHES]
        found: list[dict[str, SpecField]] = []
        for key, i, branch in branches:
            for alternative in self.alternatives(branch, pointer_join(pointer, key, i), prefix):
                if len(found) < MAX_BRANCHES:
                    found.append({**alternative, **own})
        return found or [own]

    def _own_fields(self, node: dict[str, Any], pointer: str, prefix: str) -> dict[str, SpecField]:
        doc = self.doc
        required = {str(r) for r in as_list(node.get("required"))}
        out: dict[str, SpecField] = {}
        for name, prop in as_dict(node.get("properties")).items():
            name = str(name)
            resolved, where = deref_at(doc, prop, pointer_join(pointer, "properties", name))
            resolved = as_dict(resolved)
            inner = as_dict(deref(doc, resolved.get("items"))) if "items" in resolved else resolved
            absent = bool(as_dict(prop).get("x-docs-absent") or resolved.get("x-docs-absent"))
            children_known = bool(
                as_dict(inner.get("properties")) or as_list(inner.get("allOf")) or as_list(inner.get("oneOf"))
                or as_list(inner.get("anyOf"))
            )  # fmt: skip
            full = prefix + name
            out[full] = SpecField(full, where, prop, name in required, absent, children_known)
            if children_known and prefix.count(".") < NESTED_LEVELS - 1:
                for alternative in self.alternatives(prop, where, full + "."):
                    for key, value in alternative.items():
                        out.setdefault(key, value)
        return out


def json_schema(doc: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str] | None:
    """The JSON schema of a request body or response node, and its pointer (before $refs)."""
    node, pointer = deref_at(doc, node, pointer)
    for media, value in as_dict(as_dict(node).get("content")).items():
        if str(media).startswith("application/json") and isinstance(value, dict) and "schema" in value:
            return value["schema"], pointer_join(pointer, "content", media, "schema")
    return None


def examples(doc: dict[str, Any], node: Any, pointer: str) -> list[tuple[str, Any]]:
    """(pointer, value) of every example of a response's JSON content."""
    node, pointer = deref_at(doc, node, pointer)
    out = []
    for media, value in as_dict(as_dict(node).get("content")).items():
        where = pointer_join(pointer, "content", media)
        value = as_dict(value)
        if "example" in value:
            out.append((where + "/example", value["example"]))
        for name, example in as_dict(value.get("examples")).items():
            example, at = deref_at(doc, example, pointer_join(where, "examples", name))
            if isinstance(example, dict) and "value" in example:
                out.append((at + "/value", example["value"]))
    return out
