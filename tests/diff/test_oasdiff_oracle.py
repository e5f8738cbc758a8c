"""oasdiff as the oracle of `authgen diff`: on every fixture pair and on the released pair, each
pair oasdiff's `breaking` calls breaking (a change at level ERR) authgen calls breaking too,
except the exceptions listed (and argued) in CONTRIBUTING.md, "authgen diff and oasdiff".

The `go` nox session installs the pinned oasdiff (OASDIFF in noxfile.py) and passes its path as
AUTHGEN_OASDIFF; run this file there. Without the binary the test fails, it does not skip: a
skipped oracle would let the two drift apart unseen."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
PAIRS = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
ERR = 3  # oasdiff's JSON level of an error (breaking); WARN is 2, INFO 1

# Fixture pairs where authgen does not follow oasdiff's ERR, each argued in CONTRIBUTING.md.
EXCEPTIONS = {
    "request-parameter-client-managed": "x-device-id / x-request-id: every generated client and cookbook call "
    "sends them itself",
}


def oasdiff() -> str:
    binary = os.environ.get("AUTHGEN_OASDIFF", "")
    if not binary or not Path(binary).is_file():
        pytest.fail("AUTHGEN_OASDIFF is not set to the oasdiff binary: run this test through `nox -s go`, "
                    "which installs the pinned oasdiff")  # fmt: skip
    return binary


def pinned_version() -> str:
    found = re.search(r'^OASDIFF = "v([0-9.]+)"', (ROOT / "noxfile.py").read_text(), re.M)
    assert found, "noxfile.py pins OASDIFF"
    return found[1]


def oasdiff_errors(old: Path, new: Path) -> list[dict]:  # type: ignore[type-arg]
    done = subprocess.run(
        [oasdiff(), "breaking", str(old), str(new), "--format", "json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout or "[]") or []
    return [c for c in found if c.get("level") == ERR]


def authgen_verdict(old: Path, new: Path) -> tuple[str, list[dict]]:  # type: ignore[type-arg]
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout)["changes"]
    verdict = "breaking" if any(c["level"] == "breaking" for c in changes) else "not breaking"
    return verdict, changes


def test_the_oasdiff_in_use_is_the_pinned_one() -> None:
    done = subprocess.run([oasdiff(), "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.split()[-1] == pinned_version(), done.stdout


@pytest.mark.parametrize("name", PAIRS)
def test_every_pair_oasdiff_calls_breaking_authgen_calls_breaking(name: str) -> None:
    old, new = FIXTURES / name / "old.yaml", FIXTURES / name / "new.yaml"
    errors = oasdiff_errors(old, new)
    verdict, changes = authgen_verdict(old, new)
    if name in EXCEPTIONS:
        assert errors and verdict != "breaking", f"{name} is no longer an exception: drop it here and in CONTRIBUTING"
        return
    if errors:
        ids = sorted({c["id"] for c in errors})
        assert verdict == "breaking", f"oasdiff: {ids}; authgen: {[(c['rule'], c['level']) for c in changes]}"


def test_the_released_pair_is_breaking_for_both() -> None:
    old, new = ROOT / "spec" / "released" / "1.0.0.yaml", ROOT / "spec" / "auth-v1.yaml"
    errors = oasdiff_errors(old, new)
    verdict, changes = authgen_verdict(old, new)
    assert errors and verdict == "breaking"
    # each operation oasdiff finds broken, authgen finds broken too (the x-device-id exception aside)
    broken = {(c["operation"].upper(), c["path"]) for c in errors if not client_managed(c)}
    ours = {tuple(op.split(" ", 1)) for c in changes if c["level"] == "breaking" for op in c["operations"]}
    assert broken <= ours, sorted(broken - ours)


def client_managed(error: dict) -> bool:  # type: ignore[type-arg]
    """The exception of EXCEPTIONS as oasdiff words it: a header the clients always send."""
    parameter = error["id"] in ("request-parameter-became-required", "new-required-request-parameter")
    return parameter and any(f"`{h}`" in error["text"] for h in ("x-device-id", "x-request-id"))


def test_every_exception_is_argued_in_contributing() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text()
    section = text.split("### authgen diff and oasdiff", 1)[-1]
    for name in EXCEPTIONS:
        assert f"`{name}`" in section, f"CONTRIBUTING.md does not argue the exception {name}"
