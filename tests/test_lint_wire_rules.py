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
from generator.lint import lint_spec
from generator.loader import load_yaml

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


# --- the other per-operation and document rules (brief M6) --------------------------------
#
# Each test below puts several one-defect changes into one copy of the real spec, each on an
# operation (or catalogue entry) of its own, and expects lint's whole output: every problem's
# level, rule and message with its pointer, in lint's order. One lint run per test (about 1 s
# of CPU), however many defects it holds.


def _problems(doc: dict[str, Any], spec: Path) -> tuple[int, list[tuple[str, str, str]], str]:
    """Lint `doc` written to `spec`: the exit code, every (level, rule, message), the output."""
    _write_spec(doc, spec)
    result = CliRunner().invoke(main, ["lint", "--spec", str(spec)])
    found = [(m["level"], m["rule"], m["msg"]) for m in map(PROBLEM.match, result.output.splitlines()) if m]
    return result.exit_code, found, result.output


def _responses(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    responses: dict[str, Any] = _op(doc, path, method)["responses"]
    return responses


def _json(response: dict[str, Any]) -> dict[str, Any]:
    media: dict[str, Any] = response["content"]["application/json"]
    return media


def _as_text(response: dict[str, Any]) -> None:
    """The response's JSON body becomes text/plain (its example kept)."""
    response["content"]["text/plain"] = response["content"].pop("application/json")


def _first_example(response: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = next(iter(_json(response)["examples"].values()))["value"]
    return value


def _at(path: str, method: str, *rest: str) -> str:
    return "(at /paths/" + path.replace("/", "~1") + f"/{method}" + "".join(f"/{r}" for r in rest) + ")"


def test_response_problems_name_the_response(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """The success and error response rules, one defect per operation: no 2xx response, a
    success body that is not JSON (and a second success response checked past it), an inline
    success schema, a success example missing, no error response at all, error responses none
    of which has a (JSON) example, and error examples naming an error the catalogue lacks (a
    warning, at the example: in a 4xx after a non-JSON one, in a 5xx, in a shared response
    once, and an example that is no mapping). An operation whose only error response is
    `default` is fine, and so is an unknown error name in a `default` response."""
    doc = copy.deepcopy(real_spec)
    _responses(doc, "/user/me", "get").pop("200")
    not_json = _responses(doc, "/user/provider", "get")
    _as_text(not_json["200"])
    not_json["201"] = {"description": "checked past the 200", "content": {"application/json": {"schema": {}}}}
    _json(_responses(doc, "/user/sudo", "post")["200"])["schema"] = {"type": "object"}
    _json(_responses(doc, "/user/signout", "post")["200"]).pop("examples")
    for code in ("400", "default"):
        _responses(doc, "/checkIfUserExist", "get").pop(code)
    _responses(doc, "/plugin/weda/userinfo", "get").pop("401")
    no_example = _responses(doc, "/captcha/data", "post")
    no_example.pop("default")
    _json(no_example["400"]).pop("examples")
    text_only = _responses(doc, "/captcha/data/verify", "post")
    text_only.pop("default")
    _as_text(text_only["400"])
    _first_example(_responses(doc, "/user/me", "delete")["403"])["error"] = "no_such_error"
    after_text = _responses(doc, "/user/password", "patch")
    _as_text(after_text["400"])
    _first_example(after_text["403"])["error"] = "after_text"
    server = _responses(doc, "/qrcode/get/status", "post")
    server["500"] = server.pop("404")
    server.pop("default")
    _first_example(server["500"])["error"] = "server_side"
    _json(_responses(doc, "/user/query", "get")["403"])["examples"]["permission_denied"]["value"] = "denied"
    _first_example(doc["components"]["responses"]["DefaultError"])["error"] = "default_is_free"
    _first_example(doc["components"]["responses"]["Unauthenticated"])["error"] = "shared_once"
    code, found, output = _problems(doc, tmp_path / "spec.yaml")
    assert code == 1, output
    example = ("content", "application~1json", "examples")
    assert found == [
        ("error", "responses", "operation has no 2xx response " + _at("/user/me", "get", "responses")),
        (
            "warning",
            "error-code",
            "error 'no_such_error' is not in x-error-codes "
            + _at("/user/me", "delete", "responses", "403", *example, "permission_denied", "value"),
        ),
        (
            "error",
            "responses",
            "success schema must be a $ref to #/components/schemas/... "
            + _at("/user/sudo", "post", "responses", "200"),
        ),
        (
            "warning",
            "error-code",
            "error 'after_text' is not in x-error-codes "
            + _at("/user/password", "patch", "responses", "403", *example, "permission_denied", "value"),
        ),
        (
            "error",
            "responses",
            "success response must have an application/json body ({} when empty) "
            + _at("/user/provider", "get", "responses", "200"),
        ),
        (
            "error",
            "example-missing",
            "success response has no example " + _at("/user/provider", "get", "responses", "201"),
        ),
        (
            "error",
            "responses",
            "success schema must be a $ref to #/components/schemas/... "
            + _at("/user/provider", "get", "responses", "201"),
        ),
        (
            "error",
            "example-missing",
            "success response has no example " + _at("/user/signout", "post", "responses", "200"),
        ),
        (
            "error",
            "responses",
            "operation documents no error response (4xx, 5xx or default) "
            + _at("/checkIfUserExist", "get", "responses"),
        ),
        (
            "error",
            "example-missing",
            "no error response has an example " + _at("/captcha/data", "post", "responses"),
        ),
        (
            "error",
            "example-missing",
            "no error response has an example " + _at("/captcha/data/verify", "post", "responses"),
        ),
        (
            "warning",
            "error-code",
            "error 'server_side' is not in x-error-codes "
            + _at("/qrcode/get/status", "post", "responses", "500", *example, "not_found", "value"),
        ),
        (
            "error",
            "example-schema",
            "example does not match its schema: 'denied' is not of type 'object' "
            + _at("/user/query", "get", "responses", "403", *example, "permission_denied", "value"),
        ),
        (
            "warning",
            "error-code",
            "error None is not in x-error-codes "
            + _at("/user/query", "get", "responses", "403", *example, "permission_denied", "value"),
        ),
        (
            "warning",
            "error-code",
            "error 'shared_once' is not in x-error-codes (at /components/responses/Unauthenticated/"
            "content/application~1json/examples/unauthenticated/value)",
        ),
    ], output


def test_catalogue_problems_name_the_entry(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """The error catalogue's rules, on entries added after the real ones: an entry that is not
    a mapping, then (checked past it) an entry with no x-source; an error name that is not
    snake_case, or not a string, then (checked past them) a duplicate name; statuses outside
    400-599 (399, 600, a string) beside the edges that are fine (599); a description missing
    or blank. Each problem is at its entry."""
    doc = copy.deepcopy(real_spec)
    entries = doc["x-error-codes"]
    first = len(entries)

    def entry(error: Any, status: Any = 400, **more: Any) -> dict[str, Any]:
        return {"error": error, "status": status, "description": "d", "x-source": "inferred", **more}

    entries += [
        "not a mapping",
        {"error": "no_source", "status": 400, "description": "d"},
        entry("Not-Snake"),
        entry(7),
        entry(entries[0]["error"]),
        entry("below_range", 399),
        entry("above_range", 600),
        entry("top_of_range", 599),
        entry("a_string", "400"),
        {"error": "undescribed", "status": 400, "x-source": "inferred"},
        entry("blank", description=" "),
    ]
    code, found, output = _problems(doc, tmp_path / "spec.yaml")
    assert code == 1, output
    assert found == [
        (
            "error",
            rule,
            f"{message} (at /x-error-codes/{first + index})",
        )
        for index, rule, message in [
            (0, "error-catalogue", "each entry must be a mapping {error, status, description}"),
            (
                1,
                "error-catalogue-source",
                "no_source: x-source must be one of documented, second-hand, inferred (got none)",
            ),
            (2, "error-catalogue", "error must be a snake_case string, got 'Not-Snake'"),
            (3, "error-catalogue", "error must be a snake_case string, got 7"),
            (4, "error-catalogue", f"duplicate error code {entries[0]['error']!r}"),
            (5, "error-catalogue", "below_range: status must be an HTTP error status, got 399"),
            (6, "error-catalogue", "above_range: status must be an HTTP error status, got 600"),
            (8, "error-catalogue", "a_string: status must be an HTTP error status, got '400'"),
            (9, "error-catalogue", "undescribed: no description"),
            (10, "error-catalogue", "blank: no description"),
        ]
    ], output


def test_scheme_kind_and_device_header_problems(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """A security scheme of a kind no client sends (HTTP Digest, declared and unused) is an error
    at the scheme; the device-id rule finds `x-device-id` among the operation's headers wherever
    it is listed (after another, optional, header: fine) and reports it not required at the
    operation."""
    doc = copy.deepcopy(real_spec)
    doc["components"]["securitySchemes"]["digestAuth"] = {"type": "http", "scheme": "digest"}
    params = _op(doc, "/signin/anonymously", "post")["parameters"]
    request_id = next(p for p in params if p.get("$ref") == "#/components/parameters/RequestId")
    params.remove(request_id)
    params.insert(0, request_id)
    optional = _op(doc, "/signin/with/provider", "post")["parameters"]
    optional[:] = [
        {"$ref": "#/components/parameters/DeviceId"}
        if p.get("$ref") == "#/components/parameters/DeviceIdRequired"
        else p
        for p in optional
    ]
    code, found, output = _problems(doc, tmp_path / "spec.yaml")
    assert code == 1, output
    assert found == [
        (
            "error",
            "device-id",
            "/signin/with/provider must require the x-device-id header "
            + _at("/signin/with/provider", "post"),
        ),
        (
            "error",
            "security",
            "security scheme 'digestAuth': no client knows how to send it (use type: http with scheme "
            "bearer or basic, or an apiKey in the Authorization header with x-auth-scheme: "
            "TC3-HMAC-SHA256) (at /components/securitySchemes/digestAuth)",
        ),
    ], output


def test_operation_and_document_problems(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """The document's and each operation's own rules, one defect per operation: no servers, a
    path item given by `$ref`, an operation without operationId, one not camelCase, one taken
    twice (the second named, with the first's line), a blank summary, no description, two
    tags, an undeclared tag (a warning, at the tag)."""
    doc = copy.deepcopy(real_spec)
    doc.pop("servers")
    doc["paths"]["/reset"] = {"$ref": "#/paths/~1signup"}
    _op(doc, "/user/me", "get").pop("operationId")
    _op(doc, "/user/me", "delete")["operationId"] = "delete_user"
    _op(doc, "/user/sudo", "post")["operationId"] = _op(doc, "/signup", "post")["operationId"]
    _op(doc, "/user/password", "patch")["summary"] = " "
    _op(doc, "/user/provider", "get").pop("description")
    _op(doc, "/user/signout", "post")["tags"].append("user")
    _op(doc, "/captcha/data", "post")["tags"] = ["undeclared"]
    spec = tmp_path / "spec.yaml"
    code, found, output = _problems(doc, spec)
    assert code == 1, output
    lines = spec.read_text(encoding="utf-8").splitlines()
    signup = lines.index("  /signup:") + 1
    # an operation's line is its mapping's first line, the one under `post:`
    first = next(n for n, text in enumerate(lines, 1) if n > signup and text == "    post:") + 1
    assert found == [
        ("error", "servers", "no servers: the client cannot know its base URL (at /servers)"),
        ("error", "operation-id", "operation has no operationId " + _at("/user/me", "get")),
        (
            "error",
            "operation-id",
            "operationId 'delete_user' is not camelCase " + _at("/user/me", "delete", "operationId"),
        ),
        (
            "error",
            "operation-id",
            f"duplicate operationId 'signUp' (also at line {first}) "
            + _at("/user/sudo", "post", "operationId"),
        ),
        ("error", "summary", "operation has no summary " + _at("/user/password", "patch")),
        ("error", "description", "operation has no description " + _at("/user/provider", "get")),
        ("error", "tag", "operation must have exactly one tag, has 2 " + _at("/user/signout", "post")),
        (
            "error",
            "path-item-ref",
            "/reset: a $ref'd path item is not supported; write its operations inline (at /paths/~1reset/$ref)",
        ),
        (
            "warning",
            "tag",
            "tag 'undeclared' is not declared in the top-level tags "
            + _at("/captcha/data", "post", "tags", "0"),
        ),
    ], output


def test_empty_responses_without_the_structure_check(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """`lint_spec(structure=False)` (as `authgen generate` calls it, the OpenAPI validation
    running elsewhere) still says an operation with `responses: {}` has no responses, once;
    and a response key neither a status nor `default` (which that validation refuses) is no
    error response: its example's unknown error name is not reported."""
    doc = copy.deepcopy(real_spec)
    _op(doc, "/user/me", "get")["responses"] = {}
    odd = copy.deepcopy(_responses(doc, "/user/me", "delete")["403"])
    _first_example(odd)["error"] = "not_an_error_response"
    _responses(doc, "/user/me", "delete")["XYZ"] = odd
    spec = tmp_path / "spec.yaml"
    _write_spec(doc, spec)
    problems = lint_spec(load_yaml(str(spec)), structure=False)
    assert [(p.rule, p.pointer, p.message) for p in problems] == [
        ("responses", "/paths/~1user~1me/get", "operation has no responses")
    ]


def test_an_empty_error_catalogue_is_no_catalogue(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """`x-error-codes: []` is reported like a missing catalogue, once (and no error example is
    then flagged for naming an error the empty catalogue lacks)."""
    doc = copy.deepcopy(real_spec)
    doc["x-error-codes"] = []
    code, found, output = _problems(doc, tmp_path / "spec.yaml")
    assert code == 1, output
    assert found == [
        ("error", "error-catalogue", "no error catalogue: add x-error-codes at the root (at /x-error-codes)")
    ], output
