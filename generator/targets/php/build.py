"""Render generated/php from the IR (the `ir` dict of the build context, never the OpenAPI
document): the runtime's plain PHP copied as it is (its `<?php` line is the header's), plus,
from the IR, the client class (one method per operation), the response and request types, the
enums, one exception class per catalogue code, the spec's data and the package files.

Every spec string reaches PHP through `phpsource` (literals, PHPDoc) and every name through
`names` (validated identifiers)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...templating import TEMPLATES, environment, markdown_environment, render
from .. import TargetError
from .names import class_name, enum_case, pascal, variable
from .phpsource import doc_lines, doc_text, php_string, php_value

if TYPE_CHECKING:
    from .. import BuildContext

NAMESPACE = "CloudBase\\Auth"
MODELS = "\\CloudBase\\Auth\\Model\\"  # fully qualified: the same name resolves in every namespace
ENUMS = "\\CloudBase\\Auth\\Enum\\"
PACKAGE = "cloudbase-auth/cloudbase-auth"
PHP_VERSION = "8.1"
TEMPLATE_DIR = TEMPLATES / "php"
RUNTIME_DIR = TEMPLATE_DIR / "runtime"

# The runtime's public methods on the client: no operation may take one of these names.
CLIENT_METHODS = frozenset(
    {
        "envId", "clientId", "baseUrl", "deviceId", "session", "setSession", "clearSession", "refreshSession",
        "call", "object", "api", "now", "log",
    }
)  # fmt: skip
# Per-call arguments every method has: no parameter or body field may take one of these names.
CALL_ARGUMENTS = frozenset({"requestId", "timeout", "extraHeaders", "secretId", "secretKey", "sessionToken"})
# Classes the runtime declares under CloudBase\Auth\Exception.
RUNTIME_EXCEPTIONS = frozenset(
    {
        "CloudBaseAuthException", "ConnectionException", "TimeoutException", "NotSignedInException",
        "StorageException", "TicketException", "ConfigurationException", "ApiException", "GatewayException",
        "InvalidResponseException", "HttpBadRequestException", "HttpUnauthorizedException",
        "HttpForbiddenException", "HttpNotFoundException", "HttpConflictException",
        "HttpTooManyRequestsException", "HttpServerErrorException",
        "TokenVerificationException", "TokenInactiveException", "TokenExpiredException",
        "VerificationUnavailableException",
    }
)  # fmt: skip
INTROSPECT_OPERATION = "introspectToken"
STATUS_CLASSES = {
    400: "HttpBadRequestException",
    401: "HttpUnauthorizedException",
    403: "HttpForbiddenException",
    404: "HttpNotFoundException",
    409: "HttpConflictException",
    429: "HttpTooManyRequestsException",
}
AUTH_NOTES = {
    "none": "No credentials are sent (client_id goes in the query).",
    "bearer": "Sends the session's access token (NotSignedInException without a session), renewed first when it is about to expire.",
    "bearer_optional": "Sends the session's access token when signed in, else client_id.",
    "bearer_or_basic": "Sends the session's access token when signed in, else the client credentials.",
    "basic": "Sends the client credentials (options clientId and clientSecret).",
    "secret_basic": "Sends the client credentials (options clientId and clientSecret).",
    "tc3": "Signed with the API key pair (options secretId and secretKey, or this call's) with TC3-HMAC-SHA256.",
}


@dataclass
class PhpType:
    native: str  # the declared type, without null: "string", "TokenResponse", "Gender|string"
    doc: str  # the PHPDoc type, without null: "list<string>"
    reader: str  # Wire method call for a field: "string", "enum", ...
    reader_args: str = ""  # extra arguments after the key and required flag
    item: str = ""  # for lists: a closure reading one item
    is_object: bool = False  # a JSON object on the wire (a nested type or a free-form object)
    freeform: bool = False  # its keys are unknown (a free-form object, any value, a list of them)


@dataclass
class PhpField:
    name: str  # the property or argument name (no $)
    wire: str
    type: PhpType
    required: bool
    secret: bool
    doc: str  # one line
    location: str = "body"  # body, query, header, path
    default: str = ""  # a PHP literal for a fixed value (a one-value enum)

    @property
    def kind(self) -> str:
        """How the model keeps and shows it (see the runtime's Model::fields)."""
        if self.secret:
            return "secret"
        if self.type.freeform:
            return "map"
        return "object" if self.type.is_object else "plain"

    @property
    def hidden(self) -> bool:
        """Kept outside the object (a secret, or a free-form value that may hold one)."""
        return self.kind in ("secret", "map")

    @property
    def declared(self) -> str:
        """The declared type of the property or argument."""
        native = self.type.native
        if self.required or self.default:
            return native
        return ("?" + native) if "|" not in native else native + "|null"

    @property
    def doc_type(self) -> str:
        if self.required or self.default:
            return self.type.doc
        return self.type.doc + "|null"

    @property
    def input_type(self) -> str:
        """As an argument: a nested type may also be given as an array by wire name."""
        if self.type.reader == "model":
            base = self.type.native + "|array"
            return base if self.required else base + "|null"
        return self.declared

    @property
    def input_doc_type(self) -> str:
        if self.type.reader == "model":
            base = self.type.doc + "|array<string, mixed>"
            return base if self.required else base + "|null"
        return self.doc_type


@dataclass
class PhpModel:
    name: str
    schema: str
    doc: list[str]
    fields: list[PhpField] = field(default_factory=list)

    @property
    def hidden(self) -> list[PhpField]:
        return [f for f in self.fields if f.hidden]


@dataclass
class PhpEnum:
    name: str
    doc: list[str]
    cases: list[tuple[str, str]]  # (case name, PHP literal of the value)


@dataclass
class PhpMethod:
    operation_id: str
    name: str
    doc: list[str]
    arguments: list[PhpField]  # required first
    response: str | None  # the model class, None: returns void
    tc3: bool
    deprecated: bool

    def by_location(self, location: str) -> list[PhpField]:
        return [a for a in self.arguments if a.location == location]


class _Types:
    """The IR's JSON-Schema types as PHP types."""

    def __init__(self, models: dict[str, str], enums: dict[tuple[str, str], str]) -> None:
        self.models = models  # schema name -> class (schemas with fields)
        self.enums = enums  # (owner, wire name) -> enum class

    def of(self, t: dict[str, Any], owner: str, wire: str) -> PhpType:
        kind = t["type"]
        if t.get("ref"):
            if t["ref"] in self.models:
                cls = self.models[t["ref"]]
                return PhpType(cls, cls, "model", f", {cls}::class", is_object=True)
            return PhpType("array", "array<string, mixed>", "map", is_object=True, freeform=True)
        if kind == "string":
            if t.get("format") == "date-time":
                return PhpType("\\DateTimeImmutable", "\\DateTimeImmutable", "dateTime")
            enum = self.enums.get((owner, wire))
            if enum:
                return PhpType(f"{enum}|string", f"{enum}|string", "enum", f", {enum}::class")
            return PhpType("string", "string", "string")
        if kind == "integer":
            return PhpType("int", "int", "int")
        if kind == "number":
            return PhpType("float", "float", "float")
        if kind == "boolean":
            return PhpType("bool", "bool", "bool")
        if kind == "array":
            items = t.get("items")
            if not items:
                return PhpType(
                    "array",
                    "list<mixed>",
                    "list",
                    item="static fn (mixed $v, string $at): mixed => $v",
                    freeform=True,
                )
            inner, closure = self._item(items, owner, wire)
            free = "mixed" in inner or "array<" in inner  # items whose keys the spec does not know
            return PhpType("array", f"list<{inner}>", "list", item=closure, freeform=free)
        if kind == "object":
            return PhpType("array", "array<string, mixed>", "map", is_object=True, freeform=True)
        return PhpType("mixed", "mixed", "any", freeform=True)

    def _item(self, t: dict[str, Any], owner: str, wire: str) -> tuple[str, str]:
        """The PHPDoc type of one list item and a closure reading it."""
        kind = t["type"]
        head = "static fn (mixed $v, string $at)"
        if t.get("ref") and t["ref"] in self.models:
            cls = self.models[t["ref"]]
            return cls, f"{head}: ?{cls} => Wire::asModel($v, $at, {cls}::class)"
        if t.get("ref") or kind == "object":
            return "array<string, mixed>", f"{head}: ?array => Wire::asMap($v, $at)"
        if kind == "string" and t.get("format") == "date-time":
            return "\\DateTimeImmutable", f"{head}: ?\\DateTimeImmutable => Wire::asDateTime($v, $at)"
        if kind == "string" and (owner, wire) in self.enums:
            enum = self.enums[(owner, wire)]
            return f"{enum}|string", f"{head}: {enum}|string|null => Wire::asEnum($v, $at, {enum}::class)"
        simple = {"string": "String", "integer": "Int", "number": "Float", "boolean": "Bool"}
        doc = {"string": "string", "integer": "int", "number": "float", "boolean": "bool"}
        if kind in simple:
            return doc[kind], f"{head}: ?{doc[kind]} => Wire::as{simple[kind]}($v, $at)"
        if kind == "array":
            inner, closure = self._item(t["items"] or {"type": "any"}, owner, wire)
            return (
                f"list<{inner}>",
                f"{head}: ?array => (new Wire(['v' => $v], $at))->list('v', false, {closure})",
            )
        return "mixed", f"{head}: mixed => $v"


def _unique(name: str, taken: set[str], what: str) -> str:
    if name in taken:
        raise TargetError(f"php: two generated names would both be {name!r} ({what}); rename one in the spec")
    taken.add(name)
    return name


def _emitted_schemas(ir: dict[str, Any]) -> list[str]:
    """Schemas that become classes: success answers and every type they or a request body
    refer to (a request body itself becomes the method's arguments). A schema without fields
    is a free-form object (`array`)."""
    by_name = {s["name"]: s for s in ir["schemas"]}
    todo: list[str] = []

    def refs(t: dict[str, Any] | None) -> list[str]:
        if not t:
            return []
        return ([t["ref"]] if t.get("ref") else []) + refs(t.get("items"))

    for op in ir["operations"]:
        for response in op["responses"]:
            if response["status"].startswith("2") and response["schema"]:
                todo.append(response["schema"])
        if op["body"] and op["body"] in by_name:
            for f in by_name[op["body"]]["fields"]:
                todo.extend(refs(f["type"]))
        for p in op["parameters"]:
            todo.extend(refs(p["type"]))
    seen: list[str] = []
    while todo:
        name = todo.pop(0)
        if name in seen or name not in by_name:
            continue
        seen.append(name)
        for f in by_name[name]["fields"]:
            todo.extend(refs(f["type"]))
    return sorted(name for name in seen if by_name[name]["fields"])


def _enums(ir: dict[str, Any], taken: set[str]) -> tuple[dict[tuple[str, str], str], list[PhpEnum]]:
    """One enum per closed set of two or more values: named after its field (`Gender`), or
    after its owner and field when one field name has several value sets (`UserProfileStatus`).
    A one-value enum is a fixed value, not an enum."""
    found: list[
        tuple[str, str, list[str], tuple[str, ...], str]
    ] = []  # owner, wire, words, values, description

    def walk(t: dict[str, Any] | None, owner: str, wire: str, words: list[str], text: str) -> None:
        if not t:
            return
        if t["type"] == "string" and len(t.get("enum") or []) >= 2:
            found.append((owner, wire, words, tuple(t["enum"]), text))
        walk(t.get("items"), owner, wire, words, text)

    for schema in ir["schemas"]:
        for f in schema["fields"]:
            walk(f["type"], schema["name"], f["name"], f["names"]["words"], f.get("description") or "")
    for op in ir["operations"]:
        for p in op["parameters"]:
            if not p["managed"]:
                walk(
                    p["type"], op["operation_id"], p["name"], p["names"]["words"], p.get("description") or ""
                )
    value_sets: dict[str, set[tuple[str, ...]]] = {}
    for _owner, wire, _words, values, _text in found:
        value_sets.setdefault(wire, set()).add(values)
    by_key: dict[tuple[str, str], str] = {}
    enums: dict[str, PhpEnum] = {}
    owners = {s["name"]: s["names"]["words"] for s in ir["schemas"]} | {
        op["operation_id"]: op["names"]["words"] for op in ir["operations"]
    }
    for owner, wire, words, values, text in found:
        shared = len(value_sets[wire]) == 1
        name = pascal(words if shared else [*owners[owner], *words], "enum name")
        if name.lower() in (
            "empty",
            "list",
            "class",
            "string",
            "int",
            "float",
            "bool",
            "array",
            "object",
            "null",
        ):
            name += "Value"
        if name not in enums:
            _unique(name, taken, f"the enum of {owner}.{wire}")
            cases: list[tuple[str, str]] = []
            case_names: set[str] = set()
            for value in values:
                case = enum_case(value)
                if case in case_names:
                    raise TargetError(
                        f"php: two values of {owner}.{wire} would both be the enum case {case!r}"
                    )
                case_names.add(case)
                cases.append((case, php_string(value)))
            summary = f"{name}: the values of `{wire}`" + (f". {text}" if text else ".")
            summary += " A value this version does not know arrives as a plain string, never dropped."
            enums[name] = PhpEnum(name, doc_lines(summary), cases)
        by_key[(owner, wire)] = name
    return by_key, sorted(enums.values(), key=lambda e: e.name)


def _field(item: dict[str, Any], owner: str, types: _Types, location: str) -> PhpField:
    t = item["type"]
    name = variable(item["names"]["words"])
    text = (item.get("description") or "").strip() or f"The {item['name']} field."
    if location != "body":
        text += f" (sent as the {location} parameter {item['name']})"
    default = ""
    if t.get("const") is not None:
        default = php_value(t["const"])  # the IR's fixed value: sent with it when left out
    return PhpField(
        name=name,
        wire=item["name"],
        type=types.of(t, owner, item["name"]),
        required=bool(item["required"]),
        secret=bool(item["secret"]),
        doc=doc_text(text),
        location=location,
        default=default,
    )


def _success(op: dict[str, Any]) -> str | None:
    for response in op["responses"]:
        if response["status"].startswith("2"):
            return str(response["schema"]) if response["schema"] else None
    return None


def model(ir: dict[str, Any]) -> dict[str, Any]:
    by_name = {s["name"]: s for s in ir["schemas"]}
    taken: set[str] = set(RUNTIME_EXCEPTIONS) | {
        "CloudBaseAuth",
        "Model",
        "Session",
        "Ticket",
        "Tc3Credentials",
        "Logger",
        "TokenVerifier",
        "VerifiedToken",
    }
    emitted = _emitted_schemas(ir)
    short = {name: _unique(class_name(by_name[name]), taken, f"schema {name}") for name in emitted}
    classes = {name: MODELS + cls for name, cls in short.items()}
    enum_keys, enums = _enums(ir, taken)
    types = _Types(classes, {key: ENUMS + name for key, name in enum_keys.items()})

    models: list[PhpModel] = []
    for name in emitted:
        schema = by_name[name]
        cls = short[name]
        text = (schema.get("description") or "").strip() or f"The {name} object."
        m = PhpModel(cls, name, doc_lines(f"{cls}: {text}"))
        seen: set[str] = set()
        for f in schema["fields"]:
            pf = _field(f, name, types, "body")
            pf.default = ""  # answers carry what they carry
            _unique(pf.name, seen, f"a property of {name}")
            m.fields.append(pf)
        models.append(m)

    methods: list[PhpMethod] = []
    method_names: set[str] = set()
    catalogue = {c["error"]: c for c in ir["error_codes"]}
    for op in ir["operations"]:
        name = variable(op["names"]["words"])
        if name in CLIENT_METHODS:
            raise TargetError(
                f"php: operation {op['operation_id']} would be named like the client's own method {name!r}"
            )
        _unique(name, method_names, f"the method of {op['operation_id']}")
        params = [
            _field(p, op["operation_id"], types, p["location"]) for p in op["parameters"] if not p["managed"]
        ]
        body: list[PhpField] = []
        if op["body"] and op["body"] in by_name:
            wires = {p.wire for p in params}
            # A body field named like a parameter is that parameter (as in the other clients).
            body = [
                _field(f, op["body"], types, "body")
                for f in by_name[op["body"]]["fields"]
                if f["name"] not in wires
            ]
        arguments = body + params
        seen = set()
        for a in arguments:
            if a.name in CALL_ARGUMENTS:
                raise TargetError(
                    f"php: {op['operation_id']}: the argument {a.name!r} is one of every method's own"
                )
            _unique(a.name, seen, f"an argument of {op['operation_id']}")
        ordered = [a for a in arguments if a.required and not a.default] + [
            a for a in arguments if not a.required or a.default
        ]
        success = _success(op)
        response = classes.get(success) if success else None
        summary = (op.get("summary") or "").strip().rstrip(".")
        lines = [f"{summary}." if summary else op["operation_id"] + "."]
        if op.get("description"):
            lines.append(op["description"])
        note = f"`{op['method']} {op['path']}`. " + AUTH_NOTES.get(op["security"]["mode"], "")
        if op["stores_session"]:
            note += " A success becomes the client's session."
        if op["clears_session"]:
            note += " A success ends the client's session when the token it ends is the session's own."
        lines.append(note)
        doc: list[str] = []
        for chunk in lines:
            if doc:
                doc.append("     *")
            doc.extend(doc_lines(chunk, indent="    "))
        doc.append("     *")
        for a in ordered:
            doc.append(f"     * @param {a.input_doc_type} ${a.name} {a.doc}")
        if op["security"]["mode"] == "tc3":
            doc.append(
                "     * @param string|null $secretId the SecretId this call signs with (default: the client's option secretId)"
            )
            doc.append("     * @param string|null $secretKey the SecretKey; it signs and is never sent")
            doc.append("     * @param string|null $sessionToken the token of a temporary key pair")
        doc.append("     * @param string|null $requestId the x-request-id to send (a fresh one when null)")
        doc.append(
            "     * @param float|null $timeout seconds for this whole call, retries included (default: the client's)"
        )
        doc.append(
            '     * @param array<string, string> $extraHeaders more headers ("Authorization" replaces the client\'s credentials)'
        )
        doc.append(
            f"     * @return {response or 'void'}" + ("" if response else " (the answer has no fields)")
        )
        throws: list[str] = []
        for r in op["responses"]:
            for example in r["examples"]:
                code = (
                    (example.get("value") or {}).get("error")
                    if isinstance(example.get("value"), dict)
                    else None
                )
                if code in catalogue:
                    cls = class_name(catalogue[code], "Exception")
                    if cls not in throws:
                        throws.append(cls)
        for cls in throws:
            doc.append(f"     * @throws Exception\\{cls}")
        if op["security"]["mode"] == "bearer":
            doc.append(
                "     * @throws Exception\\NotSignedInException no session (sign in first), or it cannot be renewed"
            )
        doc.append(
            "     * @throws Exception\\ApiException any other error answer (the base of the ones above)"
        )
        doc.append(
            "     * @throws Exception\\ConnectionException no answer: the service could not be reached, or timed out"
        )
        if op.get("deprecated"):
            doc.append("     * @deprecated the service may remove this operation")
        methods.append(
            PhpMethod(
                operation_id=op["operation_id"],
                name=name,
                doc=doc,
                arguments=ordered,
                response=response,
                tc3=op["security"]["mode"] == "tc3",
                deprecated=bool(op.get("deprecated")),
            )
        )

    errors = []
    for code in ir["error_codes"]:
        cls = _unique(class_name(code, "Exception"), taken, f"error code {code['error']}")
        base = (
            "HttpServerErrorException"
            if code["status"] >= 500
            else STATUS_CLASSES.get(code["status"], "ApiException")
        )
        number = f", error_code {code['error_code']}" if code.get("error_code") is not None else ""
        text = f"`{code['error']}` (HTTP {code['status']}{number}): {code.get('description') or ''}"
        errors.append({"name": cls, "base": base, "wire": php_string(code["error"]), "doc": doc_lines(text)})

    servers = {s["role"]: s["url"] for s in ir["servers"]}
    session = ir.get("session") or {}
    operations = []
    for op in ir["operations"]:
        # The body fields the spec pins to one value (the IR type's `const`): the runtime fills
        # them in when a call leaves them out (the administrator token's renewal sends them).
        fixed: dict[str, Any] = {}
        if op["body"] and op["body"] in by_name:
            for f in by_name[op["body"]]["fields"]:
                if f["type"].get("const") is not None:
                    fixed[f["name"]] = f["type"]["const"]
        operations.append(
            {
                "id": php_string(op["operation_id"]),
                "method": php_string(op["method"]),
                "path": php_string(op["path"]),
                "auth": php_string(op["security"]["mode"]),
                "stores": "true" if op["stores_session"] else "false",
                "clears": "true" if op["clears_session"] else "false",
                "client_id": "true" if op["security"].get("sends_client_id") else "false",
                "fixed": php_value(fixed) if fixed else "[]",
            }
        )
    arguments_by_op = {m.operation_id: [(a.wire, a.name, a.location) for a in m.arguments] for m in methods}
    return {
        "namespace": NAMESPACE,
        "package": PACKAGE,
        "php_version": PHP_VERSION,
        "version": ir["api"]["version"],
        "version_literal": php_string(ir["api"]["version"]),
        "title": ir["api"]["title"],
        "gateway": php_string(servers.get("gateway", "https://{envId}.api.tcloudbasegateway.com/auth/v1")),
        "intl_gateway": php_string(
            servers.get("intl-gateway", "https://{envId}.api.intl.tcloudbasegateway.com/auth/v1")
        ),
        "china_regions": php_value(list(ir["china_regions"])),
        "intl_regions": php_value(list(ir.get("intl_regions") or [])),
        "secret_fields": php_value(list(ir["secret_fields"])),
        "refresh_operation": php_string(session["refresh_operation"])
        if session.get("refresh_operation")
        else "null",
        "refresh_body": php_value([list(pair) for pair in session.get("refresh_body") or []]),
        # The operation TokenVerifier asks about a caller's token (as the Python and Go targets
        # find it: by its operationId); null when the spec has none.
        "introspect_operation": php_string(INTROSPECT_OPERATION)
        if any(op["operation_id"] == INTROSPECT_OPERATION for op in ir["operations"])
        else "null",
        "operations": operations,
        "arguments": {
            php_string(k): [(php_string(w), php_string(n), php_string(loc)) for w, n, loc in v]
            for k, v in arguments_by_op.items()
        },
        "models": models,
        "enums": enums,
        "methods": methods,
        "body_operations": {op["operation_id"] for op in ir["operations"] if op["body"]},
        "errors": errors,
        "php_string": php_string,
        "doc": doc_text,  # spec text inside a comment or prose: one line, `*/` neutralised
    }


def build(context: BuildContext, folder: str) -> None:
    out = context.out_dir / folder
    out.mkdir(parents=True, exist_ok=True)
    data = model(context.ir)
    env = environment(TEMPLATE_DIR)
    (out / "composer.json").write_text(composer_json(data, context.header), encoding="utf-8")
    # Markdown that becomes HTML (on GitHub, in an IDE): the spec's title is text there
    (out / "README.md").write_text(
        render(markdown_environment(TEMPLATE_DIR), "README.md.jinja", **data), encoding="utf-8"
    )
    files: list[tuple[str, str, dict[str, Any]]] = [
        ("CloudBaseAuth.php.jinja", "src/CloudBaseAuth.php", {}),
        ("GeneratedSpec.php.jinja", "src/Internal/GeneratedSpec.php", {}),
    ]
    files += [("Model.php.jinja", f"src/Model/{m.name}.php", {"model": m}) for m in data["models"]]
    files += [("Enum.php.jinja", f"src/Enum/{e.name}.php", {"enum": e}) for e in data["enums"]]
    files += [("Exception.php.jinja", f"src/Exception/{e['name']}.php", {"error": e}) for e in data["errors"]]
    for template, target, extra in files:
        path = out / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(env, template, **data, **extra), encoding="utf-8")
    copy_runtime(out)


def composer_json(data: dict[str, Any], header: str) -> str:
    """The package's composer.json (JSON written by json.dumps: spec text stays data). JSON has
    no comments and Composer's schema allows no extra member: the first member, the
    description, carries the "generated" notice."""
    document = {
        "description": f"{data['title']} client for PHP (API {data['version']}): sessions, typed errors, safe "
        f"retries, custom-login tickets; no dependency beyond PHP's own extensions. {header}.",
        "name": PACKAGE,
        "type": "library",
        "license": "MIT",
        "version": data["version"],
        "require": {"php": f">={PHP_VERSION}", "ext-curl": "*", "ext-json": "*", "ext-openssl": "*"},
        "autoload": {"psr-4": {NAMESPACE + "\\": "src/"}},
        "autoload-dev": {"psr-4": {NAMESPACE + "\\Tests\\": "tests/"}},
    }
    return json.dumps(document, indent=4, ensure_ascii=False) + "\n"


def copy_runtime(out: Path) -> None:
    """The runtime's files as they are (its tests included, so phpunit runs them where users
    get the package), each PHP file without its `<?php` line: the writer's header supplies it."""
    for path in sorted(RUNTIME_DIR.rglob("*")):
        if not path.is_file() or path.suffix not in (".php", ".xml", ".pem") or "vendor" in path.parts:
            continue
        target = out / path.relative_to(RUNTIME_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".php":
            text = path.read_text(encoding="utf-8")
            if not text.startswith("<?php\n"):
                raise TargetError(
                    f"php: {path.relative_to(RUNTIME_DIR)} must start with '<?php' on its own line"
                )
            target.write_text(text[len("<?php\n") :], encoding="utf-8")
        else:
            shutil.copyfile(path, target)
