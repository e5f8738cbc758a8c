"""`authgen conformance` against the emulator (a real server on loopback): the emulator follows
the spec, so a run reports nothing, in every format, with and without writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from generator.conformance.contract import load_contract
from generator.conformance.plan import STEPS, Effect
from generator.conformance.report import schema

from .conftest import CodeTyper, Environment, conformance, full_options

SPEC = Path(__file__).resolve().parents[2] / "spec" / "auth-v1.yaml"


def _validate(report: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema()).validate(report)


def test_read_only_run_reports_nothing(environment: Environment, proxy_factory: Any) -> None:
    proxy = proxy_factory()
    result, report = conformance(proxy.url, *full_options(environment), "--format", "json")
    assert report is not None
    assert report["deviations"] == [], report["deviations"]
    assert report["client_failures"] == []
    assert report["summary"]["verdict"] == "conforms", [
        s for s in report["steps"] if s["outcome"] == "failed"
    ]
    assert result.exit_code == 0
    _validate(report)
    ran = {s["id"] for s in report["steps"] if s["outcome"] == "ok"}
    # every step that needs no address and no --allow-writes ran, and succeeded
    assert ran == {s.id for s in STEPS if "contact" not in s.needs and s.effect is not Effect.WRITE}
    assert {s["id"] for s in report["steps"] if s["outcome"] == "skipped"} == {
        s.id for s in STEPS if "contact" in s.needs
    }
    assert report["summary"]["requests"] == len(proxy.requests)
    statuses = {(e["operation"], tuple(e["statuses"])) for e in report["operations"]}
    assert ("grantToken", (200, 400)) in statuses  # the spent refresh token's invalid_grant was checked too
    assert ("getUserMe", (200, 401)) in statuses


def test_text_and_markdown_say_the_same(environment: Environment) -> None:
    result, _ = conformance(environment.server, "--format", "text")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith("conforms: 0 deviations in ")
    result, _ = conformance(environment.server, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert "**Verdict: conforms**" in result.stdout
    assert "## Deviations\n\nNone." in result.stdout


def test_writes_run_only_with_allow_writes_and_are_listed(
    environment: Environment, proxy_factory: Any
) -> None:
    proxy = proxy_factory()
    address = "conformance-writes@example.com"
    typer = CodeTyper(environment.server, address)
    result, report = conformance(
        proxy.url, *full_options(environment), "--allow-writes", "--email", address, "--format", "json",
        input=typer,
    )  # fmt: skip
    assert report is not None, result.output
    assert report["deviations"] == [] and report["client_failures"] == []
    assert result.exit_code == 0
    _validate(report)
    assert all(s["outcome"] == "ok" for s in report["steps"]), report["steps"]
    assert [w["step"] for w in report["writes"]] == [s.id for s in STEPS if s.effect is Effect.WRITE]
    assert report["summary"]["writes"] == 5
    sent = [(r.method, r.path) for r in proxy.requests]
    assert ("POST", "/auth/v1/signup") in sent and ("DELETE", "/auth/v1/user/me") in sent
    assert len(typer.typed) == 1  # the one code was asked for, and typed
    # the throw-away account is gone again: its address signs nothing in
    deleted = next(s for s in report["steps"] if s["id"] == "account.sign-in-deleted")
    assert deleted["status"] == 400


def test_a_spec_without_a_planned_operation_skips_its_step(
    environment: Environment, proxy_factory: Any, tmp_path: Path
) -> None:
    """An older spec (here: one without GET /checkIfUserExist) is checked with what it has."""
    lines = SPEC.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("  /checkIfUserExist:\n")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("  /"))
    spec = tmp_path / "older.yaml"
    spec.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    proxy = proxy_factory()
    result, report = conformance(proxy.url, "--spec", str(spec), "--format", "json")
    assert report is not None and result.exit_code == 0, result.output
    step = next(s for s in report["steps"] if s["id"] == "anonymous.username-free")
    assert step["outcome"] == "skipped" and step["note"] == "the spec has no operation checkIfUserExist"
    assert all(r.path != "/auth/v1/checkIfUserExist" for r in proxy.requests)


def test_every_step_comes_from_a_cookbook_flow_and_calls_an_operation_of_the_spec() -> None:
    import yaml

    cookbook = yaml.safe_load((SPEC.parent / "cookbook.yaml").read_text(encoding="utf-8"))
    flows = {s["id"]: {step.get("operation") for step in s["steps"]} for s in cookbook["scenarios"]}
    operations = set(load_contract(SPEC).operations)
    for step in STEPS:
        assert step.flow in flows, step.id
        assert step.operation in flows[step.flow], (step.id, step.flow)  # the flow has that call
        assert step.operation in operations, step.id
    assert len({s.id for s in STEPS}) == len(STEPS)
