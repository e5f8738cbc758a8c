"""The walk every family module plugs into: a `Comparison` of two specs holds both documents,
the target surfaces that name what a change touches, the memo of schema comparisons, and the
changes found so far.

Schemas are compared once per (old node, new node, direction, subject): a component reached by
a hundred paths (a DAG of `$ref`s) costs one comparison, and its findings are reported once with
every operation that reaches it. That keeps `authgen diff` linear in the size of the spec.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..loader import one_line
from ..spec import resolve_pointer
from .load import DiffError, Spec
from .model import BREAKING, NON_BREAKING, REQUEST, RULES, Change, Effect, Finding, Retype, Subject
from .surface import Surface, compatible_type, names_of, surfaces

MAX_REF_HOPS = 20
# Far above what the real spec needs (a few thousand): only a runaway walk reaches it.
MAX_WORK = 1_000_000


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def text(value: Any) -> str:
    return " ".join(str(value or "").split())


def deref(doc: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str, str]:
    """(resolved node, its pointer, the component name of the last schema $ref followed or "")."""
    name = ""
    for _ in range(MAX_REF_HOPS):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        ref = node["$ref"]
        if not ref.startswith("#/"):
            break
        try:
            node = resolve_pointer(doc, ref)
        except Exception:
            return {}, pointer, name
        pointer = ref[1:]
        if ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
    return node, pointer, name


@dataclass(frozen=True)
class OpCtx:
    """The operation a part of the walk belongs to."""

    op: str  # "POST /signin"
    op_id: str
    body_model: str = ""  # the component schema of its request body, if a $ref


@dataclass(frozen=True)
class Place:
    """Where the schema walk is: request or response, how messages call the node, and the field
    (or parameter, or answer) whose generated type the node decides."""

    direction: str
    label: str
    subject: Subject | None = None
    # the schema nodes (and pointers) of the subject's whole type, and whether it is required:
    # what a target's type for the subject is computed from
    old_node: Any = None
    new_node: Any = None
    old_required: bool = True
    new_required: bool = True
    top: bool = False  # a request body's own object: its fields are a method's arguments

    @property
    def request(self) -> bool:
        return self.direction == REQUEST

    def key(self) -> tuple[Any, ...]:
        return (self.direction, self.label, self.subject, self.old_required, self.new_required, self.top)


SchemaCheck = Callable[["Comparison", dict[str, Any], str, dict[str, Any], str, Place], list[Finding]]


class Comparison:
    """Two specs being compared. Family modules add findings through `found` and `attach`."""

    def __init__(self, old: Spec, new: Spec, targets: tuple[Surface, ...] | None = None,
                 budget: int = MAX_WORK) -> None:  # fmt: skip
        self.old = old
        self.new = new
        self.budget = budget
        self.work = 0  # schema comparisons plus the findings they hand up: linear in the spec
        self.surfaces = surfaces() if targets is None else targets
        self.changes: list[Change] = []
        self._memo: dict[tuple[Any, ...], list[Finding]] = {}
        self._busy: set[tuple[Any, ...]] = set()
        self.schema_comparisons = 0  # memo misses: the work the walk really did
        self._names: dict[Subject, tuple[Effect, ...]] = {}

    # -- findings and changes --

    def found(self, rule: str, fields: dict[str, Any], old_pointer: str = "", new_pointer: str = "",
              place: Place | None = None, subject: Subject | None = None) -> Finding:  # fmt: skip
        """A finding of `rule`, its message made from the rule's template and `fields`."""
        spec = RULES[rule]
        message = one_line(spec.template.format(**fields), 400)
        subject = subject or (place.subject if place else None)
        retypes: tuple[Retype, ...] = ()
        if spec.retypes and place is not None and place.subject is not None:
            retypes = self.retypes(place)
        return Finding(rule, message, old_pointer, new_pointer, subject, retypes)

    def retypes(self, place: Place) -> tuple[Retype, ...]:
        out = []
        for surface in self.surfaces:
            assert place.subject is not None
            try:
                old = surface.type_of(self.old.doc, place.old_node, required=place.old_required,
                                      subject=place.subject, direction=place.direction)  # fmt: skip
                new = surface.type_of(self.new.doc, place.new_node, required=place.new_required,
                                      subject=place.subject, direction=place.direction)  # fmt: skip
            except Exception:  # a target's typing of a malformed node must not stop the diff
                continue  # a shape this target cannot type: it says nothing rather than guess
            if old and new and old != new:
                ok = compatible_type(surface, old, new, place.direction)
                out.append(Retype(surface.target, old, new, NON_BREAKING if ok else BREAKING))
        return tuple(out)

    def attach(self, findings: Iterable[Finding], ctx: OpCtx | None) -> None:
        """Findings become changes of the operation `ctx` (None: of the spec as a whole)."""
        for finding in findings:
            subject = finding.subject
            if subject is not None and ctx is not None:
                subject = subject.with_operation(ctx.op_id, ctx.body_model)
            effects = self.effects(subject, finding.retypes)
            pages = (self.new.pages.get(ctx.op_id) or self.old.pages.get(ctx.op_id) or ()) if ctx else ()
            self.changes.append(
                Change(finding.rule, finding.message, finding.old_pointer, finding.new_pointer,
                       (ctx.op,) if ctx else (), effects, pages)
            )

    def effects(self, subject: Subject | None, retypes: tuple[Retype, ...]) -> tuple[Effect, ...]:
        if subject is None:
            names: tuple[Effect, ...] = ()
        elif subject in self._names:
            names = self._names[subject]
        else:
            names = tuple(Effect(s.target, names_of(s, subject, self.old.doc, self.new.doc)) for s in self.surfaces)
            self._names[subject] = names
        out = []
        for effect in names:
            retype = next((r for r in retypes if r.target == effect.target), None)
            if retype is not None:
                effect = replace(effect, old_type=retype.old, new_type=retype.new, level=retype.level)
            if effect.names or effect.level:
                out.append(effect)
        return tuple(out)

    # -- schemas --

    def schema(self, old: Any, old_pointer: str, new: Any, new_pointer: str, place: Place) -> list[Finding]:
        """Every finding between two schema nodes (memoised; a cycle compares as equal)."""
        o, optr, oname = deref(self.old.doc, old, old_pointer)
        n, nptr, nname = deref(self.new.doc, new, new_pointer)
        name = nname or oname
        if name and not place.top:
            place = replace(place, label=name)
        key = (optr, nptr, *place.key())
        if key in self._memo:
            return self._memo[key]
        if key in self._busy:
            return []
        self._busy.add(key)
        self.schema_comparisons += 1
        try:
            from .schemas import compare_node

            found = compare_node(self, as_dict(o), optr, as_dict(n), nptr, place, (oname, nname))
        finally:
            self._busy.discard(key)
        self.work += 1 + len(found)
        if self.work > self.budget:
            raise DiffError(
                f"comparing {self.old.loaded.display} with {self.new.loaded.display} took more than "
                f"{self.budget} steps; the specs are too large (or too tangled) to compare"
            )
        # A shared child answers every parent with the same findings: keep one of each, or a
        # DAG would carry 6^depth copies of its bottom's findings up to the top.
        found = list(dict.fromkeys(found))
        self._memo[key] = found
        return found
