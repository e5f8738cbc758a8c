"""Planted deviations: a proxy in front of the emulator changes one thing in the answers, as a
service that moved away from the spec would, and the run reports exactly that one deviation,
located in the spec (file, line, JSON pointer), with a suggestion where the change is mechanical."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.conformance.report import schema

from .conftest import Environment, conformance, full_options
from .proxy import Answer

SPEC = Path(__file__).resolve().parents[2] / "spec" / "auth-v1.yaml"
LINES = SPEC.read_text(encoding="utf-8").splitlines()


def line_of(*needles: str) -> int:
    """The 1-based line of the last needle, each needle searched after the one before it. (A
    mapping or list is located where its first entry starts, as `authgen lint` locates it.)"""
    index = 0
    for needle in needles:
        index = next(i for i in range(index, len(LINES)) if needle in LINES[i])
    return index + 1


def on(
    method: str, path: str, status: int, change: Callable[[Answer], None]
) -> Callable[[str, str, Answer], Answer]:
    """Apply `change` to every answer of METHOD /auth/v1PATH with this status."""

    def mutate(m: str, p: str, answer: Answer) -> Answer:
        if m == method and p == "/auth/v1" + path and answer.status == status:
            change(answer)
        return answer

    return mutate


def _drop(field: str) -> Callable[[Answer], None]:
    return lambda a: a.body.pop(field)


def _set(field: str, value: Any) -> Callable[[Answer], None]:
    return lambda a: a.body.__setitem__(field, value)


def _status(status: int) -> Callable[[Answer], None]:
    return lambda a: setattr(a, "status", status)


def _rename_error(old: str, new: str) -> Callable[[Answer], None]:
    def change(answer: Answer) -> None:
        if answer.body.get("error") == old:
            answer.body["error"] = new

    return change


def _content_type(value: str) -> Callable[[Answer], None]:
    def change(answer: Answer) -> None:
        answer.headers = {k: v for k, v in answer.headers.items() if k.lower() != "content-type"}
        answer.headers["Content-Type"] = value

    return change


def _active_if_empty(answer: Answer) -> None:
    if answer.body == {}:
        answer.body.update(token_type="Bearer", client_id="emulator-env", sub="someone", scope="user")


def _token_instead(answer: Answer) -> None:
    """Tokens where the spec says invalid_grant (a conforming success body, so only the
    behaviour differs)."""
    answer.status = 200
    answer.body = {"token_type": "Bearer", "access_token": "eyJ.e30.c2ln", "refresh_token": "m.reused",
                   "expires_in": 7200, "scope": "anonymous", "sub": "someone", "groups": []}  # fmt: skip


def _internal_error_with_string_code(answer: Answer) -> None:
    """A 500 (documented for GET /user/provider only by `default`: Error or GatewayError)."""
    answer.status = 500
    answer.body = {"error": "internal", "error_code": "13", "error_description": "internal error"}


@dataclass(frozen=True)
class Case:
    mutate: Callable[[str, str, Answer], Answer]
    kind: str
    operation: str
    pointer: str
    line: int
    suggestion: str | None  # a part of the suggested change, or None for "no suggestion"
    at: str = ""


CASES = {
    "drops a required field": Case(
        on("POST", "/signin/anonymously", 200, _drop("token_type")),
        "missing-field", "signInAnonymously", "/components/schemas/TokenResponse/required",
        line_of("    TokenResponse:", "required: [token_type"), "remove token_type from required", "/token_type",
    ),
    "renames an error code": Case(
        on("POST", "/token", 400, _rename_error("invalid_grant", "invalid_refresh_token")),
        "error-unknown", "grantToken", "/x-error-codes", line_of("x-error-codes:", "  - error: invalid_argument"),
        "add to x-error-codes: {error: invalid_refresh_token, error_code: 4001, status: 400}", "/error",
    ),
    "returns a string for a number": Case(
        on("POST", "/token", 200, lambda a: a.body.__setitem__("expires_in", str(a.body["expires_in"]))),
        "type", "grantToken", "/components/schemas/TokenResponse/properties/expires_in/type",
        line_of("    TokenResponse:", "        expires_in:", "type: integer"), "type: string", "/expires_in",
    ),
    "changes expires_in": Case(
        on("POST", "/signin/anonymously", 200, _set("expires_in", 3600)),
        "lifetime", "signInAnonymously",
        "/paths/~1signin~1anonymously/post/responses/200/content/application~1json/examples/anonymous/value/expires_in",
        line_of("  /signin/anonymously:", "expires_in: 7200"), "expires_in: 3600", "/expires_in",
    ),
    "adds an unknown field": Case(
        on("GET", "/user/me", 200, _set("session_level", "high")),
        "unknown-field", "getUserMe", "/components/schemas/UserProfile/properties",
        line_of("    UserProfile:", "      properties:", "        sub:"), "add session_level (string)", "/session_level",
    ),
    "answers an unexpected status": Case(
        on("GET", "/checkIfUserExist", 200, _status(202)),
        "status", "checkIfUserExist", "/paths/~1checkIfUserExist/get/responses",
        line_of("  /checkIfUserExist:", "      responses:", '"200":'), 'document "202"',
    ),
    # beyond the issue's six
    "changes an error_code": Case(
        on("POST", "/token", 400, _set("error_code", 4002)),
        "error-code", "grantToken", "/x-error-codes/10/error_code",
        line_of("  - error: invalid_grant", "error_code: 4001"), "error_code: 4002", "/error_code",
    ),
    "changes the content type": Case(
        on("GET", "/user/provider", 200, _content_type("text/plain; charset=utf-8")),
        "content-type", "listProviders", "/paths/~1user~1provider/get/responses/200/content",
        line_of("  /user/provider:", "          content:", "application/json:"), "add text/plain",
    ),
    "answers a dead token as live": Case(
        on("GET", "/token/introspect", 200, _active_if_empty),
        "behaviour", "introspectToken",
        "/paths/~1token~1introspect/get/responses/200/content/application~1json/examples/inactive/value",
        line_of("  /token/introspect:", "inactive:", "value: {}"), None,
    ),
    "answers an error with another status": Case(
        on("POST", "/token", 400, _status(401)),
        "error-status", "grantToken",
        "/paths/~1token/post/responses/400/content/application~1json/examples/invalid_grant/value",
        line_of("  /token:", "invalid_grant:", "value: {error: invalid_grant"), 'under "401"',
    ),
    "accepts a spent refresh token": Case(
        on("POST", "/token", 400, _token_instead),
        "behaviour", "grantToken",
        "/paths/~1token/post/responses/400/content/application~1json/examples/invalid_grant/value",
        line_of("  /token:", "invalid_grant:", "value: {error: invalid_grant"), None,
    ),
    "answers an error the operation documents only as default, with a string for a number": Case(
        on("GET", "/user/provider", 200, _internal_error_with_string_code),
        "type", "listProviders", "/components/schemas/Error/properties/error_code/type",
        line_of("    Error:", "        error_code:", "type: integer"), "type: string", "/error_code",
    ),
}  # fmt: skip


# The six of issue 24 (the rest go beyond it); their text reports are checked too.
ISSUE_CASES = list(CASES)[:6]


# The first three in the default run, every case in `nox -s full` (each is a whole conformance run).
@pytest.mark.parametrize(
    "name", [name if i < 3 else pytest.param(name, marks=pytest.mark.full) for i, name in enumerate(CASES)]
)
def test_one_planted_change_is_one_located_deviation(
    name: str, environment: Environment, proxy_factory: Any
) -> None:
    case = CASES[name]
    proxy = proxy_factory(case.mutate)
    result, report = conformance(proxy.url, *full_options(environment), "--format", "json")
    assert report is not None
    jsonschema.Draft202012Validator(schema()).validate(report)
    assert result.exit_code == 1
    assert report["summary"]["verdict"] == "deviates"
    assert len(report["deviations"]) == 1, [(d["kind"], d["message"]) for d in report["deviations"]]
    deviation = report["deviations"][0]
    assert (deviation["kind"], deviation["operation"]) == (case.kind, case.operation)
    assert deviation["spec"]["pointer"] == case.pointer
    assert deviation["spec"]["line"] == case.line
    assert deviation["spec"]["file"].endswith("spec/auth-v1.yaml")
    if case.suggestion is None:
        assert deviation["suggestion"] is None
    else:
        assert case.suggestion in deviation["suggestion"]
    assert deviation["answer"]["at"] == case.at
    assert report["client_failures"] == [] or not any(f["answer_conforms"] for f in report["client_failures"])
    if name not in ISSUE_CASES:
        return
    # the text report names the same place, as file:line and pointer
    text_result, _ = conformance(proxy.url, *full_options(environment))
    assert (
        f"spec/auth-v1.yaml:{case.line}: #{case.pointer} [{case.kind}] {case.operation}" in text_result.stdout
    )


def test_a_promised_header_that_is_missing(environment: Environment, tmp_path: Path) -> None:
    """Headers the spec promises are checked: a copy of the spec promises one on the anonymous
    sign-in's answer, which the emulator (serving the real spec) does not send."""
    anchor = "          description: Signed in; the token's scope is `anonymous`.\n"
    promise = (
        "          headers:\n"
        "            X-Conformance-Promise:\n"
        "              required: true\n"
        "              description: A header no answer carries.\n"
        "              schema: {type: string}\n"
    )
    text = SPEC.read_text(encoding="utf-8")
    assert text.count(anchor) == 1
    spec = tmp_path / "auth-v1.yaml"
    spec.write_text(text.replace(anchor, anchor + promise), encoding="utf-8")
    result, report = conformance(environment.server, "--spec", str(spec), "--format", "json")
    assert report is not None and result.exit_code == 1
    assert len(report["deviations"]) == 1, report["deviations"]
    deviation = report["deviations"][0]
    assert deviation["kind"] == "header" and deviation["operation"] == "signInAnonymously"
    assert (
        deviation["spec"]["pointer"]
        == "/paths/~1signin~1anonymously/post/responses/200/headers/X-Conformance-Promise"
    )
    promised = spec.read_text(encoding="utf-8").splitlines().index("              required: true") + 1
    assert deviation["spec"]["line"] == promised
    assert Path(deviation["spec"]["file"]).resolve() == spec.resolve()
    assert deviation["suggestion"] == "make X-Conformance-Promise optional (required: false)"
