"""The generated client against the spec it came from: every operation has its module, its
sync and async functions and facade methods; every request the facade builds from the spec's
own examples validates against the spec; every response example parses into its model."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import re
import time
from typing import Any
from urllib.parse import parse_qsl

import cloudbase_auth
import httpx
import jsonschema
import pytest
import yaml
from cloudbase_auth import models
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.ir import Api, Operation, build_api
from generator.targets.python import names as py

from .conftest import SPEC

DOC: dict[str, Any] = yaml.safe_load(SPEC.read_text())
API: Api = build_api(DOC)
BASE = "http://127.0.0.1:9/auth/v1"
REGISTRY: Registry[Any] = Registry().with_resource("urn:spec", Resource.from_contents(DOC, DRAFT202012))
IDS = [op.operation_id for op in API.operations]


def _validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    if "$ref" in schema:
        schema = {"$ref": "urn:spec" + schema["$ref"]}
    return jsonschema.Draft202012Validator(schema, registry=REGISTRY)


def _raw_op(op: Operation) -> dict[str, Any]:
    return DOC["paths"][op.path][op.method.lower()]


def test_every_operation_has_its_method_sync_and_async() -> None:
    for op in API.operations:
        sync = getattr(cloudbase_auth.CloudBaseAuth, py.name_of(op))
        async_ = getattr(cloudbase_auth.AsyncCloudBaseAuth, py.name_of(op))
        assert inspect.iscoroutinefunction(async_) and not inspect.iscoroutinefunction(sync)
        assert inspect.signature(sync).parameters.keys() == inspect.signature(async_).parameters.keys()


@pytest.mark.parametrize("module", ["api", "client", "errors"])
def test_openapi_python_clients_own_client_layer_is_not_shipped(module: str) -> None:
    """Its per-operation functions, `Client` and `UnexpectedStatus` bypass the session, the
    typed errors and the redaction (CONTRIBUTING.md, "The generated package")."""
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(f"cloudbase_auth.{module}")


def test_public_surface_is_exactly_the_intended_names() -> None:
    runtime = {
        "NOT_GIVEN",
        "NotGiven",
        "CloudBaseAuth",
        "AsyncCloudBaseAuth",
        "Session",
        "TokenStorage",
        "MemoryStorage",
        "FileStorage",
        "StorageError",
        "create_ticket",
        "TicketError",
        "CloudBaseAuthError",
        "APIConnectionError",
        "APITimeoutError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "RateLimitError",
        "InternalServerError",
        "NotSignedInError",
        "GatewayError",
        "InvalidResponseError",
        "ResponseTooLargeError",
        "TC3Credentials",
        "tc3_authorization",
        # verifying callers' tokens (issue 23)
        "TokenVerifier",
        "VerifiedToken",
        "TokenVerificationError",
        "TokenInactive",
        "TokenExpired",
        "VerificationUnavailable",
        "ASGITokenMiddleware",
        "WSGITokenMiddleware",
        "verified_token_of",
    }
    per_code = {code.names.pascal for code in API.error_codes}
    assert set(cloudbase_auth.__all__) == runtime | per_code
    for name in cloudbase_auth.__all__:
        assert getattr(cloudbase_auth, name) is not None


def _arguments_from_examples(op: Operation) -> dict[str, Any]:
    """Keyword arguments for the facade, taken from the spec's own examples."""
    kwargs: dict[str, Any] = {}
    raw = _raw_op(op)
    if op.auth == "tc3":  # signed with an API key pair, which no example holds
        kwargs |= {"secret_id": "AKIDcontract", "secret_key": "contract-secret-key"}
    for param in op.parameters:
        if not param.managed and param.example is not None:
            kwargs[py.name_of(param)] = param.example
    if op.request_examples:
        body = op.request_examples[0].value
        for field in py.body_fields(op):
            if field.name in body:
                kwargs[py.name_of(field)] = body[field.name]
    assert raw  # the operation exists in the raw document
    return kwargs


def _deprecation(op: Operation) -> contextlib.AbstractContextManager[Any]:
    """A deprecated operation's method warns; the others must not."""
    return pytest.warns(DeprecationWarning) if op.deprecated else contextlib.nullcontext()


def _success_body(op: Operation) -> dict[str, Any]:
    value = op.success.examples[0].value
    assert isinstance(value, dict)
    return value


def _check_request(op: Operation, request: httpx.Request) -> None:
    raw = _raw_op(op)
    assert request.method == op.method
    prefix = "/auth/v1"
    assert request.url.path.startswith(prefix)
    pattern = "^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(op.path)) + "$"
    assert re.match(pattern, request.url.path[len(prefix) :]), (request.url.path, op.path)
    pairs = parse_qsl(request.url.query.decode())
    query = dict(pairs)
    params = {(p["name"], p["in"]): p for p in (_resolve(x) for x in raw.get("parameters", []))}
    for (name, location), param in params.items():
        if location == "query":
            if param.get("required"):
                assert name in query, f"{op.operation_id}: query {name} missing"
            if name in query:
                value: Any = query[name]
                if param["schema"].get("type") == "boolean":
                    value = {"true": True, "false": False}[value]
                elif param["schema"].get("type") == "integer":
                    value = int(value)
                elif param["schema"].get("type") == "array":  # repeated: id=a&id=b
                    value = [v for k, v in pairs if k == name]
                _validator(param["schema"]).validate(value)
        elif location == "header":
            if param.get("required"):
                assert name in request.headers, f"{op.operation_id}: header {name} missing"
            if name in request.headers:
                _validator(param["schema"]).validate(request.headers[name])
    unknown = set(query) - {n for n, loc in params if loc == "query"}
    assert not unknown, f"{op.operation_id}: query parameters not in the spec: {unknown}"
    auth = request.headers.get("authorization", "")
    if op.auth in ("bearer", "bearer_optional", "bearer_or_basic"):  # the test signs in first
        assert auth.startswith("Bearer ")
    elif op.auth == "tc3":  # signed with the key pair, never the session's token; no client_id (node-sdk)
        assert auth.startswith("TC3-HMAC-SHA256 Credential=AKIDcontract/"), auth
        assert "contract-secret-key" not in str(request.url) + str(dict(request.headers))
        assert "client_id" not in query
    else:
        assert not auth.startswith("Bearer "), f"{op.operation_id} leaked the session token"
        assert "client_id" in query, "the SDK sends client_id on calls without a Bearer token"
    if "requestBody" in raw:
        body = json.loads(request.content or b"{}")
        media = _resolve(raw["requestBody"])["content"]["application/json"]
        _validator(media["schema"]).validate(body)
        assert request.headers["content-type"].startswith("application/json")
    else:
        assert not request.content


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = REGISTRY.resolver().lookup("urn:spec" + node["$ref"]).contents
    return node


@pytest.mark.parametrize("operation_id", IDS)
def test_request_from_spec_examples_validates_against_spec(operation_id: str) -> None:
    op = API.operation(operation_id)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=_success_body(op))

    client = cloudbase_auth.CloudBaseAuth("env-1", base_url=BASE, transport=httpx.MockTransport(handler))
    client.set_session(
        {"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 7200, "token_type": "Bearer"}
    )
    with _deprecation(op):
        result = getattr(client, py.name_of(op))(**_arguments_from_examples(op))
    assert len(seen) == 1
    _check_request(op, seen[0])
    assert type(result).__name__ == op.success.schema.names.pascal  # type: ignore[union-attr]


@pytest.mark.parametrize("operation_id", IDS)
def test_every_response_example_parses_into_its_model(operation_id: str) -> None:
    op = API.operation(operation_id)
    for response in op.responses:
        assert response.schema is not None
        for example in response.examples:
            model = getattr(models, response.schema.names.pascal, None)
            if response.schema.name == "AnyError":  # anyOf Error, GatewayError: no model of its own
                model = models.Error if "error" in example.value else models.GatewayError
            parsed = model.from_dict(example.value)
            assert parsed.to_dict() == example.value, (operation_id, response.status, example.name)


@pytest.mark.parametrize("operation_id", IDS)
def test_each_error_example_raises_its_exception_class(operation_id: str) -> None:
    op = API.operation(operation_id)
    for response, example in op.error_examples:
        status = 500 if response.status == "default" else int(response.status)

        def handler(
            request: httpx.Request, status: int = status, body: Any = example.value
        ) -> httpx.Response:
            return httpx.Response(status, json=body, headers={"x-request-id": "req-1"})

        client = cloudbase_auth.CloudBaseAuth(
            "env-1", base_url=BASE, transport=httpx.MockTransport(handler), max_retries=0
        )
        client.set_session(
            {"access_token": "at", "refresh_token": "rt", "expires_in": 7200, "token_type": "Bearer"}
        )
        expected = next(c.names.pascal for c in API.error_codes if c.error == example.value["error"])
        with pytest.raises(cloudbase_auth.APIStatusError) as info, _deprecation(op):
            getattr(client, py.name_of(op))(**_arguments_from_examples(op))
        assert type(info.value).__name__ == expected
        assert info.value.status_code == status
        assert info.value.error == example.value["error"]
        assert info.value.error_code == example.value.get("error_code")


def test_a_token_response_becomes_the_session() -> None:
    op = API.operation("signIn")
    body = _success_body(op)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    client = cloudbase_auth.CloudBaseAuth("env-1", base_url=BASE, transport=httpx.MockTransport(handler))
    before = time.time()
    client.sign_in(username="alice", password="Passw0rd!x")
    session = client.session
    assert session is not None and session.access_token == body["access_token"]
    assert session.expires_at >= before + body["expires_in"] - 60
