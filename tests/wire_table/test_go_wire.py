"""The Go client against the hand-written wire table (table.py): tests/wire_table/go/wire_test.go
makes each call against the recording server over loopback (`go test` in a scratch module that
`replace`s the client with a copy of generated/go), and this test compares."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .check import table_mismatches
from .conftest import REPO, run_go
from .recorder import recording_server
from .table import (
    CLIENT_ID,
    CLIENT_SECRET,
    ENV_ID,
    SECRET_ID,
    SECRET_KEY,
    SESSION_ACCESS_TOKEN,
    TABLE,
)

GO_CASE = Path(__file__).resolve().parent / "go" / "wire_test.go"
MODULE = "github.com/cloudbase-auth/cloudbase-auth-go"


def test_the_go_client_puts_the_table_on_the_wire(go: str, tmp_path: Path) -> None:
    client = tmp_path / "cloudbase"
    shutil.copytree(REPO / "generated" / "go", client)  # tests never write into the repository
    module = tmp_path / "wire"
    module.mkdir()
    (module / "go.mod").write_text(
        f"module wire\n\ngo 1.22\n\nrequire {MODULE} v0.0.0\n\nreplace {MODULE} => {client}\n",
        encoding="utf-8",
    )
    shutil.copy(GO_CASE, module / GO_CASE.name)
    out = tmp_path / "sessions.tsv"
    with recording_server() as (base_url, recorder):
        run_go(
            go,
            ["test", "-count=1", "-run", "TestWireTable", "./..."],
            module,
            tmp_path,
            {
                "WIRE_URL": base_url,
                "WIRE_OUT": str(out),
                "WIRE_ENV": ENV_ID,
                "WIRE_CLIENT_ID": CLIENT_ID,
                "WIRE_CLIENT_SECRET": CLIENT_SECRET,
                "WIRE_SECRET_ID": SECRET_ID,
                "WIRE_SECRET_KEY": SECRET_KEY,
                "WIRE_SESSION_TOKEN": SESSION_ACCESS_TOKEN,
                "WIRE_SIGNED_IN": ",".join(case for case, wire in TABLE.items() if wire.signed_in),
            },
        )
    tokens = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        case, before, after = line.split("\t")
        tokens[case] = (before, after)
    assert table_mismatches(recorder, tokens) == []


pytestmark = pytest.mark.slow
