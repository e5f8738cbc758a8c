"""Lint's wire rules on one-defect copies of the real spec (issue 28 item 11, the generator
bullets): a request body without an example, anonymous access beside Bearer and Basic on the
consent-screen read, `/token/introspect` no longer Bearer-only, and the second case next to
each (a success response without an example, Basic beside Bearer on a /user/ path, Bearer
missing from the Bearer-or-Basic operation). Each defect must give exit 1 and one located
`[rule]` line naming what is wrong; the untouched spec is clean (tests/test_lint.py)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main

REAL_SPEC = Path(__file__).resolve().parent.parent / "spec" / "auth-v1.yaml"
PROBLEM = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+): (?P<level>error|warning) \[(?P<rule>[a-z0-9-]+)\] (?P<msg>.*)$"
)
# libyaml's loader and dumper where PyYAML has them: the pure-Python ones cost about 1 s of CPU a
# test on the real spec (a lint mutant runs every one of these tests). The written file differs
# only in where long strings fold; lint reads it back as the same document.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _write_spec(doc: dict[str, Any], spec: Path) -> None:
    spec.write_text(yaml.dump(doc, Dumper=DUMPER, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _op(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"][path][method]
    return op


def _drop_request_example(doc: dict[str, Any]) -> None:
    media = _op(doc, "/signin", "post")["requestBody"]["content"]["application/json"]
    media.pop("examples", None)
    media.pop("example", None)


def _drop_success_example(doc: dict[str, Any]) -> None:
    media = _op(doc, "/user/me", "get")["responses"]["200"]["content"]["application/json"]
    media.pop("examples", None)
    media.pop("example", None)


def _security(
    path: str, method: str, security: list[dict[str, list[str]]]
) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        _op(doc, path, method)["security"] = security

    return change


# case -> (the one defect, the rule and message phrase lint must report)
CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    "request body without an example": (
        _drop_request_example,
        "example-missing",
        "request body has no example",
    ),
    "success response without an example": (
        _drop_success_example,
        "example-missing",
        "success response has no example",
    ),
    "authorize/info also anonymous": (
        _security("/user/authorize/info", "get", [{"bearerAuth": []}, {"clientBasic": []}, {}]),
        "security",
        "/user/authorize/info needs basic or bearer, never no auth",
    ),
    "authorize/info anonymous first": (
        _security("/user/authorize/info", "get", [{}, {"bearerAuth": []}, {"clientBasic": []}]),
        "security",
        "/user/authorize/info needs basic or bearer, never no auth",
    ),
    "authorize/info Bearer only (Basic gone)": (
        _security("/user/authorize/info", "get", [{"bearerAuth": []}]),
        "security",
        "/user/authorize/info needs basic or bearer",
    ),
    "introspect also Basic": (
        _security("/token/introspect", "get", [{"bearerAuth": []}, {"clientBasic": []}]),
        "security",
        "/token/introspect needs the bearer token and nothing else",
    ),
    "introspect also anonymous": (
        _security("/token/introspect", "get", [{"bearerAuth": []}, {}]),
        "security",
        "/token/introspect needs the bearer token and nothing else",
    ),
    "introspect Basic instead": (
        _security("/token/introspect", "get", [{"clientBasic": []}]),
        "security",
        "/token/introspect needs the bearer token and nothing else",
    ),
    "an empty security list": (
        _security("/signin", "post", []),
        "security",
        "security must be a non-empty list of alternatives",
    ),
    "a /user/ path also Basic": (
        _security("/user/me", "get", [{"bearerAuth": []}, {"clientBasic": []}]),
        "security",
        "/user/me needs the bearer token and nothing else",
    ),
}


@pytest.fixture(scope="module")
def real_spec() -> dict[str, Any]:
    """The real spec, parsed once for the module; each test changes a deep copy of it."""
    doc: dict[str, Any] = yaml.load(REAL_SPEC.read_text(encoding="utf-8"), Loader=LOADER)
    return doc


@pytest.mark.parametrize("case", sorted(CASES))
def test_lint_reports_the_wire_rule_broken(case: str, real_spec: dict[str, Any], tmp_path: Path) -> None:
    change, rule, phrase = CASES[case]
    doc = copy.deepcopy(real_spec)
    change(doc)
    spec = tmp_path / "spec.yaml"
    _write_spec(doc, spec)
    result = CliRunner().invoke(main, ["lint", "--spec", str(spec)])
    assert result.exit_code == 1, result.output
    problems = [m for m in map(PROBLEM.match, result.output.splitlines()) if m]
    assert [(m["level"], m["rule"]) for m in problems] == [("error", rule)], result.output
    assert phrase in problems[0]["msg"], result.output
    assert int(problems[0]["line"]) > 0  # located in the file


@pytest.mark.parametrize(
    ("security", "written", "pointer"),
    [
        ([], "security: []", "/paths/~1signin/post/security"),
        ([{"noSuchScheme": []}], "- noSuchScheme: []", "/paths/~1signin/post/security/0/noSuchScheme"),
    ],
)
def test_a_security_problem_points_at_the_security_line(
    security: list[dict[str, list[str]]],
    written: str,
    pointer: str,
    real_spec: dict[str, Any],
    tmp_path: Path,
) -> None:
    """The problem names the line of the faulty `security` entry itself and its pointer, not the
    operation's (a user goes straight to the line to fix)."""
    doc = copy.deepcopy(real_spec)
    _security("/signin", "post", security)(doc)
    spec = tmp_path / "spec.yaml"
    _write_spec(doc, spec)
    lines = spec.read_text(encoding="utf-8").splitlines()
    (line,) = [n for n, text in enumerate(lines, 1) if text.strip() == written]
    result = CliRunner().invoke(main, ["lint", "--spec", str(spec)])
    (problem,) = [m for m in map(PROBLEM.match, result.output.splitlines()) if m]
    assert int(problem["line"]) == line, result.output
    assert problem["msg"].endswith(f"(at {pointer})"), result.output


def _verification_body(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    """A change to the JSON media of `POST /verification`'s request body (its schema's Go name
    clashes with nothing when inlined, unlike `/signin`'s)."""

    def apply(doc: dict[str, Any]) -> None:
        change(_op(doc, "/verification", "post")["requestBody"]["content"])

    return apply


def _form_instead_of_json(content: dict[str, Any]) -> None:
    content["application/x-www-form-urlencoded"] = content.pop("application/json")


def _inline_schema(content: dict[str, Any]) -> None:
    content["application/json"]["schema"] = {
        "type": "object",
        "properties": {"phone_number": {"type": "string"}},
    }


def _no_example(content: dict[str, Any]) -> None:
    content["application/json"].pop("examples", None)
    content["application/json"].pop("example", None)


@pytest.mark.parametrize(
    ("change", "rule", "message"),
    [
        (_form_instead_of_json, "request-body", "request body must be application/json"),
        (_inline_schema, "request-body", "request body schema must be a $ref to #/components/schemas/..."),
        (_no_example, "example-missing", "request body has no example"),
    ],
    ids=["not JSON", "inline schema", "no example"],
)
def test_a_request_body_problem_points_at_the_request_body(
    change: Callable[[dict[str, Any]], None],
    rule: str,
    message: str,
    real_spec: dict[str, Any],
    tmp_path: Path,
) -> None:
    """Each request-body rule: exit 1, one error of its rule with its whole message, at the
    `requestBody` of the operation (its pointer, and the line under `requestBody:`), not at the
    operation."""
    doc = copy.deepcopy(real_spec)
    _verification_body(change)(doc)
    spec = tmp_path / "spec.yaml"
    _write_spec(doc, spec)
    lines = spec.read_text(encoding="utf-8").splitlines()
    (operation,) = [n for n, text in enumerate(lines, 1) if text == "  /verification:"]
    body_line = next(n for n, text in enumerate(lines, 1) if n > operation and text.strip() == "requestBody:")
    result = CliRunner().invoke(main, ["lint", "--spec", str(spec)])
    assert result.exit_code == 1, result.output
    (problem,) = [m for m in map(PROBLEM.match, result.output.splitlines()) if m]
    assert (problem["level"], problem["rule"]) == ("error", rule), result.output
    assert problem["msg"] == f"{message} (at /paths/~1verification/post/requestBody)", result.output
    assert int(problem["line"]) in (body_line, body_line + 1), result.output


@pytest.mark.parametrize(
    ("path", "method", "security", "message"),
    [
        (
            "/user/me",
            "get",
            [{"bearerAuth": []}, {"clientBasic": []}],
            "/user/me needs the bearer token and nothing else",
        ),
        (
            "/user/authorize/info",
            "get",
            [{"bearerAuth": []}, {"clientBasic": []}, {}],
            "/user/authorize/info needs basic or bearer, never no auth",
        ),
    ],
    ids=["bearer-only path", "bearer-or-basic path"],
)
def test_a_path_security_problem_points_at_the_operations_security(
    path: str,
    method: str,
    security: list[dict[str, list[str]]],
    message: str,
    real_spec: dict[str, Any],
    tmp_path: Path,
) -> None:
    """The per-path security rules name the operation's `security` (its pointer, and its line or
    the one under it), with the rule's whole message."""
    doc = copy.deepcopy(real_spec)
    _security(path, method, security)(doc)
    spec = tmp_path / "spec.yaml"
    _write_spec(doc, spec)
    lines = spec.read_text(encoding="utf-8").splitlines()
    (at,) = [n for n, text in enumerate(lines, 1) if text == f"  {path}:"]
    key = next(n for n, text in enumerate(lines, 1) if n > at and text.strip() == "security:")
    result = CliRunner().invoke(main, ["lint", "--spec", str(spec)])
    assert result.exit_code == 1, result.output
    (problem,) = [m for m in map(PROBLEM.match, result.output.splitlines()) if m]
    assert (problem["level"], problem["rule"]) == ("error", "security"), result.output
    pointer = "/paths/" + path.replace("/", "~1") + f"/{method}/security"
    assert problem["msg"] == f"{message} (at {pointer})", result.output
    assert int(problem["line"]) in (key, key + 1), result.output


def test_a_request_body_by_ref_is_checked_where_it_points(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """A `requestBody: {$ref: '#/components/requestBodies/...'}` is read through the ref: clean
    as it is, and its missing example reported (the real spec writes every body inline)."""
    doc = copy.deepcopy(real_spec)
    op = _op(doc, "/verification", "post")
    doc["components"].setdefault("requestBodies", {})["VerificationBody"] = op["requestBody"]
    op["requestBody"] = {"$ref": "#/components/requestBodies/VerificationBody"}
    spec = tmp_path / "spec.yaml"
    _write_spec(doc, spec)
    clean = CliRunner().invoke(main, ["lint", "--spec", str(spec), "--fail-on-warning"])
    assert (clean.exit_code, clean.output) == (0, f"{spec}: ok\n"), clean.output
    _no_example(doc["components"]["requestBodies"]["VerificationBody"]["content"])
    _write_spec(doc, spec)
    result = CliRunner().invoke(main, ["lint", "--spec", str(spec)])
    assert result.exit_code == 1, result.output
    (problem,) = [m for m in map(PROBLEM.match, result.output.splitlines()) if m]
    assert (problem["rule"], problem["msg"]) == (
        "example-missing",
        "request body has no example (at /paths/~1verification/post/requestBody)",
    ), result.output
