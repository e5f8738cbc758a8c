"""authgen as a user installs it: a plain, non-editable `pip install .` in a fresh venv, run from a
folder that is not the checkout. The emulator, its pytest plugin and `authgen generate` must find
the spec and the templates shipped inside the distribution."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import tomllib
import venv
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
WHEELHOUSE_ENV = "AUTHGEN_WHEELHOUSE"


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("generator", "emulator", "authspec")
        for init in (ROOT / top).rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk <= listed, (
        f"package folders missing from [tool.setuptools] packages: {sorted(on_disk - listed)}"
    )


def test_every_template_and_runtime_file_ships_as_package_data() -> None:
    """`authgen generate` from a non-editable install reads templates/ from the package data:
    every file under it (each target's templates and plain-source runtime: .py, .go, .java,
    .php, ...) must match a `generator._templates` package-data glob, or an installed authgen
    writes clients that lack it."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    templates = ROOT / setuptools["package-dir"]["generator._templates"]
    shipped = {
        path for glob in setuptools["package-data"]["generator._templates"] for path in templates.glob(glob)
    }
    tracked = subprocess.run(
        ["git", "ls-files", "-z", "--", str(templates)], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode().split("\0")
    needed = {ROOT / name for name in tracked if name}
    assert len(needed) > 100 and {p.suffix for p in needed} >= {".jinja", ".py", ".go", ".java", ".php"}
    assert needed <= shipped, f"not shipped: {sorted(str(p.relative_to(ROOT)) for p in needed - shipped)}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh venv with authgen installed from a built copy (not editable)."""
    wheelhouse = os.environ.get(WHEELHOUSE_ENV)
    if not wheelhouse or not Path(wheelhouse).is_dir():
        pytest.fail(f"{WHEELHOUSE_ENV} is not set: run this test through `nox -s tests`, which prepares it")
    env_dir = tmp_path_factory.mktemp("venv") / "authgen"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    # The sources a release is built from, without what building here before left behind
    # (setuptools reuses build/: a template removed since would ship again).
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    leftovers = shutil.ignore_patterns("__pycache__", "build", "*.egg-info", "node_modules")
    for name in ("generator", "emulator", "authspec", "spec", "templates"):
        shutil.copytree(ROOT / name, source / name, ignore=leftovers)
    bin_dir = env_dir / "bin"
    install = subprocess.run(
        [bin_dir / "python", "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheelhouse,
         str(source), "pytest"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr
    return bin_dir


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# Builds and installs authgen in a fresh venv: `nox -s full`.
@pytest.mark.full
@pytest.mark.slow
def test_installed_emulator_serves_its_bundled_spec_from_any_folder(installed: Path, tmp_path: Path) -> None:
    port = _free_port()
    log = tmp_path / "emulator.log"
    with log.open("w") as stderr, subprocess.Popen(
        [installed / "authgen", "emulator", "--port", str(port)],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=stderr,
    ) as server:  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    health = httpx.get(f"{base}/emulator/v1/health", timeout=2)
                    break
                except httpx.TransportError:
                    assert server.poll() is None, log.read_text()
                    assert time.monotonic() < deadline, "the installed emulator did not start"
                    time.sleep(0.1)
            assert health.json()["status"] == "ok"
            signed_in = httpx.post(
                f"{base}/auth/v1/signin/anonymously",
                json={},
                headers={"x-device-id": "packaging-test"},
                timeout=5,
            )
            assert signed_in.status_code == 200 and signed_in.json()["token_type"] == "Bearer"
        finally:
            server.terminate()
            server.wait(timeout=10)


# Builds and installs authgen in a fresh venv: `nox -s full`.
@pytest.mark.full
@pytest.mark.slow
def test_installed_emulator_resolves_a_relative_spec_against_the_current_folder(
    installed: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [installed / "authgen", "emulator", "--spec", "mine/auth-v1.yaml", "--port", "0"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "mine/auth-v1.yaml" in result.stderr and "does not exist" in result.stderr
    assert "site-packages" not in result.stderr


# Builds and installs authgen in a fresh venv: `nox -s full`.
@pytest.mark.full
@pytest.mark.slow
def test_installed_pytest_plugin_as_the_emulator_readme_shows(installed: Path, tmp_path: Path) -> None:
    readme = (ROOT / "emulator" / "README.md").read_text(encoding="utf-8")
    start = readme.index("```python\n# test_with_emulator.py")
    example = readme[start + len("```python\n") : readme.index("```", start + 10)]
    (tmp_path / "test_with_emulator.py").write_text(example, encoding="utf-8")
    result = subprocess.run(
        [installed / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_with_emulator.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout and "failed" not in result.stdout


# Builds and installs authgen in a fresh venv: `nox -s full`.
@pytest.mark.full
@pytest.mark.slow
def test_installed_authgen_generates_from_a_spec_in_the_current_folder(
    installed: Path, tmp_path: Path
) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")  # the spec, the cookbook, the released specs
    result = subprocess.run(
        [installed / "authgen", "generate", "--out", "out"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out" / "MANIFEST.json").is_file()
    # Every target's output is whole (each runtime's plain-source files came from the installed
    # templates too) and byte for byte the checkout's generated/, file for file.
    out, committed = tmp_path / "out", ROOT / "generated"
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    expected = sorted(
        name for name in subprocess.run(
            ["git", "ls-files", "-z", "--", "."], cwd=committed, capture_output=True, check=True
        ).stdout.decode().split("\0") if name
    )  # fmt: skip
    # MANIFEST.json's `inputs` fingerprint the generator and templates as installed (the wheel
    # holds their package data, not the checkout's every file); its per-file hashes must agree.
    manifest = json.loads((out / "MANIFEST.json").read_text())
    assert manifest["files"] == json.loads((committed / "MANIFEST.json").read_text())["files"]
    expected.remove("MANIFEST.json")
    written.remove("MANIFEST.json")
    assert {"python/cloudbase_auth/_base.py", "go/client.go", "ir.json"} <= set(expected)
    assert written == expected
    for name in expected:
        assert (out / name).read_bytes() == (committed / name).read_bytes(), name
