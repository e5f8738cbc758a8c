"""The PHP runtime (templates/php/runtime) where it lives: `php -l` clean, and its own phpunit
tests pass (run in a scratch copy, against a small hand-written spec: no generated file)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from .conftest import RUNTIME, copy_package, lint_all


def test_runtime_is_php_l_clean(php: str) -> None:
    assert lint_all(php, RUNTIME) == []


def test_runtime_phpunit(phpunit: str, tmp_path: Path) -> None:
    """Only what needs the generated client (the vectors, the flows) is skipped here; it runs
    in generated/php (test_generated.py)."""
    folder = copy_package(RUNTIME, tmp_path / "runtime")
    report = tmp_path / "junit.xml"
    done = subprocess.run(
        [phpunit, "--log-junit", str(report)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
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
