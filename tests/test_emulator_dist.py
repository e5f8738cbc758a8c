"""The emulator as its own distribution, `cloudbase-auth-emulator` (packages/emulator): it imports
nothing of the generator, its wheel builds offline and installs alone in a fresh venv with only
what the emulator runs on, and its own smoke tests pass there."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "packages" / "emulator"
WHEELHOUSE_ENV = "AUTHGEN_WHEELHOUSE"

# What `pip install` of the wheel may bring: the emulator's dependencies and theirs.
ALLOWED = {
    "cloudbase-auth-emulator", "starlette", "anyio", "idna", "sniffio", "typing-extensions",
    "uvicorn", "click", "h11", "cryptography", "cffi", "pycparser", "pyjwt", "jsonschema", "attrs",
    "jsonschema-specifications", "referencing", "rpds-py", "pyyaml", "pip", "setuptools", "wheel",
}  # fmt: skip
# The generator's toolchain, which the emulator must never pull in.
GENERATOR_TOOLCHAIN = {
    "authgen", "openapi-python-client", "ruff", "jinja2", "mkdocs", "mkdocs-material",
    "openapi-spec-validator", "httpx", "nox", "pytest",
}  # fmt: skip


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_emulator_imports_nothing_of_the_generator() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(found)
        for folder in ("emulator", "authspec")
        for path in (ROOT / folder).rglob("*.py")
        if (found := _imports(path) & {"generator", "templates", "tests"})
    }
    assert offenders == {}
    # and no import hidden in a string (importlib.import_module("generator..."))
    for path in (ROOT / "emulator").rglob("*.py"):
        assert not re.search(r"""["']generator[."']""", path.read_text(encoding="utf-8")), path


def test_the_spec_reader_needs_only_the_standard_library() -> None:
    for path in (ROOT / "authspec").rglob("*.py"):
        outside = _imports(path) - set(sys.stdlib_module_names) - {"__future__", "authspec"}
        assert outside == set(), (path, outside)


def test_the_distribution_maps_every_emulator_package_and_has_the_spec_version() -> None:
    project = tomllib.loads((DIST / "pyproject.toml").read_text())
    listed = set(project["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("emulator", "authspec")
        for init in (ROOT / top).rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk | {"emulator._spec"} == listed
    spec = yaml.safe_load((ROOT / "spec" / "auth-v1.yaml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == spec["info"]["version"]


def test_its_command_has_the_options_of_authgen_emulator() -> None:
    from emulator.cli import emulator_command
    from generator.cli import main as authgen

    def options(text: str) -> list[str]:
        return sorted(set(re.findall(r"^\s+(--[a-z-]+)", text, re.M)))

    own = CliRunner().invoke(emulator_command, ["--help"], prog_name="cloudbase-auth-emulator")
    theirs = CliRunner().invoke(authgen, ["emulator", "--help"])
    assert own.exit_code == 0 and theirs.exit_code == 0, own.output + theirs.output
    assert options(own.output) == options(theirs.output)
    assert {"--port", "--host", "--db", "--spec", "--no-rate-limit"} <= set(options(own.output))


def _run(
    *args: str | Path, cwd: Path | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PIP_CONSTRAINT", None)  # the wheelhouse is the lock here; the wheel is not in it
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _installed_in(python: Path) -> set[str]:
    """The normalized names of the distributions installed in ``python``'s environment."""
    listed = _run(python, "-m", "pip", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    return {re.sub(r"[-_.]+", "-", d["name"]).lower() for d in json.loads(listed.stdout)}


# Builds the wheel and installs it alone in a fresh venv: `nox -s full`.
@pytest.mark.full
@pytest.mark.slow
def test_the_wheel_installs_alone_and_passes_its_own_tests(tmp_path: Path) -> None:
    wheelhouse = os.environ.get(WHEELHOUSE_ENV)
    if not wheelhouse or not Path(wheelhouse).is_dir():
        pytest.fail(f"{WHEELHOUSE_ENV} is not set: run this test through `nox -s tests`, which prepares it")
    # Build from a copy of exactly what the distribution maps (a build leaves build/ behind).
    source = tmp_path / "source"
    leftovers = shutil.ignore_patterns("__pycache__", "build", "*.egg-info")
    for name in ("emulator", "authspec", "spec", "packages/emulator"):
        shutil.copytree(ROOT / name, source / name, ignore=leftovers)
    built = _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--wheel-dir", tmp_path / "dist", source / "packages" / "emulator",
    )  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (tmp_path / "dist").glob("cloudbase_auth_emulator-*.whl")

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = _run(python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, wheel)
    assert install.returncode == 0, install.stdout + install.stderr
    installed = _installed_in(python)
    assert installed & GENERATOR_TOOLCHAIN == set()
    assert installed <= ALLOWED, sorted(installed - ALLOWED)
    assert {"starlette", "uvicorn", "cryptography", "jsonschema", "pyyaml"} <= installed
    assert installed & {"httptools", "uvloop"} == set()  # so the smoke run below is the fallback

    # Its smoke tests, with pytest added, from a folder that is not the checkout.
    tests = tmp_path / "smoke"
    shutil.copytree(DIST / "tests", tests, ignore=leftovers)
    added = _run(
        python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, "pytest"
    )
    assert added.returncode == 0, added.stdout + added.stderr
    smoke = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests, cwd=tmp_path)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert re.search(r"\b3 passed\b", smoke.stdout), smoke.stdout

    # The `fast` extra adds httptools and uvloop and nothing else; the command then runs on them
    # (its smoke test checks the stack it names against what is installed).
    before = _installed_in(python)
    fast = _run(
        python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, f"{wheel}[fast]"
    )
    assert fast.returncode == 0, fast.stdout + fast.stderr
    assert _installed_in(python) - before == {"httptools", "uvloop"}
    smoke = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests, "-k", "command", cwd=tmp_path)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert re.search(r"\b1 passed\b", smoke.stdout), smoke.stdout
