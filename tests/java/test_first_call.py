"""Getting started with Java, as a new reader follows it: the first call saved as FirstCall.java,
compiled against the client's jar and Jackson, and run against a fresh emulator. Only the
emulator's port is the test's."""

from __future__ import annotations

from pathlib import Path

import httpx
from docs.first_call import at, blocks

from .conftest import JavaProject, javac, run_java


def test_java_first_call_runs_as_printed(java_project: JavaProject, emulator_server: str, tmp_path: Path) -> None:
    (code,) = blocks("java", "A first call", "java")
    source = tmp_path / "src" / "FirstCall.java"
    source.parent.mkdir()
    source.write_text(at(code, emulator_server), encoding="utf-8")
    classes = tmp_path / "classes"
    javac([source], java_project.classpath, classes)
    out = run_java(["-cp", f"{classes}:{java_project.classpath}", "FirstCall"])
    (user,) = httpx.get(f"{emulator_server}/emulator/v1/users", timeout=10).json()["data"]
    assert out == f"signed in as {user['sub']}\n"
