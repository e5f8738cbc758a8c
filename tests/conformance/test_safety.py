"""Safe by default: no write without --allow-writes (a recording proxy sees every request),
--plan calls nothing, no secret in any report, log line or message, a bounded request rate,
and bad input refused in one line."""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from cloudbase_auth import CloudBaseAuth

from generator.conformance.contract import load_contract
from generator.conformance.plan import STEPS, Effect
from generator.conformance.redact import Redactor
from generator.conformance.transport import RateLimit, RecordingTransport, RefusedRequest

from .conftest import ENV, CodeTyper, Environment, conformance, full_options
from .proxy import Answer, Proxy

SPEC = Path(__file__).resolve().parents[2] / "spec" / "auth-v1.yaml"

# What a run may send without --allow-writes: reads, and sessions of its own users.
READ_AND_SESSION = {
    ("POST", "/auth/v1/signin/anonymously"),
    ("GET", "/auth/v1/user/me"),
    ("GET", "/auth/v1/token/introspect"),
    ("POST", "/auth/v1/token"),
    ("GET", "/auth/v1/checkIfUserExist"),
    ("GET", "/auth/v1/user/provider"),
    ("POST", "/auth/v1/user/signout"),
    ("POST", "/auth/v1/revoke"),
    ("POST", "/auth/v1/signin/custom"),
    ("POST", "/auth/v1/token/clientCredential"),
    ("GET", "/auth/v1/user/query"),
}


def test_no_write_is_sent_without_allow_writes(environment: Environment, proxy_factory: Any) -> None:
    proxy = proxy_factory()
    # an address is given, but not --allow-writes: the account steps must not run
    result, report = conformance(
        proxy.url, *full_options(environment), "--email", "nobody@example.com", "--format", "json"
    )
    assert report is not None and result.exit_code == 0, result.output
    sent = {(r.method, r.path) for r in proxy.requests}
    assert sent == READ_AND_SESSION  # every read-only call was made, and nothing else
    assert report["writes"] == [] and report["summary"]["writes"] == 0
    assert all(s["outcome"] == "skipped" for s in report["steps"] if s["id"].startswith("account."))


def test_plan_calls_nothing_and_lists_the_writes(environment: Environment, proxy_factory: Any) -> None:
    proxy = proxy_factory()
    args = [*full_options(environment), "--allow-writes", "--email", "me@example.com", "--plan"]
    result, _ = conformance(proxy.url, *args)
    assert result.exit_code == 0, result.output
    assert proxy.requests == []
    writes = [s.id for s in STEPS if s.effect is Effect.WRITE]
    assert f"writes: {', '.join(writes)}" in result.stdout
    assert "nothing is called now" in result.stdout
    result, _ = conformance(proxy.url, *args, "--format", "json")
    plan = json.loads(result.stdout)
    assert proxy.requests == []
    assert [s["id"] for s in plan["steps"] if s["runs"]] == [s.id for s in STEPS]
    assert "resetPassword" in plan["never_called"] and "signInAnonymously" not in plan["never_called"]
    # without options, only the anonymous steps would run, at the default rate
    result, _ = conformance(proxy.url, "--plan", "--format", "json")
    bare = json.loads(result.stdout)
    assert {s["id"].split(".")[0] for s in bare["steps"] if s["runs"]} == {"anonymous", "revoke"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--env", "a/b"], "Error: --env/--region: env_id may only hold letters, digits, '-' and '_'"),
        (["--env", ""], "Error: --env/--region: env_id must be a non-empty string"),
        (["--env", ENV, "--region", "mars"], "Error: --env/--region: unknown region 'mars'"),
        (["--env", ENV, "--base-url", "ftp://example.com/auth/v1"], "Error: --base-url/--env: base_url must be an absolute http(s) URL"),
    ],
    ids=["env-with-slash", "empty-env", "unknown-region", "ftp-base-url"],
)  # fmt: skip
@pytest.mark.parametrize("plan", [True, False], ids=["plan", "run"])
def test_options_the_client_refuses_stop_a_plan_as_they_stop_a_run(
    args: list[str], message: str, plan: bool
) -> None:
    # Nothing is reachable at these addresses: a run that got past the check would fail later,
    # with another message (or, for the gateway, try the network).
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["conformance", *args, *(["--plan"] if plan else []), "--rate", "0"])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().startswith(message) and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_a_plan_reads_no_key_file() -> None:
    from click.testing import CliRunner

    from generator.cli import main

    args = ["conformance", "--env", ENV, "--credentials", "/nonexistent/tcb_custom_login.json", "--plan"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "custom" in result.stdout


def test_default_rate_is_a_few_per_second(environment: Environment) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["conformance", "--env", ENV, "--plan", "--format", "json"])
    assert json.loads(result.stdout)["rate"] == 4.0


def test_rate_limit_spaces_requests() -> None:
    """Counted, not timed: 9 requests at 3 a second sleep 8 times, 1/3 s each, on a fake clock."""
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limit = RateLimit(3, clock=lambda: now[0], sleep=sleep)
    for _ in range(9):
        limit.wait()
    assert len(slept) == 8 and all(abs(s - 1 / 3) < 1e-9 for s in slept)
    now[0] += 10  # a pause longer than the interval needs no sleep
    limit.wait()
    assert len(slept) == 8
    unlimited = RateLimit(0, clock=lambda: now[0], sleep=sleep)
    for _ in range(5):
        unlimited.wait()
    assert len(slept) == 8


def test_the_transport_refuses_calls_outside_the_plan() -> None:
    """A write asked for by mistake never reaches the network (unit test: a mock transport)."""
    contract = load_contract(SPEC)
    reached: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        reached.append(request.url.path)
        return httpx.Response(200, json={"token_type": "Bearer", "access_token": "a.b.c", "expires_in": 7200})

    transport = RecordingTransport(
        contract, "/auth/v1", frozenset({"getUserMe", "signInAnonymously"}),
        Redactor(contract.secret_names, contract.declared_names), RateLimit(0), httpx.MockTransport(handler),
    )  # fmt: skip
    client = CloudBaseAuth(ENV, base_url="http://127.0.0.1:9/auth/v1", transport=transport, max_retries=0)
    with pytest.raises(RefusedRequest, match="deleteUserMe"):
        client.set_session({"access_token": "a.b.c", "expires_in": 7200})
        client.delete_user_me(sudo_token="sudo.secret-value")
    with pytest.raises(RefusedRequest, match="signUp"):
        client.sign_up(verification_token="vt.x", email="a@example.com", password="Passw0rd!x")
    assert reached == [] and transport.exchanges == []
    client.sign_in_anonymously()
    assert reached == ["/auth/v1/signin/anonymously"]


SECRET_FIELDS = {
    "access_token", "refresh_token", "id_token", "password", "new_password", "old_password",
    "confirm_password", "ticket", "token", "verification_code", "verification_token", "sudo_token",
}  # fmt: skip


def _secrets_of(proxy: Proxy, environment: Environment, typed: list[str]) -> set[str]:
    """Every secret the run sent or received, read from what the proxy saw."""
    found = {environment.secret_key, environment.private_key.strip(), *typed}
    found |= {line for line in environment.private_key.splitlines() if len(line) > 20}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in SECRET_FIELDS and isinstance(item, str):
                    found.add(item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for record in proxy.requests:
        authorization = next((v for k, v in record.headers.items() if k.lower() == "authorization"), None)
        if authorization:
            found.add(authorization)
            found.add(authorization.split(" ", 1)[1])
            if authorization.lower().startswith("basic "):
                found.update(base64.b64decode(authorization.split(" ", 1)[1]).decode().split(":"))
        found.update(v for k, v in record.query if k in SECRET_FIELDS)
        for raw in (record.body, record.answer):
            with contextlib.suppress(ValueError):
                walk(json.loads(raw))
    return {s for s in found if len(s) >= 6}


def _leaks(text: str, secrets: set[str]) -> list[str]:
    leaked = []
    for secret in secrets:
        if len(secret) >= 8:
            if secret in text:
                leaked.append(secret[:12] + "...")
        elif re.search(rf"(?<![0-9A-Za-z]){re.escape(secret)}(?![0-9A-Za-z])", text):
            leaked.append(secret)
    return leaked


def _echoing(proxy_ref: list[Proxy]) -> Any:
    """A service that echoes secrets where nobody expects them: the refresh token it was sent
    in an error message, a new refresh token (one the run never sends back) and the signed
    Authorization header of the administrator token's request in fields the spec does not know."""

    def mutate(method: str, path: str, answer: Answer) -> Answer:
        if method == "POST" and path == "/auth/v1/token/clientCredential" and answer.status == 200:
            sent = proxy_ref[0].requests[-1].headers
            answer.body["debug_echo"] = next(v for k, v in sent.items() if k.lower() == "authorization")
        if method == "POST" and path == "/auth/v1/token":
            if answer.status == 400:
                sent = json.loads(proxy_ref[0].requests[-1].body)
                answer.body["error_description"] = f"refresh token {sent['refresh_token']} was already used"
            elif answer.status == 200:
                answer.body["debug_echo"] = answer.body["refresh_token"]
        return answer

    return mutate


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_no_secret_in_reports_logs_or_messages(
    fmt: str, environment: Environment, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    holder: list[Proxy] = []
    with Proxy(environment.server, _echoing(holder)) as proxy:
        holder.append(proxy)
        address = f"secrets-{fmt}@example.com"
        typer = CodeTyper(environment.server, address)
        out = tmp_path / f"report.{fmt}"
        args = [
            *full_options(environment),
            "--allow-writes",
            "--email",
            address,
            "--verbose",
            "--format",
            fmt,
        ]
        result, _ = conformance(proxy.url, *args, "--out", str(out), input=typer)
        printed, _ = conformance(proxy.url, *args, input=CodeTyper(environment.server, address))
        secrets = _secrets_of(proxy, environment, typer.typed)
    report = out.read_text(encoding="utf-8")
    assert result.exit_code == 1, result.output  # the echoed secret is an unknown field: a deviation
    assert "debug_echo" in report and "[REDACTED]" in report
    assert "anonymous.sign-in" in caplog.text and "HTTP Request" in caplog.text  # the logs were captured
    assert len(secrets) > 20
    for where, text in (
        ("report", report),
        ("stdout and stderr", result.output),
        ("printed report", printed.output),
        ("logs", caplog.text),
    ):
        assert _leaks(text, secrets) == [], where


def test_hostile_service_text_stays_text(environment: Environment) -> None:
    """An error name with a newline, backticks and HTML is one line in the text report and code
    in the Markdown one."""
    hostile = "bad\nname`` <script>alert(1)</script> | ### x"

    def mutate(method: str, path: str, answer: Answer) -> Answer:
        if method == "POST" and path == "/auth/v1/token" and answer.status == 400:
            answer.body["error"] = hostile
        return answer

    with Proxy(environment.server, mutate) as proxy:
        text, _ = conformance(proxy.url)
        markdown, _ = conformance(proxy.url, "--format", "markdown")
    lines = [x for x in text.stdout.splitlines() if "[error-unknown]" in x]
    assert len(lines) == 1 and "error bad name`` <script>alert(1)</script> | ### x is not" in lines[0]
    assert "<script>" in markdown.stdout
    assert "<script>" not in _outside_code(markdown.stdout)


def _outside_code(markdown: str) -> str:
    """The Markdown text that is neither in a fenced block nor in a code span."""
    out, fence = [], ""
    for line in markdown.splitlines():
        opening = re.match(r"^(`{3,})", line)
        if fence:
            if line.strip() == fence:
                fence = ""
            continue
        if opening:
            fence = opening.group(1)
            continue
        out.append(re.sub(r"(`+)(.+?)\1", "", line))
    return "\n".join(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--secret-id", "AKID"], "give --secret-id and --secret-key together"),
        (["--email", "a@example.com", "--phone-number", "+86 13800000000"], "not both"),
        (["--credentials", "/nonexistent/tcb_custom_login.json"], "--credentials /nonexistent/tcb_custom_login.json: no such file"),
        (["--spec", "/nonexistent/spec.yaml"], "spec file not found"),
        (["--base-url", "ftp://example.com/auth/v1"], "--base-url/--env: base_url must be an absolute http(s) URL"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str, environment: Environment) -> None:
    result, _ = conformance(environment.server, *args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_fifo_as_the_key_file_or_the_spec_is_refused_without_reading_it(
    environment: Environment, tmp_path: Path
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # a read of it would wait for a writer forever
    result, _ = conformance(environment.server, "--credentials", str(fifo))
    assert result.exit_code == 2
    assert f"--credentials {fifo}: not a regular file (a FIFO, socket or device)" in result.stderr
    result, _ = conformance(environment.server, "--spec", str(fifo))
    assert result.exit_code == 2
    assert "not a regular file (a FIFO, socket or device), expected a spec file" in result.stderr


def test_a_key_file_that_is_not_json_is_refused(environment: Environment, tmp_path: Path) -> None:
    bad = tmp_path / "tcb_custom_login.json"
    bad.write_text("-----BEGIN PRIVATE KEY-----\nnot json\n", encoding="utf-8")
    result, _ = conformance(environment.server, "--credentials", str(bad))
    assert result.exit_code == 2 and f"--credentials {bad}: not JSON" in result.stderr
    assert "PRIVATE KEY" not in result.output


def test_an_unreachable_service_is_incomplete_not_conforming(unused_port: int) -> None:
    result, report = conformance(f"http://127.0.0.1:{unused_port}", "--format", "json", "--timeout", "5")
    assert report is not None
    assert result.exit_code == 2 and report["summary"]["verdict"] == "incomplete"
    first = report["steps"][0]
    assert first["outcome"] == "failed" and first["note"].startswith("no answer")
    assert report["deviations"] == []


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port
