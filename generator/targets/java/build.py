"""Render generated/java (a Maven project) from the IR (the `ir` dict of the build context, never
the OpenAPI document): the runtime's plain Java sources copied as they are, plus the spec's data
(`ApiSpec`), the client (`CloudBaseAuth` and its async twin), one immutable model per schema,
one exception class per catalogue code, the vectors' calls, the pom and the README.

Every spec string reaches Java only through `javatext` (string literals, Javadoc) and every
name through `names.identifier`."""

from __future__ import annotations

import json
import math
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...templating import TEMPLATES, environment, markdown_environment, render
from .. import TargetError
from .javatext import java_string, javadoc
from .names import class_of, identifier, member, member_of, pascal

if TYPE_CHECKING:
    from .. import BuildContext

GROUP_ID = "io.github.cloudbaseauth"
ARTIFACT_ID = "cloudbase-auth"
PACKAGE = "io.github.cloudbaseauth"
PACKAGE_DIR = "src/main/java/io/github/cloudbaseauth"
TEST_DIR = "src/test/java/io/github/cloudbaseauth"
TEMPLATE_DIR = TEMPLATES / "java"
RUNTIME_DIR = TEMPLATE_DIR / "runtime"
# Pinned here and in templates/java/runtime/pom.xml (tests/java/test_target.py keeps them equal).
JACKSON_VERSION = "2.21.8"
JUNIT_VERSION = "5.14.4"

# The runtime's public classes in the main package: no generated class may take one of these names.
RUNTIME_CLASSES = frozenset(
    {
        "ApiException", "ApiSpec", "CallTimeoutException", "ClientBuilder", "CloudBaseAuth", "CloudBaseAuthAsync",
        "CloudBaseAuthException", "ConnectionException", "CustomLoginTicket", "FileTokenStorage",
        "GatewayException", "InvalidResponseException", "MemoryTokenStorage", "NotSignedInException", "Redaction",
        "RequestOptions", "Session", "StorageException", "Tc3Credentials", "TicketCredentials", "TicketException",
        "TokenStorage", "ModelSupport", "WireModel", "SpecSecrets", "Object", "String", "List", "Map", "Optional",
        "AuthClient", "TokenVerifier", "VerifiedToken", "TokenVerificationException", "TokenInactiveException",
        "TokenExpiredException", "VerificationUnavailableException", "TokenVerifierFilter",
    }
)  # fmt: skip
# CloudBaseAuth's own methods: no operation may take one of these names.
CLIENT_METHODS = frozenset(
    {
        "builder", "async", "envId", "clientId", "baseUrl", "deviceId", "session", "setSession", "clearSession",
        "refreshSession", "close", "toString", "equals", "hashCode", "getClass", "notify", "notifyAll", "wait",
    }
)  # fmt: skip

# The operation TokenVerifier asks whether a token is active (the other clients' verifiers use it too).
INTROSPECT_OPERATION = "introspectToken"

BOXED = {"string": "String", "integer": "Long", "number": "Double", "boolean": "Boolean"}
PRIMITIVE = {"Integer": "int", "Long": "long", "Double": "double", "Boolean": "boolean"}
STATUS_CLASSES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    429: "TooManyRequests",
}


@dataclass
class JavaType:
    """How one JSON-Schema type is held, read and written in Java."""

    java: str  # the stored (boxed) type: String, Integer, OffsetDateTime, List<String>, a model
    kind: str  # scalar | model | list | map | any
    reader: str  # a Java expression of `{v}` (a JsonNode, or null) and `{name}` (a String)
    argument: str  # the vectors' conversion of `{v}` (a JsonNode) into `java`


def java_type(t: dict[str, Any], models: dict[str, str], depth: int = 0) -> JavaType:
    kind = t["type"]
    if t.get("ref"):
        if t["ref"] not in models:
            raise TargetError(f"java: a field refers to schema {t['ref']!r}, which the IR does not hold")
        model = models[t["ref"]]
        return JavaType(
            model,
            "model",
            f"ModelSupport.model({{v}}, {{name}}, {model}::fromJson)",
            f"{PACKAGE}.model.{model}.fromJson({{v}})",
        )
    if kind == "string" and t.get("format") == "date-time":
        return JavaType(
            "OffsetDateTime", "scalar", "ModelSupport.dateTime({v}, {name})", "VectorArgs.dateTime({v})"
        )
    if kind == "integer":
        bits = "int32" if t.get("format") == "int32" else "int64"
        boxed = "Integer" if bits == "int32" else "Long"
        return JavaType(boxed, "scalar", f"ModelSupport.{bits}({{v}}, {{name}})", f"VectorArgs.{bits}({{v}})")
    if kind == "string":
        return JavaType("String", "scalar", "ModelSupport.string({v}, {name})", "VectorArgs.string({v})")
    if kind == "number":
        return JavaType("Double", "scalar", "ModelSupport.number({v}, {name})", "VectorArgs.number({v})")
    if kind == "boolean":
        return JavaType("Boolean", "scalar", "ModelSupport.bool({v}, {name})", "VectorArgs.bool({v})")
    if kind == "array":
        items = t.get("items")
        item = (
            java_type(items, models, depth + 1)
            if items
            else JavaType("Object", "any", "ModelSupport.any({v}, {name})", "VectorArgs.any({v})")
        )
        n, nm = f"n{depth}", f"name{depth}"
        item_reader = item.reader.format(v=n, name=nm)
        item_argument = item.argument.format(v=n)
        return JavaType(
            f"List<{item.java}>",
            "list",
            f"ModelSupport.list({{v}}, {{name}}, ({n}, {nm}) -> {item_reader})",
            f"VectorArgs.list({{v}}, {n} -> {item_argument})",
        )
    if kind == "object":
        return JavaType("Map<String, Object>", "map", "ModelSupport.map({v}, {name})", "VectorArgs.map({v})")
    return JavaType("Object", "any", "ModelSupport.any({v}, {name})", "VectorArgs.any({v})")


@dataclass
class JavaField:
    wire: str
    name: str
    type: JavaType
    required: bool
    secret: bool
    fixed: str | None  # the Java literal of a one-value field, sent when the caller leaves it out
    doc: list[str]
    location: str  # body, query, header, path
    wire_literal: str = ""

    @property
    def getter_type(self) -> str:
        if self.type.kind == "list" or self.type.kind == "map":
            return self.type.java
        if self.required or self.fixed is not None:
            return PRIMITIVE.get(self.type.java, self.type.java)
        return f"Optional<{self.type.java}>"

    @property
    def getter_expr(self) -> str:
        if self.type.kind == "list":
            return f"{self.name} == null ? List.of() : {self.name}"
        if self.type.kind == "map":
            return f"{self.name} == null ? Map.of() : {self.name}"
        if self.required or self.fixed is not None:
            return self.name
        return f"Optional.ofNullable({self.name})"

    @property
    def raw(self) -> str:
        """The getter's value as a nullable object (for a parameter of the call)."""
        if self.type.kind in ("list", "map") or self.required or self.fixed is not None:
            return f"request.{self.name}()"
        return f"request.{self.name}().orElse(null)"

    @property
    def reader(self) -> str:
        required = "true" if self.required else "false"
        value = f"ModelSupport.field(node, {self.wire_literal}, {required})"
        return self.type.reader.format(v=value, name=self.wire_literal)

    @property
    def argument(self) -> str:
        return self.type.argument.format(v="value")


@dataclass
class JavaModel:
    name: str
    doc: list[str]
    fields: list[JavaField] = field(default_factory=list)
    is_request: bool = False

    @property
    def body_fields(self) -> list[JavaField]:
        return [f for f in self.fields if f.location == "body"]

    @property
    def required_fields(self) -> list[JavaField]:
        return [f for f in self.fields if f.required and f.fixed is None]

    @property
    def imports(self) -> list[str]:
        kinds = {f.type.java for f in self.fields}
        out = ["com.fasterxml.jackson.databind.JsonNode", "com.fasterxml.jackson.databind.node.ObjectNode"]
        out += ["java.util.List", "java.util.Map", "java.util.Objects", "java.util.Optional"]
        if any("OffsetDateTime" in k for k in kinds):
            out.append("java.time.OffsetDateTime")
        return sorted(out)


@dataclass
class JavaMethod:
    operation_id: str
    id_literal: str
    name: str
    const: str
    spec_literal: str
    doc: list[str]
    request: str | None
    response: str | None
    body: str  # "request.toJson()", "Json.object()" or "" (no body)
    params: list[JavaField]
    deprecated: bool
    no_arg: bool  # the request has no required field: a no-argument overload too
    arguments: list[JavaField]  # the vectors' arguments by wire name (a parameter wins over a body field)


def fixed_literal(value: str | int | float | bool, java: str, where: str) -> str:
    """The Java literal of a fixed value (the IR type's `const`) in a field of Java type `java`.
    A value the field's type cannot hold is the spec's contradiction, refused in one line."""
    if java == "Boolean" and isinstance(value, bool):
        return "true" if value else "false"
    if java == "String" and isinstance(value, str):
        return java_string(value)
    if java == "OffsetDateTime" and isinstance(value, str):
        return f"OffsetDateTime.parse({java_string(value)})"
    if not isinstance(value, bool) and isinstance(value, int):
        if java == "Long" and -(2**63) <= value < 2**63:
            return f"{value}L"
        if java == "Integer" and -(2**31) <= value < 2**31:
            return str(value)
        if java == "Double":
            return f"{float(value)!r}"
    if java == "Double" and isinstance(value, float) and math.isfinite(value):
        return repr(value)
    raise TargetError(f"java: {where} is fixed to {json.dumps(value)}, which its type ({java}) cannot hold")


def fixed_of(t: dict[str, Any]) -> str | int | float | bool | None:
    """The one value the IR type allows (its `const`, IR v2), or None. A model's field (a
    `ref`) or a list is never fixed."""
    if t.get("ref") or t["type"] in ("array", "object"):
        return None
    value = t.get("const")
    return value if isinstance(value, str | int | float | bool) else None


def _field(item: dict[str, Any], location: str, models: dict[str, str]) -> JavaField:
    t = item["type"]
    jt = java_type(t, models)
    name = identifier(member_of(item), f"the field {item['name']!r}")
    const = fixed_of(t)
    fixed = None if const is None else fixed_literal(const, jt.java, f"the field {item['name']!r}")
    enum = t.get("enum") or []
    text = (item.get("description") or "").strip() or f"The {item['name']} field."
    if location != "body":
        text += f" (Sent as the {location} parameter {item['name']}.)"
    if len(enum) > 1:
        text += " One of: " + ", ".join(str(e) for e in enum) + "."
    if const is not None:
        shown = const if isinstance(const, str) else json.dumps(const)
        text += f" Sent as {shown} when left out."
    return JavaField(
        wire=item["name"],
        name=name,
        type=jt,
        required=bool(item["required"]),
        secret=bool(item["secret"]),
        fixed=fixed,
        doc=javadoc(text, indent="    "),
        location=location,
        wire_literal=java_string(item["name"]),
    )


def _reachable(ir: dict[str, Any]) -> list[str]:
    """Schemas the client reads or writes: request bodies, success answers and what they refer
    to. Error shapes are the runtime's exceptions; a schema without fields is no type."""
    by_name = {s["name"]: s for s in ir["schemas"]}
    todo: list[str] = []
    for op in ir["operations"]:
        if op["body"]:
            todo.append(op["body"])
        for response in op["responses"]:
            if response["status"].startswith("2") and response["schema"]:
                todo.append(response["schema"])
    seen: list[str] = []

    def refs(t: dict[str, Any] | None) -> list[str]:
        if not t:
            return []
        return ([t["ref"]] if t.get("ref") else []) + refs(t.get("items"))

    while todo:
        name = todo.pop(0)
        if name in seen or name not in by_name:
            continue
        seen.append(name)
        for f in by_name[name]["fields"]:
            todo.extend(refs(f["type"]))
    return [name for name in sorted(seen) if by_name[name]["fields"]]


def _unique(name: str, taken: set[str], what: str) -> str:
    identifier(name, what)
    if name in taken or name in RUNTIME_CLASSES:
        raise TargetError(
            f"java: two generated classes would both be {name!r} ({what}); rename one in the spec"
        )
    taken.add(name)
    return name


def _success_schema(op: dict[str, Any]) -> str | None:
    for response in op["responses"]:
        if response["status"].startswith("2"):
            return str(response["schema"]) if response["schema"] else None
    return None


def _fixed_body(ir: dict[str, Any], schema: str | None) -> list[tuple[str, str]]:
    """The fixed fields of a body schema (the IR type's `const`), as (wire name literal, Java
    literal of the value): what the runtime sends on a call it makes itself (the renewal)."""
    by_name = {s["name"]: s for s in ir["schemas"]}
    out: list[tuple[str, str]] = []
    for f in by_name.get(schema or "", {}).get("fields", []):
        const = fixed_of(f["type"])
        if const is None:
            continue
        java = java_type(f["type"], {}).java if f["type"].get("format") != "date-time" else "String"
        out.append((java_string(f["name"]), fixed_literal(const, java, f"the field {f['name']!r}")))
    return out


AUTH_NOTES = {
    "none": "No credentials are sent (client_id goes in the query).",
    "bearer": "Sends the session's access token (NotSignedInException without a session), refreshed first when it is about to expire.",
    "bearer_optional": "Sends the session's access token when signed in, else client_id.",
    "bearer_or_basic": "Sends the session's access token when signed in, else the client credentials.",
    "basic": "Sends the client credentials (clientId and clientSecret of the builder).",
    "secret_basic": "Sends the client credentials (clientId and clientSecret of the builder).",
    "tc3": "Signed with the API key pair of the builder's tc3Credentials (TC3-HMAC-SHA256).",
}


def model(ir: dict[str, Any]) -> dict[str, Any]:
    by_name = {s["name"]: s for s in ir["schemas"]}
    emitted = _reachable(ir)
    taken: set[str] = set()
    models = {name: _unique(class_of(by_name[name]), taken, f"schema {name}") for name in emitted}
    types: dict[str, JavaModel] = {}
    for name in emitted:
        schema = by_name[name]
        java_name = models[name]
        text = (schema.get("description") or "").strip() or f"The {name} object."
        jm = JavaModel(java_name, javadoc(text))
        jm.fields = [_field(f, "body", models) for f in schema["fields"]]
        _check_members(jm)
        types[name] = jm

    body_owner: dict[str, str] = {}
    for op in ir["operations"]:
        if op["body"]:
            if op["body"] in body_owner:
                raise TargetError(
                    f"java: {op['body']} is the body of two operations; the Java target needs one each"
                )
            body_owner[op["body"]] = op["operation_id"]

    methods: list[JavaMethod] = []
    method_names: set[str] = set()
    consts: set[str] = set()
    for op in ir["operations"]:
        name = identifier(member(op["names"]["words"]), f"the operation {op['operation_id']!r}")
        if name in method_names or name in CLIENT_METHODS:
            raise TargetError(
                f"java: two methods of CloudBaseAuth would both be {name!r} (operation {op['operation_id']})"
            )
        method_names.add(name)
        params = [_field(p, p["location"], models) for p in op["parameters"] if not p["managed"]]
        request: str | None = None
        arguments = list(params)
        if op["body"] and op["body"] in types:
            jm = types[op["body"]]
            jm.is_request = True
            body_names = {f.name for f in jm.fields}
            for p in params:
                if p.name in body_names:
                    # The same name in the body and as a parameter (updatePassword's sudo_token):
                    # the parameter's field says where it goes.
                    p.name += p.location.capitalize()
                    if p.name in body_names:
                        raise TargetError(f"java: {op['operation_id']}: two fields would both be {p.name}")
            param_wires = {p.wire for p in params}
            arguments = [f for f in jm.fields if f.wire not in param_wires] + params
            jm.fields.extend(params)
            _check_members(jm)
            request = jm.name
        elif op["body"] or params:
            # No body type of its own (an empty body schema) or no body: a request of parameters.
            request = _unique(
                pascal(op["names"]["words"]) + "Request", taken, f"the parameters of {op['operation_id']}"
            )
            jm = JavaModel(request, javadoc(f"The parameters of {name}."), params, is_request=True)
            _check_members(jm)
            types["#" + request] = jm
        success = _success_schema(op)
        response = models.get(success) if success else None
        const = identifier(op["names"]["screaming"], f"the operation {op['operation_id']!r}")
        if const in consts:
            raise TargetError(f"java: two operations would both be the constant {const}")
        consts.add(const)
        # A clearing call whose body names the token it revokes (revokeToken's `token`) ends the
        # session only when that token is the session's own (else it revokes the Bearer it sends).
        revoked = None
        body_fields = by_name[op["body"]]["fields"] if op["clears_session"] and op["body"] in by_name else []
        if any(f["name"] == "token" for f in body_fields):
            revoked = java_string("token")
        literal = (
            f"new OperationSpec({java_string(op['operation_id'])}, {java_string(op['method'])}, {java_string(op['path'])}, "
            f"{java_string(op['security']['mode'])}, {str(op['stores_session']).lower()}, {str(op['clears_session']).lower()}, "
            f"{str(bool(op['security'].get('sends_client_id'))).lower()}, {revoked or 'null'})"
        )
        summary = (op.get("summary") or "").strip().rstrip(".")
        parts = [f"{op['method']} {op['path']}: {summary}."]
        if op.get("description"):
            parts.append(op["description"])
        note = AUTH_NOTES.get(op["security"]["mode"], "")
        if op["stores_session"]:
            note += " A success becomes the client's session."
        if op["clears_session"]:
            note += " A success ends the client's session when the token it ends is the session's own."
        parts.append(note.strip())
        if op.get("deprecated"):
            parts.append("Deprecated: the service may remove this operation.")
        doc = javadoc("\n\n".join(parts), indent="    ")
        body = ""
        if op["body"]:
            body = "request.toJson()" if op["body"] in types else "Json.object()"
        request_model = (
            types.get(op["body"]) if op["body"] in types else types.get("#" + request) if request else None
        )
        no_arg = request_model is not None and not request_model.required_fields
        methods.append(
            JavaMethod(
                operation_id=op["operation_id"],
                id_literal=java_string(op["operation_id"]),
                name=name,
                const=const,
                spec_literal=literal,
                doc=doc,
                request=request,
                response=response,
                body=body,
                params=params,
                deprecated=bool(op.get("deprecated")),
                no_arg=no_arg,
                arguments=arguments,
            )
        )
        if op.get("deprecated"):
            methods[-1].doc.insert(-1, "     * @deprecated the service may remove this operation")

    servers = {s["role"]: s["url"] for s in ir["servers"]}
    refresh = (ir.get("session") or {}).get("refresh_operation")
    refresh_const = next((m.const for m in methods if m.operation_id == refresh), None)
    if refresh_const is None:
        # A spec without a refresh operation: sessions are never refreshed by it, but the runtime
        # still needs one to name (the service's own POST /token, as the other clients assume).
        refresh_const = 'new OperationSpec("grantToken", "POST", "/token", "none", true, false, true, null)'
    refresh_body = {str(k): str(v) for k, v in (ir.get("session") or {}).get("refresh_body", [])}
    renewal = [op for op in ir["operations"] if op["security"]["mode"] == "tc3" and op["stores_session"]]
    renewal_const = next(
        (m.const for m in methods if renewal and m.operation_id == renewal[0]["operation_id"]), None
    )
    # TokenVerifier's question, by its operationId as the Python and Go verifiers find it.
    introspect_const = next((m.const for m in methods if m.operation_id == INTROSPECT_OPERATION), None)
    errors = []
    for code in ir["error_codes"]:
        cls = _unique(pascal(code["names"]["words"]) + "Exception", taken, f"error code {code['error']}")
        status = int(code["status"])
        base = "ServerError" if status >= 500 else STATUS_CLASSES.get(status)
        number = f", error_code {code['error_code']}" if code.get("error_code") is not None else ""
        text = f"{code['error']} (HTTP {status}{number}): {code.get('description') or ''}"
        errors.append(
            {
                "name": cls,
                "wire": java_string(code["error"]),
                "base": f"ApiException.{base}" if base else "ApiException",
                "doc": javadoc(text),
            }
        )
    ordered = sorted(types.values(), key=lambda m: m.name)
    return {
        "package": PACKAGE,
        "group_id": GROUP_ID,
        "artifact_id": ARTIFACT_ID,
        "version": ir["api"]["version"],
        "version_literal": java_string(ir["api"]["version"]),
        "jackson_version": JACKSON_VERSION,
        "junit_version": JUNIT_VERSION,
        "title": ir["api"]["title"],
        "gateway": java_string(servers.get("gateway", "https://{envId}.api.tcloudbasegateway.com/auth/v1")),
        "intl_gateway": java_string(
            servers.get("intl-gateway", "https://{envId}.api.intl.tcloudbasegateway.com/auth/v1")
        ),
        "china_regions": [java_string(r) for r in ir["china_regions"]],
        "intl_regions": [java_string(r) for r in ir.get("intl_regions", [])],
        "secret_fields": [java_string(f) for f in ir["secret_fields"]],
        "refresh_const": refresh_const,
        "refresh_body": [(java_string(k), java_string(v)) for k, v in refresh_body.items()],
        "renewal_const": renewal_const,
        "renewal_body": _fixed_body(ir, renewal[0]["body"] if renewal else None),
        "introspect_const": introspect_const,
        "models": ordered,
        "client_models": sorted({n for m in methods for n in (m.request, m.response) if n}),
        "request_models": sorted({m.request for m in methods if m.request}),
        "methods": methods,
        "errors": errors,
        "api_doc": javadoc(
            f"The {ir['api']['title']} client (API version {ir['api']['version']}): one method per operation, "
            "named after its operationId. Thread-safe: build one and share it; close it when done."
        ),
    }


def _check_members(jm: JavaModel) -> None:
    seen: set[str] = set()
    for f in jm.fields:
        if f.name in seen:
            raise TargetError(f"java: {jm.name} would have two fields named {f.name}; rename one in the spec")
        seen.add(f.name)


def build(context: BuildContext, folder: str) -> None:
    out = context.out_dir / folder
    data = model(context.ir)
    env = environment(TEMPLATE_DIR)
    main = out / PACKAGE_DIR
    tests = out / TEST_DIR
    for sub in (main / "model", main / "errors", tests):
        sub.mkdir(parents=True, exist_ok=True)
    write: list[tuple[str, Path]] = [
        ("pom.xml.jinja", out / "pom.xml"),
        ("ApiSpec.java.jinja", main / "ApiSpec.java"),
        ("CloudBaseAuth.java.jinja", main / "CloudBaseAuth.java"),
        ("CloudBaseAuthAsync.java.jinja", main / "CloudBaseAuthAsync.java"),
        ("SpecSecrets.java.jinja", main / "model" / "SpecSecrets.java"),
        ("VectorCalls.java.jinja", tests / "VectorCalls.java"),
    ]
    for template, target in write:
        target.write_text(render(env, template, **data), encoding="utf-8")
    # Markdown that becomes HTML (on GitHub, in an IDE): the spec's title is text there
    readme = render(markdown_environment(TEMPLATE_DIR), "README.md.jinja", **data)
    (out / "README.md").write_text(readme, encoding="utf-8")
    for m in data["models"]:
        (main / "model" / f"{m.name}.java").write_text(
            render(env, "model.java.jinja", m=m, **data), encoding="utf-8"
        )
    for e in data["errors"]:
        (main / "errors" / f"{e['name']}.java").write_text(
            render(env, "error.java.jinja", e=e, **data), encoding="utf-8"
        )
    copy_runtime(out)


def copy_runtime(out: Path) -> None:
    """The runtime's sources as they are, its tests included (so `mvn verify` runs them where
    users get the project). Not its pom (the project's is rendered)."""
    for kind in ("main", "test"):
        source = RUNTIME_DIR / "src" / kind
        if not source.is_dir():
            continue
        for path in sorted(source.rglob("*.java")):
            target = out / "src" / kind / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
