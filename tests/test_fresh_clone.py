"""The README's first command on a fresh clone: it installs, regenerates, and changes nothing.

The second command (all the tests) is what `.ci/run` runs on a clean clone; this file checks
that `.ci/run` runs it verbatim. No network: `nox -s tests` fills a wheelhouse with the locked
dependencies first (AUTHGEN_WHEELHOUSE), and pip is pointed at it through its environment, so
the command runs exactly as printed.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WHEELHOUSE_ENV = "AUTHGEN_WHEELHOUSE"


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^```sh\n(.*?)^```$", text, re.S | re.M)
    assert block, "README.md has no ```sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def _run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False
    )


def test_readme_starts_with_the_setup_and_the_test_command() -> None:
    setup, tests = readme_commands()
    assert setup.startswith("python3 -m venv .venv && ") and "authgen generate" in setup
    assert "constraints.txt" in setup and "constraints.txt" in tests, "both commands install under the lock"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines(), ".ci/run must run the README's test command verbatim"


# CI itself runs the README commands on a clean clone; this checks it on every full run: `nox -s full`.
@pytest.mark.full
@pytest.mark.slow
def test_readme_setup_command_on_a_fresh_clone_leaves_the_tree_clean(tmp_path: Path) -> None:
    wheelhouse = os.environ.get(WHEELHOUSE_ENV)
    if not wheelhouse or not Path(wheelhouse).is_dir():
        pytest.fail(f"{WHEELHOUSE_ENV} is not set: run this test through `nox -s tests`, which prepares it")
    clone = tmp_path / "clone"
    cloned = subprocess.run(
        ["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], capture_output=True, text=True
    )
    assert cloned.returncode == 0, cloned.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV"))}
    env.update(PIP_NO_INDEX="1", PIP_FIND_LINKS=wheelhouse, PIP_DISABLE_PIP_VERSION_CHECK="1")
    setup = readme_commands()[0]
    for attempt in (1, 2):  # twice: a second run on the same clone is as quiet as the first
        result = _run(setup, clone, env)
        assert result.returncode == 0, f"run {attempt}: {result.stdout[-3000:]}{result.stderr[-3000:]}"
        status = subprocess.run(["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True)
        assert status.stdout == "", f"run {attempt} changed the clone:\n{status.stdout}"
    check = _run(".venv/bin/authgen check", clone, env)
    assert check.returncode == 0, check.stdout + check.stderr
