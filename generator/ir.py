"""The intermediate representation: a small, frozen, language-neutral model of the API.

Targets only ever see these objects (or their JSON form, `generated/ir.json`), never raw YAML.
Every named thing carries its wire name and its casings (`names`, from `naming.py`); every type
is a JSON-Schema type (`TypeRef`); the wire rules a client must follow are data: each
operation's resolved security, whether it stores, clears or refreshes the session, which fields
are secret, the error catalogue. How a language spells any of it is the target's business.

Built from a spec that `lint_spec` passed without errors; building from a broken spec is a
programming error. `to_json` writes the IR under the JSON Schema `ir_schema.json`; a change to
its shape bumps `IR_VERSION`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .naming import Names
from .spec import (
    Security,
    deref,
    error_catalogue,
    iter_operations,
    json_media,
    media_examples,
    operation_parameters,
    resolve_security,
    scheme_kinds,
)

IR_VERSION = 2
# Parameters every call may carry; a client manages them itself instead of exposing them.
MANAGED_PARAMETERS = frozenset(
    {("client_id", "query"), ("x-device-id", "header"), ("x-request-id", "header")}
)
NOTE = re.compile(r"(Differs from (?:older guides|the docs)):\s*(.+?)(?:\n\s*\n|\Z)", re.S)
GUIDE_NOTE = re.compile(r"Differs from older guides:\s*(.+?)(?:\n\s*\n|\Z)", re.S)
# The session: the token response's schema, its fields, and the call that refreshes it.
TOKEN_SCHEMA = "TokenResponse"
REFRESH_OPERATION = "grantToken"


def _text(value: Any) -> str:
    """A description on one line (YAML folding and indentation do not matter to any target)."""
    return " ".join(str(value or "").split())


@dataclass(frozen=True)
class TypeRef:
    """A JSON-Schema type: `type` is string, integer, number, boolean, array or object."""

    type: str
    format: str = ""
    enum: tuple[str, ...] = ()
    items: TypeRef | None = None  # arrays
    ref: str = ""  # the component schema it names, if any
    nullable: bool = False
    # The one value the schema allows (its `const`, or the member of a one-value `enum`), with
    # its JSON type; None when it allows more. Clients send it when the caller leaves it out.
    const: str | int | float | bool | None = None


@dataclass(frozen=True)
class Field:
    """A property of an object schema (a body field or a model attribute)."""

    name: str  # as on the wire
    names: Names
    type: TypeRef
    required: bool
    secret: bool
    description: str


@dataclass(frozen=True)
class Schema:
    name: str  # component name
    names: Names
    description: str
    fields: tuple[Field, ...]  # required first, then in spec order


@dataclass(frozen=True)
class Parameter:
    name: str
    names: Names
    location: str  # path, query, header
    required: bool
    secret: bool
    type: TypeRef
    description: str
    example: Any
    managed: bool  # client_id / x-device-id / x-request-id: sent by the client itself


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


AUTH_LABELS = {
    "none": "none",
    "bearer": "Bearer",
    "bearer_optional": "none (Bearer when signed in)",
    "bearer_or_basic": "Bearer (Basic when not signed in)",
    "basic": "Basic",
    "tc3": "TC3-HMAC-SHA256 signature",
}


@dataclass(frozen=True)
class Operation:
    operation_id: str
    names: Names
    method: str  # upper case
    path: str  # relative to the server URL, e.g. /user/provider/{provider_id}
    summary: str
    description: str
    guide_note: str  # the "Differs from older guides:" paragraph, or ""
    tag: str
    security: Security
    parameters: tuple[Parameter, ...]
    body: Schema | None
    body_required: bool
    request_examples: tuple[Example, ...]
    responses: tuple[Response, ...]
    stores_session: bool  # a success answer is a token response: it becomes the session
    clears_session: bool  # x-clears-session: on success the client forgets its session
    refreshes_session: bool  # the call a client makes to refresh its session
    deprecated: bool = False  # `deprecated: true`

    @property
    def auth(self) -> str:
        """What a client sends by default (`Security.mode`)."""
        return self.security.mode

    @property
    def auth_label(self) -> str:
        """`auth` for people, in docs and tables."""
        return AUTH_LABELS.get(self.auth, self.auth)

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
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query" and not p.managed)

    @property
    def header_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "header" and not p.managed)

    @property
    def required_headers(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parameters if p.location == "header" and p.required)


@dataclass(frozen=True)
class ErrorCode:
    error: str  # the `error` string on the wire
    names: Names  # names.pascal is the stem of a class or constant name
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
    kind: str  # bearer | basic | tc3
    description: str


@dataclass(frozen=True)
class Tag:
    name: str
    title: str  # for navigation: x-displayName (Redoc's convention), else the capitalised name
    description: str


@dataclass(frozen=True)
class Note:
    """A paragraph of the spec that says where the service differs from older material."""

    kind: str  # "Differs from older guides" | "Differs from the docs"
    text: str
    where: str  # for people: the operation (and the place in it) or the schema
    operation_id: str  # the operation it is about, "" when none


@dataclass(frozen=True)
class SessionRules:
    """How a client keeps a session: where a token response puts what, and how to refresh."""

    token_schema: str  # the success schema of every call that stores a session
    access_token_field: str
    refresh_token_field: str
    expiry_field: str  # seconds until the access token expires
    refresh_operation: str  # operationId
    refresh_body: tuple[tuple[str, str], ...]  # the constant fields of the refresh request


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    servers: tuple[Server, ...]
    china_regions: tuple[str, ...]
    intl_regions: tuple[str, ...]  # x-intl-regions: the regions outside mainland China a client accepts
    security_schemes: tuple[SecurityScheme, ...]
    operations: tuple[Operation, ...]
    error_codes: tuple[ErrorCode, ...]
    schemas: tuple[Schema, ...]
    secret_fields: tuple[str, ...]  # every field or parameter name marked x-secret
    session: SessionRules
    tags: tuple[Tag, ...] = ()
    notes: tuple[Note, ...] = ()
    extras: dict[str, Any] = field(default_factory=dict)  # build context (scenarios, versions...)

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


def type_ref(doc: dict[str, Any], node: Any) -> TypeRef:
    """The JSON-Schema type of a schema node (following a `$ref`, remembering its name)."""
    node = node if isinstance(node, dict) else {}
    ref = str(node.get("$ref", ""))
    schema = deref(doc, node) if ref else node
    kind: Any = schema.get("type", "object")
    nullable = False
    if isinstance(kind, list):  # OpenAPI 3.1: [string, "null"]
        nullable = "null" in kind
        kind = next((k for k in kind if k != "null"), "object")
    items = (
        type_ref(doc, schema["items"]) if kind == "array" and isinstance(schema.get("items"), dict) else None
    )
    return TypeRef(
        type=str(kind),
        format=str(schema.get("format", "")),
        # A `const` is carried as a one-value enum: a client sends that value when the caller
        # leaves the field out, whichever way the spec pins it.
        enum=tuple(str(v) for v in schema.get("enum") or ([schema["const"]] if "const" in schema else ())),
        items=items,
        ref=ref.rsplit("/", 1)[1] if ref.startswith("#/components/schemas/") else "",
        nullable=nullable,
        const=_fixed_value(schema),
    )


def _fixed_value(schema: dict[str, Any]) -> str | int | float | bool | None:
    """The only value a schema allows: `const`, or an `enum` of exactly one member (JSON
    scalars only: a fixed object or null is nothing a client could fill in)."""
    candidates = [schema["const"]] if "const" in schema else list(schema.get("enum") or ())
    if len(candidates) == 1 and isinstance(candidates[0], str | int | float | bool):
        value: str | int | float | bool = candidates[0]
        return value
    return None


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
                names=Names.of(prop),
                type=type_ref(doc, spec),
                required=prop in required,
                secret=bool(resolved.get("x-secret") or spec.get("x-secret")),
                description=_text(resolved.get("description")),
            )
        )
    # required fields first: generated signatures read best that way
    fields.sort(key=lambda f: not f.required)
    return Schema(name, Names.of(name), _text(raw.get("description")), tuple(fields))


def _examples(media: dict[str, Any]) -> tuple[Example, ...]:
    out = []
    raw_examples = media.get("examples") or {}
    for name, _pointer, value in media_examples(media, ""):
        summary = raw_examples.get(name, {}).get("summary", "") if isinstance(raw_examples, dict) else ""
        out.append(Example(name, str(summary), value))
    return tuple(out)


def _json_media(doc: dict[str, Any], node: Any) -> dict[str, Any] | None:
    return json_media(deref(doc, node))


def _session_rules(doc: dict[str, Any]) -> SessionRules:
    token = (
        deref(doc, {"$ref": f"#/components/schemas/{TOKEN_SCHEMA}"})
        if TOKEN_SCHEMA in ((doc.get("components") or {}).get("schemas") or {})
        else {}
    )
    props = token.get("properties") or {}
    return SessionRules(
        token_schema=TOKEN_SCHEMA,
        access_token_field="access_token" if "access_token" in props or not props else "",
        refresh_token_field="refresh_token" if "refresh_token" in props or not props else "",
        expiry_field="expires_in" if "expires_in" in props or not props else "",
        refresh_operation=REFRESH_OPERATION,
        refresh_body=(("grant_type", "refresh_token"),),
    )


def _strings(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, f"{pointer}/{index}")
    elif isinstance(node, str):
        yield pointer, node


def _notes(doc: dict[str, Any]) -> tuple[Note, ...]:
    """Every "Differs from older guides:" / "Differs from the docs:" paragraph, located."""
    by_path = {
        (path, method): str(op.get("operationId", "")) for _p, path, method, op in iter_operations(doc)
    }
    notes = []
    for pointer, text in _strings(doc, ""):
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        where, operation_id = pointer, ""
        if len(parts) >= 3 and parts[0] == "paths" and (parts[1], parts[2]) in by_path:
            operation_id = by_path[(parts[1], parts[2])]
            rest = "/".join(parts[3:])
            where = operation_id if rest == "description" else f"{operation_id} ({rest})"
        elif len(parts) >= 3 and parts[0] == "components":
            where = f"{parts[2]} ({'/'.join(parts[3:])})" if len(parts) > 3 else parts[2]
        for match in NOTE.finditer(text):
            notes.append(Note(match.group(1), _text(match.group(2)), where, operation_id))
    return tuple(notes)


def _tags(doc: dict[str, Any]) -> tuple[Tag, ...]:
    tags = []
    for tag in doc.get("tags") or []:
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            title = tag.get("x-displayName")
            title = title if isinstance(title, str) and title else tag["name"].capitalize()
            tags.append(Tag(tag["name"], title, _text(tag.get("description"))))
    return tuple(tags)


def build_api(doc: dict[str, Any]) -> Api:
    components = doc.get("components") or {}
    kinds = scheme_kinds(doc)
    schemes = tuple(
        SecurityScheme(name, kinds[name], _text(s.get("description")))
        for name, s in sorted((components.get("securitySchemes") or {}).items())
    )
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
                    names=Names.of(str(p["name"])),
                    location=str(p["in"]),
                    required=bool(p.get("required")),
                    secret=bool(p.get("x-secret") or pschema.get("x-secret")),
                    type=type_ref(doc, pschema),
                    description=_text(p.get("description")),
                    example=p.get("example"),
                    managed=(str(p["name"]).lower(), str(p["in"])) in MANAGED_PARAMETERS,
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
                    description=_text(resolved.get("description")),
                    schema=schema_for(media),
                    examples=_examples(media) if media else (),
                )
            )
        success = next((r for r in responses if r.status.startswith("2")), None)
        description = str(op.get("description", "")).strip()
        note = GUIDE_NOTE.search(description)
        operation_id = str(op["operationId"])
        operations.append(
            Operation(
                operation_id=operation_id,
                names=Names.of(operation_id),
                method=method.upper(),
                path=path,
                summary=str(op.get("summary", "")).strip(),
                description=description,
                guide_note=_text(note.group(1)) if note else "",
                tag=str((op.get("tags") or ["default"])[0]),
                security=resolve_security(doc, op, kinds),
                parameters=tuple(params),
                body=schema_for(body_media),
                body_required=bool(deref(doc, op.get("requestBody", {})).get("required")),
                request_examples=_examples(body_media) if body_media else (),
                responses=tuple(responses),
                stores_session=bool(success and success.schema and success.schema.name == TOKEN_SCHEMA),
                clears_session=bool(op.get("x-clears-session")),
                refreshes_session=operation_id == REFRESH_OPERATION,
                deprecated=op.get("deprecated") is True,
            )
        )

    codes = tuple(
        ErrorCode(
            error=name,
            names=Names.of(name),
            status=int(entry["status"]),
            error_code=entry.get("error_code"),
            description=_text(entry.get("description")),
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
            description=_text(s.get("description")),
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
        intl_regions=tuple(str(r) for r in doc.get("x-intl-regions") or ()),
        security_schemes=schemes,
        operations=tuple(operations),
        error_codes=codes,
        schemas=tuple(sorted(schemas.values(), key=lambda s: s.name)),
        secret_fields=tuple(secret_fields),
        session=_session_rules(doc),
        tags=_tags(doc),
        notes=_notes(doc),
    )
