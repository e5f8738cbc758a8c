"""The `docs` target: the sources of the HTML docs site (mkdocs + mkdocs-material).

Writes `docs/` below the output: `mkdocs.yml`, one Markdown page per cookbook scenario (every
code block in language tabs), one reference page per operation (with a try-it panel that calls
a local emulator), the error catalogue, a getting-started page per language and the page of
"differs from older guides" notes, plus the site's small JS and CSS. `authgen docs` turns this
into static HTML; only these sources are generated (and so checked by `authgen check`).

The shell and Python code comes from the cookbook target (`render_page`, `render_reference`),
so a flow on the site is byte for byte the flow that the cookbook tests run.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..cookbook import COMMON_VARIABLES, Scenario
from ..ir import Api, Operation
from ..templating import TEMPLATES, environment, render
from . import cookbook as cookbook_target
from .cookbook import RenderedPage, RenderedStep

DOCS_DIR = "docs"
# Paragraphs that say where the real service differs from what older material says.
NOTE = re.compile(r"(Differs from (?:older guides|the docs)):\s*(.+?)(?:\n\s*\n|\Z)", re.S)
TRY_IT_DEFAULT = "http://127.0.0.1:8080"


@dataclass(frozen=True)
class Language:
    """One tab of every code block. A new language (Go) is one more entry of LANGUAGES."""

    label: str  # the tab's title; equal titles are linked across pages
    fence: str  # the code fence's language
    slug: str  # getting-started/<slug>.md
    setup: Callable[[RenderedPage], str]
    ask: Callable[[RenderedStep], str]
    step: Callable[[RenderedStep], str]
    reference_setup: Callable[[tuple[str, str]], str]
    reference: Callable[[tuple[Operation, str, str]], str]


LANGUAGES: tuple[Language, ...] = (
    Language(
        "curl",
        "bash",
        "curl",
        setup=lambda page: page.setup_shell,
        ask=lambda step: step.ask_shell,
        step=lambda step: step.shell,
        reference_setup=lambda setup: setup[0],
        reference=lambda entry: entry[1],
    ),
    Language(
        "Python",
        "python",
        "python",
        setup=lambda page: page.setup_python,
        ask=lambda step: step.ask_python,
        step=lambda step: step.python,
        reference_setup=lambda setup: setup[1],
        reference=lambda entry: entry[2],
    ),
)


@dataclass(frozen=True)
class Note:
    kind: str  # "Differs from older guides" | "Differs from the docs"
    text: str
    where: str  # for people: the operation, schema or scenario
    link: str  # the page (relative to docs/) that shows it, "" when none


def tabs(blocks: list[tuple[Language, str]]) -> str:
    """pymdownx.tabbed tabs, one per language, each holding one fenced block."""
    out: list[str] = []
    for language, code in blocks:
        out.append(f'=== "{language.label}"')
        out.append("")
        out.append(_indent(f"```{language.fence}\n{code}\n```"))
        out.append("")
    return "\n".join(out).rstrip("\n")


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line else "" for line in text.split("\n"))


def operation_page(op: Operation) -> str:
    return f"reference/{op.operation_id}.md"


def scenario_page(scenario: Scenario) -> str:
    return f"flows/{scenario.id}.md"


def _walk(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")
    elif isinstance(node, str):
        yield pointer, node


def collect_notes(api: Api, doc: dict[str, Any], scenarios: tuple[Scenario, ...]) -> list[Note]:
    """Every "Differs from older guides:" / "Differs from the docs:" paragraph of the spec and
    the cookbook, with the page that shows it."""
    by_path = {(op.path, op.method.lower()): op for op in api.operations}
    notes: list[Note] = []
    for pointer, text in _walk(doc, ""):
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        where, link = pointer, ""
        if len(parts) >= 3 and parts[0] == "paths" and (parts[1], parts[2]) in by_path:
            op = by_path[(parts[1], parts[2])]
            rest = "/".join(parts[3:])
            where = op.operation_id if rest == "description" else f"{op.operation_id} ({rest})"
            link = operation_page(op)
        elif len(parts) >= 3 and parts[0] == "components":
            where = f"{parts[2]} ({'/'.join(parts[3:])})" if len(parts) > 3 else parts[2]
        for match in NOTE.finditer(text):
            notes.append(Note(match.group(1), " ".join(match.group(2).split()), where, link))
    for scenario in scenarios:
        texts = [("summary", scenario.summary)] + [(f"step {s.number}", s.why) for s in scenario.steps]
        for label, text in texts:
            for match in NOTE.finditer(text):
                notes.append(
                    Note(
                        match.group(1),
                        " ".join(match.group(2).split()),
                        f"{scenario.title} ({label})",
                        scenario_page(scenario),
                    )
                )
    return notes


def strip_notes(text: str) -> str:
    """A description without its "Differs from ..." paragraphs (shown apart, as a callout)."""
    return NOTE.sub("", text).strip()


def try_it_config(op: Operation) -> str:
    """The try-it panel's description of `op`, as an HTML attribute value (escaped JSON)."""
    example = op.request_examples[0].json if op.request_examples else ("{}" if op.body else "")
    config = {
        "operation": op.operation_id,
        "method": op.method,
        "path": op.path,
        "auth": op.auth,
        "clientId": op.auth != "bearer",
        "parameters": [
            {
                "name": p.name,
                "in": p.location,
                "required": p.required,
                "secret": p.secret,
                "example": "" if p.example is None else str(p.example),
            }
            for p in op.parameters
            if not p.common
        ],
        "body": example if op.method not in cookbook_target.READ_ONLY_METHODS else "",
    }
    return html.escape(json.dumps(config, ensure_ascii=False, separators=(",", ":")), quote=True)


MD_LINK = re.compile(r"\]\(([A-Za-z0-9_.-]+)\.md(#[^)\s]*)?\)")


def relink(text: str, depth: int, scenarios: tuple[Scenario, ...], api: Api) -> str:
    """Rewrite the cookbook's page links (`profile.md`, `operations.md#opid`) for a site page
    `depth` folders below docs/."""
    up = "../" * depth
    ids = {s.id for s in scenarios}
    ops = {op.operation_id.lower(): op for op in api.operations}

    def fix(match: re.Match[str]) -> str:
        name, fragment = match.group(1), match.group(2) or ""
        if name in ids:
            return f"]({up}flows/{name}.md{fragment})"
        if name == "operations" and fragment[1:] in ops:
            return f"]({up}{operation_page(ops[fragment[1:]])})"
        if name == "README":
            return f"]({up}index.md{fragment})"
        return match.group(0)

    return MD_LINK.sub(fix, text)


CODE_SPAN = re.compile(r"(`[^`]*`)")


def _cell(text: str) -> str:
    """Text for one Markdown table cell: one line; outside code spans, pipes escaped (inside
    them the table extension keeps them, and a backslash would show) and `<` kept as text."""
    parts = CODE_SPAN.split(" ".join(str(text).split()))
    return "".join(p if p.startswith("`") else p.replace("|", "\\|").replace("<", "&lt;") for p in parts)


_JSON_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}


def json_type(python_type: str) -> str:
    """A parameter's type as the wire (and a curl reader) sees it: `string`, `integer`, ...;
    an enum lists its values."""
    if python_type.startswith("Literal["):
        return "string (" + python_type[len("Literal[") : -1].replace('"', "") + ")"
    if python_type.startswith("list["):
        return "array of " + json_type(python_type[len("list[") : -1])
    return _JSON_TYPES.get(python_type, "object" if python_type.startswith("dict") else python_type)


def by_tag(api: Api) -> list[tuple[str, list[Operation]]]:
    """Operations grouped by their first tag, in the spec's order."""
    groups: dict[str, list[Operation]] = {}
    for op in api.operations:
        groups.setdefault(op.tag, []).append(op)
    return list(groups.items())


def tag_titles(doc: dict[str, Any]) -> dict[str, str]:
    """Nav titles of the tags: `x-displayName` (Redoc's convention) where the spec gives one, else
    the capitalised name (`qrcode` would read "Qrcode")."""
    titles: dict[str, str] = {}
    for tag in doc.get("tags") or []:
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            title = tag.get("x-displayName")
            titles[tag["name"]] = title if isinstance(title, str) and title else tag["name"].capitalize()
    return titles


def build(api: Api, doc: dict[str, Any], scenarios: tuple[Scenario, ...], out_dir: Path, header: str) -> None:
    """Write the site's sources to out_dir/docs. `header`: the generated-file notice text."""
    root = out_dir / DOCS_DIR
    pages = root / "docs"
    for folder in ("flows", "reference", "getting-started", "assets"):
        (pages / folder).mkdir(parents=True, exist_ok=True)
    env = environment(TEMPLATES / "docs")
    env.filters["cell"] = _cell
    env.filters["json_type"] = json_type
    env.filters["indent4"] = _indent
    env.filters["relink"] = lambda text, depth=1: relink(text, depth, scenarios, api)
    rendered = [cookbook_target.render_page(api, s) for s in scenarios]
    setup_shell, setup_python, entries = cookbook_target.render_reference(api)
    classes = {code.error: code for code in api.error_codes}
    notes = collect_notes(api, doc, scenarios)
    common: dict[str, Any] = {
        "api": api,
        "header": header,
        "languages": LANGUAGES,
        "scenarios": scenarios,
        "common_variables": COMMON_VARIABLES,
        "operation_page": operation_page,
        "scenario_page": scenario_page,
        "tabs": tabs,
        "strip_notes": strip_notes,
        "error_classes": classes,
        "notes": notes,
        "try_it_default": TRY_IT_DEFAULT,
        "helpers": cookbook_target.HELPERS,
        "tags": by_tag(api),
        "tag_titles": tag_titles(doc),
    }

    def write(name: str, template: str, **context: Any) -> None:
        (root / name).write_text(render(env, template, **common, **context), encoding="utf-8")

    write("mkdocs.yml", "mkdocs.yml.jinja")
    write("docs/index.md", "index.md.jinja")
    write("docs/errors.md", "errors.md.jinja")
    write("docs/differences.md", "differences.md.jinja")
    write("docs/assets/try-it.js", "try-it.js.jinja")
    write("docs/assets/site.css", "site.css.jinja")
    write("docs/reference/index.md", "reference-index.md.jinja")
    for language in LANGUAGES:
        write(
            f"docs/getting-started/{language.slug}.md",
            f"getting-started-{language.slug}.md.jinja",
            language=language,
            reference_setup=language.reference_setup((setup_shell, setup_python)),
        )
    for page in rendered:
        write(f"docs/{scenario_page(page.scenario)}", "flow.md.jinja", page=page)
    by_id = {op.operation_id: (op, shell, python) for op, shell, python in entries}
    for op in api.operations:
        used_by = [s for s in scenarios if op.operation_id in s.operation_ids]
        write(
            f"docs/{operation_page(op)}",
            "operation.md.jinja",
            op=op,
            entry=by_id[op.operation_id],
            used_by=used_by,
            op_notes=[n for n in notes if n.link == operation_page(op)],
            try_it=try_it_config(op),
        )
