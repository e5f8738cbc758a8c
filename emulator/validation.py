"""The spec, loaded once: operations, path matching, request and response validation.

Schemas are validated with ``jsonschema`` (draft 2020-12, as OpenAPI 3.1 uses) and ``$ref``s
resolve inside the spec document through a ``referencing`` registry, so each validator points at
a JSON pointer into the one loaded document.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# No stubs ship for jsonschema (types-jsonschema is not a project dependency).
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from authspec.files import NotARegularFile, NotUtf8, decode_utf8, read_regular_file
from authspec.reading import Security, resolve_security

from .compiled import Check, compile_check

_SPEC_URI = "urn:authgen:spec"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class RequestInvalid(Exception):
    """A request that breaks the spec; ``message`` never quotes the offending value."""

    def __init__(self, message: str, *, location: str = "", keyword: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.keyword = keyword


class ResponseInvalid(AssertionError):
    """The emulator answered something the spec does not allow: a bug in the emulator."""


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # query, header, path
    required: bool
    schema: dict[str, Any]
    validator: Draft202012Validator
    check: Check | None = None  # compiled fast path to "valid" (emulator/compiled.py)


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    parameters: list[Parameter]
    security: Security  # resolved by the schemes' kinds (generator/spec.py), never their names
    body_validator: Draft202012Validator | None
    body_required: bool
    responses: dict[str, Draft202012Validator | None] = field(default_factory=dict)
    body_check: Check | None = None  # compiled fast path to "valid" (emulator/compiled.py)

    @property
    def needs_bearer(self) -> bool:
        """Bearer is the only alternative (``{}`` would make the call anonymous-capable)."""
        return self.security.mode == "bearer"


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _safe_message(error: ValidationError, where: str) -> tuple[str, str]:
    """Describe a violation by location and rule only: the value may be a password."""
    location = where + "".join(f"[{p!r}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    keyword = str(error.validator)
    value = error.validator_value
    if keyword == "required":
        return location, error.message.replace("'", "") + f" in {location}"
    if keyword == "type":
        return location, f"{location} must be of type {value}"
    if keyword == "enum":
        return location, f"{location} must be one of {', '.join(map(str, value))}"
    if keyword in {"minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"}:
        return location, f"{location} violates {keyword}={value}"
    if keyword == "pattern":
        return location, f"{location} does not match the pattern {value}"
    if keyword == "additionalProperties":
        return location, f"{location} has properties that are not allowed"
    return location, f"{location} violates {keyword}"


def _coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    """Query and header values are strings on the wire; give them the schema's scalar type."""
    kind = schema.get("type")
    if kind == "boolean":
        lowered = raw.lower()
        if lowered in {"true", "1"}:
            return True
        if lowered in {"false", "0"}:
            return False
        return raw
    if kind == "integer":
        try:
            return int(raw)
        except ValueError:
            return raw
    if kind == "number":
        try:
            number = float(raw)
        except ValueError:
            return raw
        return number if math.isfinite(number) else raw
    return raw


MAX_SPEC_BYTES = 16 * 1024 * 1024


def read_document(path: Path) -> Any:
    """The YAML document at `path`, or a ValueError that is one line naming the file and, where
    there is one, the line: `authgen emulator --spec` prints it as it is. A FIFO or a device is
    refused (the read would wait forever)."""
    try:
        raw = read_regular_file(path, MAX_SPEC_BYTES + 1)
    except NotARegularFile as exc:
        raise ValueError(f"{path}: {exc}") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_SPEC_BYTES:
        raise ValueError(f"{path}: larger than {MAX_SPEC_BYTES // 1024 // 1024} MiB, not a spec")
    try:
        text = decode_utf8(raw)
    except NotUtf8 as exc:
        raise ValueError(f"{path}:{exc.line}: {exc}") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        what = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise ValueError(f"{where}: YAML syntax error: {what}") from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise ValueError(f"{path}: not YAML the emulator can read: {type(exc).__name__}") from None


class Spec:
    """Operations of one spec document, with compiled validators."""

    def __init__(self, path: str | Path) -> None:
        document = read_document(Path(path))
        if not isinstance(document, dict) or not isinstance(document.get("paths") or {}, dict):
            raise ValueError(f"{path}: not an OpenAPI document")
        if not any(
            isinstance(item, dict) and set(item) & set(_METHODS)
            for item in (document.get("paths") or {}).values()
        ):
            raise ValueError(f"{path}: no operations under `paths`: nothing to serve")
        self.document: dict[str, Any] = document
        resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._format_checker = FormatChecker()
        self.error_codes: list[dict[str, Any]] = list(document.get("x-error-codes") or [])
        self.operations: list[Operation] = []
        self.by_id: dict[str, Operation] = {}
        for path_template, item in (document.get("paths") or {}).items():
            for method in _METHODS:
                if method in item:
                    operation = self._operation(path_template, method, item)
                    self.operations.append(operation)
                    self.by_id[operation.operation_id] = operation
        # Routes, built once: a path without parameters is a dict lookup, with its answer for
        # every method computed here by the spec-order scan that `match` does for the others.
        self._templated = [op for op in self.operations if "{" in op.path]
        methods = sorted({op.method for op in self.operations})
        self._literal: dict[str, dict[str, tuple[Operation | None, dict[str, str], bool]]] = {
            op.path: {method: self._scan(method, op.path) for method in methods}
            for op in self.operations
            if "{" not in op.path
        }

    def _node(self, pointer: str) -> Any:
        node: Any = self.document
        for part in pointer.split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def _check(self, pointer: str) -> Check | None:
        """The compiled check of the schema at ``pointer``, if it compiles."""
        return compile_check(self._resolve(self._node(pointer)), lambda ref: self._resolve({"$ref": ref}))

    def _validator(self, pointer: str) -> Draft202012Validator:
        """A validator for the schema at ``pointer``; one without $refs skips the registry."""
        resolved = self._resolve(self._node(pointer))
        if "$ref" not in json.dumps(resolved):
            return Draft202012Validator(resolved, format_checker=self._format_checker)
        return Draft202012Validator(
            {"$ref": f"{_SPEC_URI}#/{pointer}"}, registry=self._registry, format_checker=self._format_checker
        )

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            ref = str(node["$ref"])
            target: Any = self.document
            for part in ref.removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operation(self, path_template: str, method: str, item: Mapping[str, Any]) -> Operation:
        raw = item[method]
        base = _pointer("paths", path_template, method)
        parameters: list[Parameter] = []
        seen: set[tuple[str, str]] = set()
        for source, entries in (
            (base, raw.get("parameters") or []),
            (_pointer("paths", path_template), item.get("parameters") or []),
        ):
            for index, entry in enumerate(entries):
                param = self._resolve(entry)
                key = (param["name"].lower() if param["in"] == "header" else param["name"], param["in"])
                if key in seen:  # operation-level parameters override path-level ones
                    continue
                seen.add(key)
                if "$ref" in entry:
                    pointer = str(entry["$ref"]).removeprefix("#/") + "/schema"
                else:
                    pointer = f"{source}/parameters/{index}/schema"
                parameters.append(
                    Parameter(
                        name=key[0],
                        location=param["in"],
                        required=bool(param.get("required")) or param["in"] == "path",
                        schema=self._resolve(param.get("schema") or {}),
                        validator=self._validator(pointer),
                        check=self._check(pointer),
                    )
                )
        body_validator = None
        body_check = None
        body_required = False
        if "requestBody" in raw:
            body = self._resolve(raw["requestBody"])
            body_required = bool(body.get("required"))
            if "application/json" in (body.get("content") or {}):
                body_pointer = _pointer("paths", path_template, method, "requestBody")
                if "$ref" in raw["requestBody"]:
                    body_pointer = str(raw["requestBody"]["$ref"]).removeprefix("#/")
                body_validator = self._validator(body_pointer + "/content/application~1json/schema")
                body_check = self._check(body_pointer + "/content/application~1json/schema")
        responses: dict[str, Draft202012Validator | None] = {}
        for status, response in (raw.get("responses") or {}).items():
            pointer = _pointer("paths", path_template, method, "responses", str(status))
            if "$ref" in response:
                pointer = str(response["$ref"]).removeprefix("#/")
            resolved = self._resolve(response)
            content = resolved.get("content") or {}
            responses[str(status)] = (
                self._validator(pointer + "/content/application~1json/schema")
                if "application/json" in content
                else None
            )
        regex = "^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(path_template)) + "$"
        security = resolve_security(self.document, raw)
        return Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            path=path_template,
            pattern=re.compile(regex),
            parameters=parameters,
            security=security,
            body_validator=body_validator,
            body_required=body_required,
            responses=responses,
            body_check=body_check,
        )

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """The operation for a request, its path parameters, and whether the path exists at all."""
        literal = self._literal.get(path)
        if literal is not None:
            found, params, known = literal.get(method, (None, {}, True))
            return found, dict(params), known  # a copy: callers may keep the parameters
        return self._scan(method, path, self._templated)

    def _scan(
        self, method: str, path: str, operations: list[Operation] | None = None
    ) -> tuple[Operation | None, dict[str, str], bool]:
        """The first operation in spec order whose path and method match."""
        path_known = False
        for operation in self.operations if operations is None else operations:
            found = operation.pattern.match(path)
            if found is None:
                continue
            path_known = True
            if operation.method == method:
                return operation, found.groupdict(), True
        return None, {}, path_known

    # requests -------------------------------------------------------------------------------
    def parse_parameters(
        self,
        operation: Operation,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        path_params: Mapping[str, str],
        *,
        optional: frozenset[str] = frozenset(),
    ) -> dict[str, Any]:
        """Typed parameter values by name; raises RequestInvalid on the first violation."""
        values: dict[str, Any] = {}
        for param in operation.parameters:
            source = {"query": query, "header": headers, "path": path_params}.get(param.location, {})
            raw: Any = source.get(param.name)
            if raw is not None and param.schema.get("type") == "array":
                # form style: `id=a,b` (explode: false, as the SDK sends it) or `id=a&id=b`
                getlist = getattr(source, "getlist", None)
                raw = [
                    item for value in (getlist(param.name) if getlist else [raw]) for item in value.split(",")
                ]
            if raw is None:
                if param.required and param.name not in optional:
                    raise RequestInvalid(
                        f"{param.location} parameter {param.name} is required",
                        location=f"{param.location}.{param.name}",
                        keyword="required",
                    )
                continue
            value = raw if isinstance(raw, list) else _coerce(raw, param.schema)
            if (param.check is not None and param.check(value)) or param.validator.is_valid(value):
                values[param.name] = value
                continue
            error = next(iter(param.validator.iter_errors(value)), None)
            if error is not None:
                location, message = _safe_message(error, f"{param.location}.{param.name}")
                raise RequestInvalid(message, location=location, keyword=str(error.validator))
            values[param.name] = value
        return values

    def validate_body(self, operation: Operation, body: Any) -> None:
        if operation.body_validator is None or (
            operation.body_check is not None and operation.body_check(body)
        ):
            return
        if operation.body_validator.is_valid(body):
            return
        error = next(iter(operation.body_validator.iter_errors(body)), None)
        if error is not None:
            location, message = _safe_message(error, "body")
            raise RequestInvalid(message, location=location, keyword=str(error.validator))

    # responses ------------------------------------------------------------------------------
    def check_response(self, operation: Operation, status: int, body: Any) -> None:
        key = str(status)
        if key not in operation.responses:
            key = f"{key[0]}XX" if f"{key[0]}XX" in operation.responses else "default"
        if key not in operation.responses:
            raise ResponseInvalid(f"{operation.operation_id}: status {status} is not in the spec")
        validator = operation.responses[key]
        if validator is None:
            return
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
        if errors:
            raise ResponseInvalid(f"{operation.operation_id} {status} breaks the spec: {'; '.join(errors)}")
