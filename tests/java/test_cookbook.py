"""Every cookbook page's Java code, as printed, compiles (all pages in one javac run, against the
generated client) and runs the page's flow against the emulator. The blocks of a page, in order,
are one method's body (the first block starts with the imports); only the page's top values are
replaced (env, baseUrl and, where the page has them, the key file and the API key pair), here by
system properties so that one compilation serves every run. Prompts are answered from the
emulator's control API, as tests/cookbook answers the curl, Python and Go versions."""

from __future__ import annotations

import json
import os
import re
import selectors
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from cookbook.answers import Answers, prepare
from cookbook.support import COOKBOOK, blocks
from cookbook.test_against_emulator import (
    ENV_ID,
    OTHER_PROMPTS,
    SCENARIOS,
    _before,
    _key_pair,
    _provision_account,
    _variables,
)

from generator.targets.java.javatext import java_string
from generator.targets.java.snippets import BODY_MARKER

from .conftest import FAST_JVM, JavaProject, javac, tool

# The top values a test replaces (page variable -> system property).
REPLACED = ("env", "baseUrl", "credentialsFile", "secretId", "secretKey")


def class_name(scenario_id: str) -> str:
    return "Page_" + re.sub(r"[^A-Za-z0-9]", "_", scenario_id)


def program(page: Path, name: str) -> str:
    """The page's Java blocks as one class with a main method, its top values read from system properties."""
    code = blocks(page, "java")
    assert code, f"{page.name} shows no Java code"
    head, marker, setup = code[0].partition(BODY_MARKER)
    assert marker, f"{page.name}: the Java setup has no {BODY_MARKER!r} line"
    body = "\n".join([setup, *code[1:]])
    for variable in REPLACED:
        body, count = re.subn(
            rf"^String {variable} = .*;.*$",
            f"String {variable} = System.getProperty({java_string('page.' + variable)});",
            body,
            count=1,
            flags=re.M,
        )
        assert count == 1 or variable not in ("env", "baseUrl"), (
            f"{page.name}: the Java code sets no {variable}"
        )
    indented = "\n".join("        " + line if line else "" for line in body.strip().splitlines())
    return f"{head.strip()}\n\npublic class {name} {{\n    public static void main(String[] args) throws Exception {{\n{indented}\n    }}\n}}\n"


@pytest.fixture(scope="module")
def pages(java_project: JavaProject, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every page compiled in one javac run."""
    sources = tmp_path_factory.mktemp("pages-src")
    files = []
    for scenario in SCENARIOS:
        name = class_name(scenario.id)
        path = sources / f"{name}.java"
        path.write_text(program(COOKBOOK / f"{scenario.id}.md", name), encoding="utf-8")
        files.append(path)
    classes = tmp_path_factory.mktemp("pages-classes")
    javac(files, java_project.classpath, classes)
    return classes


def run_answering(
    command: list[str], answers: Answers, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the page, typing an answer whenever it prints a prompt (`...: ` without a newline)."""
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
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
                proc.stdin.write(answers.wait(line.decode()).encode() + b"\n")
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
def test_java_equivalent_runs_against_the_emulator(
    scenario: Any, pages: Path, java_project: JavaProject, emulator_server: str, tmp_path: Path
) -> None:
    if "account" in scenario.given:
        _provision_account(emulator_server, scenario)
    _before(emulator_server, scenario)
    values = {"env": ENV_ID, "baseUrl": f"{emulator_server}/auth/v1"}
    variables = _variables(scenario)
    if "credentialsFile" in variables:
        credentials = httpx.get(f"{emulator_server}/emulator/v1/custom-login-credentials", timeout=10).json()
        key_file = tmp_path / "tcb_custom_login.json"
        key_file.write_text(json.dumps(credentials), encoding="utf-8")
        values["credentialsFile"] = str(key_file)
    if "secretId" in variables:
        pair = _key_pair(emulator_server)
        values |= {"secretId": pair["secret_id"], "secretKey": pair["secret_key"]}
    prepare(emulator_server, scenario, None)
    answers = Answers(emulator_server, scenario, OTHER_PROMPTS)
    command = [tool("java"), *FAST_JVM, "-cp", f"{pages}{os.pathsep}{java_project.classpath}"]
    command += [f"-Dpage.{k}={v}" for k, v in values.items()] + [class_name(scenario.id)]
    done = run_answering(command, answers)
    assert done.returncode == 0, f"{done.stderr[-3000:]}\n--- stdout:\n{done.stdout[-2000:]}"
    assert answers.index == len(answers.asks), "every prompt was answered"


def test_the_verify_page_shows_the_cached_verifier() -> None:
    """The `verify: true` step is the Java client's TokenVerifier (the hook), not the plain
    introspection call every target falls back to; what it captures is the verified token's."""
    code = "\n".join(blocks(COOKBOOK / "verify-caller-token.md", "java"))
    assert "verifier = TokenVerifier.builder(client).maxTtl(Duration.ofMinutes(1)).build();" in code
    assert "verified = verifier.verify(callerToken);" in code
    assert "userId = verified.sub();" in code and "callerScope = verified.scope();" in code
    assert "introspectToken(" not in code
