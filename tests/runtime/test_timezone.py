"""The runtime tests again, under TZ=Asia/Shanghai (issue 28 item 11): every other test runs in
the machine's zone (UTC on CI), where a local-time bug (a Retry-After date read as local time, a
date-time relabelled ``Z``, a TC3 date taken locally) cannot show.

One pytest run in a fresh interpreter (the zone is read at start) over tests/runtime, leaving
out what no zone can change and costs most: the package-quality checks (ruff, mypy, a venv),
the Node comparisons, the real-socket deadline and size tests, the lock tests between
processes, and the tests that generate a whole package from a mini spec.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import UNDER_MUTMUT

ROOT = Path(__file__).resolve().parents[2]
HERE = "tests/runtime"
LEFT_OUT = [
    "-m",
    "not slow",
    f"--ignore={HERE}/test_timezone.py",
    f"--ignore={HERE}/test_deadline.py",
    f"--ignore={HERE}/test_bounded_answers.py",
    f"--ignore={HERE}/test_lock_convention.py",
    f"--ignore={HERE}/test_wire_rules.py",
    f"--ignore={HERE}/test_fixed_values.py",
    f"--deselect={HERE}/test_model_redaction.py::test_h1_new_x_secret_field_is_redacted_with_no_code_change",
    f"--deselect={HERE}/test_tc3.py::test_signature_is_byte_for_byte_node_sdk",
    f"--deselect={HERE}/test_ticket.py::test_byte_for_byte_parity_with_node_sdk",
    f"--deselect={HERE}/test_ticket.py::test_node_sdk_refuses_what_we_refuse",
]


@pytest.mark.skipif(UNDER_MUTMUT, reason="mutmut runs each mutant's own tests; a nested run adds nothing")
def test_the_runtime_tests_pass_under_asia_shanghai() -> None:
    env = {**os.environ, "TZ": "Asia/Shanghai"}
    zone = subprocess.run(
        [sys.executable, "-c", "import time; print(time.strftime('%z'))"], env=env, capture_output=True, text=True
    )
    assert zone.stdout.strip() == "+0800", "TZ=Asia/Shanghai is not in effect here (is tzdata installed?)"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0", HERE, *LEFT_OUT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-2000:]
    assert done.returncode == 0, f"under TZ=Asia/Shanghai: {summary}\n{done.stdout[-6000:]}"
    assert " passed" in summary and "failed" not in summary
