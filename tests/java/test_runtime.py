"""The Java runtime (templates/java/runtime) where it lives: its own pom compiles it with every
lint warning as an error and runs its unit tests (twice: UTC and Asia/Shanghai), without any
generated file (the shared vectors run in generated/java, test_generated.py)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import RUNTIME, run_mvn


@pytest.mark.slow
def test_runtime_compiles_and_passes_its_tests_where_it_lives(tmp_path: Path) -> None:
    folder = tmp_path / "runtime"
    shutil.copytree(RUNTIME, folder, ignore=shutil.ignore_patterns("target"))
    run_mvn(["test"], folder)
    for kind in ("surefire-reports", "surefire-reports-shanghai"):
        suites = {p.name: ET.parse(p).getroot() for p in (folder / "target" / kind).glob("TEST-*.xml")}
        assert "TEST-io.github.cloudbaseauth.SessionTest.xml" in suites, kind
        ran = sum(int(s.get("tests", "0")) for s in suites.values())
        failed = sum(int(s.get("failures", "0")) + int(s.get("errors", "0")) for s in suites.values())
        assert ran >= 40 and failed == 0, f"{kind}: {ran} ran, {failed} failed"
