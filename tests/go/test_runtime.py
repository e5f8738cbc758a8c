"""The Go runtime (templates/go/runtime) where it lives: gofmt-clean, go vet clean, and its
unit tests pass under the race detector (run in a scratch copy), then again under
TZ=Asia/Shanghai (a time taken in local time instead of UTC fails a test there; the runtime's
TestRunsInTheTimeZoneTheDriverAskedFor fails if the zone did not take effect). The second pass
is for the time zone, which the race detector adds nothing to, so it runs without it: the race
build runs these tests about three times slower (15 s against 5.5 s here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import RUNTIME, copy_module, run_go

# UTC+8 all year (no daylight saving): the offset the second run's local zone must have.
SHANGHAI = {"TZ": "Asia/Shanghai", "CLOUDBASE_EXPECT_UTC_OFFSET": "28800"}


@pytest.mark.slow
def test_runtime_vet_and_race_tests(go: str, tmp_path: Path) -> None:
    module = copy_module(RUNTIME, tmp_path / "runtime")
    gofmt = Path(go).with_name("gofmt")
    if gofmt.exists():
        import subprocess

        unformatted = subprocess.run(
            [str(gofmt), "-l", "."], cwd=module, capture_output=True, text=True, check=True
        )
        assert unformatted.stdout == "", f"not gofmt-clean: {unformatted.stdout}"
    run_go(go, ["vet", "./..."], module, tmp_path)
    run_go(go, ["test", "-race", "-count=1", "./..."], module, tmp_path)
    out = run_go(go, ["test", "-count=1", "-v", "./..."], module, tmp_path, env=SHANGHAI)
    assert "--- PASS: TestRunsInTheTimeZoneTheDriverAskedFor" in out
