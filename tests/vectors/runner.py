"""Runs the shared vectors (generated/vectors/) against the PUBLIC Python client.

A case is language-neutral: a client configuration, a call with arguments by wire name, and
either the request that must go out or an answer and what it must become. This module is the
Python side of that contract: it builds `CloudBaseAuth` / `AsyncCloudBaseAuth` from the case's
configuration with an `httpx.MockTransport` in place of the network, maps the wire names to the
facade's keyword arguments with the Python target's own naming (`names.arguments`), makes the
call, and hands back what was sent and what came out. The assertions are in the tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import warnings
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import cloudbase_auth
import httpx

from generator.ir import Api, Operation, build_api
from generator.loader import load_yaml
from generator.targets.python.names import arguments, name_of

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "auth-v1.yaml"
VECTORS = ROOT / "generated" / "vectors"
MODES = ("sync", "async")


@cache
def api() -> Api:
    return build_api(load_yaml(SPEC).data)


@cache
def index() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((VECTORS / "index.json").read_text(encoding="utf-8"))
    return data


@cache
def files() -> dict[str, dict[str, Any]]:
    """operationId -> its vector file, every file the index lists."""
    out = {}
    for entry in index()["operations"]:
        out[entry["operation_id"]] = json.loads((VECTORS / entry["file"]).read_text(encoding="utf-8"))
    return out


def cases(kind: str) -> list[tuple[str, dict[str, Any]]]:
    """(operationId, case) for every case of `kind` ("requests" or "responses")."""
    return [(op_id, case) for op_id, doc in files().items() for case in doc[kind]]


@dataclass
class Outcome:
    """What one call did: the requests it sent, and its result or the exception it raised."""

    requests: list[httpx.Request] = field(default_factory=list)
    result: Any = None
    error: BaseException | None = None
    client: Any = None


def keyword_arguments(op: Operation, call: dict[str, Any]) -> dict[str, Any]:
    """The facade's keyword arguments for a case's call (wire names -> Python names)."""
    by_wire = {a.name: a.python_name for a in arguments(op)}
    unknown = sorted(set(call["arguments"]) - set(by_wire))
    assert not unknown, f"{op.operation_id}: the Python facade has no argument for {unknown}"
    kwargs = {by_wire[name]: value for name, value in call["arguments"].items()}
    kwargs["request_id"] = call["request_id"]
    if "tc3" in call:
        kwargs["secret_id"] = call["tc3"]["secret_id"]
        kwargs["secret_key"] = call["tc3"]["secret_key"]
    return kwargs


def _client_kwargs(config: dict[str, Any]) -> dict[str, Any]:
    kwargs = {
        "client_id": config["client_id"],
        "base_url": config["base_url"],
        "device_id": config["device_id"],
        "max_retries": config["max_retries"],
    }
    if "client_secret" in config:
        kwargs["client_secret"] = config["client_secret"]
    return kwargs


def _answer(status: int, headers: dict[str, str], body: Any) -> httpx.Response:
    return httpx.Response(status, headers=headers, content=json.dumps(body).encode("utf-8"))


def run(op_id: str, case: dict[str, Any], answer: dict[str, Any], mode: str) -> Outcome:
    """Make the case's call through the public client; the mock transport records each request
    and answers with `answer` (status, headers, body)."""
    op = api().operation(op_id)
    outcome = Outcome()

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        outcome.requests.append(request)
        return _answer(answer["status"], answer["headers"], answer["body"])

    config = case["client"]
    kwargs = keyword_arguments(op, case["call"])
    method = name_of(op)
    expected_warning: contextlib.AbstractContextManager[Any] = contextlib.nullcontext()
    if op.deprecated:
        expected_warning = warnings.catch_warnings(record=True)
    with expected_warning as caught:
        if op.deprecated:
            warnings.simplefilter("always")
        if mode == "sync":
            client = cloudbase_auth.CloudBaseAuth(
                config["env_id"], transport=httpx.MockTransport(handler), **_client_kwargs(config)
            )
            outcome.client = client
            with client:
                if config["session"] is not None:
                    client.set_session(config["session"])
                try:
                    outcome.result = getattr(client, method)(**kwargs)
                except cloudbase_auth.CloudBaseAuthError as exc:
                    outcome.error = exc
        else:

            async def go() -> None:
                client = cloudbase_auth.AsyncCloudBaseAuth(
                    config["env_id"], transport=httpx.MockTransport(handler), **_client_kwargs(config)
                )
                outcome.client = client
                async with client:
                    if config["session"] is not None:
                        client.set_session(config["session"])
                    try:
                        outcome.result = await getattr(client, method)(**kwargs)
                    except cloudbase_auth.CloudBaseAuthError as exc:
                        outcome.error = exc

            asyncio.run(go())
    if op.deprecated:
        assert any(issubclass(w.category, DeprecationWarning) for w in caught or []), (
            f"{op_id} is deprecated: the call must warn"
        )
    return outcome


# How the Python client spells an error with no class of its own: its status's class.
def status_class(status: int) -> type[cloudbase_auth.APIStatusError]:
    classes: dict[int, type[cloudbase_auth.APIStatusError]] = {
        400: cloudbase_auth.BadRequestError,
        401: cloudbase_auth.AuthenticationError,
        403: cloudbase_auth.PermissionDeniedError,
        404: cloudbase_auth.NotFoundError,
        409: cloudbase_auth.ConflictError,
        429: cloudbase_auth.RateLimitError,
    }
    if status >= 500:
        return cloudbase_auth.InternalServerError
    return classes.get(status, cloudbase_auth.APIStatusError)
