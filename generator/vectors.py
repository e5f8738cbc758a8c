"""Shared request/response vectors: what any client of the API must send and what it must make of
each documented answer, written once as plain JSON and run natively by every language's tests
(the idea of Smithy's protocol tests).

Built from the IR (`Api`) and the spec's examples only, with wire names only: nothing here knows
how a language spells a method or an argument. A REQUEST case is a client configuration, a call
(arguments by wire name, a fixed request id) and the exact request that must go out: method,
percent-encoded path, query pairs, the headers that must be present (and absent), the JSON body.
A RESPONSE case is a documented answer (status, body) and what the client must turn it into: the
success result's fields and the session afterwards, or the error (catalogue code, status, class
name stem). What a case cannot state exactly says so in the case (`partial`, `unsupported`).

The wire rules (which Authorization header, when `client_id` rides in the query) are read from
`Security` (`spec.py`), the one place they are decided; `VECTORS_VERSION` is bumped with any change
to the shape described by `vectors_schema.json`.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .ir import Api, Example, Operation, Parameter, Response
from .vectors_tc3 import signing_cases

VECTORS_VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parent / "vectors_schema.json"

# One fixed client for every case: runners configure their client with exactly these values.
# The host is under `.test` (RFC 2606): nothing may ever resolve it, runners answer in-process.
ENV_ID = "vectors-env"
CLIENT_ID = "vectors-client"
CLIENT_SECRET = "vectors-client-secret"
BASE_URL = "https://vectors.test/auth/v1"
BASE_PATH = "/auth/v1"
HOST = "vectors.test"
DEVICE_ID = "vectors-device-0001"
REQUEST_ID = "vectors-request-0001"
ACCESS_TOKEN = "vectors-access-token"
SESSION_EXPIRES_IN = 7200  # far from any refresh: a case never triggers one
TC3_SECRET_ID = "AKIDvectorsSecretId"
TC3_SECRET_KEY = "vectors-secret-key"
# Values that need percent-encoding in a path segment: a space, a slash, a reserved character
# and a non-ASCII letter. Encoded as RFC 3986 unreserved-only (`quote(..., safe="")`).
PATH_AWKWARD = "a b/c?d=é"

# What the Authorization header of a signed call must look like (a regular expression that
# Python's `re`, Go's `regexp` and JavaScript agree on).
TC3_PATTERN = (
    r"^TC3-HMAC-SHA256 Credential={secret_id}/[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}/tcb/tc3_request, "
    r"SignedHeaders=content-type;host, Signature=[0-9a-f]{{64}}, Timestamp=[0-9]+$"
)
TC3_PARTIAL = (
    "the TC3 signature depends on the clock (its Timestamp and date): the case pins its shape, "
    "the key id and the signed headers, not the signature, because the Python client offers no "
    "public way to fix its clock; the file's `signatures` cases pin the signer at fixed times"
)


def _client(op: Operation, *, signed_in: bool) -> dict[str, Any]:
    client: dict[str, Any] = {
        "env_id": ENV_ID,
        "client_id": CLIENT_ID,
        "base_url": BASE_URL,
        "device_id": DEVICE_ID,
        "max_retries": 0,  # one request per case, whatever the status (429 and 503 are retried)
        "session": None,
    }
    if op.security.basic:
        client["client_secret"] = CLIENT_SECRET
    if signed_in:
        # No refresh token: a 401 case must surface as the error, not as a refresh and a retry.
        client["session"] = {
            "access_token": ACCESS_TOKEN,
            "token_type": "Bearer",
            "expires_in": SESSION_EXPIRES_IN,
        }
    return client


def _query_text(value: Any) -> str:
    """How a scalar travels in a query string: JSON spelling for booleans and numbers."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | str):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _query_pairs(name: str, value: Any) -> list[list[str]]:
    if isinstance(value, list):  # form style, exploded: one pair per item
        return [[name, _query_text(v)] for v in value]
    return [[name, _query_text(value)]]


def _call_parameters(op: Operation) -> dict[str, Parameter]:
    return {p.name: p for p in op.parameters if not p.managed}


def _arguments(op: Operation, example: Example | None, parameters: tuple[Parameter, ...]) -> dict[str, Any]:
    """A call's arguments by wire name: the body example's fields, then the parameters'
    examples. A body field named like a parameter travels as that parameter (the spec's
    `sudo_token`: the SDK sends it in the query), so every wire name is one argument."""
    args: dict[str, Any] = {}
    if example is not None and isinstance(example.value, dict):
        args.update(example.value)
    for p in parameters:
        if p.example is not None:
            args.setdefault(p.name, p.example)
    return args


def _request(op: Operation, args: Mapping[str, Any], *, signed_in: bool) -> dict[str, Any]:
    """What must go out for `args`, by the IR's rules."""
    params = _call_parameters(op)
    path = op.path
    for p in op.path_parameters:
        path = path.replace("{" + p.name + "}", quote(_query_text(args[p.name]), safe=""))
    query: list[list[str]] = []
    headers: dict[str, str] = {"x-device-id": DEVICE_ID, "x-request-id": REQUEST_ID}
    body: dict[str, Any] | None = {} if op.body is not None else None
    for name, value in args.items():
        param = params.get(name)
        if param is None:
            if body is not None:
                body[name] = value
        elif param.location == "query":
            query += _query_pairs(name, value)
        elif param.location == "header":
            headers[name.lower()] = _query_text(value)
    absent: list[str] = []
    patterns: dict[str, str] = {}
    bearer = op.security.bearer == "required" or (op.security.bearer == "optional" and signed_in)
    if bearer:
        headers["authorization"] = f"Bearer {ACCESS_TOKEN}"
    elif op.security.basic:
        raw = f"{CLIENT_ID}:{CLIENT_SECRET}".encode()
        headers["authorization"] = "Basic " + base64.b64encode(raw).decode("ascii")
    elif op.security.signed:
        patterns["authorization"] = TC3_PATTERN.format(secret_id=TC3_SECRET_ID)
    else:
        absent.append("authorization")
    if op.security.sends_client_id and not bearer:
        query.append(["client_id", CLIENT_ID])
    if body is not None:
        headers["content-type"] = "application/json"
    else:
        absent.append("content-type")
    return {
        "method": op.method,
        "path": BASE_PATH + path,
        "query": sorted(query),
        "headers": dict(sorted(headers.items())),
        "header_patterns": patterns,
        "absent_headers": sorted(absent),
        "body": body,
    }


def _call(op: Operation, args: Mapping[str, Any]) -> dict[str, Any]:
    call: dict[str, Any] = {"arguments": dict(args), "request_id": REQUEST_ID}
    if op.security.signed:
        call["tc3"] = {"secret_id": TC3_SECRET_ID, "secret_key": TC3_SECRET_KEY}
    return call


@dataclass(frozen=True)
class _Variant:
    name: str
    description: str
    example: Example | None
    parameters: tuple[Parameter, ...]
    override: tuple[tuple[str, Any], ...] = ()


def _variants(op: Operation) -> Iterator[_Variant]:
    params = tuple(_call_parameters(op).values())
    required = tuple(p for p in params if p.required)
    examples: tuple[Example | None, ...] = op.request_examples or (None,)
    for example in examples:
        label = f"example {example.name}" if example is not None else "required parameters"
        yield _Variant(
            f"example_{example.name}" if example is not None else "required",
            f"{label}, with every required parameter's example",
            example,
            required,
        )
    if len(params) > len(required):
        yield _Variant("all_parameters", "every parameter's example", examples[0], params)
    if op.path_parameters:
        awkward = tuple((p.name, PATH_AWKWARD) for p in op.path_parameters)
        yield _Variant(
            "path_encoding",
            "path parameters with a space, a slash, '?', '=' and non-ASCII: percent-encoded, "
            "RFC 3986 unreserved characters only left as they are",
            examples[0],
            required,
            awkward,
        )


def _sessions(op: Operation) -> tuple[bool, ...]:
    """The session states a request case is run in: both when the session changes the request."""
    if op.security.bearer == "required":
        return (True,)
    if op.security.bearer == "optional":
        return (False, True)
    return (False,)


def request_cases(op: Operation) -> list[dict[str, Any]]:
    cases = []
    for variant in _variants(op):
        args = _arguments(op, variant.example, variant.parameters)
        args.update(variant.override)
        for signed_in in _sessions(op):
            suffix = ""
            if op.security.bearer == "optional":
                suffix = "/signed_in" if signed_in else "/signed_out"
            case: dict[str, Any] = {
                "name": f"{op.operation_id}/request/{variant.name}{suffix}",
                "description": variant.description
                + (f"; {'signed in' if signed_in else 'not signed in'}" if suffix else ""),
                "client": _client(op, signed_in=signed_in),
                "call": _call(op, args),
                "request": _request(op, args, signed_in=signed_in),
            }
            if op.security.signed:
                case["partial"] = TC3_PARTIAL
            cases.append(case)
    return cases


def _status(api: Api, response: Response, body: Any) -> int:
    """The status a documented answer arrives with: its own, or for `default` its code's."""
    if response.status.isdigit():
        return int(response.status)
    code = body.get("error") if isinstance(body, dict) else None
    for entry in api.error_codes:
        if entry.error == code:
            return entry.status
    return 500


def _expect_error(api: Api, status: int, body: Any) -> dict[str, Any]:
    code = body.get("error") if isinstance(body, dict) else None
    entry = next((e for e in api.error_codes if e.error == code), None)
    error: dict[str, Any] = {"status": status, "code": code, "catalogued": entry is not None}
    if entry is not None:
        error["name_stem"] = entry.names.pascal
        error["catalogue_status"] = entry.status
    if isinstance(body, dict):
        error["error_code"] = body.get("error_code")
        error["error_description"] = body.get("error_description", "")
    return error


def _session_after(api: Api, op: Operation, client: Mapping[str, Any], body: Any) -> dict[str, Any] | None:
    """The session a client holds after a success: the answer's tokens when the operation stores
    a session (and the answer has an access token), none after a sign-out, else unchanged."""
    if op.clears_session:
        return None
    if op.stores_session and isinstance(body, dict):
        access_token = body.get(api.session.access_token_field)
        if isinstance(access_token, str) and access_token:
            return {"access_token": access_token}
    session = client.get("session")
    return {"access_token": session["access_token"]} if session else None


def response_cases(api: Api, op: Operation) -> list[dict[str, Any]]:
    first = next(iter(_variants(op)))
    args = _arguments(op, first.example, first.parameters)
    signed_in = op.security.bearer == "required"
    cases = []
    for response in op.responses:
        for example in response.examples:
            status = _status(api, response, example.value)
            client = _client(op, signed_in=signed_in)
            expect: dict[str, Any]
            if response.is_success:
                expect = {
                    "result": {
                        "schema": response.schema.name if response.schema else None,
                        "fields": example.value,
                    },
                    "session_after": _session_after(api, op, client, example.value),
                }
            else:
                expect = {"error": _expect_error(api, status, example.value)}
            case: dict[str, Any] = {
                "name": f"{op.operation_id}/response/{response.status}/{example.name}",
                "description": example.summary or response.description,
                "documented_status": response.status,
                "client": client,
                "call": _call(op, args),
                "response": {
                    "status": status,
                    "headers": {"content-type": "application/json"},
                    "body": example.value,
                },
                "expect": expect,
            }
            cases.append(case)
    return cases


def operation_vectors(api: Api, op: Operation, header: str = "") -> dict[str, Any]:
    requests = request_cases(op)
    doc = {
        "$comment": header,
        "vectors_version": VECTORS_VERSION,
        "operation_id": op.operation_id,
        "method": op.method,
        "path": op.path,
        "auth": op.auth,
        "requests": requests,
        "responses": response_cases(api, op),
    }
    if op.security.signed:
        doc["signatures"] = signing_cases(
            op.operation_id, requests[0]["request"], HOST, TC3_SECRET_ID, TC3_SECRET_KEY
        )
    return doc


def file_name(op: Operation) -> str:
    return f"{op.operation_id}.json"


def index_document(api: Api, files: Mapping[str, dict[str, Any]], header: str = "") -> dict[str, Any]:
    """The list of vector files, with their case counts, for a runner to start from."""
    operations = []
    for name, doc in files.items():
        operations.append(
            {
                "operation_id": doc["operation_id"],
                "file": name,
                "requests": len(doc["requests"]),
                "responses": len(doc["responses"]),
            }
        )
    cases = [case for doc in files.values() for kind in ("requests", "responses") for case in doc[kind]]
    return {
        "$comment": header,
        "vectors_version": VECTORS_VERSION,
        "api": {"title": api.title, "version": api.version},
        "operations": operations,
        "counts": {
            "operations": len(files),
            "request_cases": sum(len(d["requests"]) for d in files.values()),
            "success_response_cases": sum(
                1 for d in files.values() for c in d["responses"] if "result" in c["expect"]
            ),
            "error_response_cases": sum(
                1 for d in files.values() for c in d["responses"] if "error" in c["expect"]
            ),
            "signature_cases": sum(len(d.get("signatures", ())) for d in files.values()),
            "partial": sum(1 for c in cases if "partial" in c),
            "unsupported": sum(1 for c in cases if "unsupported" in c),
        },
    }


def build_vectors(api: Api, header: str = "") -> dict[str, dict[str, Any]]:
    """File name -> document: one file per operation plus `index.json`."""
    files = {file_name(op): operation_vectors(api, op, header) for op in api.operations}
    return {"index.json": index_document(api, files, header), **files}


def dumps(document: Mapping[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def vectors_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def validate(document: Any, definition: str) -> list[str]:
    """Where `document` breaks `vectors_schema.json` (`definition`: "index" or "operation")."""
    import jsonschema  # type: ignore[import-untyped,unused-ignore]

    schema = vectors_schema()
    root = {**schema, "$ref": f"#/$defs/{definition}"}
    validator = jsonschema.Draft202012Validator(root)
    return [
        f"/{'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    ]
