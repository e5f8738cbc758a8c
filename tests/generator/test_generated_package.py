"""The generated package as its users get it: typed, lint-clean, installable on its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import GENERATED

PROJECT = GENERATED / "python"
WHEELHOUSE_ENV = "AUTHGEN_WHEELHOUSE"


def _run(
    *args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_mypy_strict_passes_on_the_generated_package() -> None:
    result = _run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir",
        os.devnull,
        "cloudbase_auth",
        cwd=PROJECT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_check_passes_with_the_generated_config() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "--no-cache", ".", cwd=PROJECT)
    assert result.returncode == 0, result.stdout + result.stderr


# A fresh venv: `nox -s full`.
@pytest.mark.full
@pytest.mark.slow
def test_installs_in_a_fresh_venv_and_imports_with_only_declared_dependencies(tmp_path: Path) -> None:
    """No network here: `nox -s tests` downloads the declared dependencies into a wheelhouse
    first (AUTHGEN_WHEELHOUSE); this test installs from it with --no-index."""
    wheelhouse = os.environ.get(WHEELHOUSE_ENV)
    if not wheelhouse or not Path(wheelhouse).is_dir():
        pytest.fail(f"{WHEELHOUSE_ENV} is not set: run this test through `nox -s tests`, which prepares it")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = _run(
        python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, str(PROJECT)
    )
    assert install.returncode == 0, install.stdout + install.stderr
    script = (
        "import importlib.metadata as m, cloudbase_auth as c;"
        "c.CloudBaseAuth('env-1').close();"
        "print(sorted(r.split(' ')[0].split('[')[0].split('>')[0].split('=')[0].split('<')[0]"
        " for r in m.requires('cloudbase-auth')))"
    )
    result = _run(python, "-I", "-c", script, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['attrs', 'httpx', 'pyjwt', 'python-dateutil']"
    # Only what it declares (and their own dependencies) is installed next to it.
    freeze = _run(python, "-m", "pip", "freeze", "--all").stdout.lower()
    for absent in ("openapi-python-client", "jinja2", "pyyaml", "click", "starlette"):
        assert absent not in freeze, f"{absent} leaked into the client's environment"


# Builds and installs in a fresh venv: `nox -s full`.
@pytest.mark.full
@pytest.mark.slow
def test_builds_an_sdist_and_a_wheel_that_pass_twine_check_and_install_alone(tmp_path: Path) -> None:
    """Ready to publish: full metadata, `twine check --strict` clean, and the built wheel (not the
    source folder) installs and imports in a fresh venv with only its declared dependencies."""
    wheelhouse = os.environ.get(WHEELHOUSE_ENV)
    if not wheelhouse or not Path(wheelhouse).is_dir():
        pytest.fail(f"{WHEELHOUSE_ENV} is not set: run this test through `nox -s tests`, which prepares it")
    source = tmp_path / "src"
    shutil.copytree(
        PROJECT, source, ignore=shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__")
    )
    dist = tmp_path / "dist"
    built = _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, source)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    artifacts = sorted(p.name for p in dist.iterdir())
    assert [a.endswith(".tar.gz") or a.endswith(".whl") for a in artifacts] == [True, True], artifacts
    checked = _run(sys.executable, "-m", "twine", "check", "--strict", *sorted(dist.iterdir()))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2

    wheel = next(dist.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(
            next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        ).decode()
        assert "cloudbase_auth/py.typed" in archive.namelist()
    for field in (
        "Classifier: Typing :: Typed",
        "License-Expression: MIT",
        "Project-URL: ",
        "Requires-Python: >=3.11",
    ):
        assert field in metadata, field
    assert "Description-Content-Type: text/markdown" in metadata and "CloudBaseAuth" in metadata

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = _run(python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse, wheel)
    assert install.returncode == 0, install.stdout + install.stderr
    imported = _run(
        python, "-I", "-c", "import cloudbase_auth as c; c.CloudBaseAuth('env-1').close()", cwd=tmp_path
    )
    assert imported.returncode == 0, imported.stderr
