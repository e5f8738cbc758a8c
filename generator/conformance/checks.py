"""Every answer against the spec: one `Finding` per way it differs, located in the spec.

What is checked, in order: the status is documented for the operation; the content type is
one the response declares; headers the response promises are there and valid; the body
validates against the response's schema (errors and successes alike) and has no field the
schema does not declare; an error's `error`/`error_code` pair and its status agree with the
catalogue (`x-error-codes`); a success's `expires_in` is the lifetime the spec documents.

Nothing here prints a value the service sent without the redactor's say: field names, JSON
types, error names, numbers and enum values of non-secret fields only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..loader import one_line, pointer_join, printable
from ..spec import as_dict
from .contract import Contract, Operation
from .redact import Redactor
from .transport import Exchange

# A service computing `expires_in` as "seconds left" may answer a second or two below the
# documented lifetime; more than this is a different lifetime.
LIFETIME_SLACK = 5
MAX_SHOWN = 80  # characters of a value the service chose (an error name, an enum value)


@dataclass(frozen=True)
class Finding:
    kind: str
    operation: str
    pointer: str  # where the spec says it ("" when the spec says nothing)
    message: str  # one line: what differs
    spec_says: str
    found: str  # what the service answered, redacted
    at: str = ""  # JSON pointer into the answer's body ("" for the status and headers)
    suggestion: str = ""  # a mechanical spec change, when there is one


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def shown(value: Any, redactor: Redactor) -> str:
    """A short, printable, scrubbed rendering of a value the service chose."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = redactor.text(printable(one_line(text, MAX_SHOWN)))
    return text


def parse_body(raw: bytes) -> tuple[bool, Any]:
    """(is JSON, value); an empty body is no JSON at all."""
    if not raw.strip():
        return False, None
    try:
        return True, json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than Python's stack
        return False, None


def is_error_body(body: Any) -> bool:
    return isinstance(body, dict) and bool(body.get("error"))


def documented_response(op: Operation, status: int, error: bool) -> tuple[dict[str, Any], str] | None:
    """The response object the spec has for `status`: exact, then a range (`4XX`), then
    `default`, which this spec uses for errors only ("Any other error")."""
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx"):
        if key in op.responses:
            return op.responses[key]
    if (status >= 400 or error) and "default" in op.responses:
        return op.responses["default"]
    return None


def check_exchange(contract: Contract, exchange: Exchange, redactor: Redactor) -> list[Finding]:
    op = contract.operations[exchange.operation]
    is_json, body = parse_body(exchange.body)
    error = is_error_body(body)
    out: list[Finding] = []
    found = documented_response(op, exchange.status, error)
    if 200 <= exchange.status < 300 and error:
        # "An error is any body with a truthy error, whatever the HTTP status": judge its shape
        # by the operation's error answer.
        found = op.responses.get("default", found)
    if found is None:
        out.append(
            Finding(
                "status",
                op.operation_id,
                pointer_join(op.pointer, "responses"),
                f"status {exchange.status} is not documented for {op.operation_id}",
                "responses: " + ", ".join(op.responses),
                str(exchange.status),
                suggestion=f'document "{exchange.status}" under the responses of {op.method} {op.path}',
            )
        )
    else:
        response, pointer = found
        out += _content_type(op, response, pointer, exchange, is_json)
        out += _headers(contract, op, response, pointer, exchange, redactor)
        if is_json:
            out += _body(contract, op, response, pointer, exchange, body, redactor)
    if error:
        out += _catalogue(contract, op, exchange, body, redactor)
    elif 200 <= exchange.status < 300:
        out += _lifetime(op, body)
    return out


def _content_type(
    op: Operation, response: dict[str, Any], pointer: str, exchange: Exchange, is_json: bool
) -> list[Finding]:
    declared = list(as_dict(response.get("content")))
    media = exchange.headers.get("content-type", "").split(";")[0].strip().lower()
    if not declared:
        if exchange.body.strip():
            return [
                Finding(
                    "content-type",
                    op.operation_id,
                    pointer,
                    f"the spec documents no body for {exchange.status}; the answer has one",
                    "no content",
                    media or "(no content type)",
                )
            ]
        return []
    if media in (m.lower() for m in declared):
        if not is_json and any(m.lower().endswith("json") for m in declared):
            return [
                Finding(
                    "body",
                    op.operation_id,
                    pointer_join(pointer, "content"),
                    "the body is not JSON",
                    "content: " + ", ".join(declared),
                    f"{len(exchange.body)} bytes that are not JSON",
                )
            ]
        return []
    return [
        Finding(
            "content-type",
            op.operation_id,
            pointer_join(pointer, "content"),
            f"content type {media or '(none)'} is not one the spec declares",
            "content: " + ", ".join(declared),
            media or "(no content type)",
            suggestion=f"add {media} to the content of this response" if media else "",
        )
    ]


def _headers(
    contract: Contract,
    op: Operation,
    response: dict[str, Any],
    pointer: str,
    exchange: Exchange,
    redactor: Redactor,
) -> list[Finding]:
    out = []
    for name, raw in as_dict(response.get("headers")).items():
        header, where = contract.resolve(raw, pointer_join(pointer, "headers", name))
        header = as_dict(header)
        value = exchange.headers.get(str(name))
        if value is None:
            if header.get("required") is True:
                out.append(
                    Finding(
                        "header",
                        op.operation_id,
                        where,
                        f"header {name} is missing; the spec promises it",
                        f"{name}: required",
                        "absent",
                        suggestion=f"make {name} optional (required: false)",
                    )
                )
            continue
        if "schema" not in header:
            continue
        typed: Any = value
        kind = as_dict(contract.resolve(header["schema"], "")[0]).get("type")
        if kind == "integer" and value.strip().lstrip("-").isdigit():
            typed = int(value)
        for error in contract.validator(pointer_join(where, "schema")).iter_errors(typed):
            out.append(
                Finding(
                    "header",
                    op.operation_id,
                    _error_pointer(contract, error, pointer_join(where, "schema")),
                    f"header {name} violates {error.validator}",
                    f"{error.validator}: {shown(error.validator_value, redactor)}",
                    shown(value, redactor) if not redactor.is_secret_name(str(name)) else "[REDACTED]",
                )
            )
    return out


def _body(
    contract: Contract,
    op: Operation,
    response: dict[str, Any],
    pointer: str,
    exchange: Exchange,
    body: Any,
    redactor: Redactor,
) -> list[Finding]:
    content = as_dict(response.get("content"))
    media = exchange.headers.get("content-type", "").split(";")[0].strip().lower()
    key = next((m for m in content if m.lower() == media), None) or next(
        (m for m in content if m.lower().endswith("json")), None
    )
    if key is None or "schema" not in as_dict(content[key]):
        return []
    schema_pointer = pointer_join(pointer, "content", key, "schema")
    out: list[Finding] = []
    for error in _leaf_errors(contract.validator(schema_pointer).iter_errors(body)):
        out += _schema_finding(contract, op, error, schema_pointer, redactor)
    out += _unknown_fields(contract, op, as_dict(content[key])["schema"], schema_pointer, body, "", redactor)
    return out


def _leaf_errors(errors: Iterator[Any]) -> Iterator[Any]:
    """Errors of the branch that fits best, inside anyOf/oneOf (the fewest errors, then the first)."""
    for error in errors:
        if error.validator in ("anyOf", "oneOf") and error.context:
            branches: dict[Any, list[Any]] = {}
            for sub in error.context:
                branches.setdefault(sub.relative_schema_path[0], []).append(sub)
            best = min(branches.values(), key=len)
            yield from _leaf_errors(iter(best))
        else:
            yield error


def _at(error: Any) -> str:
    return pointer_join("", *error.absolute_path)


def _error_pointer(contract: Contract, error: Any, fallback: str) -> str:
    base = contract.pointer_of(error.schema)
    return pointer_join(base, str(error.validator)) if base is not None else fallback


def _schema_finding(
    contract: Contract, op: Operation, error: Any, fallback: str, redactor: Redactor
) -> list[Finding]:
    pointer = _error_pointer(contract, error, fallback)
    at = _at(error)
    keyword = str(error.validator)
    if keyword == "required" and isinstance(error.instance, dict):
        return [
            Finding(
                "missing-field",
                op.operation_id,
                pointer,
                f"{pointer_join(at, name)} is missing; the spec requires it",
                "required: [" + ", ".join(map(str, error.validator_value)) + "]",
                "absent",
                pointer_join(at, name),
                f"remove {name} from required (or say in its description when it is left out)",
            )
            for name in error.validator_value
            if name not in error.instance
        ]
    if keyword == "type":
        spec_type = error.validator_value
        found = json_type(error.instance)
        wanted = ", ".join(spec_type) if isinstance(spec_type, list) else str(spec_type)
        return [
            Finding(
                "type",
                op.operation_id,
                pointer,
                f"{at or 'the body'} is {found}; the spec says {wanted}",
                f"type: {wanted}",
                found,
                at,
                f"type: {found} (or [{wanted}, {found}] if the service answers both)",
            )
        ]
    if keyword == "additionalProperties" and isinstance(error.instance, dict):
        declared = as_dict(error.schema.get("properties"))
        return [
            _unknown(op, pointer, at, name, error.instance[name], declared, redactor)
            for name in error.instance
            if name not in declared
        ]
    secret = redactor.is_secret_name(str(error.absolute_path[-1])) if error.absolute_path else False
    value = "[REDACTED]" if secret else shown(error.instance, redactor)
    if keyword == "enum":
        return [
            Finding(
                "enum",
                op.operation_id,
                pointer,
                f"{at} is {value}, not one of the spec's values",
                "enum: " + ", ".join(map(str, error.validator_value)),
                value,
                at,
                "" if secret else f"add {value} to the enum",
            )
        ]
    return [
        Finding(
            "schema",
            op.operation_id,
            pointer,
            f"{at or 'the body'} violates {keyword}",
            f"{keyword}: {shown(error.validator_value, redactor)}",
            value if keyword in ("const", "format", "pattern") else f"{json_type(error.instance)}",
            at,
        )
    ]


def _unknown(
    op: Operation,
    pointer: str,
    at: str,
    name: str,
    value: Any,
    declared: dict[str, Any],
    redactor: Redactor,
) -> Finding:
    kind = json_type(value)
    secret = redactor.is_secret_name(name)
    names = ", ".join(list(declared)[:12]) + (", ..." if len(declared) > 12 else "")
    return Finding(
        "unknown-field",
        op.operation_id,
        pointer,
        f"{pointer_join(at, name)} is not in the spec",
        f"properties: {names}" if declared else "no properties",
        f"{shown(name, redactor)}: {kind}",
        pointer_join(at, name),
        f"add {shown(name, redactor)} ({kind}{', x-secret: true' if secret else ''}) to these properties",
    )


def _unknown_fields(
    contract: Contract,
    op: Operation,
    schema: Any,
    pointer: str,
    value: Any,
    at: str,
    redactor: Redactor,
) -> list[Finding]:
    """Fields the schema does not declare, where it says nothing about others (this spec never
    writes `additionalProperties: true`; a field it does not know is news either way)."""
    node, pointer = contract.resolve(schema, pointer)
    node = as_dict(node)
    for keyword in ("anyOf", "oneOf"):
        branches = node.get(keyword)
        if isinstance(branches, list):
            for i, branch in enumerate(branches):
                branch_pointer = pointer_join(pointer, keyword, i)
                if contract.validator(branch_pointer).is_valid(value):
                    return _unknown_fields(contract, op, branch, branch_pointer, value, at, redactor)
            return []  # no branch fits: the schema errors say so already
    out: list[Finding] = []
    if isinstance(value, dict):
        properties = as_dict(node.get("properties"))
        extra = node.get("additionalProperties")
        if "properties" in node and extra is None and "patternProperties" not in node:
            out += [
                _unknown(op, pointer_join(pointer, "properties"), at, name, value[name], properties, redactor)
                for name in value
                if name not in properties
            ]
        for name, item in value.items():
            if name in properties:
                out += _unknown_fields(
                    contract, op, properties[name], pointer_join(pointer, "properties", name), item,
                    pointer_join(at, name), redactor,
                )  # fmt: skip
            elif isinstance(extra, dict):
                out += _unknown_fields(
                    contract, op, extra, pointer_join(pointer, "additionalProperties"), item,
                    pointer_join(at, name), redactor,
                )  # fmt: skip
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        for i, item in enumerate(value):
            out += _unknown_fields(
                contract,
                op,
                node["items"],
                pointer_join(pointer, "items"),
                item,
                pointer_join(at, i),
                redactor,
            )
    return out


def _catalogue(
    contract: Contract, op: Operation, exchange: Exchange, body: dict[str, Any], redactor: Redactor
) -> list[Finding]:
    name = body["error"]
    code = body.get("error_code")
    if not isinstance(name, str):
        return []  # a non-string `error` breaks the schema: reported there
    code_text = str(code) if isinstance(code, int) and not isinstance(code, bool) else "none"
    entry = contract.catalogue.get(name)
    if entry is None:
        return [
            Finding(
                "error-unknown",
                op.operation_id,
                "/x-error-codes",
                f"error {shown(name, redactor)} is not in the catalogue",
                f"x-error-codes: {len(contract.catalogue)} errors, none named {shown(name, redactor)}",
                f"{shown(name, redactor)} (error_code {code_text}, status {exchange.status})",
                "/error",
                f"add to x-error-codes: {{error: {shown(name, redactor)}, error_code: {code_text}, "
                f"status: {exchange.status}}}",
            )
        ]
    values, pointer = entry
    out = []
    if code_text != "none" and code != values.get("error_code"):
        out.append(
            Finding(
                "error-code",
                op.operation_id,
                pointer_join(pointer, "error_code"),
                f"{name} came with error_code {code_text}; the catalogue says {values.get('error_code')}",
                f"error_code: {values.get('error_code')}",
                code_text,
                "/error_code",
                f"error_code: {code_text}",
            )
        )
    if exchange.status >= 400:
        documented = list(_documented_errors(contract, op, name))
        statuses = {status for status, _ in documented}
        if documented and str(exchange.status) not in statuses:
            out.append(
                Finding(
                    "error-status",
                    op.operation_id,
                    documented[0][1],
                    f"{name} came with status {exchange.status}; the spec documents it under "
                    + ", ".join(sorted(statuses)),
                    "status: " + ", ".join(sorted(statuses)),
                    str(exchange.status),
                    suggestion=f'move this example under "{exchange.status}"',
                )
            )
        elif not documented and values.get("status") != exchange.status:
            out.append(
                Finding(
                    "error-status",
                    op.operation_id,
                    pointer_join(pointer, "status"),
                    f"{name} came with status {exchange.status}; the catalogue says {values.get('status')}",
                    f"status: {values.get('status')}",
                    str(exchange.status),
                    suggestion=f"status: {exchange.status}",
                )
            )
    return out


def _documented_errors(contract: Contract, op: Operation, name: str) -> Iterator[tuple[str, str]]:
    """(status, example pointer) of every example of `op` that answers the error `name`."""
    for status, (response, pointer) in op.responses.items():
        if status == "default":
            continue
        for media_type, media in as_dict(response.get("content")).items():
            for example_name, example in as_dict(as_dict(media).get("examples")).items():
                value = as_dict(example).get("value")
                if isinstance(value, dict) and value.get("error") == name:
                    yield (
                        status,
                        pointer_join(pointer, "content", media_type, "examples", example_name, "value"),
                    )


def _lifetime(op: Operation, body: Any) -> list[Finding]:
    lifetime = op.lifetime
    if lifetime is None or not isinstance(body, dict):
        return []
    value = body.get("expires_in")
    if not isinstance(value, int) or isinstance(value, bool):
        return []  # absent or of another type: the schema check says so
    if lifetime.seconds - LIFETIME_SLACK <= value <= lifetime.seconds:
        return []
    return [
        Finding(
            "lifetime",
            op.operation_id,
            lifetime.pointer,
            f"expires_in is {value} s; the spec documents {lifetime.seconds} s",
            f"expires_in: {lifetime.seconds}",
            str(value),
            "/expires_in",
            f"expires_in: {value} (and every description that states {lifetime.seconds} s)",
        )
    ]
