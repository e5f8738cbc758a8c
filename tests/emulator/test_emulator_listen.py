"""Where `cloudbase-auth-emulator` listens: the address it prints is the one it serves (with
`--port 0`, the free port the system picked, so a Go, Java or PHP harness can read it), an
address it cannot listen on is one line and exit status 2 before any banner, an environment ID
the clients would refuse is refused, and Ctrl-C ends it cleanly. Each start is a real process
with a deadline, so a regression fails instead of hanging."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

LAUNCH = "from emulator.cli import main; main()"
BANNER = re.compile(r"CloudBase Auth emulator for env '([^']*)': (http://\S+)/auth/v1 \(")


def _run(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, "--signer", "inline", *options],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr and "CloudBase Auth emulator for env" not in result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


class Started:
    """The emulator as a process in its own group (as a terminal runs it), and its banner."""

    def __init__(self, *options: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, *options],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        assert self.process.stderr is not None
        line = self.process.stderr.readline()  # the banner is the first line
        found = BANNER.search(line)
        if found is None:
            self.stop()
            raise AssertionError(f"no banner: {line!r}")
        self.env_id, self.url = found.group(1), found.group(2)

    def health(self) -> int:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/emulator/v1/health", timeout=5) as answer:
                    return int(answer.status)
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def interrupt(self) -> tuple[int, str]:
        """Ctrl-C: SIGINT to the whole process group (the signing helper too), as a terminal does."""
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            _, rest = self.process.communicate(timeout=30)
        finally:
            self.stop()
        return self.process.returncode, rest

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.communicate(timeout=30)  # reaps it and closes its stderr pipe


def test_port_0_prints_the_port_the_system_picked_and_serves_on_it() -> None:
    started = Started("--port", "0", "--env-id", "my-env_2")
    try:
        assert started.env_id == "my-env_2"
        host, port = started.url.removeprefix("http://").rsplit(":", 1)
        assert host == "127.0.0.1" and int(port) > 0
        assert started.health() == 200
    finally:
        started.stop()


def _ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.parametrize("host", ["::1", "[::1]"])
def test_an_ipv6_address_is_printed_in_brackets_and_served(host: str) -> None:
    if not _ipv6_loopback():
        pytest.skip("this machine has no IPv6 loopback")
    started = Started("--host", host, "--port", "0", "--signer", "inline")
    try:
        assert re.fullmatch(r"http://\[::1\]:[1-9][0-9]*", started.url), started.url
        assert started.health() == 200
    finally:
        started.stop()


def test_ctrl_c_ends_the_emulator_cleanly() -> None:
    # Interrupted as soon as its signing process exists, while that is still importing: a
    # Ctrl-C that reached the helper then was its KeyboardInterrupt traceback.
    started = Started("--port", "0", "--signer", "process")
    deadline = time.monotonic() + 30
    while not _children(started.process.pid):
        assert time.monotonic() < deadline, "no signing process started"
        time.sleep(0.002)
    status, rest = started.interrupt()
    assert status == 0, rest
    assert "Traceback" not in rest and "Aborted" not in rest


def test_a_port_in_use_is_one_line_before_any_banner() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run("--port", str(port))
    assert result.returncode == 2
    assert _one_error_line(result) == (
        f"Error: --host/--port: cannot listen on 127.0.0.1:{port}: Address already in use"
    )


def test_a_host_that_does_not_resolve_is_one_line_before_any_banner() -> None:
    result = _run("--host", "no-such-host.invalid", "--port", "0")
    assert result.returncode == 2
    line = _one_error_line(result)
    assert line.startswith("Error: --host/--port: cannot listen on no-such-host.invalid:0: "), line


@pytest.mark.parametrize("env_id", ["", "a\nb", "-leading-dash", "has space", "a/b", "x" * 64])
def test_an_environment_id_the_clients_would_refuse_is_refused(env_id: str) -> None:
    result = _run("--env-id", env_id, "--port", "0")
    assert result.returncode == 2
    assert "Invalid value for '--env-id'" in result.stderr
    assert "CloudBase Auth emulator for env" not in result.stderr and "Traceback" not in result.stderr


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as listing:
        return [int(child) for child in listing.read().split()]


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1].startswith("Z")  # a zombie has ended
    except FileNotFoundError:
        return True


def test_the_signing_process_ends_with_a_killed_emulator() -> None:
    # The signing helper runs in a session of its own (so a Ctrl-C meant for the server does not
    # kill it mid-start); it must still end when the server dies without stopping it.
    started = Started("--port", "0", "--signer", "process")
    try:
        assert started.health() == 200
        deadline = time.monotonic() + 30
        while not (helpers := _children(started.process.pid)):
            assert time.monotonic() < deadline, "no signing process started"
            time.sleep(0.05)
        started.process.kill()  # the server alone, as the OOM killer would
        started.process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while not all(_gone(helper) for helper in helpers):
            assert time.monotonic() < deadline, f"signing process {helpers} outlived the server"
            time.sleep(0.05)
    finally:
        started.stop()
