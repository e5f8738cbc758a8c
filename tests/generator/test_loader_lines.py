"""Where a problem is located (`Loaded.line_of`): a pointer's own line, else its nearest
ancestor's. A pointer lint did not build with a leading "/" (a mutation run found that `security`
looped forever) is located at the document's root, at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import ROOT

PROGRAM = textwrap.dedent(
    """
    import sys
    from generator.loader import load_yaml

    loaded = load_yaml(sys.argv[1])
    for pointer in ("/info/title", "/info/no-such-key", "/no-such", "", "security", "a~b"):
        print(pointer, loaded.problem(pointer, "rule", "message").line)
    """
)


def test_every_pointer_gets_a_line_and_none_loops(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths: {}\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(spec)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,  # the bug this guards against never returns
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.rsplit(" ", 1) for line in done.stdout.splitlines())
    assert lines == {"/info/title": "3", "/info/no-such-key": "3", "/no-such": "1", "": "1", "security": "1", "a~b": "1"}
