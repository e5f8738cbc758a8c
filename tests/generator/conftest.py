"""Shared helpers for the generator tests: the repo paths and a generated-tree cache."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "auth-v1.yaml"
GENERATED = ROOT / "generated"


def mypy_strict(target: Path, package_dir: Path) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` on a user's script (or folder) against the package in `package_dir`, as a
    user's editor or CI would run it (no cache shared between tests)."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            str(target),
        ],
        env={**os.environ, "MYPYPATH": str(package_dir)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="session")
def fresh_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`authgen generate` of the committed spec into a temporary directory (once per run)."""
    from generator import writer

    out = tmp_path_factory.mktemp("fresh") / "generated"
    writer.generate(SPEC, out)
    return out


@pytest.fixture
def spec_copy(tmp_path: Path) -> Iterator[Path]:
    """A private copy of spec/ (auth-v1.yaml and cookbook.yaml) to break."""
    target = tmp_path / "spec"
    shutil.copytree(SPEC.parent, target)
    yield target / "auth-v1.yaml"
