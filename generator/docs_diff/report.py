"""The three output formats of `authgen docs-diff`: text (one located line per difference, then a
summary per page), JSON, Markdown. Notes ("not shown": sections the page does not show as fields)
are printed but are not differences: they do not make the command fail."""

from __future__ import annotations

import json

from .model import Difference, Result
from .specdoc import SpecLike


def _spec_where(spec: SpecLike, pointer: str) -> str:
    return f"{spec.where(pointer)} #{pointer}" if pointer else "not in the spec"


def _summary(r: Result) -> str:
    what = r.operation or f"{r.page.method} {r.page.path}"
    n = len(r.differences)
    said = f"{n} difference(s)" if n else "agrees with the spec"
    if r.notes:
        said += f", {len(r.notes)} section(s) not shown"
    return f"{r.page.display} ({r.page.layout}, {what}): {said}"


def format_text(results: list[Result], spec: SpecLike) -> str:
    lines = []
    for r in results:
        for d in sorted([*r.differences, *r.notes], key=lambda d: (d.line, d.kind, d.message)):
            located = f" ({_spec_where(spec, d.pointer)})" if d in r.differences else ""
            lines.append(f"{r.page.display}:{d.line}: [{d.kind}] {d.message}{located}")
        lines.append(_summary(r))
    return "\n".join(lines)


def _as_dict(d: Difference, spec: SpecLike) -> dict[str, object]:
    return {
        "kind": d.kind,
        "message": d.message,
        "page_line": d.line,
        "spec_pointer": d.pointer,
        "spec_line": spec.loaded.line_of(d.pointer) if d.pointer else None,
    }


def as_json(results: list[Result], spec: SpecLike) -> str:
    return json.dumps(
        [
            {
                "page": r.page.display,
                "layout": r.page.layout,
                "method": r.page.method,
                "path": r.page.path,
                "operation": r.operation,
                "differences": [_as_dict(d, spec) for d in r.differences],
                "notes": [_as_dict(d, spec) for d in r.notes],
            }
            for r in results
        ],
        indent=2,
        ensure_ascii=False,
    )


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def format_markdown(results: list[Result], spec: SpecLike) -> str:
    lines = ["## Docs pages vs the spec", ""]
    for r in results:
        lines += [f"### {r.page.display} ({r.operation or r.page.method + ' ' + r.page.path})", ""]
        if not r.differences:
            lines += ["Agrees with the spec.", ""]
        else:
            lines += ["| Page line | Kind | Difference | Spec |", "|---|---|---|---|"]
            for d in r.differences:
                lines.append(f"| {d.line} | `{d.kind}` | {_md(d.message)} | `{d.pointer or '-'}` |")
            lines.append("")
        if r.notes:
            lines += ["Not compared:", ""]
            lines += [f"- line {d.line}: {d.message}" for d in r.notes]
            lines.append("")
    return "\n".join(lines)


FORMATS = {"text": format_text, "json": as_json, "markdown": format_markdown}
