"""The generated cookbook pages: complete, shellcheck-clean, and every request they send
(run in order in one bash against a recorder answering with the spec's examples) is valid
against the spec. Python blocks compile and type-check against the generated client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from generator.cookbook import COMMON_NAMES

from .support import (
    COOKBOOK,
    ROOT,
    blocks,
    load_api,
    load_scenarios,
    pages,
    recorder,
    run_bash,
    shellcheck,
    substitute,
)

API = load_api()
SCENARIOS = load_scenarios(API)
PAGES = pages()
PAGE_IDS = [p.stem for p in PAGES]


def test_a_page_per_scenario_and_a_section_per_operation() -> None:
    names = {p.name for p in PAGES}
    assert {f"{s.id}.md" for s in SCENARIOS} | {"README.md", "operations.md"} == names
    readme = (COOKBOOK / "README.md").read_text(encoding="utf-8")
    reference = (COOKBOOK / "operations.md").read_text(encoding="utf-8")
    for scenario in SCENARIOS:
        assert f"]({scenario.id}.md)" in readme
    for op in API.operations:
        assert f"## {op.operation_id}\n" in reference
        assert f"| {op.method} | `{op.path}` | {op.auth_label} |" in readme
        if op.guide_note:
            assert op.guide_note in reference


def test_the_scenarios_the_issue_asks_for() -> None:
    wanted = {
        "password-sign-in": ["signIn"],
        "sms-sign-up": ["sendVerification", "verifyVerification", "signUp"],
        "email-sign-up": ["sendVerification", "verifyVerification", "signUp"],
        "anonymous-sign-in": ["signInAnonymously"],
        "anonymous-upgrade": ["signInAnonymously", "signUp"],
        "custom-login": ["signInCustom"],
        "refresh": ["grantToken"],
        "introspect": ["introspectToken"],
        "sign-out-and-revoke": ["signOut", "revokeToken"],
        "profile": ["getUserMe"],
        "change-password": ["sudo", "updatePassword"],
        "delete-account": ["sudo", "deleteUserMe"],
        "providers": ["listProviders", "bindProvider", "unbindProvider"],
        "reset-password": ["resetPassword"],
    }
    by_id = {s.id: s for s in SCENARIOS}
    for sid, ops in wanted.items():
        assert sid in by_id, sid
        assert set(ops) <= set(by_id[sid].operation_ids), sid
    assert any(s.kind == "create_ticket" for s in by_id["custom-login"].steps)


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_shell_blocks_pass_shellcheck(page: Path) -> None:
    found = blocks(page, "bash")
    assert found, f"{page.name} has no shell"
    # The whole page as it runs; captured values are handed to the reader, so unused ones are fine.
    whole = subprocess.run(
        [shellcheck(), "-s", "bash", "-e", "SC2034", "-"],
        input="\n".join(found),
        capture_output=True,
        text=True,
    )
    assert whole.returncode == 0, whole.stdout
    # Each block alone: variables come from the blocks above it.
    for block in found:
        alone = subprocess.run(
            [shellcheck(), "-s", "bash", "-e", "SC2034,SC2154", "-"],
            input=block,
            capture_output=True,
            text=True,
        )
        assert alone.returncode == 0, alone.stdout + block


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_no_single_quoted_json_with_shell_variables(page: Path) -> None:
    for block in blocks(page, "bash"):
        for line in block.splitlines():
            assert not ("'{" in line and "${" in line.split("'{", 1)[1]), line
            assert "-u " not in line, "no Basic client authentication in the flows"


def _credentials_file(tmp_path: Path, env_id: str) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    path = tmp_path / "tcb_custom_login.json"
    path.write_text(
        json.dumps({"private_key_id": "kid-1", "private_key": pem, "env_id": env_id}), encoding="utf-8"
    )
    return path


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_requests_validate_against_the_spec(page: Path, tmp_path: Path) -> None:
    script = "\n".join(blocks(page, "bash"))
    with recorder() as rec:
        values = {"env": "recorder-env", "base": f"{rec.url}/auth/v1", "deviceId": "recorder-device-0001"}
        if "credentialsFile=" in script:
            values["credentialsFile"] = str(_credentials_file(tmp_path, "recorder-env"))
        typed: list[str] = []

        def answers() -> list[str]:  # whatever is asked, once: a well-formed code
            if typed:
                return []
            typed.append("x")
            return ["123456"] * 10

        run = run_bash(substitute(script, values), answers=answers)
        assert run.returncode == 0, run.stderr
    assert len(rec.exchanges) == script.count("curl -sS"), [e.path for e in rec.exchanges]
    problems = [p for e in rec.exchanges for p in e.problems]
    assert not problems, problems
    request_ids = [e.headers["x-request-id"] for e in rec.exchanges]
    assert len(set(request_ids)) == len(request_ids), "x-request-id must be fresh per call"
    assert {e.headers["x-device-id"] for e in rec.exchanges} <= {"recorder-device-0001"}


def test_bodies_survive_any_value(tmp_path: Path) -> None:
    """Quotes, dollars, backslashes and newlines in a page variable reach the service intact."""
    page = COOKBOOK / "password-sign-in.md"
    nasty = "p'a\"s$s`w\\o{rd} $(touch pwned)\n!x"
    script = substitute("\n".join(blocks(page, "bash")), {"env": "e", "password": nasty})
    with recorder() as rec:
        script = substitute(script, {"base": f"{rec.url}/auth/v1"})
        run = run_bash(script)
        assert run.returncode == 0, run.stderr
    (exchange,) = rec.exchanges
    assert json.loads(exchange.body)["password"] == nasty
    assert not (ROOT / "pwned").exists() and not Path("pwned").exists()


def test_python_blocks_type_check(tmp_path: Path) -> None:
    """Each page's Python, in order, as one module: mypy --strict against the generated client."""
    for page in PAGES:
        (tmp_path / f"page_{page.stem.replace('-', '_')}.py").write_text(
            "\n".join(blocks(page, "python")), encoding="utf-8"
        )
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated" / "python")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_page_sets_the_common_variables() -> None:
    for page in PAGES:
        if page.name == "README.md":
            continue
        setup = blocks(page, "bash")[0]
        for name in COMMON_NAMES:
            assert f"\n{name}=" in f"\n{setup}", (page.name, name)
