"""The Go CreateTicket and the Python create_ticket make the same ticket, byte for byte, run
live on the same key, clock and arguments (and on a freshly generated key, not only the
committed one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .conftest import RUNTIME, run_go
from .golden import CASES, KEY_FILE, python_ticket

MAIN = """package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	cloudbase "github.com/cloudbase-auth/cloudbase-auth-go"
)

type ticketCase struct {
	Env       string `json:"env"`
	UID       string `json:"uid"`
	NowMS     int64  `json:"now_ms"`
	RefreshMS int64  `json:"refresh_ms"`
	ExpireMS  int64  `json:"expire_ms"`
	Key       string `json:"key"`
	KeyID     string `json:"key_id"`
}

func main() {
	var cases []ticketCase
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		panic(err)
	}
	out := []string{}
	for _, c := range cases {
		opts := cloudbase.TicketOptions{Now: time.UnixMilli(c.NowMS)}
		if c.RefreshMS != 0 {
			opts.Refresh = time.Duration(c.RefreshMS) * time.Millisecond
		}
		if c.ExpireMS != 0 {
			opts.ExpireAt = time.UnixMilli(c.ExpireMS)
		}
		creds := cloudbase.TicketCredentials{PrivateKeyID: c.KeyID, PrivateKey: c.Key, EnvID: c.Env}
		ticket, err := cloudbase.CreateTicket(creds, c.UID, opts)
		if err != nil {
			ticket = "error: " + err.Error()
		}
		out = append(out, ticket)
	}
	raw, _ := json.Marshal(out)
	fmt.Println(string(raw))
}
"""


def go_tickets(go: str, tmp: Path, cases: list[dict[str, object]]) -> list[str]:
    program = tmp / "ticketcli"
    program.mkdir()
    (program / "go.mod").write_text(
        "module ticketcli\n\ngo 1.22\n\nrequire github.com/cloudbase-auth/cloudbase-auth-go v0.0.0\n\n"
        f"replace github.com/cloudbase-auth/cloudbase-auth-go => {RUNTIME}\n"
    )
    (program / "main.go").write_text(MAIN)
    out = run_go(go, ["run", "."], program, tmp, stdin=json.dumps(cases))
    result: list[str] = json.loads(out)
    return result


@pytest.mark.slow
def test_go_and_python_tickets_are_identical(go: str, tmp_path: Path) -> None:
    fresh = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    keys = {
        "committed": KEY_FILE.read_text(),
        "fresh pkcs1": fresh.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ).decode(),
    }
    cases = [{**case, "key": key, "key_id": f"kid-{label}"} for label, key in keys.items() for case in CASES]
    ours = go_tickets(go, tmp_path, cases)
    theirs = [python_ticket(case, str(case["key"]), str(case["key_id"])) for case in cases]
    assert len(ours) == len(cases)
    for case, go_ticket, py_ticket in zip(cases, ours, theirs, strict=True):
        assert go_ticket == py_ticket, case["name"]


NODE_PARITY = Path(__file__).resolve().parents[1] / "runtime" / "node_parity"


def node_ticket(payload: dict[str, object]) -> str:
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: cannot compare with @cloudbase/node-sdk")
    if not (NODE_PARITY / "node_modules" / "@cloudbase" / "node-sdk").is_dir():
        # as tests/runtime's parity tests: the nox sessions install it, so missing is a failure
        pytest.fail("@cloudbase/node-sdk is not installed: run `npm ci --prefix tests/runtime/node_parity`")
    done = subprocess.run(
        [node, str(NODE_PARITY / "ticket.js")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert "ticket" in result, result
    return str(result["ticket"])


@pytest.mark.slow
def test_go_and_node_sdk_tickets_are_identical(go: str, tmp_path: Path) -> None:
    key = KEY_FILE.read_text()
    cases = [{**case, "key": key, "key_id": "kid-node"} for case in CASES]
    ours = go_tickets(go, tmp_path, cases)
    for case, go_ticket in zip(cases, ours, strict=True):
        options: dict[str, object] = {}
        if "refresh_ms" in case:
            options["refresh"] = case["refresh_ms"]
        if "expire_ms" in case:
            options["expire"] = case["expire_ms"]
        credentials = {"private_key_id": case["key_id"], "private_key": key, "env_id": case["env"]}
        payload = {
            "env": case["env"],
            "credentials": credentials,
            "uid": case["uid"],
            "now": case["now_ms"],
            "options": options,
        }
        assert go_ticket == node_ticket(payload), case["name"]
