"""The hostile corpus (tests/hostile/corpus.py) through every output but Go (test_go_outputs.py,
in the `go` session) and the browser (test_browser.py): either `authgen generate` refuses the
spec with a located one-line error and writes nothing, or every artefact holds the text as data.

Each case is generated once per run (conftest.py); every program that runs generated code runs
in an empty directory that must stay empty (every command payload would make a file there)."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit
from xml.etree import ElementTree

import pytest
import yaml

from generator.ir import Api, Operation, build_api
from generator.targets.python.names import arguments, name_of

from .conftest import ACCEPTED, BY_ID, REFUSED, Generated, in_empty_dir
from .corpus import CASES
from .support import (
    bash_blocks,
    call_python_client,
    live_markup,
    mypy_strict,
    page_title,
    run_page,
    strings_in,
)

Hostile = Callable[[str], Generated]
LOCATED = re.compile(r"^\S*hostile\.yaml:\d+: error \[(?P<rule>[a-z-]+)\] (?P<message>.+)$", re.M)


def test_the_corpus_is_big_and_varied() -> None:
    assert len(CASES) >= 30
    assert len({case.id for case in CASES}) == len(CASES)
    assert len(ACCEPTED) >= 15 and len(REFUSED) >= 15


def api_of(generated: Generated) -> Api:
    return build_api(yaml.safe_load(generated.spec.read_text(encoding="utf-8")))


# --- refused -------------------------------------------------------------------------------


@pytest.mark.parametrize("case_id", REFUSED)
def test_refused_with_a_located_one_line_error_and_nothing_written(case_id: str, hostile: Hostile) -> None:
    generated = hostile(case_id)
    rule, phrase = BY_ID[case_id].refused or ("", "")
    assert generated.exit_code == 1, generated.output
    assert "Traceback" not in generated.output
    problems = [(m.group("rule"), m.group("message")) for m in LOCATED.finditer(generated.output)]
    assert any(r == rule and phrase in message for r, message in problems), generated.output
    assert "nothing was written" in generated.output
    assert not generated.out.exists()
    assert generated.trap == []


# --- generated: Python ---------------------------------------------------------------------


def _value(argument: Any, op: Operation) -> Any:
    if argument.python_type.startswith("Literal["):
        types = {p.name: p.type for p in op.parameters} | {f.name: f.type for f in op.body.fields if op.body}
        return types[argument.name].enum[0]
    if argument.python_type.startswith("dict"):
        return {"k": "v"}
    return f"v<{argument.name}>"


@pytest.mark.parametrize("case_id", ACCEPTED)
def test_python_client_imports_and_sends_names_and_values_as_data(
    case_id: str, hostile: Hostile, tmp_path: Path
) -> None:
    generated = hostile(case_id)
    assert generated.exit_code == 0, generated.output
    assert generated.trap == []
    api = api_of(generated)
    op = api.operation("updateThing")
    args = {a.python_name: _value(a, op) for a in arguments(op)}
    by_wire = {a.name: args[a.python_name] for a in arguments(op)}
    answer = op.success.examples[0].value
    workdir = tmp_path / "trap"
    with in_empty_dir(workdir):
        seen = call_python_client(
            generated.out / "python",
            workdir,
            {"method": name_of(op), "operation": op.operation_id, "arguments": args, "answer": answer},
        )
    assert list(workdir.iterdir()) == []
    # the spec's strings, kept exactly
    assert seen["path"] == op.path
    assert seen["version"] == api.version
    assert seen["gateway"] == api.server("gateway").url
    assert seen["doc"]
    # the request, as the spec names it
    (request,) = seen["requests"]
    raw_path, _, raw_query = request["path"].partition("?")
    expected_path = op.path
    for p in op.path_parameters:
        expected_path = expected_path.replace("{" + p.name + "}", by_wire[p.name])
    assert unquote(raw_path) == urlsplit(api.server("gateway").url).path + expected_path
    query = dict(parse_qsl(raw_query, keep_blank_values=True))
    assert {p.name: query.get(p.name) for p in op.query_parameters} == {
        p.name: by_wire[p.name] for p in op.query_parameters
    }
    for p in op.header_parameters:
        assert request["headers"][p.name.lower()] == by_wire[p.name]
    assert op.body is not None
    assert yaml.safe_load(request["body"]) == {
        f.name: by_wire[f.name] for f in op.body.fields if f.name in by_wire
    }


def _package_copy(generated: Generated, into: Path) -> None:
    """The case's package as `cloudbase_auth_<case>` (its imports are all relative)."""
    name = "cloudbase_auth_" + re.sub(r"\W", "_", generated.case.id)
    shutil.copytree(generated.out / "python" / "cloudbase_auth", into / name)


@pytest.mark.slow
def test_every_python_package_passes_mypy_strict(hostile: Hostile, tmp_path: Path) -> None:
    """One mypy run over every generated case (each package renamed), rather than one a case."""
    for case_id in ACCEPTED:
        _package_copy(hostile(case_id), tmp_path)
    result = mypy_strict(tmp_path)
    assert result.returncode == 0, result.stdout[-6000:]


# --- generated: the cookbook's bash --------------------------------------------------------


@pytest.mark.parametrize("case_id", ACCEPTED)
def test_cookbook_bash_runs_creates_nothing_and_sends_the_text_literally(
    case_id: str, hostile: Hostile, tmp_path: Path
) -> None:
    generated = hostile(case_id)
    case = BY_ID[case_id]
    cookbook = generated.out / "cookbook"
    calls = []
    for page in ("hostile-flow.md", "operations.md"):
        blocks = bash_blocks(cookbook / page)
        assert len(blocks) >= 3, page
        workdir = tmp_path / page
        with in_empty_dir(workdir):
            run = run_page(blocks, workdir, tmp_path / f"stub-{page}")
        assert run.returncode == 0, f"{page}: {run.stderr[-3000:]}"
        assert list(workdir.iterdir()) == [], f"{page} ran spec text as code"
        assert len(run.calls) == 2, page
        calls += run.calls
    for where, text in case.wire:
        if where == "url":
            assert any(text in call.url for call in calls), [c.url for c in calls]
        elif where == "header":
            assert any(text in header for call in calls for header in call.headers)
        else:
            assert any(text in strings_in(call.body) for call in calls), [c.body for c in calls]


# --- generated: the clients' READMEs and the Java pom ------------------------------------------

# The README of each client whose first heading names the spec's title.
TITLED_READMES = {"go": "Go", "java": "Java", "php": "PHP"}
POM = "{http://maven.apache.org/POM/4.0.0}"


@pytest.mark.parametrize("case_id", ACCEPTED)
def test_markdown_files_and_the_pom_hold_spec_text_as_text(
    case_id: str, hostile: Hostile, tmp_path: Path
) -> None:
    """Every Markdown file outside the docs site (whose build is checked below) becomes HTML
    wherever it is read (GitHub, an IDE: the READMEs, the cookbook's pages, the changelog):
    rendered, it has no live markup, and a client README's heading shows the title as written.
    The pom parses as XML with the title as its text; the other manifests parse too."""
    import tomllib

    import markdown

    generated = hostile(case_id)
    assert generated.exit_code == 0, generated.output
    title = api_of(generated).title
    pages = [
        p for p in sorted(generated.out.rglob("*.md")) if p.relative_to(generated.out).parts[0] != "docs"
    ]
    assert len(pages) >= 8
    for readme in pages:
        page = tmp_path / (readme.relative_to(generated.out).as_posix().replace("/", "-") + ".html")
        extensions = ["attr_list", "md_in_html", "tables", "fenced_code"]
        page.write_text(markdown.markdown(readme.read_text(encoding="utf-8"), extensions=extensions))
        found = live_markup(page)
        assert (found.handlers, found.scripts, found.links, found.clobbered) == ([], [], [], []), readme
        language = TITLED_READMES.get(readme.parent.name) if readme.name == "README.md" else None
        if language is not None:
            heading = re.search(r"<h1>(.*?)</h1>", page.read_text(), re.S)
            assert heading is not None, readme
            shown = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1)))
            assert shown.split() == f"{title}: the {language} client".split()  # HTML folds spaces
    pom = ElementTree.parse(generated.out / "java" / "pom.xml").getroot()
    assert pom.findtext(f"{POM}name") == f"{title} client for Java"
    assert pom.findtext(f"{POM}description", "").startswith(f"A typed Java client of the {title} HTTP API")
    ElementTree.parse(generated.out / "php" / "phpunit.xml")
    assert (
        title
        in json.loads((generated.out / "php" / "composer.json").read_text(encoding="utf-8"))["description"]
    )
    tomllib.loads((generated.out / "python" / "pyproject.toml").read_text(encoding="utf-8"))


# --- generated: the docs site --------------------------------------------------------------


@pytest.mark.parametrize("case_id", ACCEPTED)
def test_docs_build_runs_nothing_and_leaves_no_live_markup(
    case_id: str, hostile_site: Callable[[str], tuple[Generated, int, str, list[str]]]
) -> None:
    generated, code, output, trap = hostile_site(case_id)
    assert code == 0, output
    assert trap == [], "mkdocs ran spec text as code"
    pages = sorted(generated.site.rglob("*.html"))
    assert len(pages) >= 8
    for page in pages:
        found = live_markup(page)
        assert (found.handlers, found.scripts, found.links, found.clobbered) == ([], [], [], []), page
    # the title is shown as written, whatever it holds
    assert page_title(generated.site / "index.html") == api_of(generated).title
