"""How `authgen generate` ends when it runs as a program: without the interpreter's teardown
(`generator.cli.exit_now`), but with everything a normal exit promises: the exit status, every
line written, the exit handlers run (a worker process stopped, a temporary folder removed).
And a spec that cannot be read is the loader's located line, never an error about writing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from .conftest import ROOT

LAUNCH = "from generator.cli import run; run()"  # what the `authgen` console script runs


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Buffered, as a program's output to a pipe is: os._exit drops what no one flushed.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _gone(pid: int, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize(
    ("code", "status", "stderr"),
    [(None, 0, ""), (0, 0, ""), (3, 3, ""), ("the spec cannot be loaded", 1, "the spec cannot be loaded")],
)
def test_exit_now_keeps_the_status_the_output_and_the_exit_handlers(
    tmp_path: Path, code: object, status: int, stderr: str
) -> None:
    result = _python(
        f"""
        import atexit, multiprocessing, os, tempfile, time
        from generator.cli import exit_now

        def sleep():
            os.close(1), os.close(2)  # the pipes end with the parent; a stray worker fails _gone
            time.sleep(60)

        worker = multiprocessing.get_context("fork").Process(target=sleep, daemon=True)
        worker.start()
        folder = tempfile.TemporaryDirectory(dir={str(tmp_path)!r})
        atexit.register(lambda: print("handler ran"))
        print(worker.pid)
        print(folder.name)
        print("a line still in the buffer", end="")
        exit_now({code!r})
        print("never")
        """,
        ROOT,
    )
    assert result.returncode == status, result.stderr
    worker_pid, folder, rest = result.stdout.split("\n", 2)
    assert rest == "a line still in the bufferhandler ran\n"  # flushed after the handlers ran
    assert stderr in result.stderr and "Traceback" not in result.stderr
    assert not Path(folder).exists()  # weakref finalizers ran
    assert _gone(int(worker_pid))  # multiprocessing stopped its daemon worker


def test_generate_as_a_program_with_a_missing_spec_names_the_spec(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            LAUNCH,
            "generate",
            "--spec",
            str(tmp_path / "nowhere.yaml"),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "nowhere.yaml: error [file] spec file not found" in result.stderr
    assert "the spec cannot be loaded" in result.stderr
    assert "cannot write" not in result.stderr
    assert not out.exists()


def test_generate_as_a_program_writes_everything_it_says_through_a_pipe(tmp_path: Path) -> None:
    """The last line of a successful run reaches a pipe (the process ends with os._exit, which
    drops anything left in a buffer), and the run leaves no staging folder behind."""
    out = tmp_path / "work" / "out"
    out.parent.mkdir()
    env = {**os.environ, "AUTHGEN_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", LAUNCH, "generate", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert re.search(
        rf"wrote {re.escape(str(out))}/ from spec/auth-v1\.yaml \(\d+ operations\)\n\Z", result.stdout
    )
    assert sorted(p.name for p in out.parent.iterdir()) == ["out"]
    assert (out / "MANIFEST.json").is_file()


def test_generate_called_in_a_process_that_goes_on_leaves_its_garbage_collection_on(tmp_path: Path) -> None:
    """The program turns the cyclic collector off for good (it ends with the command); code
    that calls `main` (a test runner, a script) keeps running and must get its collector back,
    or every cycle it makes afterwards would stay in memory."""
    result = _python(
        f"""
        import gc
        from generator.cli import main

        try:
            main(["generate", "--no-cache", "--out", {str(tmp_path / "out")!r}])
        except SystemExit as exc:
            print("status", exc.code)
        print("collecting", gc.isenabled())
        """,
        ROOT,
    )
    assert result.stdout.splitlines()[-2:] == ["status 0", "collecting True"], result.stderr
