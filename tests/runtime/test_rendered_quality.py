"""The runtime is plain Python, shipped unchanged; the package built from it and the IR is
ruff-clean and mypy --strict clean."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.targets.python.build import runtime_modules

from .conftest import PACKAGE, RUNTIME, build_package

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
    """A fresh build, fixed (`__all__` sorted, ...) and formatted by ruff as the python target's
    `format` does: the templates render unsorted lists, the runtime's source is checked as is."""
    root = tmp_path_factory.mktemp("quality")
    build_package(root)
    settings = ("--isolated", "--line-length", "110", "--target-version", "py311")
    for command in (("check", "--fix-only", "--exit-zero", "--select", RUFF_RULES), ("format",)):
        done = run(tool("ruff"), *command, *settings, PACKAGE, cwd=root)
        assert done.returncode == 0, done.stdout + done.stderr
    return root


def test_the_runtime_is_plain_python() -> None:
    names = {p.name for p in runtime_modules()}
    assert {"_base.py", "_exceptions.py", "_session.py", "_storage.py", "_ticket.py"} <= names
    assert "__init__.py" not in names  # the folder's own, for the checkers: never shipped
    for path in runtime_modules():
        text = path.read_text(encoding="utf-8")
        assert "{{" not in text and "{%" not in text, path.name
        assert not text.startswith("# generated"), path.name  # the writer adds the header
        ast.parse(text, filename=path.name)


def test_only_what_needs_the_ir_is_a_template() -> None:
    """A `.py.jinja` that renders the same for every spec belongs in runtime/ instead."""
    for template in sorted(RUNTIME.parent.glob("*.py.jinja")):
        lines = template.read_text(encoding="utf-8").splitlines()
        assert any("{{" in line or "{%" in line for line in lines[1:]), template.name


def test_the_package_gets_every_runtime_module_unchanged(runtime_package_dir: Path) -> None:
    for path in runtime_modules():
        assert (runtime_package_dir / PACKAGE / path.name).read_bytes() == path.read_bytes(), path.name


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
        # _client.py imports openapi-python-client's models (which this build lacks) for its
        # annotations; the generated package's own mypy test covers it.
        "--follow-imports",
        "silent",
        *(
            arg
            for path in sorted((formatted / PACKAGE).glob("*.py"))
            if path.stem != "_client"
            for arg in ("-m", PACKAGE if path.stem == "__init__" else f"{PACKAGE}.{path.stem}")
        ),
        cwd=formatted,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_imports_nothing_beyond_the_declared_dependencies(formatted: Path) -> None:
    """httpx, attrs, python-dateutil, pyjwt[crypto] (cryptography) and the standard library."""
    allowed = {"httpx", "attrs", "dateutil", "jwt", "cryptography"}
    stdlib = set(sys.stdlib_module_names)
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
