"""Every shared vector, run through the public Python client (sync and async).

REQUEST cases: what the client sends must be exactly the case's request (method, raw path,
query pairs, the headers that must be there and those that must not, the JSON body).
RESPONSE cases: the documented answer must become the case's typed result (and session) or its
error class with its fields.
"""

from __future__ import annotations

import json
import re
from typing import Any

import cloudbase_auth
import pytest

from generator.targets.python.names import class_name

from .runner import MODES, api, cases, files, run, status_class


def _ids(pairs: list[tuple[str, dict[str, Any]]]) -> list[str]:
    return [case["name"] for _op, case in pairs]


REQUESTS = cases("requests")
RESPONSES = cases("responses")


def _success_answer(op_id: str) -> dict[str, Any]:
    """Any answer the call accepts: the operation's first documented success example."""
    success = api().operation(op_id).success
    body = success.examples[0].value if success.examples else {}
    return {"status": int(success.status), "headers": {"content-type": "application/json"}, "body": body}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("op_id", "case"), REQUESTS, ids=_ids(REQUESTS))
def test_request(op_id: str, case: dict[str, Any], mode: str) -> None:
    if "unsupported" in case:
        pytest.skip(case["unsupported"])
    outcome = run(op_id, case, _success_answer(op_id), mode)
    assert outcome.error is None, f"the call failed: {outcome.error!r}"
    assert len(outcome.requests) == 1, "one call, one request"
    sent = outcome.requests[0]
    want = case["request"]

    assert sent.method == want["method"]
    assert sent.url.raw_path.decode("ascii").partition("?")[0] == want["path"]
    assert sorted([k, v] for k, v in sent.url.params.multi_items()) == want["query"]
    for name, value in want["headers"].items():
        assert sent.headers.get(name) == value, f"header {name}"
    for name, pattern in want["header_patterns"].items():
        assert re.fullmatch(pattern, sent.headers.get(name, "")), f"header {name}: {sent.headers.get(name)!r}"
    for name in want["absent_headers"]:
        assert name not in sent.headers, f"header {name} must not be sent"
    if want["body"] is None:
        assert sent.content == b""
    else:
        assert json.loads(sent.content) == want["body"]


def _session_token(client: Any) -> str | None:
    session = client.session
    return None if session is None else str(session.access_token)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("op_id", "case"), RESPONSES, ids=_ids(RESPONSES))
def test_response(op_id: str, case: dict[str, Any], mode: str) -> None:
    if "unsupported" in case:
        pytest.skip(case["unsupported"])
    outcome = run(op_id, case, case["response"], mode)
    assert len(outcome.requests) == 1, "one answer, one request: no retry, no refresh"
    expect = case["expect"]

    if "result" in expect:
        assert outcome.error is None, f"a documented success must not raise: {outcome.error!r}"
        schema = next(s for s in api().schemas if s.name == expect["result"]["schema"])
        assert type(outcome.result).__name__ == class_name(schema)
        assert outcome.result.to_dict() == expect["result"]["fields"]
        after = expect["session_after"]
        assert _session_token(outcome.client) == (after["access_token"] if after else None)
        return

    error = expect["error"]
    exc = outcome.error
    assert isinstance(exc, cloudbase_auth.APIStatusError), f"expected an error, got {outcome.result!r}"
    if error["catalogued"]:
        assert type(exc).__name__ == error["name_stem"]
        assert isinstance(exc, status_class(error["catalogue_status"]))
    else:
        assert type(exc) is status_class(error["status"])
    assert exc.status_code == error["status"]
    assert exc.error == error["code"]
    if "error_code" in error:
        assert exc.error_code == error["error_code"]
    if "error_description" in error:
        assert exc.error_description.startswith(error["error_description"])
    assert exc.request_id == case["call"]["request_id"]


SIGNATURES = [(op_id, case) for op_id, doc in files().items() for case in doc.get("signatures", ())]


@pytest.mark.parametrize(("op_id", "case"), SIGNATURES, ids=_ids(SIGNATURES))
def test_signature(op_id: str, case: dict[str, Any]) -> None:
    """The client's public TC3 signer gives the case's Authorization for its fixed inputs."""
    given = case["input"]
    credentials = cloudbase_auth.TC3Credentials(**case["credentials"])
    value = cloudbase_auth.tc3_authorization(
        credentials,
        method=given["method"],
        path=given["path"],
        query=given["query"],
        headers=given["headers"],
        body=given["body"].encode("utf-8"),
        timestamp=given["timestamp"],
        signed_headers=None,  # sign every header the case gives
    )
    assert value == case["authorization"]
