"""The generated Go client against the emulator: tests/go/e2e/*_test.go (the flows and the
token verifier with its middleware), run with
`go test -race` in a scratch module that `replace`s the client with a copy of generated/go."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import REPO, copy_module, run_go

GENERATED = REPO / "generated" / "go"
E2E = Path(__file__).resolve().parent / "e2e"
MODULE = "github.com/cloudbase-auth/cloudbase-auth-go"


def scratch_module(tmp: Path, name: str, client: Path) -> Path:
    module = tmp / name
    module.mkdir()
    (module / "go.mod").write_text(
        f"module {name}\n\ngo 1.22\n\nrequire {MODULE} v0.0.0\n\nreplace {MODULE} => {client}\n",
        encoding="utf-8",
    )
    return module


@pytest.mark.slow
def test_go_client_flows_against_the_emulator(go: str, tmp_path: Path, emulator_server: str) -> None:
    client = copy_module(GENERATED, tmp_path / "cloudbase")
    module = scratch_module(tmp_path, "e2e", client)
    for test_file in sorted(E2E.glob("*_test.go")):  # the flows, open enums, the verifier (issue 23)
        shutil.copy(test_file, module / test_file.name)
    run_go(go, ["vet", "./..."], module, tmp_path)
    run_go(
        go, ["test", "-race", "-count=1", "./..."], module, tmp_path, env={"EMULATOR_URL": emulator_server}
    )
