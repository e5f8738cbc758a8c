"""The intermediate representation: a small, frozen, language-agnostic model of the API.

Templates only ever see these objects, never raw YAML. Names are cleaned once, here
(`python_name`, `class_name`), so no template re-cases anything. Built from a spec that
`lint_spec` passed without errors; building from a broken spec is a programming error.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .lint import deref, error_catalogue, iter_operations, json_media, media_examples, operation_parameters

# Parameters every call may carry; the client manages them itself instead of exposing them.
COMMON_PARAMETERS = frozenset({("client_id", "query"), ("x-device-id", "header"), ("x-request-id", "header")})
GUIDE_NOTE = re.compile(r"Differs from older guides:\s*(.+?)(?:\n\s*\n|\Z)", re.S)


def snake_case(name: str) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.strip("_").lower()


def pascal_case(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake_case(name).split("_") if part)


PYTHON_KEYWORDS = frozenset(
    [
        "False",
        "None",
        "True",
        "and",
        "as",
        "assert",
        "async",
        "await",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "nonlocal",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "try",
        "while",
        "with",
        "yield",
    ]
)


def python_identifier(name: str) -> str:
    ident = snake_case(name)
    if not ident or ident[0].isdigit() or ident in PYTHON_KEYWORDS:
        ident = f"field_{ident}"  # openapi-python-client's default field prefix
    return ident


@dataclass(frozen=True)
class Field:
    """A property of an object schema (a body field or a model attribute)."""

    name: str  # as on the wire
    python_name: str
    type: str  # JSON type: string, integer, number, boolean, array, object
    python_type: str  # annotation for the facade: str, int, float, bool, list[str], dict[str, Any]
    required: bool
    secret: bool
    description: str
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Schema:
    name: str  # component name
    class_name: str  # the openapi-python-client model class
    description: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Parameter:
    name: str
    python_name: str
    location: str  # path, query, header
    required: bool
    secret: bool
    python_type: str
    description: str
    example: Any
    common: bool  # client_id / x-device-id / x-request-id: managed by the client


@dataclass(frozen=True)
class Argument:
    """A keyword argument of a facade method: a path, query or header parameter or a body field."""

    name: str  # on the wire
    python_name: str
    location: str  # path, query, header, body
    python_type: str
    required: bool
    secret: bool
    description: str


@dataclass(frozen=True)
class Example:
    name: str
    summary: str
    value: Any

    @property
    def json(self) -> str:
        return json.dumps(self.value, ensure_ascii=False, indent=2)


@dataclass(frozen=True)
class Response:
    status: str  # "200", "400", "default"
    description: str
    schema: Schema | None
    examples: tuple[Example, ...]

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    python_name: str
    method: str  # upper case
    path: str  # relative to the server URL, e.g. /user/provider/{provider_id}
    summary: str
    description: str
    guide_note: str  # the "Differs from older guides:" paragraph, or ""
    tag: str
    security: tuple[tuple[str, ...], ...]  # alternatives; () is "no auth"
    auth: str  # what the client sends: none | bearer | bearer_optional | bearer_or_basic | basic | tc3
    parameters: tuple[Parameter, ...]
    body: Schema | None
    body_required: bool
    request_examples: tuple[Example, ...]
    responses: tuple[Response, ...]
    clears_session: bool  # x-clears-session: on success the client forgets its session
    deprecated: bool = False  # `deprecated: true`: the method warns (DeprecationWarning)

    @property
    def auth_label(self) -> str:
        """`auth` for people, in docs and tables."""
        return {
            "none": "none",
            "bearer": "Bearer",
            "bearer_optional": "none (Bearer when signed in)",
            "bearer_or_basic": "Bearer (Basic when not signed in)",
            "basic": "Basic",
            "tc3": "TC3-HMAC-SHA256 signature",
        }.get(self.auth, self.auth)

    @property
    def success(self) -> Response:
        return next(r for r in self.responses if r.is_success)

    @property
    def error_responses(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if not r.is_success)

    @property
    def error_examples(self) -> tuple[tuple[Response, Example], ...]:
        return tuple((r, e) for r in self.error_responses for e in r.examples)

    @property
    def stores_session(self) -> bool:
        return self.success.schema is not None and self.success.schema.name == "TokenResponse"

    @property
    def body_fields(self) -> tuple[Field, ...]:
        """Body fields the facade exposes: a parameter of the same name wins (sudo_token)."""
        if self.body is None:
            return ()
        taken = {p.python_name for p in self.parameters if not p.common}
        return tuple(f for f in self.body.fields if f.python_name not in taken)

    @property
    def arguments(self) -> tuple[Argument, ...]:
        """Facade keyword arguments: required ones first, then by location, in spec order."""
        args = [
            Argument(p.name, p.python_name, p.location, p.python_type, p.required, p.secret, p.description)
            for p in self.parameters
            if not p.common
        ] + [
            Argument(f.name, f.python_name, "body", f.python_type, f.required, f.secret, f.description)
            for f in self.body_fields
        ]
        return tuple(sorted(args, key=lambda a: not a.required))

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query" and not p.common)

    @property
    def header_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "header" and not p.common)

    @property
    def required_headers(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parameters if p.location == "header" and p.required)


@dataclass(frozen=True)
class ErrorCode:
    error: str
    class_name: str
    status: int
    error_code: int | None
    description: str


@dataclass(frozen=True)
class Server:
    url: str
    role: str  # x-role: gateway | intl-gateway | legacy
    description: str
    variables: tuple[tuple[str, str], ...]  # (name, default)


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    scheme: str  # bearer | basic
    description: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    servers: tuple[Server, ...]
    china_regions: tuple[str, ...]
    security_schemes: tuple[SecurityScheme, ...]
    operations: tuple[Operation, ...]
    error_codes: tuple[ErrorCode, ...]
    schemas: tuple[Schema, ...]
    secret_fields: tuple[str, ...]
    extras: dict[str, Any] = field(default_factory=dict)  # target-specific additions (scenarios...)

    def server(self, role: str) -> Server:
        for server in self.servers:
            if server.role == role:
                return server
        return self.servers[0]

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)


# --- building ------------------------------------------------------------------------------

_PY_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "object": "dict[str, Any]",
}


def _python_type(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "object")
    if schema.get("enum") and kind == "string":
        return "Literal[" + ", ".join(json.dumps(str(v)) for v in schema["enum"]) + "]"
    if kind == "array":
        items = schema.get("items") or {}
        inner = _PY_TYPES.get(items.get("type", "object"), "Any") if "$ref" not in items else "dict[str, Any]"
        return f"list[{inner}]"
    return _PY_TYPES.get(str(kind), "Any")


def _schema(doc: dict[str, Any], ref: str) -> Schema:
    name = ref.rsplit("/", 1)[1]
    raw = deref(doc, {"$ref": ref})
    required = set(raw.get("required") or [])
    fields = []
    for prop, spec in (raw.get("properties") or {}).items():
        resolved = deref(doc, spec)
        fields.append(
            Field(
                name=prop,
                python_name=python_identifier(prop),
                type=str(resolved.get("type", "object")),
                python_type=_python_type(resolved),
                required=prop in required,
                secret=bool(resolved.get("x-secret") or spec.get("x-secret")),
                description=" ".join(str(resolved.get("description", "")).split()),
                enum=tuple(str(v) for v in resolved.get("enum") or ()),
            )
        )
    # required fields first: the facade's keyword arguments read best that way
    fields.sort(key=lambda f: not f.required)
    return Schema(name, pascal_case(name), " ".join(str(raw.get("description", "")).split()), tuple(fields))


def _examples(media: dict[str, Any]) -> tuple[Example, ...]:
    out = []
    raw_examples = media.get("examples") or {}
    for name, _pointer, value in media_examples(media, ""):
        summary = raw_examples.get(name, {}).get("summary", "") if isinstance(raw_examples, dict) else ""
        out.append(Example(name, str(summary), value))
    return tuple(out)


def _json_media(doc: dict[str, Any], node: Any) -> dict[str, Any] | None:
    return json_media(deref(doc, node))


def _auth(security: tuple[tuple[str, ...], ...], schemes: dict[str, SecurityScheme]) -> str:
    """What the client sends by default: the first alternative wins, `{}` means nothing."""
    first = security[0] if security else ()
    if not first:
        # `[{}, {bearerAuth: []}]`: anyone may call, and a signed-in caller sends its token (the
        # SDK does so on sendVerification, which needs it for target=CUR_USER).
        if any(alt and schemes[alt[0]].scheme == "bearer" for alt in security):
            return "bearer_optional"
        return "none"
    scheme = schemes[first[0]]
    if scheme.scheme == "bearer":
        # `[{bearerAuth: []}, {clientBasic: []}]`: the user's token when signed in, else the
        # client's Basic credentials (the SDK's authorizeInfo).
        if any(alt and schemes[alt[0]].scheme == "basic" for alt in security[1:]):
            return "bearer_or_basic"
        return "bearer"
    if scheme.scheme == "tc3-hmac-sha256":
        return "tc3"  # signed per request with the API key pair (templates/python/_tc3.py.jinja)
    return "basic"


def build_api(doc: dict[str, Any]) -> Api:
    components = doc.get("components") or {}
    schemes = {
        name: SecurityScheme(
            name, str(s.get("scheme", "")).lower(), " ".join(str(s.get("description", "")).split())
        )
        for name, s in sorted((components.get("securitySchemes") or {}).items())
    }
    schemas: dict[str, Schema] = {}

    def schema_for(media: dict[str, Any] | None) -> Schema | None:
        ref = ((media or {}).get("schema") or {}).get("$ref")
        if not ref:
            return None
        if ref not in schemas:
            schemas[ref] = _schema(doc, ref)
        return schemas[ref]

    operations = []
    for _pointer, path, method, op in iter_operations(doc):
        params = []
        for p in operation_parameters(doc, doc["paths"][path], op):
            pschema = p.get("schema") or {}
            params.append(
                Parameter(
                    name=str(p["name"]),
                    python_name=python_identifier(str(p["name"])),
                    location=str(p["in"]),
                    required=bool(p.get("required")),
                    secret=bool(p.get("x-secret") or pschema.get("x-secret")),
                    python_type=_python_type(pschema),
                    description=" ".join(str(p.get("description", "")).split()),
                    example=p.get("example"),
                    common=(str(p["name"]).lower(), str(p["in"])) in COMMON_PARAMETERS,
                )
            )
        body_media = _json_media(doc, op["requestBody"]) if "requestBody" in op else None
        responses = []
        for status, response in (op.get("responses") or {}).items():
            resolved = deref(doc, response)
            media = _json_media(doc, resolved)
            responses.append(
                Response(
                    status=str(status),
                    description=" ".join(str(resolved.get("description", "")).split()),
                    schema=schema_for(media),
                    examples=_examples(media) if media else (),
                )
            )
        security = tuple(tuple(sorted(req)) for req in op.get("security") or [])
        description = str(op.get("description", "")).strip()
        note = GUIDE_NOTE.search(description)
        operations.append(
            Operation(
                operation_id=str(op["operationId"]),
                python_name=snake_case(str(op["operationId"])),
                method=method.upper(),
                path=path,
                summary=str(op.get("summary", "")).strip(),
                description=description,
                guide_note=" ".join(note.group(1).split()) if note else "",
                tag=str((op.get("tags") or ["default"])[0]),
                security=security,
                auth=_auth(security, schemes),
                parameters=tuple(params),
                body=schema_for(body_media),
                body_required=bool(deref(doc, op.get("requestBody", {})).get("required")),
                request_examples=_examples(body_media) if body_media else (),
                responses=tuple(responses),
                clears_session=bool(op.get("x-clears-session")),
                deprecated=op.get("deprecated") is True,
            )
        )

    codes = tuple(
        ErrorCode(
            error=name,
            class_name=pascal_case(name),
            status=int(entry["status"]),
            error_code=entry.get("error_code"),
            description=" ".join(str(entry.get("description", "")).split()),
        )
        for name, entry in error_catalogue(doc).items()
    )
    for ref in sorted(components.get("schemas") or {}):
        schema_for({"schema": {"$ref": f"#/components/schemas/{ref}"}})
    secret_fields = sorted(
        {f.name for s in schemas.values() for f in s.fields if f.secret}
        | {p.name for o in operations for p in o.parameters if p.secret}
    )
    servers = tuple(
        Server(
            url=str(s["url"]),
            role=str(s.get("x-role", "")),
            description=" ".join(str(s.get("description", "")).split()),
            variables=tuple((k, str(v.get("default", ""))) for k, v in (s.get("variables") or {}).items()),
        )
        for s in doc.get("servers") or []
    )
    info = doc.get("info") or {}
    return Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=str(info.get("description", "")).strip(),
        servers=servers,
        china_regions=tuple(str(r) for r in doc.get("x-china-regions") or ()),
        security_schemes=tuple(schemes.values()),
        operations=tuple(operations),
        error_codes=codes,
        schemas=tuple(sorted(schemas.values(), key=lambda s: s.name)),
        secret_fields=tuple(secret_fields),
    )
