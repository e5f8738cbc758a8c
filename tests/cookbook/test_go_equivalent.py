"""Every cookbook page's Go code, as printed, builds (`go vet` clean) and runs the page's flow
against the emulator. The blocks of a page, in order, are one function's body (the first
block starts with the imports); only the page's top values are substituted (env, baseURL and,
where the page has them, the key file and the API key pair). Prompts are answered from the
emulator's control API, as tests/cookbook answers the curl and Python versions."""

from __future__ import annotations

import json
import os
import re
import selectors
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.targets.go.snippets import BODY_MARKER

from .answers import Answers, prepare
from .support import COOKBOOK, blocks
from .test_against_emulator import (
    ENV_ID,
    OTHER_PROMPTS,
    SCENARIOS,
    _before,
    _key_pair,
    _provision_account,
    _variables,
)

MODULE = "github.com/cloudbase-auth/cloudbase-auth-go"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def go() -> str:
    found = shutil.which("go") or shutil.which("/usr/local/go/bin/go")
    if found is None:
        pytest.skip("go is not installed")
    return found


def go_env(tmp: Path) -> dict[str, str]:
    """Offline (the client has no dependencies), caches outside the repository."""
    env = dict(os.environ)
    env |= {
        "GOPROXY": "off",
        "GOFLAGS": "-mod=mod -buildvcs=false",
        "GOTOOLCHAIN": "local",
        "GOPATH": str(tmp / "gopath"),
    }
    env.setdefault("GOCACHE", str(Path.home() / ".cache" / "go-build"))
    return env


def run_go(go: str, args: list[str], cwd: Path, tmp: Path) -> None:
    done = subprocess.run(
        [go, *args], cwd=cwd, env=go_env(tmp), capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"go {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"


def program(page: Path, values: dict[str, str]) -> str:
    """The page's Go blocks as one `package main` program, its top values replaced."""
    code = blocks(page, "go")
    assert code, f"{page.name} shows no Go code"
    head, marker, setup = code[0].partition(BODY_MARKER)
    assert marker, f"{page.name}: the Go setup has no {BODY_MARKER!r} line"
    body = "\n".join([setup, *code[1:]])
    for name, value in values.items():
        body, count = re.subn(
            rf"^{re.escape(name)} := .*$", f"{name} := {json.dumps(value)}", body, count=1, flags=re.M
        )
        assert count == 1, f"{page.name}: the Go code sets no {name}"
    indented = "\n".join("\t" + line if line else "" for line in body.strip().splitlines())
    return f"package main\n\n{head.strip()}\n\nfunc main() {{\n{indented}\n}}\n"


def build_page(go: str, tmp: Path, scenario_id: str, source: str) -> Path:
    module = tmp / "page"
    module.mkdir()
    (module / "go.mod").write_text(
        f"module page\n\ngo 1.22\n\nrequire {MODULE} v0.0.0\n\nreplace {MODULE} => {REPO / 'generated' / 'go'}\n",
        encoding="utf-8",
    )
    (module / "main.go").write_text(source, encoding="utf-8")
    run_go(go, ["vet", "."], module, tmp)
    binary = tmp / scenario_id
    run_go(go, ["build", "-o", str(binary), "."], module, tmp)
    return binary


def run_answering(
    binary: Path, answers: Answers, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the page, typing an answer whenever it prints a prompt (`...: ` without a newline)."""
    proc = subprocess.Popen(
        [str(binary)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdin and proc.stdout and proc.stderr
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    output = b""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if selector.select(timeout=0.1):
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            output += chunk
            line = output.rsplit(b"\n", 1)[-1]
            if line.endswith(b": "):
                answer = answers.wait(line.decode())
                proc.stdin.write(answer.encode() + b"\n")
                proc.stdin.flush()
                output += b"\n"
    try:
        rest, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        proc.kill()
        rest, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, (output + rest).decode(), err.decode())


@pytest.mark.slow
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_go_equivalent_runs_against_the_emulator(
    scenario: Any, go: str, emulator_server: str, tmp_path: Path
) -> None:
    page = COOKBOOK / f"{scenario.id}.md"
    if "account" in scenario.given:
        _provision_account(emulator_server, scenario)
    _before(emulator_server, scenario)
    values = {"env": ENV_ID, "baseURL": f"{emulator_server}/auth/v1"}
    variables = _variables(scenario)
    if "credentialsFile" in variables:
        credentials = httpx.get(f"{emulator_server}/emulator/v1/custom-login-credentials", timeout=10).json()
        key_file = tmp_path / "tcb_custom_login.json"
        key_file.write_text(json.dumps(credentials), encoding="utf-8")
        values["credentialsFile"] = str(key_file)
    if "secretId" in variables:
        pair = _key_pair(emulator_server)
        values |= {"secretID": pair["secret_id"], "secretKey": pair["secret_key"]}
    binary = build_page(go, tmp_path, scenario.id, program(page, values))
    prepare(emulator_server, scenario, None)
    answers = Answers(emulator_server, scenario, OTHER_PROMPTS)
    done = run_answering(binary, answers, go_env(tmp_path))
    assert done.returncode == 0, f"{done.stderr[-3000:]}\n--- stdout:\n{done.stdout[-2000:]}"
    assert answers.index == len(answers.asks), "every prompt was answered"
