"""The PHP runtime (templates/php/runtime) where it lives: `php -l` clean, and its own phpunit
tests pass (run in a scratch copy, against a small hand-written spec: no generated file)."""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import RUNTIME, copy_package, lint_all


def test_runtime_is_php_l_clean(php: str) -> None:
    assert lint_all(php, RUNTIME) == []


@pytest.mark.parametrize("zone", ["UTC", "Asia/Shanghai"])
def test_runtime_phpunit(php: str, phpunit: str, tmp_path: Path, zone: str) -> None:
    """Only what needs the generated client (the vectors, the flows) is skipped here; it runs
    in generated/php (test_generated.py). Twice: in UTC and in Asia/Shanghai (PHP reads its
    zone from date.timezone, the environment's TZ for the rest)."""
    folder = copy_package(RUNTIME, tmp_path / "runtime")
    report = tmp_path / "junit.xml"
    done = subprocess.run(
        [php, "-d", f"date.timezone={zone}", phpunit, "--log-junit", str(report)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "TZ": zone},
        check=False,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    cases = list(ET.parse(report).iter("testcase"))
    skipped = {c.get("class", "").rsplit("\\", 1)[-1] for c in cases if c.find("skipped") is not None}
    assert skipped <= {"FlowsTest", "VectorsTest"}, skipped
    assert len(cases) - sum(c.find("skipped") is not None for c in cases) >= 60


def test_every_runtime_file_starts_with_its_own_php_line_and_declares_strict_types() -> None:
    """The target strips the `<?php` line (the header supplies it): each file must have it alone."""
    for path in sorted(RUNTIME.rglob("*.php")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("<?php\n\ndeclare(strict_types=1);\n"), path
