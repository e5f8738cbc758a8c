"""A generic generator's default run on the spec (issue 21 item 6): oapi-codegen, pinned and
installed by the `go` nox session, writes its models, client and server for spec/auth-v1.yaml
without stopping, and what it writes builds (`go vet`). It stopped at "duplicate typename 'Error'"
while the default response and the error schema shared the name `Error`; its client's answer
wrappers (`SudoResponse`...) met five schemas of the same names, which carry `x-go-name`."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import REPO, run_go

SPEC = REPO / "spec" / "auth-v1.yaml"
# go.mod + go.sum of what oapi-codegen's output imports; `nox -s go` downloads them
DEPENDENCIES = Path(__file__).resolve().parent / "oapi_codegen"


@pytest.mark.slow
def test_oapi_codegen_default_run_writes_code_that_builds(go: str, tmp_path: Path) -> None:
    binary = os.environ.get("AUTHGEN_OAPI_CODEGEN", "")
    if not Path(binary).is_file():
        pytest.fail(
            "AUTHGEN_OAPI_CODEGEN is not set: run this test through `nox -s go`, which installs oapi-codegen"
        )
    done = subprocess.run(
        [binary, "-package", "authapi", str(SPEC)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "duplicate typename" not in done.stderr and "type Error struct" in done.stdout
    module = tmp_path / "oapi"
    module.mkdir()
    for name in ("go.mod", "go.sum"):
        shutil.copy(DEPENDENCIES / name, module / name)
    (module / "authapi.go").write_text(done.stdout, encoding="utf-8")
    # offline, from the module cache the session filled (run_go sets GOPROXY=off)
    cache = subprocess.run(
        [go, "env", "GOMODCACHE"], capture_output=True, text=True, timeout=60, check=True
    ).stdout.strip()
    run_go(go, ["vet", "./..."], module, tmp_path, env={"GOMODCACHE": cache})
