"""A spec, or the cookbook beside it, that is a FIFO: every command refuses it in one line
instead of blocking on the read forever (a CI job that never ends). Each command runs in a
subprocess with a deadline, so a regression fails instead of hanging the suite."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

LAUNCH = "from generator.cli import run; run()"
DEADLINE = 60  # seconds: far beyond what a refusal takes, far below a hang's forever


def _authgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, *args],
        cwd=cwd,
        env={**os.environ, "AUTHGEN_NO_CACHE": "1"},
        capture_output=True,
        text=True,
        timeout=DEADLINE,
    )


@pytest.mark.parametrize(
    "command",
    [["lint"], ["check", "--out", "out"], ["generate", "--out", "out"]],
    ids=["lint", "check", "generate"],
)
def test_a_fifo_as_the_spec_is_refused_in_one_line(tmp_path: Path, command: list[str]) -> None:
    os.mkfifo(tmp_path / "spec.yaml")
    result = _authgen(*command, "--spec", "spec.yaml", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert (
        "Invalid value for '--spec': spec.yaml is not a regular file (a FIFO, socket or device)"
        in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_fifo_as_the_cookbook_is_the_loaders_located_line(tmp_path: Path) -> None:
    spec = tmp_path / "spec" / "auth-v1.yaml"
    spec.parent.mkdir()
    shutil.copy(ROOT / "spec" / "auth-v1.yaml", spec)
    os.mkfifo(spec.parent / "cookbook.yaml")
    result = _authgen("lint", "--spec", str(spec), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert (
        "cookbook.yaml: error [file] not a regular file (a FIFO, socket or device), expected a cookbook file"
        in (result.stdout + result.stderr)
    )
