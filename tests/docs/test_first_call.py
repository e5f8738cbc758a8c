"""Getting started, Python and curl: the page's first call, as printed, succeeds against a fresh
emulator, with no API key pair and nothing typed in (Go, PHP and Java: tests/go, tests/php,
tests/java, in the sessions that have their toolchains)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from .first_call import ROOT, at, blocks


def _users(emulator: str) -> list[dict[str, object]]:
    answer = httpx.get(f"{emulator}/emulator/v1/users", timeout=10).json()
    users: list[dict[str, object]] = answer["data"]
    return users


def test_python_first_call_runs_as_printed(emulator_server: str, tmp_path: Path) -> None:
    (code,) = blocks("python", "A first call", "python")
    script = tmp_path / "first_call.py"
    script.write_text(at(code, emulator_server), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (user,) = _users(emulator_server)
    assert done.stdout == f"signed in as {user['sub']}\n"
    assert user["anonymous"] is True


@pytest.mark.skipif(shutil.which("curl") is None or shutil.which("jq") is None, reason="needs curl and jq")
def test_curl_first_call_runs_as_printed(emulator_server: str, tmp_path: Path) -> None:
    printed = blocks("curl", "A first call", "bash")
    assert len(printed) >= 3, "the setup, the emulator's address, the call"
    script = "\n".join(at(block, emulator_server) if "8080" in block else block for block in printed)
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script + '\nprintf "user=%s\\n" "$userId"'],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (user,) = _users(emulator_server)
    assert f"user={user['sub']}" in done.stdout


def _languages() -> list[tuple[str, str, str]]:
    """(slug, fence, label) of curl and of every client target, from the registry."""
    from generator.targets.docs.build import languages_of
    from generator.writer import build_context, load_inputs

    inputs = load_inputs(ROOT / "spec" / "auth-v1.yaml")
    return [(lang.slug, lang.fence, lang.label) for lang in languages_of(build_context(inputs, Path()).clients())]


def test_every_language_has_a_first_call_against_the_emulator_without_the_key_pair() -> None:
    """A new client target brings its getting-started page with a first call against the
    emulator (its own test runs it in its toolchain's session); the key pair is for the
    administrator calls, so no first call (nor its setup) sets one."""
    languages = _languages()
    assert {"curl", "python", "go"} <= {slug for slug, _, _ in languages}
    for slug, fence, label in languages:
        code = "\n".join(blocks(slug, "A first call", fence))
        assert "127.0.0.1:8080" in code, label
        for word in ("secret_id", "secretId", "secretID", "SecretId", "secret_key", "secretKey", "TC3"):
            assert word not in code, (label, word)
