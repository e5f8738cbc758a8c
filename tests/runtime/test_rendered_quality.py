"""The rendered runtime is what the generator ships: header first, ruff-clean, mypy --strict clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import PACKAGE, TEMPLATES, render_runtime, runtime_templates

BIN = Path(sys.executable).parent
RUFF_RULES = "E,F,W,I,UP,B,SIM,RUF"  # pyproject's [tool.ruff.lint] select


def tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed in this environment (pip install -e '.[test]')")
    return found


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def formatted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh render, formatted by ruff as the generator's writer does."""
    root = tmp_path_factory.mktemp("quality")
    render_runtime(root)
    done = run(
        tool("ruff"),
        "format",
        "--isolated",
        "--line-length",
        "110",
        "--target-version",
        "py311",
        PACKAGE,
        cwd=root,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return root


def test_every_runtime_template_starts_with_the_header() -> None:
    names = runtime_templates()
    assert {
        "_base.py.jinja",
        "_errors.py.jinja",
        "_session.py.jinja",
        "_storage.py.jinja",
        "_ticket.py.jinja",
    } <= set(names)
    for name in names:
        first = (TEMPLATES / name).read_text(encoding="utf-8").splitlines()[0]
        assert first == "{{ header }}", name


def test_rendered_files_start_with_the_header(runtime_package_dir: Path) -> None:
    for name in runtime_templates():
        text = (runtime_package_dir / PACKAGE / name.removesuffix(".jinja")).read_text(encoding="utf-8")
        assert text.startswith("# test\n"), name


@pytest.mark.slow
def test_ruff_check(formatted: Path) -> None:
    done = run(
        tool("ruff"),
        "check",
        "--isolated",
        "--line-length",
        "110",
        "--target-version",
        "py311",
        "--select",
        RUFF_RULES,
        "--ignore",
        "E501",
        PACKAGE,
        cwd=formatted,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_strict(formatted: Path) -> None:
    done = run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--python-version",
        "3.11",
        "--no-incremental",
        "--cache-dir",
        str(formatted / ".mypy_cache"),
        "-p",
        PACKAGE,
        cwd=formatted,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_imports_nothing_beyond_the_declared_dependencies(formatted: Path) -> None:
    """httpx, attrs, python-dateutil, pyjwt[crypto] (cryptography) and the standard library."""
    allowed = {"httpx", "attrs", "dateutil", "jwt", "cryptography"}
    stdlib = set(sys.stdlib_module_names)
    import ast

    for path in (formatted / PACKAGE).glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                roots = [node.module.split(".")[0]]
            else:
                continue
            for root in roots:
                assert root in stdlib or root in allowed or root == "__future__", (
                    f"{path.name} imports {root}"
                )


def test_import_is_cheap(runtime_package_dir: Path) -> None:
    """The ticket's crypto backend is imported lazily: `import` stays light."""
    code = f"import sys; import {PACKAGE}; print('cryptography' in sys.modules, 'jwt' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=runtime_package_dir,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]
