"""`cloudbase-auth-emulator --spec FILE` with a file it cannot serve: one line naming the file
(and the line, where there is one), exit status 1, no traceback, and never a wait on a FIFO.
Each start runs in a subprocess with a deadline, so a regression fails instead of hanging."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

LAUNCH = "from emulator.cli import main; main()"


def _start(spec: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, "--spec", str(spec), "--port", "0", "--signer", "inline"],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: _write(p, b"openapi: 3.1.0\npaths: [\n"), ":3: YAML syntax error: "),
        (lambda p: _write(p, b"openapi: 3.1.0\ninfo:\n  title: \xff\n"), ":3: not UTF-8 (byte 30)"),
        (
            lambda p: _write(p, b"openapi: 3.1.0\npaths: {}\n"),
            ": no operations under `paths`: nothing to serve",
        ),
        (lambda p: _write(p, b"- just\n- a list\n"), ": not an OpenAPI document"),
        (lambda p: _write(p, b"openapi: 3.1.0\npaths:\n- /signin\n"), ": not an OpenAPI document"),
        (lambda p: (os.mkfifo(p), p)[1], ": not a regular file (a FIFO, socket or device)"),
    ],
    ids=["broken-yaml", "not-utf8", "no-operations", "not-a-mapping", "paths-a-list", "fifo"],
)
def test_a_spec_the_emulator_cannot_serve_is_one_located_line(
    tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    spec = make(tmp_path / "spec.yaml")
    result = _start(spec)
    assert result.returncode == 1, result.stderr
    assert f"Error: {spec.resolve()}{expected}" in result.stderr
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1
