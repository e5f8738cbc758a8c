"""`authgen diff`'s reports (text, JSON, Markdown) and the rule table of `--rules`."""

from __future__ import annotations

import json
from typing import Any

from .load import Spec
from .model import BREAKING, DOCS, LEVELS, NON_BREAKING, RULES, Change, Effect


def counts(changes: list[Change]) -> dict[str, int]:
    return {level: sum(c.level == level for c in changes) for level in LEVELS}


def _located(spec: Spec, pointer: str) -> str:
    return f"{spec.where(pointer)} #{pointer}"


def describe_effects(effects: tuple[Effect, ...]) -> str:
    """`python: A, B; go: C` then the type changes: `python str -> datetime.datetime (breaking)`."""
    names = "; ".join(f"{e.target}: {', '.join(e.names)}" for e in effects if e.names)
    types = "; ".join(f"{e.target} {e.old_type} -> {e.new_type} ({e.level})" for e in effects if e.level)
    out = f"affects {names}" if names else ""
    if types:
        out += ("; " if out else "") + f"types {types}"
    return out


def format_text(changes: list[Change], old: Spec, new: Spec) -> str:
    lines = []
    for c in changes:
        use_old = c.old_pointer and (not c.new_pointer or c.rule.endswith("-removed"))
        where = _located(old, c.old_pointer) if use_old else _located(new, c.new_pointer)
        ops = f"{', '.join(c.operations)}: " if c.operations else ""
        level = c.level if c.level == c.wire_level else f"{c.level} (wire: {c.wire_level})"
        line = f"{where}: {level} [{c.rule}] {ops}{c.message}"
        effects = describe_effects(c.effects)
        if effects:
            line += f"; {effects}"
        if c.pages:
            line += f"; cookbook {', '.join(c.pages)}"
        if c.level == BREAKING and c.advice:
            line += f"; to do: {c.advice}"
        lines.append(line)
    n = counts(changes)
    lines.append(
        f"{old.loaded.display} ({old.version}) -> {new.loaded.display} ({new.version}): "
        f"{n[BREAKING]} breaking, {n[NON_BREAKING]} non-breaking, {n[DOCS]} docs"
    )
    return "\n".join(lines)


def _where(spec: Spec, pointer: str) -> dict[str, Any] | None:
    return {"pointer": pointer, "line": spec.loaded.line_of(pointer)} if pointer else None


def as_json(changes: list[Change], old: Spec, new: Spec) -> str:
    out = {
        "old": {"spec": old.loaded.display, "version": old.version},
        "new": {"spec": new.loaded.display, "version": new.version},
        "counts": counts(changes),
        "changes": [
            {
                "rule": c.rule,
                "level": c.level,
                "wire_level": c.wire_level,
                "message": c.message,
                "operations": list(c.operations),
                "old": _where(old, c.old_pointer),
                "new": _where(new, c.new_pointer),
                "affects": list(c.affects),  # every target's names, in one list
                "targets": [e.as_dict() for e in c.effects],  # per target: names, and a type change
                "cookbook": list(c.pages),
                "advice": c.advice if c.level == BREAKING else "",
            }
            for c in changes
        ],
    }
    return json.dumps(out, indent=2, ensure_ascii=False)


def md(text: str) -> str:
    return text.replace("|", "\\|")


def format_markdown(changes: list[Change], old: Spec, new: Spec) -> str:
    n = counts(changes)
    lines = [
        f"## Spec changes {old.version or '?'} -> {new.version or '?'}",
        "",
        f"{n[BREAKING]} breaking, {n[NON_BREAKING]} non-breaking, {n[DOCS]} documentation only.",
        "",
    ]
    if changes:
        lines += ["| Level | Rule | Operation | Change | Affects | To do |", "|---|---|---|---|---|---|"]
        for c in changes:
            affects = "; ".join(
                f"{e.target}: " + ", ".join(f"`{a}`" for a in e.names)
                + (f" (`{e.old_type}` -> `{e.new_type}`, {e.level})" if e.level else "")
                for e in c.effects
            )
            advice = c.advice if c.level == BREAKING else ""
            lines.append(
                f"| {c.level} | `{c.rule}` | {md(', '.join(c.operations))} | {md(c.message)} | {md(affects)} "
                f"| {md(advice)} |"
            )
    return "\n".join(lines)


FORMATS = {"text": format_text, "json": as_json, "markdown": format_markdown}


def rules_table(fmt: str = "text") -> str:
    """Every rule: id, level, direction, family, what it detects, what to do."""
    rows = list(RULES.values())
    if fmt == "json":
        return json.dumps(
            [
                {"id": r.id, "level": r.level, "direction": r.direction or "any", "family": r.family,
                 "meaning": r.meaning, "advice": r.advice, "retypes": r.retypes}
                for r in rows
            ],
            indent=2,
        )  # fmt: skip
    if fmt == "markdown":
        lines = ["| Rule | Level | Direction | Family | Detects |", "|---|---|---|---|---|"]
        lines += [f"| `{r.id}` | {r.level} | {r.direction or 'any'} | {r.family} | {md(r.meaning)} |" for r in rows]
        return "\n".join(lines)
    width = max(len(r.id) for r in rows)
    lines = [f"{'rule'.ljust(width)}  {'level':12}  {'direction':9}  {'family':11}  detects"]
    lines += [
        f"{r.id.ljust(width)}  {r.level:12}  {r.direction or 'any':9}  {r.family:11}  {r.meaning}" for r in rows
    ]
    lines.append(f"{len(rows)} rules")
    return "\n".join(lines)
