"""Nothing in `authgen lint` or `authgen generate` opens a connection or reads another file
(issue 9, M9): a spec in a pull request must not make CI send requests anywhere.

A recorder on loopback stands for "anywhere": a TCP server that accepts and records every
connection and never answers (a silent server is what made `generate` hang ~11 s before
rejecting a remote $ref), and a FIFO that records anyone opening it."""

from __future__ import annotations

import errno
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.lint import RemoteReferenceRefused, offline_registry, openapi_validator


def _chain(exc: BaseException | None) -> list[type[BaseException]]:
    kinds = []
    while exc is not None:
        kinds.append(type(exc))
        exc = exc.__cause__ or exc.__context__
    return kinds


BASE = (Path(__file__).resolve().parents[1] / "bad_specs" / "base.yaml").read_text("utf-8")
USER_REF = '$ref: "#/components/schemas/User"'
FAST = 5.0  # seconds; a fetch from the silent server would block far longer


@dataclass
class Recorder:
    port: int
    fifo: Path
    connections: list[tuple[str, int]] = field(default_factory=list)
    fifo_opened: list[float] = field(default_factory=list)

    @property
    def touched(self) -> bool:
        return bool(self.connections or self.fifo_opened)


@pytest.fixture
def recorder(tmp_path: Path) -> Iterator[Recorder]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.05)
    outside = tmp_path / "outside"
    outside.mkdir()
    fifo = outside / "common.yaml"
    os.mkfifo(fifo)
    rec = Recorder(server.getsockname()[1], fifo)
    stop = threading.Event()
    held: list[socket.socket] = []

    def watch() -> None:
        while not stop.is_set():
            try:
                conn, address = server.accept()
                held.append(conn)  # silent: never answer, keep it open
                rec.connections.append(address)
            except OSError:
                pass
            try:  # succeeds only while someone has the FIFO open for reading
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                assert exc.errno == errno.ENXIO, exc
            else:
                rec.fifo_opened.append(time.monotonic())
                os.write(fd, b"components: {schemas: {User: {type: object}}}\n")
                os.close(fd)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    yield rec
    stop.set()
    thread.join(5)
    for conn in held:
        conn.close()
    server.close()


def _specs(rec: Recorder) -> dict[str, tuple[str, str]]:
    """name -> (spec text, what lint must say). Each points the User schema somewhere else."""
    url = f"http://127.0.0.1:{rec.port}"
    https = f"https://127.0.0.1:{rec.port}"
    return {
        "http_ref": (BASE.replace(USER_REF, f'$ref: "{url}/common.yaml#/User"'), "only local references"),
        "https_ref": (BASE.replace(USER_REF, f'$ref: "{https}/common.yaml#/User"'), "only local references"),
        "file_url_ref": (
            BASE.replace(USER_REF, f'$ref: "{rec.fifo.as_uri()}#/User"'),
            "only local references",
        ),
        "relative_file_ref": (
            BASE.replace(USER_REF, '$ref: "outside/common.yaml#/components/schemas/User"'),
            "only local references",
        ),
        "id_rebases_a_local_ref": (
            BASE.replace(
                "    User:\n      type: object\n",
                f'    User:\n      $id: "{url}/schemas/user.json"\n      type: object\n',
            ).replace(
                "        name:\n          {type: string, description: Display name.}\n",
                '        name:\n          $ref: "#/$defs/Name"\n',
            ),
            "$id is not supported",
        ),
        "dynamic_ref": (
            BASE.replace(
                "        name:\n          {type: string, description: Display name.}\n",
                f'        name:\n          $dynamicRef: "{url}/n"\n',
            ),
            "$dynamicRef is not supported",
        ),
        "ref_in_a_parameter": (
            BASE.replace(
                '        - $ref: "#/components/parameters/DeviceIdRequired"',
                f'        - $ref: "{url}/parameters.yaml#/DeviceIdRequired"',
            ),
            "only local references",
        ),
    }


CASES = [
    "http_ref",
    "https_ref",
    "file_url_ref",
    "relative_file_ref",
    "id_rebases_a_local_ref",
    "dynamic_ref",
    "ref_in_a_parameter",
]


@pytest.mark.parametrize("command", ["lint", "generate"])
@pytest.mark.parametrize("case", CASES)
def test_a_reference_elsewhere_is_refused_without_touching_it(
    recorder: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, command: str
) -> None:
    text, message = _specs(recorder)[case]
    assert text != BASE, "the case must change the spec"
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    out = tmp_path / "generated"
    monkeypatch.chdir(tmp_path)
    args = [command, "--spec", "spec.yaml"] + (["--out", str(out)] if command == "generate" else [])
    started = time.monotonic()
    result = CliRunner().invoke(main, args)
    elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if "error [ref]" in line]
    assert lines and all(line.startswith("spec.yaml:") for line in lines), result.output
    assert any(message in line for line in lines), result.output
    assert not out.exists()
    time.sleep(0.2)  # let the recorder see a late connection
    assert recorder.connections == [], "lint/generate opened a connection"
    assert recorder.fifo_opened == [], "lint/generate read a file outside the spec"
    assert elapsed < FAST, f"{command} took {elapsed:.1f} s"


# --- defence in depth: the resolvers themselves cannot fetch ---------------------------------


def test_the_openapi_validator_refuses_to_fetch(recorder: Recorder) -> None:
    """Were the up-front check ever bypassed, openapi-spec-validator still fetches nothing."""
    import yaml

    for case in ("http_ref", "https_ref", "file_url_ref", "ref_in_a_parameter"):
        doc = yaml.safe_load(_specs(recorder)[case][0])
        started = time.monotonic()
        with pytest.raises(Exception) as info:
            list(openapi_validator(doc).iter_errors())
        assert RemoteReferenceRefused in _chain(info.value), (case, _chain(info.value))
        assert time.monotonic() - started < FAST, case
    time.sleep(0.2)
    assert not recorder.touched, (recorder.connections, recorder.fifo_opened)


def test_the_example_registry_refuses_to_fetch(recorder: Recorder) -> None:
    """The registry the example checks validate with resolves the spec and nothing else."""
    registry = offline_registry({"components": {"schemas": {"S": {"type": "string"}}}})
    local = jsonschema.Draft202012Validator(
        {"$ref": "urn:authgen:spec#/components/schemas/S"}, registry=registry
    )
    assert [e.message for e in local.iter_errors(1)] == ["1 is not of type 'string'"]
    for uri in (f"http://127.0.0.1:{recorder.port}/s.json", recorder.fifo.as_uri()):
        remote = jsonschema.Draft202012Validator({"$ref": uri}, registry=registry)
        with pytest.raises(Exception) as info:
            list(remote.iter_errors(1))
        assert RemoteReferenceRefused in _chain(info.value), (uri, _chain(info.value))
    time.sleep(0.2)
    assert not recorder.touched, (recorder.connections, recorder.fifo_opened)


def test_a_reference_with_credentials_is_refused_without_printing_them(
    recorder: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = f"http://alice:s3cr3t-pw@127.0.0.1:{recorder.port}/common.yaml?token=t0k3n#/User"
    (tmp_path / "spec.yaml").write_text(BASE.replace(USER_REF, f'$ref: "{ref}"'))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["lint", "--spec", "spec.yaml"])
    assert result.exit_code == 1, result.output
    assert f"got 'http://***@127.0.0.1:{recorder.port}/common.yaml?***#/User'" in result.output
    assert "s3cr3t" not in result.output and "t0k3n" not in result.output and "alice" not in result.output
    time.sleep(0.2)
    assert not recorder.touched
