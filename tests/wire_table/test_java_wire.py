"""The Java client against the hand-written wire table (table.py): tests/wire_table/java/Wire.java
makes each call against the recording server over loopback, compiled against the client that
tests/java builds (the `java_project` fixture: one `mvn verify` per run), and this test
compares."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from java.conftest import JavaProject, javac, run_java

from .check import job, table_mismatches
from .recorder import recording_server

SOURCE = Path(__file__).resolve().parent / "java" / "Wire.java"


def test_the_java_client_puts_the_table_on_the_wire(java_project: JavaProject, tmp_path: Path) -> None:
    classes = tmp_path / "classes"
    javac([SOURCE], java_project.classpath, classes)
    with recording_server() as (base_url, recorder):
        # Wire.java exits 1 when a call threw (run_java fails with its stderr), after printing.
        out = run_java(
            ["-cp", f"{classes}{os.pathsep}{java_project.classpath}", "Wire"],
            stdin=json.dumps(job(base_url)),
            timeout=120,
        )
    assert table_mismatches(recorder, json.loads(out)) == []


pytestmark = pytest.mark.slow
