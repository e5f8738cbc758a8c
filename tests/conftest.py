from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from generator.targets import BuildContext

pytest_plugins = ["emulator.pytest_plugin"]

_CACHE_DIR = "AUTHGEN_CACHE_DIR"
_ROOT = Path(__file__).resolve().parents[1]


# The mutation run (`nox -s mutation`, TESTING.md). mutmut 3.8.1 has one test selection for every
# run (`pytest_add_cli_args_test_selection` in pyproject.toml, which lists every folder any scope
# needs); which of them a run collects is chosen here, by AUTHGEN_MUTATION_TESTS (the nox session
# sets it from the mutant globs it is given). A generator mutant is then not charged for the
# emulator and runtime tests (minutes, and none calls the generator), nor a runtime mutant for
# the targets' tests. mutmut sets MUTANT_UNDER_TEST in every process that runs tests; a normal
# test run never sees any of this. Paths are relative to tests/; a folder means all of it.
MUTATION_TESTS: dict[str, tuple[str, ...]] = {
    # the runtime and emulator scopes (and lint, as before this split)
    "runtime": ("test_lint.py", "test_lint_wire_rules.py", "emulator", "runtime"),
    # lint and the targets: only the tests that call the generator in-process and run no
    # toolchain, browser or emulator (those test the committed generated/, which
    # tests/*/test_render_current.py and tests/cookbook/test_render.py tie to the targets).
    # Of docs/test_site.py only two tests that call the target: the rest test `authgen docs`
    # (mkdocs over generated/docs), and in mutants/ the copied generated/ is older than the
    # spec, which it rightly warns about. `file.py::test_name` selects tests of a file.
    "generator": (
        "test_lint.py",
        "test_lint_wire_rules.py",
        # lint's description, schema-shape, example, reference and structure checks (M9)
        "test_lint_text_rules.py",
        # lint's naming rules (every target's generated names) and the security-scheme shapes:
        # small specs through `authgen lint`, 70 tests in about 10 s
        "generator/test_lint_names.py",
        # lint's naming rules, problem by problem (brief M8)
        "generator/test_lint_naming_rules.py",
        "generator/test_security_scheme_shape.py",
        "cookbook/test_render.py",
        "cookbook/test_render_current.py",
        "cookbook/test_render_inputs.py",
        "cookbook/test_capture_guard.py",
        "docs/test_render_current.py",
        "docs/test_site.py::test_parameter_types_read_as_json_types",
        "docs/test_site.py::test_a_new_client_target_adds_a_tab_to_every_flow",
        "docs/test_render_inputs.py",
        "docs/test_language_docs.py",
        "go/test_render_current.py",
        "go/test_render_inputs.py",
        "go/test_target.py",
    ),
}


def _mutation_tests() -> tuple[str, ...] | None:
    """The test paths this mutation run collects, or None outside a mutation run."""
    if "MUTANT_UNDER_TEST" not in os.environ:
        return None
    scopes = os.environ.get("AUTHGEN_MUTATION_TESTS") or "runtime"
    paths: tuple[str, ...] = ()
    for scope in scopes.split(","):
        if scope not in MUTATION_TESTS:
            raise pytest.UsageError(
                f"AUTHGEN_MUTATION_TESTS: unknown scope {scope!r} (known: {', '.join(MUTATION_TESTS)})"
            )
        paths += MUTATION_TESTS[scope]
    return paths


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    selected = _mutation_tests()
    if selected is None:
        return None
    tests = Path(__file__).resolve().parent
    try:
        here = collection_path.resolve().relative_to(tests).as_posix()
    except ValueError:
        return None
    if here == ".":
        return None
    # kept: a selected path, anything inside one, or a folder on the way to one
    paths = {p.partition("::")[0] for p in selected}
    keep = any(here == p or here.startswith(p + "/") or p.startswith(here + "/") for p in paths)
    return None if keep else True


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`file.py::test_name` in MUTATION_TESTS: only those tests of that file."""
    selected = _mutation_tests()
    if selected is None:
        return
    named: dict[str, set[str]] = {}
    for entry in selected:
        path, _, name = entry.partition("::")
        if name:
            named.setdefault(path, set()).add(name)
    tests = Path(__file__).resolve().parent
    kept, dropped = [], []
    for item in items:
        where = item.path.resolve().relative_to(tests).as_posix()
        names = named.get(where)
        (kept if names is None or item.name.partition("[")[0] in names else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_configure(config: pytest.Config) -> None:
    # authgen's cache (generator/cache.py) is never the user's in a test: every test process
    # gets an empty one of its own, which the authgen commands the tests run inherit.
    os.environ[_CACHE_DIR] = tempfile.mkdtemp(prefix="authgen-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.get(_CACHE_DIR, ""), ignore_errors=True)


@pytest.fixture
def stale_target_files(tmp_path: Path) -> Callable[[str, Callable[[BuildContext], None]], list[str]]:
    """Render one target in-process from the real spec and say what differs from generated/:
    files missing on either side, and files whose text (after the header line `authgen
    generate` adds) differs. In-process on purpose: `authgen check` renders in forked workers,
    which a mutation run cannot see, and finds a tree current from its inputs' fingerprint."""
    from generator.writer import build_context, load_inputs

    def stale(folder: str, build: Callable[[BuildContext], None]) -> list[str]:
        context = build_context(load_inputs(_ROOT / "spec" / "auth-v1.yaml"), tmp_path)
        build(context)
        fresh, committed = _files(tmp_path / folder), _files(_ROOT / "generated" / folder)
        problems = [f"only in generated/: {name}" for name in sorted(committed.keys() - fresh.keys())]
        problems += [f"not in generated/: {name}" for name in sorted(fresh.keys() - committed.keys())]
        header = context.header.encode()
        for name in sorted(fresh.keys() & committed.keys()):
            text, kept = fresh[name], committed[name]
            before = kept[: len(kept) - len(text)]
            if not kept.endswith(text) or (before and (header not in before or before.count(b"\n") > 2)):
                problems.append(f"differs: {name}")
        return problems

    return stale


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
