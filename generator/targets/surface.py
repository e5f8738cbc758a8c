"""What `authgen diff` asks a client target: the generated names of what a change touches and
the generated type of a schema. A target offers it with an optional method on its `TARGET`:

    def diff_surface(self) -> Surface: ...

(conventionally a small `surface.py` in the target's folder). A target without the method is
simply not named in diff reports; the diff never special-cases a language.

A surface whose names depend on the whole spec (the java and php targets make a class only of
the schemas their client reads or writes) may also offer
`names_within(subject, (old_doc, new_doc))`; the diff then asks that instead of `names`.

A subject (`generator.diff.model.Subject`) is neutral: an operation by operationId, a parameter
by wire name and location, a field by its owning component schema and wire name (a top-level
request body field also carries the operation: many targets flatten it into arguments), an
error code by its `error` name, an answer by status.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from ..diff.model import Subject
    from ..ir import Api


class Surface(Protocol):
    target: str  # the target's registry name: "python"

    def names(self, subject: Subject) -> tuple[str, ...]:
        """The generated names a user's code refers `subject` by (`CloudBaseAuth.sign_in()`);
        () when this target generates nothing for it."""

    def type_of(self, doc: dict[str, Any], node: Any, *, required: bool, subject: Subject, direction: str) -> str:
        """The type this target generates for a schema `node` of `doc` (a field, argument or
        answer of `subject`; `required` says whether it must be present), as its users write it;
        "" when it generates none. Raise KeyError/ValueError for a shape it cannot type."""

    def compatible(self, old: str, new: str, direction: str) -> bool:
        """Does code written against type `old` still work with `new`? For a request, code passes
        values of the old type; for a response, it reads them."""


# --- a spec's IR, for a target whose names depend on the whole spec ---------------------------

_IRS: list[tuple[dict[str, Any], dict[str, Any] | None]] = []  # the last few specs' IRs (a diff reads two)
_APIS: list[tuple[dict[str, Any], Api]] = []  # the last few specs' built IRs, the same way


def ir_of(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The IR of `doc` as plain data, exactly what a target's build reads (`BuildContext.ir`);
    None when the spec does not build (a diff still compares specs no build would take)."""

    def plain() -> dict[str, Any] | None:
        from ..ir_file import ir_document

        try:
            return ir_document(api_of(doc))
        except Exception:  # any spec the IR cannot be built from: the caller names without it
            return None

    return _by_identity(_IRS, doc, plain)


def api_of(doc: dict[str, Any]) -> Api:
    """`build_api(doc)`, remembered for the last few specs: a diff builds the new spec's IR for
    its cookbook pages and again for the targets' names (the IR is frozen: shared safely).
    Raises what `build_api` raises."""
    from ..ir import build_api

    return _by_identity(_APIS, doc, lambda: build_api(doc))


V = TypeVar("V")


def _by_identity(kept: list[tuple[dict[str, Any], V]], doc: dict[str, Any], compute: Callable[[], V]) -> V:
    """`compute()` for this very `doc` object, remembered in `kept` for the last four specs.
    The spec is kept with its value, so its id is never reused for another."""
    for known, value in kept:
        if known is doc:
            return value
    value = compute()
    kept[:] = [*kept[-3:], (doc, value)]
    return value


T = TypeVar("T")

_DERIVED: list[tuple[dict[str, Any], Callable[[dict[str, Any]], Any], Any]] = []


def derived(ir: dict[str, Any], compute: Callable[[dict[str, Any]], T]) -> T:
    """`compute(ir)`, remembered for the last few IRs: a diff asks a target about the same two
    specs once per change (hundreds of times), and a whole-spec answer (which schemas become
    classes) costs a walk of the IR each time. The value is shared: callers must not change it."""
    for known, how, value in _DERIVED:
        if known is ir and how is compute:
            return cast(T, value)
    value = compute(ir)
    _DERIVED[:] = [*_DERIVED[-7:], (ir, compute, value)]  # kept with the IR: its id is not reused
    return value


# --- a neutral reading of a schema node, for a target's type_of ------------------------------

MAX_SHAPE_DEPTH = 6


@dataclass(frozen=True)
class Shape:
    """A schema node as a type: what every target's type mapping starts from."""

    types: tuple[str, ...]  # JSON types but "null", sorted; () for "any"
    format: str = ""
    ref: str = ""  # the component schema it names (an object or composed component), or ""
    nullable: bool = False  # `type: [x, "null"]`, `nullable: true`, or a `{type: null}` branch
    items: Shape | None = None
    branches: tuple[Shape, ...] = ()  # oneOf/anyOf alternatives
    enum: tuple[str, ...] = ()


def shape_of(doc: dict[str, Any], node: Any, depth: int = 0) -> Shape:
    """Follow `$ref`s (remembering the last component's name when it is an object or a
    composition: a target names those), then read types, format, nullability, items, branches."""
    ref = ""
    for _ in range(20):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        target = node["$ref"]
        node = _resolve(doc, target)
        if target.startswith("#/components/schemas/"):
            ref = target.rsplit("/", 1)[1]
    if not isinstance(node, dict):
        return Shape(())
    raw = node.get("type")
    listed = [str(t) for t in raw] if isinstance(raw, list) else ([str(raw)] if raw is not None else [])
    nullable = "null" in listed or node.get("nullable") is True
    types = sorted(t for t in listed if t != "null")
    if not types and "properties" in node:
        types = ["object"]
    branches: tuple[Shape, ...] = ()
    alternatives = [b for key in ("oneOf", "anyOf") for b in (node.get(key) or []) if isinstance(node.get(key), list)]
    if alternatives and depth < MAX_SHAPE_DEPTH:
        shapes = [shape_of(doc, b, depth + 1) for b in alternatives]
        nullable = nullable or any(s.types == ("null",) or (not s.types and s.nullable) for s in shapes)
        branches = tuple(s for s in shapes if s.types or s.ref or s.branches)
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and not (types or branches or ref) and depth < MAX_SHAPE_DEPTH:
        # `allOf: [$ref]` inline (to add a description beside a $ref) is that component
        inner = shape_of(doc, all_of[0], depth + 1)
        return Shape(inner.types, inner.format, inner.ref or ref, inner.nullable or nullable, inner.items,
                     inner.branches, inner.enum)  # fmt: skip
    items = None
    if "array" in types and isinstance(node.get("items"), dict) and depth < MAX_SHAPE_DEPTH:
        items = shape_of(doc, node["items"], depth + 1)
    named = ref if (ref and (types == ["object"] or branches or not types)) else ""
    enum = tuple(str(v) for v in node.get("enum") or ()) if isinstance(node.get("enum"), list) else ()
    return Shape(tuple(types), str(node.get("format") or ""), named, nullable, items, branches, enum)


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        return {}
    node: Any = doc
    for token in ref[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return {}
    return node
