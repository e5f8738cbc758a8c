"""Property-based: random text (the payload classes of the corpus mixed with anything hypothesis
draws) in every description and title of a small spec, and drawn names for a property, a header,
a query parameter and a path. Whatever is drawn, lint either refuses it in located one-line
problems, or the cheap targets hold it as data: the Python modules compile and keep every name
and path exactly, the cookbook's Python compiles, and its bash runs (curl stubbed), creates
nothing and sends every name and value literally. (Go's parse, `gofmt -e`, is in
test_go_fuzz.py, in the `go` session.)

Examples are derandomized (the same ones every run: a failure is reproducible, never flaky);
HOSTILE_FUZZ_EXAMPLES runs more of them."""

from __future__ import annotations

import ast
import os
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, event, given, settings

from generator.cookbook import load_cookbook
from generator.lint import lint_spec
from generator.loader import load_yaml
from generator.problems import Level, has_errors
from generator.targets.cookbook.build import render_page
from generator.targets.python.build import write_modules
from generator.targets.python.snippets import PythonSnippets

from .fuzzing import Drawn, distinct_names, drawn, drawn_anything, lint_then_ir, spec_and_cookbook
from .support import run_page, strings_in

EXAMPLES = int(os.environ.get("HOSTILE_FUZZ_EXAMPLES", "40"))


def _strings(tree: ast.AST) -> set[str]:
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(drawn)
def test_random_spec_text_is_refused_or_stays_data(d: Drawn) -> None:
    assume(distinct_names(d))
    spec, cookbook = spec_and_cookbook(d)
    problems, api = lint_then_ir(spec)
    event(
        f"refused: {sorted({p.rule for p in problems if p.level.value == 'error'})}"
        if api is None
        else "generated"
    )
    if api is None:
        return  # refused, in located one-line problems (checked by lint_then_ir)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "cookbook.yaml").write_text(yaml.safe_dump(cookbook), encoding="utf-8")
        scenarios, cookbook_problems = load_cookbook(root / "cookbook.yaml", api)
        for problem in cookbook_problems:
            assert "\n" not in str(problem)
        op = api.operation("updateThing")

        # Python: every module compiles and holds the spec's names and path exactly
        write_modules(api, root / "package")
        client_strings: set[str] = set()
        for module in sorted((root / "package").glob("*.py")):
            tree = ast.parse(module.read_text(encoding="utf-8"), str(module))
            compile(tree, str(module), "exec")
            if module.name in ("_client.py", "_operations.py"):
                client_strings |= _strings(tree)
        assert {op.path, d.header, d.query, d.prop} <= client_strings

        if has_errors(cookbook_problems):
            event("page refused by the cookbook's lint")
            return  # the page was refused (a drawn name the cookbook cannot send); lint said where
        page = render_page(api, scenarios[0], (PythonSnippets(),))
        python = "\n".join([page.setups[0].code] + [step.clients[0].code for step in page.steps])
        compile(python, "cookbook.py", "exec")

        # bash: runs, makes nothing, and curl receives the names and values as written
        workdir = root / "trap"
        workdir.mkdir()
        run = run_page([page.setup_shell] + [step.shell for step in page.steps], workdir, root / "stub")
        assert run.returncode == 0, run.stderr[-2000:]
        assert list(workdir.iterdir()) == []
        update = run.calls[1]
        assert f"/things/{d.segment}/" in update.url
        assert f"{d.header}: {d.value}" in update.headers
        body = update.body
        assert body[d.prop] == d.value and d.value in strings_in(run.calls[0].body)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None)
@given(drawn_anything)
def test_any_names_and_text_are_refused_in_located_lines_or_generate(d: Drawn) -> None:
    """Names from anything at all, through the real loader: lint never crashes, and every error
    is one line that names its file, line and place (lint_then_ir checks the rest)."""
    assume(distinct_names(d))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.yaml"
        path.write_text(yaml.safe_dump(spec_and_cookbook(d)[0]), encoding="utf-8")
        loaded = load_yaml(path)
        problems = lint_spec(loaded, structure=False)
    assert not [p for p in problems if p.rule == "internal"], problems
    for problem in problems:
        assert "\n" not in str(problem)
        if problem.level is Level.ERROR and not problem.message.startswith("... and"):
            assert problem.line > 0 and problem.pointer, problem
    event("refused by lint" if has_errors(problems) else "generated")
