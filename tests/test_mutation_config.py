"""`nox -s mutation` stays repeatable: every test path a mutation scope collects
(tests/conftest.py, MUTATION_TESTS) exists and is inside mutmut's test selection
(pyproject.toml, `pytest_add_cli_args_test_selection`). mutmut runs only the selection; a path
the scope names outside it would silently run nothing, and the run would report every mutant
of it as surviving (or as having no tests)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _mutation_tests() -> dict[str, tuple[str, ...]]:
    """MUTATION_TESTS as tests/conftest.py writes it (a literal; read, not imported: tests/ is
    no package, and importing a conftest a second time would register its hooks twice)."""
    tree = ast.parse((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "MUTATION_TESTS":
            value: dict[str, tuple[str, ...]] = ast.literal_eval(node.value)  # type: ignore[arg-type]
            return value
    raise AssertionError("tests/conftest.py no longer assigns MUTATION_TESTS")


def _selection() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [
        p for p in config["tool"]["mutmut"]["pytest_add_cli_args_test_selection"] if not p.startswith("-")
    ]


def test_every_scope_path_exists_and_is_in_mutmuts_selection() -> None:
    selection = _selection()
    for path in selection:
        assert (ROOT / path).exists(), f"pyproject.toml's mutmut selection names {path}, which does not exist"
    for scope, paths in _mutation_tests().items():
        for entry in paths:
            file, _, test = entry.partition("::")
            where = f"tests/{file}"
            assert (ROOT / where).exists(), f"MUTATION_TESTS[{scope!r}] names {entry}, which does not exist"
            if test:
                assert f"def {test}(" in (ROOT / where).read_text(encoding="utf-8"), f"no test {entry}"
            assert any(where == p or where.startswith(p.rstrip("/") + "/") for p in selection), (
                f"MUTATION_TESTS[{scope!r}] names {entry}, which mutmut's selection (pyproject.toml) leaves out"
            )
