"""Issue 28, item 9: `authgen diff` on hostile input. A revision is never an option to git
(`--base '--output=...'`), and every failure is one located line with exit 2, never a traceback
or a hang."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "operation-added" / "old.yaml"
ROOT = Path(__file__).resolve().parents[2]

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git reads revisions")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["diff", *args])


def assert_one_line_error(result: Result, *expected: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output
    for text in expected:
        assert text in lines[0]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository holding a copy of the spec, as the current directory."""
    root = tmp_path / "repo"
    (root / "spec").mkdir(parents=True)
    shutil.copy(ROOT / "spec" / "auth-v1.yaml", root / "spec" / "auth-v1.yaml")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    monkeypatch.chdir(root)
    return root


@needs_git
def test_diff_base_refuses_a_revision_that_git_would_read_as_an_option(repo: Path, tmp_path: Path) -> None:
    written = tmp_path / "written-by-git"
    result = run("--base", f"--output={written}", "--spec", "spec/auth-v1.yaml")
    assert_one_line_error(result, "--base --output=", "cannot start with '-'")
    assert not written.exists(), "git ran with the option"


@needs_git
def test_diff_rev_path_refuses_a_revision_that_git_would_read_as_an_option(repo: Path, tmp_path: Path) -> None:
    written = tmp_path / "written-by-git"
    result = run("--", f"--output={written}:spec/auth-v1.yaml", "spec/auth-v1.yaml")
    assert_one_line_error(result, "cannot start with '-'")
    assert not written.exists(), "git ran with the option"


@needs_git
@pytest.mark.parametrize("ref", ["HEAD\nX", "HEAD x", "HE\x1bAD", ""])
def test_diff_refuses_revisions_with_spaces_or_control_characters(repo: Path, ref: str) -> None:
    assert_one_line_error(run("--base", ref, "--spec", "spec/auth-v1.yaml"), "--base")


@needs_git
def test_diff_unknown_revision_and_missing_path_are_one_line(repo: Path) -> None:
    assert_one_line_error(run("--base", "no-such-ref", "--spec", "spec/auth-v1.yaml"), "--base no-such-ref")
    assert_one_line_error(run("HEAD:spec/missing.yaml", "spec/auth-v1.yaml"), "HEAD:spec/missing.yaml")
    assert_one_line_error(run("HEAD~5:spec/auth-v1.yaml", "spec/auth-v1.yaml"), "HEAD~5:spec/auth-v1.yaml")


def test_diff_rev_path_outside_a_git_repository_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert_one_line_error(run("HEAD:spec.yaml", str(FIXTURE)), "HEAD:spec.yaml")


def test_diff_a_directory_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run(str(tmp_path), str(FIXTURE)), "a directory")
    assert_one_line_error(run("--released", "--spec", str(tmp_path)), "a directory")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_diff_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "spec.yaml"
    os.mkfifo(fifo)
    assert_one_line_error(run(str(fifo), str(FIXTURE)), "not a regular file")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\x00\xff\xfe binary", "UTF-8"),
        (b"openapi: 3.1.0\npaths: [1]\n", "no `paths` mapping"),
        (b"openapi: 3.1.0\npaths: {}\nx: " + b"[" * 100 + b"]" * 100 + b"\n", "nesting"),
        (b"openapi: [unclosed\n", "spec.yaml"),
    ],
)
def test_diff_broken_files_are_one_located_line(tmp_path: Path, content: bytes, expected: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(content)
    assert_one_line_error(run(str(spec), str(FIXTURE)), "spec.yaml", expected)
    assert_one_line_error(run(str(FIXTURE), str(spec)), "spec.yaml", expected)
