"""The Java runtime (templates/java/runtime) where it lives: its own pom compiles it, tests
included, with every lint warning as an error, without any generated file. Its tests are the
very files copied into generated/java, where `mvn verify` runs them (twice: UTC and
Asia/Shanghai) beside the vectors (test_generated.py); running them a second time here would
only repeat them (about a minute of the session on two cores)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import RUNTIME, run_mvn


@pytest.mark.slow
def test_runtime_and_its_tests_compile_where_they_live(tmp_path: Path) -> None:
    folder = tmp_path / "runtime"
    shutil.copytree(RUNTIME, folder, ignore=shutil.ignore_patterns("target"))
    run_mvn(["test-compile"], folder)
    classes = folder / "target" / "test-classes" / "io" / "github" / "cloudbaseauth"
    assert (classes / "SessionTest.class").is_file()
    assert sorted(p.name for p in classes.glob("*Test.class")) == sorted(
        p.stem + ".class" for p in (RUNTIME / "src/test/java/io/github/cloudbaseauth").glob("*Test.java")
    )
