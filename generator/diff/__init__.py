"""`authgen diff`: what changed between two versions of the spec, classified for the users of
what we generate.

Shaped as oasdiff shapes its checker: one small module per family of rules, each rule declared
once with an id, a level, a direction where it matters and a message template
(`authgen diff --rules` prints the table):

| module | compares |
| --- | --- |
| `operations` | operations added, removed, moved, renamed, deprecated; the walk over the others |
| `security` | the ways an operation may be authenticated |
| `parameters` | path, query and header parameters |
| `bodies` | request bodies |
| `responses` | success, error and `default` answers, all by their schema |
| `schemas` | fields and their required flags, types, enums, constraints, defaults, secrets |
| `composition` | oneOf / anyOf / allOf branches, by direction |
| `formats` | `format` widened, narrowed or changed, by direction |
| `nullable` | null accepted or returned |
| `catalogue` | the error catalogue (`x-error-codes`) |
| `servers` | servers |
| `examples` | examples (documentation) |

Levels, for the wire (what any client of the old spec feels): breaking, non-breaking, docs. Then
each registered client target says what its generated code feels (`generator/targets/surface.py`):
the names a change touches and, when its type of a field changes, whether code written against
the old type still works. A change that breaks a target's code is breaking, whatever the wire
says (`format: date-time` added to a response string: `str` -> `datetime.datetime`).

The engine (`engine.py`) compares each pair of schema nodes once (memoised), so the diff is
linear in the size of the spec, not in the number of `$ref` paths through it; a change inside a
shared component is reported once, with every operation that reaches it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

# The families declare their rules at import: every module is imported here, in table order.
from . import operations, security, parameters, bodies, responses, schemas  # noqa: F401  isort: skip
from . import composition, formats, nullable, catalogue, servers, examples  # noqa: F401  isort: skip
from .engine import MAX_WORK, Comparison, deref
from .load import DiffError, Spec, cookbook_pages, load_argument, load_at_revision, load_spec
from .model import (
    BREAKING,
    DOCS,
    LEVELS,
    NON_BREAKING,
    RULES,
    Change,
    Effect,
    Rule,
    Subject,
)
from .output import FORMATS, as_json, counts, format_markdown, format_text, md, rules_table
from .versions import major_raised, parse_version

__all__ = [
    "BREAKING", "DOCS", "FORMATS", "LEVELS", "NON_BREAKING", "RULES", "Change", "Comparison", "DiffError",
    "Effect", "Rule", "Spec", "Subject", "as_json", "compare", "compare_counted", "cookbook_pages", "counts",
    "format_markdown", "format_text", "iter_levels", "load_argument", "load_at_revision", "load_spec",
    "major_raised", "merge", "operation_count", "parse_version", "rules_table",
]  # fmt: skip

# What docs-diff (generator/docs_diff.py) borrows from here.
_deref = deref
_md = md


def _dict(value: object) -> dict:  # type: ignore[type-arg]
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:  # type: ignore[type-arg]
    return value if isinstance(value, list) else []


def merge(changes: list[Change]) -> list[Change]:
    """One change per (rule, place, message): a shared component changed once is reported once,
    with every operation it reaches. Sorted most severe first, then by place."""
    merged: dict[tuple[str, str, str, str], Change] = {}
    for change in changes:
        key = (change.rule, change.old_pointer, change.new_pointer, change.message)
        if key in merged:
            prev = merged[key]
            merged[key] = replace(
                prev,
                operations=_union(prev.operations, change.operations),
                effects=_merge_effects(prev.effects, change.effects),
                pages=_union(prev.pages, change.pages),
            )
        else:
            merged[key] = change
    return sorted(merged.values(), key=lambda c: (LEVELS.index(c.level), c.operations[:1], c.rule, c.message))


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return a + tuple(x for x in b if x not in a)


def _merge_effects(a: tuple[Effect, ...], b: tuple[Effect, ...]) -> tuple[Effect, ...]:
    out = list(a)
    for effect in b:
        same = next((i for i, e in enumerate(out) if e.target == effect.target), None)
        if same is None:
            out.append(effect)
            continue
        prev = out[same]
        level = prev.level or effect.level
        if prev.level and effect.level and BREAKING in (prev.level, effect.level):
            level = BREAKING
        out[same] = replace(prev, names=_union(prev.names, effect.names), level=level,
                            old_type=prev.old_type or effect.old_type, new_type=prev.new_type or effect.new_type)  # fmt: skip
    return tuple(out)


def compare_counted(old: Spec, new: Spec, budget: int = MAX_WORK) -> tuple[list[Change], Comparison]:
    """compare, and the Comparison that did it (`schema_comparisons` and `work` count what it
    did); DiffError when the work exceeds `budget`."""
    cmp = Comparison(old, new, budget=budget)
    try:
        servers.check(cmp)
        catalogue.check(cmp)
        operations.check(cmp)
    except RecursionError:
        raise DiffError("the specs nest too deeply to compare") from None
    return merge(cmp.changes), cmp


def compare(old: Spec, new: Spec) -> list[Change]:
    """Every change from `old` to `new`; DiffError (one line) if either cannot be compared."""
    return compare_counted(old, new)[0]


def operation_count(spec: Spec) -> int:
    return len(operations.operations_of(spec.doc))


def iter_levels(changes: list[Change], level: str) -> Iterator[Change]:
    return (c for c in changes if c.level == level)
