"""Render generated/go from the IR (the `ir` dict of the build context, never the OpenAPI
document): the runtime's plain Go files copied as they are, plus the spec's data, one
`OperationSpec` and one method per operation, request/response structs, error sentinels and
the README. Every file is written gofmt-clean by construction (see `gotypes`)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...escape import go_struct_tag
from ...templating import TEMPLATES, environment, markdown_environment, render
from .. import TargetError
from .gotypes import doc_comment, field_type, go_string
from .names import exported_of

if TYPE_CHECKING:
    from .. import BuildContext

MODULE = "github.com/cloudbase-auth/cloudbase-auth-go"
GO_VERSION = "1.22"
TEMPLATE_DIR = TEMPLATES / "go"
RUNTIME_DIR = TEMPLATE_DIR / "runtime"

# Identifiers the runtime declares: a generated name must not take one.
RUNTIME_NAMES = frozenset(
    {
        "APIError", "CallOption", "Client", "ConnectionError", "ErrorCode", "FileStorage", "HTTPStatus",
        "MemoryStorage", "OperationSpec", "Option", "Session", "Storage", "StorageError", "TC3Credentials",
        "TicketCredentials", "TicketError", "TicketOptions", "ErrNotSignedIn", "ErrServer", "ErrGateway",
        "ErrInvalidResponse", "FixedValue",
    }
)  # fmt: skip


@dataclass
class GoField:
    name: str
    wire: str
    type: str
    tag: str
    doc: list[str]
    location: str  # body, query, header, path
    required: bool
    secret: bool = False


@dataclass
class GoStruct:
    name: str
    doc: list[str]
    fields: list[GoField] = field(default_factory=list)
    holds_secret_struct: bool = False  # a field is (a slice of) a struct that holds a secret

    @property
    def has_secret(self) -> bool:
        """It gets the redacting String/LogValue: a secret field of its own or in a nested struct
        (log/slog's JSON handler would otherwise print the nested one through encoding/json)."""
        return self.holds_secret_struct or any('cloudbase:"secret"' in f.tag for f in self.fields)


@dataclass
class GoMethod:
    operation_id: str
    name: str
    spec_var: str
    spec_literal: str
    doc: list[str]
    request: str | None  # the request struct, or None: the method takes no request
    body: bool  # the request struct is the JSON body
    body_required: bool
    response: str | None  # the response struct, or None: the method returns only an error
    body_arg: str  # what do() gets as the JSON body: "req", "map[string]any{}" or "nil"
    path_params: list[GoField]
    query_params: list[GoField]
    header_params: list[GoField]


def _tag(wire: str, location: str, required: bool, secret: bool) -> str:
    """The field's struct tag; the wire name is quoted by `go_struct_tag`, never pasted in."""
    json_tag = (wire if required else wire + ",omitempty") if location == "body" else "-"
    pairs = [("json", json_tag)]
    if location != "body":
        pairs.append(("param", wire))  # the parameter's wire name (the vectors' runner reads it)
    if secret:
        pairs.append(("cloudbase", "secret"))
    return go_struct_tag(pairs)


def allowed_values(type_: dict[str, Any]) -> str:
    """The sentence a field's doc comment ends with when the spec lists its values: Go has no
    enum type, and the fields stay plain strings (a named type with constants would change
    every existing caller's type, a breaking change for a comment's worth of help; the
    editor's hover shows this sentence where it shows the field). "" for a free value."""
    values = type_.get("enum") or []
    items = type_.get("items") or {}
    if not values and items.get("enum"):
        return " Each element is one of " + _listed(items["enum"]) + "."
    if type_.get("const") is not None or len(values) == 1:
        value = type_["const"] if type_.get("const") is not None else values[0]
        return f" The only value is {_listed([value])}; the client sends it when the field is left empty."
    if values:
        return " One of " + _listed(values) + "."
    return ""


def _listed(values: list[Any]) -> str:
    """Values as Go source spells them in a comment: strings quoted, as a caller writes them."""
    shown = [go_string(v) if isinstance(v, str) else str(v).lower() if isinstance(v, bool) else str(v) for v in values]
    return ", ".join(shown[:-1]) + (" or " if len(shown) > 1 else "") + shown[-1]


def _field(item: dict[str, Any], location: str, structs: dict[str, str]) -> GoField:
    required = bool(item["required"])
    try:
        go_type = field_type(item["type"], required, structs)
    except KeyError as exc:
        raise TargetError(
            f"go: {item['name']!r} refers to schema {exc.args[0]!r}, which the IR does not hold"
        ) from None
    where = "" if location == "body" else f" (sent as the {location} parameter {item['name']!r})"
    text = (item.get("description") or "").strip() or f"The {item['name']!r} field."
    name = exported_of(item)
    doc = doc_comment(f"{name}{where}: {text}{allowed_values(item['type'])}", indent="\t")
    return GoField(
        name,
        item["name"],
        go_type,
        _tag(item["name"], location, required, bool(item["secret"])),
        doc,
        location,
        required,
        bool(item["secret"]),
    )


def _reachable(ir: dict[str, Any]) -> list[str]:
    """Schemas the client reads or writes: request bodies and success answers, and what they
    refer to. Error shapes are the runtime's APIError; a schema without fields is no type."""
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
    if name in taken or name in RUNTIME_NAMES:
        raise TargetError(f"go: two generated names would both be {name!r} ({what}); rename one in the spec")
    taken.add(name)
    return name


def go_value(value: str | int | float | bool) -> str:
    """A fixed value (the IR type's `const`) as a Go literal for an `any`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return go_string(value)
    return repr(value)


def fixed_values(ir: dict[str, Any], op: dict[str, Any]) -> list[str]:
    """`FixedValue` literals of the request fields the spec pins to one value (the IR type's
    `const`): top-level body fields and the parameters the caller passes."""
    by_name = {s["name"]: s for s in ir["schemas"]}
    found: list[tuple[str, str, Any]] = []
    if op["body"] in by_name:
        found += [("body", f["name"], f["type"].get("const")) for f in by_name[op["body"]]["fields"]]
    found += [(p["location"], p["name"], p["type"].get("const")) for p in op["parameters"] if not p["managed"]]
    return [
        f"{{In: {go_string(where)}, Name: {go_string(name)}, Value: {go_value(value)}}}"
        for where, name, value in found
        if value is not None
    ]


def _secret_holders(ir: dict[str, Any]) -> set[str]:
    """Schemas with a secret field, at any depth (through refs and arrays of refs)."""
    by_name = {s["name"]: s for s in ir["schemas"]}

    def refs(t: dict[str, Any] | None) -> list[str]:
        if not t:
            return []
        return ([t["ref"]] if t.get("ref") else []) + refs(t.get("items"))

    holders = {name for name, s in by_name.items() if any(f["secret"] for f in s["fields"])}
    grew = True
    while grew:
        grew = False
        for name, s in by_name.items():
            if name not in holders and any(r in holders for f in s["fields"] for r in refs(f["type"])):
                holders.add(name)
                grew = True
    return holders


def _success_schema(op: dict[str, Any]) -> str | None:
    for response in op["responses"]:
        if response["status"].startswith("2"):
            return str(response["schema"]) if response["schema"] else None
    return None


def model(ir: dict[str, Any]) -> dict[str, Any]:
    by_name = {s["name"]: s for s in ir["schemas"]}
    emitted = _reachable(ir)
    taken: set[str] = set()
    structs = {name: _unique(exported_of(by_name[name]), taken, f"schema {name}") for name in emitted}
    types: dict[str, GoStruct] = {}
    holders = _secret_holders(ir)
    for name in emitted:
        schema = by_name[name]
        go_name = structs[name]
        text = (schema.get("description") or "").strip() or f"The {name} object."
        struct = GoStruct(go_name, doc_comment(f"{go_name}: {text}"))
        struct.fields = [_field(f, "body", structs) for f in schema["fields"]]
        struct.holds_secret_struct = name in holders
        types[name] = struct

    body_owner: dict[str, str] = {}
    for op in ir["operations"]:
        if op["body"]:
            if op["body"] in body_owner:
                raise TargetError(
                    f"go: {op['body']} is the body of two operations; the Go target needs one each"
                )
            body_owner[op["body"]] = op["operation_id"]

    methods: list[GoMethod] = []
    method_names: set[str] = set()
    for op in ir["operations"]:
        name = exported_of(op)
        if name in method_names:
            raise TargetError(f"go: two operations would both be the method {name!r}")
        method_names.add(name)
        params = [p for p in op["parameters"] if not p["managed"]]
        param_fields = [_field(p, p["location"], structs) for p in params]
        request: str | None = None
        if op["body"] and op["body"] in types:
            struct = types[op["body"]]
            body_names = {f.name for f in struct.fields}
            for f in param_fields:
                if f.name in body_names:
                    # The same name in the body and as a parameter (updatePassword's sudo_token):
                    # the parameter's field says where it goes.
                    old = f.name
                    f.name += f.location.capitalize()
                    f.doc = [line.replace(f"// {old} ", f"// {f.name} ", 1) for line in f.doc]
                    if f.name in body_names:
                        raise TargetError(f"go: {op['operation_id']}: two fields would both be {f.name}")
            struct.fields.extend(param_fields)
            request = struct.name
        elif op["body"] or param_fields:
            # No body type of its own (an empty body schema) or no body: a request of parameters.
            request = _unique(name + "Request", taken, f"the parameters of {op['operation_id']}")
            text = f"{request}: the parameters of {name}."
            types["#" + request] = GoStruct(request, doc_comment(text), param_fields)
        success = _success_schema(op)
        response = structs.get(success) if success else None
        security = op["security"]["mode"]
        spec_var = "operation" + name
        literal = (
            f"OperationSpec{{OperationID: {go_string(op['operation_id'])}, Method: {go_string(op['method'])}, "
            f"Path: {go_string(op['path'])}, Auth: {go_string(security)}"
            + (", StoresSession: true" if op["stores_session"] else "")
            + (", ClearsSession: true" if op["clears_session"] else "")
            + (", SendsClientID: true" if op["security"].get("sends_client_id") else "")
            + (", Fixed: []FixedValue{" + ", ".join(fixed) + "}" if (fixed := fixed_values(ir, op)) else "")
            + "}"
        )
        summary = (op.get("summary") or "").strip().rstrip(".")
        lines = [f"{name} calls {op['method']} {op['path']}: {summary}."]
        if op.get("description"):
            lines.append(op["description"])
        effects = {
            "none": "No credentials are sent (client_id goes in the query).",
            "bearer": "Sends the session's access token (ErrNotSignedIn without a session), refreshed first when it is about to expire.",
            "bearer_optional": "Sends the session's access token when signed in, else client_id.",
            "bearer_or_basic": "Sends the session's access token when signed in, else the client credentials.",
            "basic": "Sends the client credentials (WithClientCredentials).",
            "secret_basic": "Sends the client credentials (WithClientCredentials).",
            "tc3": "Signed with the API key pair of WithTC3Credentials (TC3-HMAC-SHA256).",
        }
        note = effects.get(security, "")
        if op["stores_session"]:
            note += " A success becomes the client's session."
        if op["clears_session"]:
            note += " A success clears the client's session."
        lines.append(note.strip())
        if op.get("deprecated"):
            lines.append("Deprecated: the service may remove this operation.")
        doc: list[str] = []
        for i, chunk in enumerate(lines):
            if i:
                doc.append("//")
            doc.extend(doc_comment(chunk))
        methods.append(
            GoMethod(
                operation_id=op["operation_id"],
                name=name,
                spec_var=spec_var,
                spec_literal=literal,
                doc=doc,
                request=request,
                body=bool(op["body"]) and request is not None and op["body"] in types,
                body_arg=("req" if op["body"] in types else "map[string]any{}") if op["body"] else "nil",
                body_required=bool(op["body_required"]),
                response=response,
                path_params=[f for f in param_fields if f.location == "path"],
                query_params=[f for f in param_fields if f.location == "query"],
                header_params=[f for f in param_fields if f.location == "header"],
            )
        )

    # A spec without these keeps the runtime's built-in values (specdata.go).
    servers = {s["role"]: s["url"] for s in ir["servers"]}
    refresh = (ir.get("session") or {}).get("refresh_operation")
    refresh_ops = [
        m for m, op in zip(methods, ir["operations"], strict=True) if op["operation_id"] == refresh
    ]
    # The call that renews an administrator's token with the API key pair: signed, and its answer
    # becomes the session (getClientCredential).
    admin_ops = [
        m
        for m, op in zip(methods, ir["operations"], strict=True)
        if op["security"]["mode"] == "tc3" and op["stores_session"]
    ]
    errors = []
    for code in ir["error_codes"]:
        const = _unique("Err" + exported_of(code), taken, f"error code {code['error']}")
        number = f", error_code {code['error_code']}" if code.get("error_code") is not None else ""
        text = f"{const}: {code['error']} (HTTP {code['status']}{number}). {code.get('description') or ''}"
        errors.append({"name": const, "wire": go_string(code["error"]), "doc": doc_comment(text)})
    return {
        "module": MODULE,
        "go_version": GO_VERSION,
        "version": ir["api"]["version"],
        "gateway": go_string(servers["gateway"]) if "gateway" in servers else None,
        "intl_gateway": go_string(servers["intl-gateway"]) if "intl-gateway" in servers else None,
        "china_regions": [go_string(r) for r in ir["china_regions"]],
        "intl_regions": [go_string(r) for r in ir.get("intl_regions", [])],
        "refresh_body": [
            f"{go_string(k)}: {go_string(v)}" for k, v in (ir.get("session") or {}).get("refresh_body", [])
        ],
        "admin_token_spec": admin_ops[0].spec_var if len(admin_ops) == 1 else None,
        "secret_fields": [go_string(f) for f in ir["secret_fields"]],
        "refresh_spec": refresh_ops[0].spec_var if refresh_ops else None,
        # the Verifier's call (verifier.go); the same operationId the Python TokenVerifier uses
        "introspect_spec": next(
            (m.spec_var for m, op in zip(methods, ir["operations"], strict=True) if op["operation_id"] == "introspectToken"),
            None,
        ),
        "types": sorted(types.values(), key=lambda s: s.name),
        "types_use_time": any("time.Time" in f.type for t in types.values() for f in t.fields),
        "methods": methods,
        "errors": errors,
        "title": ir["api"]["title"],
    }


def build(context: BuildContext, folder: str) -> None:
    out = context.out_dir / folder
    out.mkdir(parents=True, exist_ok=True)
    data = model(context.ir)
    env = environment(TEMPLATE_DIR)
    markdown = markdown_environment(TEMPLATE_DIR)  # README.md: Markdown for HTML
    for template, target in (
        ("go.mod.jinja", "go.mod"),
        ("spec.go.jinja", "spec_gen.go"),
        ("operations.go.jinja", "operations_gen.go"),
        ("types.go.jinja", "types_gen.go"),
        ("errors.go.jinja", "errors_gen.go"),
        ("vectors_gen_test.go.jinja", "vectors_gen_test.go"),
        ("README.md.jinja", "README.md"),
    ):
        chosen = markdown if target.endswith(".md") else env
        (out / target).write_text(render(chosen, template, **data), encoding="utf-8")
    copy_runtime(out)


def copy_runtime(out: Path) -> None:
    """The runtime's Go files as they are, tests included (so `go test` runs them where users
    get the module). Not go.mod (rendered) nor testdata/ (the tests read none of it: their
    golden data is Go source, golden_data_test.go)."""
    for path in sorted(RUNTIME_DIR.iterdir()):
        if path.is_file() and path.suffix == ".go":
            shutil.copyfile(path, out / path.name)
