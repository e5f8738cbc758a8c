"""The docs site built by `authgen docs`: every flow, operation, error and note has its place,
the language tabs come from one list, and the build loads nothing from another host.
Expectations come from the spec and the cookbook, never from a hard-coded list."""

from __future__ import annotations

import html
import json
import re
import shutil
import signal
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.ir import TypeRef
from generator.targets import registry
from generator.targets.docs import build as docs_target
from generator.targets.python import names as py
from generator.writer import Inputs, build_context

from .conftest import GENERATED, ROOT, SPEC


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def article_text(page: Path) -> str:
    """What a reader sees in the page's article (no nav), whitespace collapsed."""
    source = page.read_text(encoding="utf-8")
    article = source[source.index("<article") : source.index("</article>")]
    parser = _Text()
    parser.feed(article)
    return " ".join("".join(parser.parts).split())


def test_every_flow_and_operation_has_a_page(built_site: Path, inputs: Inputs) -> None:
    for scenario in inputs.api.extras["scenarios"]:
        text = article_text(built_site / "flows" / f"{scenario.id}.html")
        assert scenario.title in text
        for step in scenario.steps:
            assert f"Step {step.number}:" in text
    for op in inputs.api.operations:
        assert (built_site / "reference" / f"{op.operation_id}.html").is_file(), op.operation_id
    index = article_text(built_site / "reference" / "index.html")
    assert all(op.operation_id in index for op in inputs.api.operations)


def test_reference_groups_are_titled_by_the_tags_display_names(built_site: Path, inputs: Inputs) -> None:
    """The nav reads "QR code", not "Qrcode": a tag's `x-displayName` where the spec gives one."""
    nav = (built_site / "reference" / "index.html").read_text(encoding="utf-8")
    tags = [t for t in inputs.doc.get("tags", []) if {op.tag for op in inputs.api.operations} >= {t["name"]}]
    assert any("x-displayName" in t for t in tags), "the spec names at least one tag for people"
    for tag in tags:
        title = tag.get("x-displayName") or tag["name"].capitalize()
        assert re.search(rf">\s*{re.escape(html.escape(title))}\s*<", nav), title


def test_reference_pages_show_method_path_auth_fields_examples_and_errors(
    built_site: Path, inputs: Inputs
) -> None:
    classes = {code.error: code.names.pascal for code in inputs.api.error_codes}
    clients = build_context(inputs, Path()).clients()
    assert len(clients) >= 2, "Python and Go at least"
    for op in inputs.api.operations:
        page = built_site / "reference" / f"{op.operation_id}.html"
        text = article_text(page)
        where = op.operation_id
        assert op.method in text and f"/auth/v1{op.path}" in text, where
        assert f"Auth: {op.auth_label}" in text, where
        assert f"auth.{py.name_of(op)}()" in text, where
        for p in op.parameters:
            if not p.managed:
                assert p.name in text and docs_target.json_type(p.type) in text, (where, p.name)
        for f in op.body.fields if op.body else ():
            assert f.name in text and f.type.type in text, (where, f.name)
            if f.description:
                shown = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", " ".join(f.description.split()))
                shown = re.sub(r"[`*]", "", shown)  # as rendered: no Markdown marks
                assert shown[:40] in text, (where, f.name)
        for example in op.success.examples:
            for key in example.value if isinstance(example.value, dict) else ():
                assert f'"{key}"' in text, (where, key)
        for _response, example in op.error_examples:
            assert example.value["error"] in text, (where, example.value["error"])
            assert classes[example.value["error"]] in text, (where, example.value["error"])
            for client in clients:  # every client language's name for it, on the same row
                error = example.value["error"]
                row = rf"{re.escape(error)} (?:\S+ )*?{re.escape(client.error_hint(error))} "
                assert re.search(row, text), (where, client.label, error)
        assert "the Python client does that by itself" not in text, where
        assert all(f"{client.label}" in text for client in clients), where
        # the try-it panel knows the call
        match = re.search(r'<div class="tryit" data-op="([^"]*)"', page.read_text(encoding="utf-8"))
        assert match, where
        config = json.loads(html.unescape(match.group(1)))
        assert (config["method"], config["path"], config["auth"]) == (op.method, op.path, op.auth)
        assert [p["name"] for p in config["parameters"]] == [p.name for p in op.parameters if not p.managed]


def test_parameter_types_read_as_json_types() -> None:
    kinds = ("string", "integer", "boolean", "number", "object")
    assert [docs_target.json_type(TypeRef(kind)) for kind in kinds] == list(kinds)
    assert docs_target.json_type(TypeRef("string", enum=("SMS", "EMAIL"))) == "string (SMS, EMAIL)"
    assert docs_target.json_type(TypeRef("array", items=TypeRef("string"))) == "array of string"
    assert docs_target.json_type(TypeRef("array", items=TypeRef("object", ref="User"))) == "array of object"


def test_the_error_catalogue_lists_every_code_with_its_exception(built_site: Path, inputs: Inputs) -> None:
    text = article_text(built_site / "errors.html")
    clients = build_context(inputs, Path()).clients()
    for code in inputs.api.error_codes:
        assert re.search(rf"{re.escape(code.error)} {code.status} .*?{code.names.pascal}", text), code.error
        # every client language's name, in registry order, on the code's row
        names = " ".join(re.escape(client.error_hint(code.error)) for client in clients)
        assert re.search(rf"{re.escape(code.error)} {code.status} {names} ", text), code.error


def test_search_finds_every_languages_error_names(built_site: Path, inputs: Inputs) -> None:
    """The offline search index holds the Go sentinel (and every other client's name) on the
    catalogue and on the reference page of an operation that returns the code, so searching
    `ErrInvalidGrant` finds both pages."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    clients = build_context(inputs, Path()).clients()
    returning = [
        op.operation_id
        for op in inputs.api.operations
        if any(example.value["error"] == "invalid_grant" for _response, example in op.error_examples)
    ]
    assert returning, "some operation documents invalid_grant"
    for client in clients:
        name = client.error_hint("invalid_grant").rsplit(".", 1)[-1].rsplit("\\", 1)[-1]
        pages = {doc["location"].split("#")[0] for doc in index["docs"] if name in doc["text"]}
        assert "errors.html" in pages, (client.label, name)
        assert f"reference/{returning[0]}.html" in pages, (client.label, name, sorted(pages)[:5])


def test_the_differences_page_collects_every_note(built_site: Path) -> None:
    raw = "".join(
        (SPEC.parent / name).read_text(encoding="utf-8") for name in ("auth-v1.yaml", "cookbook.yaml")
    )
    expected = len(re.findall(r"Differs from (?:older guides|the docs):", raw))
    assert expected > 0
    page = (built_site / "differences.html").read_text(encoding="utf-8")
    body = page[page.index("<article") : page.index("</article>")]
    assert body.count("<li>") == expected
    assert "No notes yet" not in body


def test_a_getting_started_page_per_language_and_a_tab_per_language_on_every_flow(
    built_site: Path, inputs: Inputs
) -> None:
    languages = docs_target.languages_of(build_context(inputs, Path()).clients())
    labels = [language.label for language in languages]
    assert labels[:2] == ["curl", "Python"]
    for language in languages:
        assert (built_site / "getting-started" / f"{language.slug}.html").is_file()
    for scenario in inputs.api.extras["scenarios"]:
        source = (built_site / "flows" / f"{scenario.id}.html").read_text(encoding="utf-8")
        found = re.findall(r'<label for="__tabbed_1_\d+">([^<]+)</label>', source)
        assert found == labels, scenario.id


class GoSnippets:
    """A stand-in client target's snippets: what a new language brings to the cookbook and site."""

    label, fence, slug, install = "Go", "go", "go", "The same in Go:"

    def setup(self, variables: list[tuple[str, str, str]], uses_ticket: bool) -> str:
        return "// go setup"

    def operation(self, op: object, step: object, session_token: str | None) -> str:
        return f"// go step {step.number}"  # type: ignore[attr-defined]

    def ticket(self, step: object) -> str:
        return "// go ticket"

    def pkce(self, step: object) -> str:
        return "// go pkce"

    def asks(self, step: object) -> str:
        return "// go ask"

    def call_hint(self, op: object) -> str:
        return "client.Call()"

    def error_hint(self, error: str) -> str:
        return "cloudbase.Err"


class GoTarget:
    name, folder, comment_styles = "go-stand-in", "go-stand-in", {}

    def tool_versions(self) -> dict[str, str]:
        return {}

    def build(self, context: object) -> None:
        pass

    def format(self, folder: Path) -> None:
        pass

    def snippets(self, api: object) -> GoSnippets:
        return GoSnippets()


def test_a_new_client_target_adds_a_tab_to_every_flow(
    inputs: Inputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = docs_target.TEMPLATES / "docs" / "getting-started-curl.md.jinja"
    monkeypatch.setattr(docs_target, "TEMPLATES", tmp_path / "templates")
    shutil.copytree(template.parent, tmp_path / "templates" / "docs")
    shutil.copy(template, tmp_path / "templates" / "docs" / "getting-started-go.md.jinja")
    scenarios = inputs.api.extras["scenarios"]
    docs_target.build(build_context(inputs, tmp_path / "out", (*registry.load(), GoTarget())))
    site = tmp_path / "out" / "docs"
    flow = (site / "docs" / "flows" / f"{scenarios[0].id}.md").read_text(encoding="utf-8")
    assert '=== "Go"' in flow and "// go step 1" in flow
    assert "getting-started/go.md" in (site / "mkdocs.yml").read_text(encoding="utf-8")


ASSET_URL = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed|track)\b[^>]*\bsrc=[\"']?(?:https?:)?//"
    r"|<link\b[^>]*\bhref=[\"']?(?:https?:)?//"
    r"|url\(\s*[\"']?(?:https?:)?//"
    r"|@import\s+[\"']?(?:https?:)?//"
    r"|importScripts\(\s*[\"'](?:https?:)?//",
    re.I,
)


def test_the_build_loads_no_asset_from_another_host(built_site: Path) -> None:
    checked = 0
    for path in built_site.rglob("*"):
        if path.suffix in (".html", ".css", ".js"):
            checked += 1
            found = ASSET_URL.search(path.read_text(encoding="utf-8", errors="replace"))
            assert found is None, f"{path.relative_to(built_site)}: {found.group(0) if found else ''}"
    assert checked > 0


def test_the_scanner_would_catch_a_cdn_asset(tmp_path: Path) -> None:
    # the check above cannot pass by accident: these are what it looks for
    for sample in (
        '<script src="https://cdn.example/x.js">',
        "<link rel=stylesheet href='//fonts.example/css'>",
        "a{background:url(http://x.example/a.png)}",
    ):
        assert ASSET_URL.search(sample), sample


def test_docs_refuses_to_replace_a_folder_it_did_not_build(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    result = CliRunner().invoke(main, ["docs", "--generated", str(GENERATED), "--out", str(precious)])
    assert result.exit_code == 1
    assert "was not built by `authgen docs`; refusing to replace it" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert (precious / "notes.txt").read_text() == "keep me"


def test_docs_without_sources_says_to_generate_first(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["docs", "--generated", str(tmp_path), "--out", str(tmp_path / "site")])
    assert result.exit_code == 1
    assert "run `authgen generate` first" in result.output


def test_docs_rebuilds_its_own_output(built_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    runner = CliRunner()
    for _ in range(2):  # the second run replaces what the first built
        result = runner.invoke(main, ["docs", "--generated", str(GENERATED), "--out", str(out)])
        assert result.exit_code == 0, result.output
    assert (out / "index.html").is_file() and "pages)" in result.output


def test_check_catches_a_hand_edit_of_the_site_sources(tmp_path: Path) -> None:
    tree = tmp_path / "generated"
    shutil.copytree(GENERATED, tree, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    page = tree / "docs" / "docs" / "errors.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nhand edit\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--spec", str(SPEC), "--out", str(tree)])
    assert result.exit_code == 1
    assert "edited: docs/docs/errors.md" in result.output


def test_the_readme_tells_how_to_build_and_serve_the_docs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "authgen docs --serve" in readme


def test_docs_serve_builds_then_serves_the_site_on_loopback(tmp_path: Path) -> None:
    out = tmp_path / "site"
    command = "from generator.cli import main; main()"
    args = ["docs", "--generated", str(GENERATED), "--out", str(out), "--serve", "--port", "0"]
    with subprocess.Popen(
        [sys.executable, "-c", command, *args],
        stdout=subprocess.PIPE,
        text=True,
        # Ctrl-C must reach it even when this test runs in a background job, whose children
        # inherit SIGINT ignored (a CI runner, `cmd &` in a script): it then served forever.
        preexec_fn=_ctrl_c_stops,
    ) as server:
        _serve_and_fetch(server, out)


def _ctrl_c_stops() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _serve_and_fetch(server: subprocess.Popen[str], out: Path) -> None:
    try:
        assert server.stdout is not None
        assert server.stdout.readline().startswith(f"built {out}/")
        line = server.stdout.readline()
        match = re.match(r"serving (http://127\.0\.0\.1:\d+/) \(Ctrl-C stops\)", line)
        assert match, line
        page = httpx.get(match.group(1) + "index.html", timeout=10)
        assert page.status_code == 200 and "<article" in page.text
        assert httpx.get(match.group(1) + "missing.html", timeout=10).status_code == 404
    finally:
        server.send_signal(signal.SIGINT)
        try:
            code = server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()  # never leave it serving, nor this test waiting for it
            server.wait()
            raise
        assert code == 0


def test_docs_warns_when_the_sources_are_older_than_the_spec(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC.parent, spec_dir)
    tree = tmp_path / "generated"
    shutil.copytree(GENERATED, tree, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    args = [
        "docs",
        "--spec",
        str(spec_dir / SPEC.name),
        "--generated",
        str(tree),
        "--out",
        str(tmp_path / "site"),
    ]
    fresh = CliRunner().invoke(main, args)
    assert fresh.exit_code == 0 and "warning" not in fresh.output
    spec = spec_dir / SPEC.name
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("summary: Check whether", "summary: See whether")
    )
    stale = CliRunner().invoke(main, args)
    assert stale.exit_code == 0, stale.output  # still builds what there is
    assert "is older than" in stale.output and "run `authgen generate` first" in stale.output
