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

from .check import mismatches
from .recorder import recording_server
from .table import CLIENT_ID, CLIENT_SECRET, ENV_ID, SECRET_ID, SECRET_KEY, SESSION_ACCESS_TOKEN, TABLE
from .test_go_wire import effect

SOURCE = Path(__file__).resolve().parent / "java" / "Wire.java"


def test_the_java_client_puts_the_table_on_the_wire(java_project: JavaProject, tmp_path: Path) -> None:
    classes = tmp_path / "classes"
    javac([SOURCE], java_project.classpath, classes)
    with recording_server() as (base_url, recorder):
        job = {
            "url": base_url,
            "env": ENV_ID,
            "clientId": CLIENT_ID,
            "clientSecret": CLIENT_SECRET,
            "secretId": SECRET_ID,
            "secretKey": SECRET_KEY,
            "sessionToken": SESSION_ACCESS_TOKEN,
            "signedIn": [case for case, wire in TABLE.items() if wire.signed_in],
        }
        # Wire.java exits 1 when a call threw (run_java fails with its stderr), after printing.
        out = run_java(
            ["-cp", f"{classes}{os.pathsep}{java_project.classpath}", "Wire"],
            stdin=json.dumps(job),
            timeout=120,
        )
    sessions = {case: effect(before, after) for case, (before, after) in json.loads(out).items()}
    assert set(sessions) == set(TABLE)
    found = [
        problem
        for case, wire in sorted(TABLE.items())
        for problem in mismatches(case, wire, recorder.seen.get(case.replace("/", "-"), []), sessions[case])  # type: ignore[arg-type]
    ]
    assert found == []


pytestmark = pytest.mark.slow
