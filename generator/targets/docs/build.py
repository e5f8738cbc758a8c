"""The `docs` target: the sources of the HTML docs site (mkdocs + mkdocs-material).

Writes `docs/` below the output: `mkdocs.yml`, one Markdown page per cookbook scenario (every
code block in language tabs), one reference page per operation (with a try-it panel that calls
a local emulator), the error catalogue, a getting-started page per language and the page of
"differs from older guides" notes, plus the site's small JS and CSS. `authgen docs` turns this
into static HTML; only these sources are generated (and so checked by `authgen check`).

The shell and Python code comes from the cookbook target (`render_page`, `render_reference`),
so a flow on the site is byte for byte the flow that the cookbook tests run.

Spec text is data here too: the Markdown templates autoescape (see `generator.templating`),
code goes into fences with `md_fence`, and `mkdocs.yml` is not a template at all but data
written by a YAML emitter (`mkdocs_config`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jinja2
from markupsafe import Markup

from ...conformance.docs import page_context as conformance_page
from ...cookbook import COMMON_VARIABLES, Scenario
from ...escape import html_attr, html_text, md_fence, yaml_dump
from ...ir import Api, Operation, TypeRef
from ...loader import one_line
from ...templating import TEMPLATES, environment, markdown_environment, render
from .. import BuildContext, Snippets
from ..cookbook import build as cookbook_target
from ..cookbook.build import ClientCode, Reference, RenderedPage, RenderedStep

DOCS_DIR = "docs"
# Paragraphs that say where the real service differs from what older material says.
NOTE = re.compile(r"(Differs from (?:older guides|the docs)):\s*(.+?)(?:\n\s*\n|\Z)", re.S)
TRY_IT_DEFAULT = "http://127.0.0.1:8080"


@dataclass(frozen=True)
class Language:
    """One tab of every code block: curl, then one per client target (in registry order)."""

    label: str  # the tab's title; equal titles are linked across pages
    fence: str  # the code fence's language
    slug: str  # getting-started/<slug>.md
    setup: Callable[[RenderedPage], str]
    ask: Callable[[RenderedStep], str]
    step: Callable[[RenderedStep], str]
    reference_setup: Callable[[Reference], str]
    reference: Callable[[tuple[Operation, str, tuple[ClientCode, ...]]], str]


CURL = Language(
    "curl",
    "bash",
    "curl",
    setup=lambda page: page.setup_shell,
    ask=lambda step: step.ask_shell,
    step=lambda step: step.shell,
    reference_setup=lambda reference: reference.setup_shell,
    reference=lambda entry: entry[1],
)


def languages_of(clients: tuple[Snippets, ...]) -> tuple[Language, ...]:
    """curl, then a tab per client target."""
    return (CURL, *(client_language(i, c) for i, c in enumerate(clients)))


def client_language(index: int, client: Snippets) -> Language:
    """The tab of the `index`th client target (its code is at that index of every step)."""
    return Language(
        client.label,
        client.fence,
        client.slug,
        setup=lambda page: page.setups[index].code,
        ask=lambda step: step.clients[index].ask,
        step=lambda step: step.clients[index].code,
        reference_setup=lambda reference: reference.setups[index].code,
        reference=lambda entry: entry[2][index].code,
    )


@dataclass(frozen=True)
class Note:
    kind: str  # "Differs from older guides" | "Differs from the docs"
    text: str
    where: str  # for people: the operation, schema or scenario
    link: str  # the page (relative to docs/) that shows it, "" when none


def tabs(blocks: list[tuple[Language, str]]) -> Markup:
    """pymdownx.tabbed tabs, one per language, each holding one fenced block (Markdown made
    here: the labels are the targets' own, the code is fenced by `md_fence`)."""
    out: list[str] = []
    for language, code in blocks:
        out.append(f'=== "{language.label}"')
        out.append("")
        out.append(_indent(md_fence(code, language.fence)))
        out.append("")
    return Markup("\n".join(out).rstrip("\n"))


def _indent(text: str, prefix: str = "    ") -> str:
    """Every non-empty line indented (a Markup stays Markup: indenting changes no meaning)."""
    indented = "\n".join(prefix + line if line else "" for line in str(text).split("\n"))
    return Markup(indented) if isinstance(text, Markup) else indented


def operation_page(op: Operation) -> str:
    return f"reference/{op.operation_id}.md"


def scenario_page(scenario: Scenario) -> str:
    return f"flows/{scenario.id}.md"


def collect_notes(api: Api, scenarios: tuple[Scenario, ...]) -> list[Note]:
    """Every "Differs from older guides:" / "Differs from the docs:" paragraph of the spec (from
    the IR) and of the cookbook, with the page that shows it."""
    notes = [
        Note(n.kind, n.text, n.where, operation_page(api.operation(n.operation_id)) if n.operation_id else "")
        for n in api.notes
    ]
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


def try_it_config(op: Operation) -> Markup:
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
            if not p.managed
        ],
        "body": example if op.method not in cookbook_target.READ_ONLY_METHODS else "",
    }
    return Markup(html_attr(json.dumps(config, ensure_ascii=False, separators=(",", ":"))))


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


def json_type(type_: TypeRef, outer: bool = True) -> str:
    """A parameter's type as the wire (and a curl reader) sees it: `string`, `integer`, ...;
    an enum lists its values."""
    if type_.type == "string" and type_.enum and outer:
        return "string (" + ", ".join(type_.enum) + ")"
    if type_.type == "array":
        items = type_.items
        return "array of " + ("object" if items is None or items.ref else json_type(items, False))
    return type_.type


def first_flow(rendered: list[RenderedPage]) -> RenderedPage | None:
    """The flow a getting-started page shows as a reader's first call: the first one that needs
    nothing beforehand (no account, no page variable such as a key pair or a password, nothing
    typed in), so that it runs as printed against a fresh emulator."""
    for page in rendered:
        scenario = page.scenario
        if not scenario.given and not scenario.variables and not any(s.ask_shell for s in page.steps):
            return page
    return None


def by_tag(api: Api) -> list[tuple[str, list[Operation]]]:
    """Operations grouped by their first tag, in the spec's order."""
    groups: dict[str, list[Operation]] = {}
    for op in api.operations:
        groups.setdefault(op.tag, []).append(op)
    return list(groups.items())


# mkdocs.yml, as data. `authgen docs` runs mkdocs, which reads it with PyYAML's full `Loader`
# (mkdocs.utils.yaml.get_yaml_loader: python tags, `!ENV`, `!relative`), so a YAML tag that
# spec text smuggled in would build an object, or run a command, while the site builds. Here
# no spec text is ever YAML syntax: the whole file is `yaml.safe_dump` of plain dicts, lists
# and strings (`escape.yaml_dump`), and the safe emitter quotes every string that could read
# as anything but that string (`'!!python/object/apply:os.system'` stays a quoted scalar, and
# a quoted scalar is never resolved to a tag by any loader). The keys are all ours: no
# `INHERIT` (another file) and no hooks or plugins from spec text.
MKDOCS_THEME: dict[str, Any] = {
    "name": "material",
    "language": "en",
    "font": False,
    "icon": {"logo": "material/shield-key"},
    "features": [
        "content.code.copy",
        "content.tabs.link",
        "navigation.sections",
        "navigation.top",
        "navigation.footer",
        "navigation.indexes",
        "search.highlight",
        "search.suggest",
        "toc.follow",
    ],
    "palette": [
        {
            "media": "(prefers-color-scheme)",
            "toggle": {"icon": "material/brightness-auto", "name": "Switch to light mode"},
        },
        {
            "media": "(prefers-color-scheme: light)",
            "scheme": "default",
            "primary": "indigo",
            "accent": "indigo",
            "toggle": {"icon": "material/weather-night", "name": "Switch to dark mode"},
        },
        {
            "media": "(prefers-color-scheme: dark)",
            "scheme": "slate",
            "primary": "indigo",
            "accent": "light blue",
            "toggle": {"icon": "material/weather-sunny", "name": "Switch to system preference"},
        },
    ],
}
MKDOCS_MARKDOWN_EXTENSIONS: list[Any] = [
    "admonition",
    "attr_list",
    "md_in_html",
    "tables",
    {"toc": {"permalink": True}},
    "pymdownx.details",
    "pymdownx.highlight",
    "pymdownx.superfences",
    {"pymdownx.tabbed": {"alternate_style": True}},
]
# mkdocs-material's templates overridden by the site (theme.custom_dir): see theme/main.html.jinja.
THEME_OVERRIDES = "overrides"
SEARCH_HOOK = "hooks/search_exclude.py"
MKDOCS_COMMENT = """\
# The docs site: `authgen docs` builds it into site/ (offline: no CDN, no web fonts, no analytics).
# Search runs in a web worker from the site's own folder: it works offline wherever the site is
# served over http (`authgen docs --serve`, `python -m http.server`). No `offline` plugin: it
# loads a shim from a CDN. Written with yaml.safe_dump from data (generator/targets/docs/build.py).
"""


def mkdocs_config(
    api: Api, languages: tuple[Language, ...], scenarios: tuple[Scenario, ...]
) -> dict[str, Any]:
    """The site's configuration as plain data (see MKDOCS_THEME for why it is not a template).

    The site name and the navigation's titles are HTML to the theme: mkdocs renders its theme
    with autoescape off, and mkdocs-material prints `config.site_name` and `nav_item.title` as
    they are (as text, and in a double-quoted `aria-label`), so they are written `html_text`."""
    titles = {tag.name: tag.title for tag in api.tags}
    reference: list[Any] = ["reference/index.md"]
    for tag, ops in by_tag(api):
        entries = [{html_text(op.operation_id): operation_page(op)} for op in ops]
        reference.append({html_text(titles.get(tag, tag.capitalize())): entries})
    return {
        "site_name": html_text(api.title),
        "site_description": "The CloudBase Auth HTTP API (/auth/v1): flows in curl and every client language, reference, errors, try-it against the local emulator.",
        "docs_dir": "docs",
        "use_directory_urls": False,
        "strict": True,
        "validation": {
            "omitted_files": "warn",
            "absolute_links": "warn",
            "unrecognized_links": "warn",
            "anchors": "warn",
        },
        "theme": {**MKDOCS_THEME, "custom_dir": THEME_OVERRIDES},
        "plugins": ["search"],
        "markdown_extensions": MKDOCS_MARKDOWN_EXTENSIONS,
        "extra": {"generator": False},
        "extra_css": ["assets/site.css"],
        "extra_javascript": ["assets/try-it.js"],
        # Tab labels left out of the search index (hooks/search_exclude.py: fixed code, no spec text).
        "hooks": [SEARCH_HOOK],
        "nav": [
            {"Home": "index.md"},
            {
                "Getting started": [
                    {html_text(language.label): f"getting-started/{language.slug}.md"}
                    for language in languages
                ]
            },
            {"Flows": [{html_text(scenario.title): scenario_page(scenario)} for scenario in scenarios]},
            {"Reference": reference},
            {"Errors": "errors.md"},
            {"Differs from older guides": "differences.md"},
            {"Check the spec against your environment": "conformance.md"},
        ],
    }


def mkdocs_yml(header: str, config: dict[str, Any]) -> str:
    return f"# {one_line(header)}\n{MKDOCS_COMMENT}{yaml_dump(config)}"


def page_environment(relink_filter: Callable[..., str]) -> jinja2.Environment:
    """The environment of the site's pages (`*.md.jinja`): Markdown, with the site's filters.
    `relink_filter(text, depth=1)`: a description with its links made relative to a page
    `depth` folders down (`relink`, given the spec; the template precompiler gives a stand-in)."""
    env = markdown_environment(TEMPLATES / "docs")
    env.filters["json_type"] = json_type
    env.filters["indent4"] = _indent
    env.filters["relink"] = relink_filter
    return env


def build(context: BuildContext) -> None:
    """Write the site's sources to out_dir/docs."""
    api, scenarios, clients = context.api, context.scenarios, context.clients()
    root = context.out_dir / DOCS_DIR
    pages = root / "docs"
    for folder in ("flows", "reference", "getting-started", "assets"):
        (pages / folder).mkdir(parents=True, exist_ok=True)
    env = page_environment(lambda text, depth=1: relink(text, depth, scenarios, api))
    assets = environment(TEMPLATES / "docs")  # the site's own JS and CSS: no spec text in them
    languages = languages_of(clients)
    rendered = [cookbook_target.render_page(api, s, clients) for s in scenarios]
    reference = cookbook_target.render_reference(api, clients)
    classes = {code.error: code for code in api.error_codes}
    notes = collect_notes(api, scenarios)
    common: dict[str, Any] = {
        "api": api,
        "languages": languages,
        "clients": clients,
        "scenarios": scenarios,
        "common_variables": COMMON_VARIABLES,
        "operation_page": operation_page,
        "scenario_page": scenario_page,
        "tabs": tabs,
        "strip_notes": strip_notes,
        "error_classes": classes,
        "notes": notes,
        "helpers": "\n".join(cookbook_target.HELPERS),
        "common_shell": cookbook_target.common_shell(),
    }

    def write(name: str, template: str, **context: Any) -> None:
        (root / name).write_text(render(env, template, **common, **context), encoding="utf-8")

    (root / "mkdocs.yml").write_text(
        mkdocs_yml(context.header, mkdocs_config(api, languages, scenarios)), encoding="utf-8"
    )
    write("docs/index.md", "index.md.jinja")
    write("docs/errors.md", "errors.md.jinja")
    write("docs/differences.md", "differences.md.jinja")
    write("docs/conformance.md", "conformance.md.jinja", **conformance_page(api, scenarios))
    overrides = root / THEME_OVERRIDES
    overrides.mkdir()
    theme = (TEMPLATES / "docs" / "theme" / "main.html.jinja").read_text(encoding="utf-8")
    header = "{#- " + one_line(context.header).replace("#}", "# }") + " -#}\n"
    (overrides / "main.html").write_text(header + theme, encoding="utf-8")
    hook = (TEMPLATES / "docs" / SEARCH_HOOK).read_text(encoding="utf-8")
    (root / SEARCH_HOOK).parent.mkdir()
    (root / SEARCH_HOOK).write_text(f"# {one_line(context.header)}\n{hook}", encoding="utf-8")
    for asset in ("try-it.js", "site.css"):
        text = render(
            assets, f"{asset}.jinja", header=one_line(context.header), try_it_default=TRY_IT_DEFAULT
        )
        (pages / "assets" / asset).write_text(text, encoding="utf-8")
    write("docs/reference/index.md", "reference-index.md.jinja")
    first = first_flow(rendered)
    for language in languages:
        write(
            f"docs/getting-started/{language.slug}.md",
            f"getting-started-{language.slug}.md.jinja",
            language=language,
            reference_setup=language.reference_setup(reference),
            first_flow=first,
            first_setup=language.setup(first) if first else "",
        )
    for page in rendered:
        write(f"docs/{scenario_page(page.scenario)}", "flow.md.jinja", page=page)
    by_id = {entry[0].operation_id: entry for entry in reference.entries}
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
