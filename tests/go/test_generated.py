"""generated/go as a Go user gets it: gofmt-clean as written by `authgen generate` (which runs
no Go), `go vet` and `go test -race` clean, and the README's first flow, pasted into a fresh
`go mod init` module outside the repository that `replace`s the client, builds and runs against
the emulator."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from .conftest import REPO, copy_module, go_env, run_go

GENERATED = REPO / "generated" / "go"
VECTORS = REPO / "generated" / "vectors"
MODULE = "github.com/cloudbase-auth/cloudbase-auth-go"


def test_generated_go_is_gofmt_clean(go: str) -> None:
    gofmt = Path(go).with_name("gofmt")
    if not gofmt.exists():
        pytest.skip("gofmt is not next to go")
    done = subprocess.run([str(gofmt), "-l", str(GENERATED)], capture_output=True, text=True, check=True)
    assert done.stdout == "", f"gofmt would change: {done.stdout}"


def test_every_go_file_is_marked_generated_the_way_go_tools_recognise() -> None:
    """Go's convention (https://go.dev/s/generatedcode): linters and code review tools skip a
    file whose first line matches it, so a user's staticcheck does not report on our code."""
    convention = re.compile(r"^// Code generated .* DO NOT EDIT\.$")
    files = sorted(GENERATED.glob("*.go"))
    assert files
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert convention.match(first), f"{path.name}: {first}"
        assert "generated from spec/auth-v1.yaml by authgen" in first, path.name


@pytest.mark.slow
def test_generated_go_is_staticcheck_clean(go: str, tmp_path: Path) -> None:
    """staticcheck (pinned in the `go` nox session, which installs it) finds nothing in the
    module a user gets."""
    staticcheck = os.environ.get("AUTHGEN_STATICCHECK", "")
    if not Path(staticcheck).is_file():
        pytest.fail("AUTHGEN_STATICCHECK is not set: run this test through `nox -s go`, which installs staticcheck")
    module = copy_module(GENERATED, tmp_path / "cloudbase")
    env = go_env(tmp_path)
    env["PATH"] = f"{Path(go).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        [staticcheck, "./..."], cwd=module, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_generated_go_vet_and_race_tests(go: str, tmp_path: Path) -> None:
    """The runtime's unit tests and the shared vectors (generated/vectors, the files the Python
    client passes too) through the generated methods, under the race detector."""
    module = copy_module(GENERATED, tmp_path / "cloudbase")
    run_go(go, ["vet", "./..."], module, tmp_path)
    vectors = {"CLOUDBASE_VECTORS": str(VECTORS)}
    out = run_go(go, ["test", "-race", "-count=1", "-v", "./..."], module, tmp_path, env=vectors)
    index = json.loads((VECTORS / "index.json").read_text(encoding="utf-8"))
    cases = sum(entry["requests"] + entry["responses"] for entry in index["operations"])
    ran = re.findall(r"^    --- (PASS|SKIP|FAIL): TestVectors(?:Requests|Responses)/", out, flags=re.M)
    assert ran.count("PASS") == cases, f"{ran.count('PASS')} of {cases} vector cases passed ({len(ran)} ran)"


def readme_flow() -> str:
    text = (GENERATED / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```go\n(.*?)```", text, flags=re.DOTALL)
    assert blocks, "generated/go/README.md shows no Go code"
    return str(blocks[0])


@pytest.mark.slow
def test_readme_first_flow_in_a_fresh_module(go: str, tmp_path: Path, emulator_server: str) -> None:
    app = tmp_path / "myapp"
    app.mkdir()
    env = go_env(tmp_path)
    # The commands the README gives, as a user types them.
    for args in (
        ["mod", "init", "example.com/myapp"],
        ["mod", "edit", f"-require={MODULE}@v0.0.0", f"-replace={MODULE}={GENERATED}"],
    ):
        subprocess.run([go, *args], cwd=app, env=env, check=True, capture_output=True)
    source = readme_flow()
    assert 'cloudbase.New("your-env-id"' in source
    # Only the two values a reader replaces: the environment and the emulator's address.
    source = source.replace("your-env-id", "emulator-env").replace(
        "http://127.0.0.1:8080/auth/v1", f"{emulator_server}/auth/v1"
    )
    (app / "main.go").write_text(source, encoding="utf-8")
    run_go(go, ["build", "-o", str(tmp_path / "myapp-bin"), "."], app, tmp_path)
    done = subprocess.run(
        [str(tmp_path / "myapp-bin")], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("signed in as "), done.stdout
