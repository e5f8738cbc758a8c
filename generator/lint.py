"""Lint an OpenAPI document: structure (openapi-spec-validator), examples (jsonschema), then the
project's own rules (CONTRIBUTING.md, "Spec conventions"). Every check returns Problems; none
raises for a bad spec, so one run reports everything it can."""

from __future__ import annotations

import ast
import functools
import importlib.util
import keyword
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast
from urllib.parse import quote, urlsplit

import jsonschema  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012

from . import lint_templates
from .lint_representable import representable_problems
from .loader import Loaded, load_yaml, pointer_join
from .problems import Level, Problem, SpecError
from .spec import (
    AUTH_SCHEME_EXTENSION,
    SCHEME_KINDS,
    as_dict,
    as_list,
    deref,
    deref_at,
    error_catalogue,
    iter_operations,
    json_media,
    media_examples,
    operation_parameters,
    resolve_pointer,
    resolve_security,
    scheme_kinds,
)

if TYPE_CHECKING:
    from .ir import Operation

OPERATION_ID = re.compile(r"^[a-z][a-zA-Z0-9]*$")
SPEC_URI = "urn:authgen:spec"
# The reference sheet: these calls are made with the session's access token, nothing else.
BEARER_ONLY_PATHS = re.compile(r"^/user/|^/token/introspect$")
# ... except the consent-screen read, which the SDK sends with Basic client credentials when no
# user is signed in (`authorizeInfo`): Bearer or Basic, never anonymous.
BEARER_OR_BASIC_PATHS = {"/user/authorize/info": frozenset({"bearer", "basic"})}
# ... and these identify the device that signs in (one anonymous user per device).
DEVICE_ID_REQUIRED = {"/signin/anonymously", "/signin/with/provider"}
MAX_STRUCTURE_PROBLEMS = 50
# Keywords whose value maps names to things: the key after one of them is a name, never a
# keyword (a property called `example` is a schema; one called `properties` is a property).
NAME_MAPS = frozenset(
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas",
        "responses", "parameters", "requestBodies", "headers", "securitySchemes", "links",
        "callbacks", "pathItems", "paths", "content", "encoding", "mapping", "variables",
    }
)  # fmt: skip


def in_example(pointer: str) -> bool:
    """Whether `pointer` is in example data, where anything may be written (an `enum` key, a
    `$dynamicRef`, a `schema` that is a string): an `example`, an item of a schema's `examples`
    list, or the `value` of an Example object (a media type's or components' `examples/<name>`)."""
    parts = pointer.split("/")[1:]
    name_next = False
    for i, part in enumerate(parts):
        if name_next:  # a name: whatever it is called
            name_next = False
            continue
        if part == "example":
            return True
        if part == "examples" and i + 1 < len(parts):
            following = parts[i + 1]
            if following.isdigit():  # JSON Schema's `examples`: a list of values
                return True
            if i + 2 < len(parts) and parts[i + 2] == "value":  # examples/<name>/value
                return True
            name_next = True
            continue
        name_next = part in NAME_MAPS
    return False


def _sort_key(problem: Problem) -> tuple[str, int, str, str, str, str]:
    # Problem is order=True, but Level is an Enum without "<": an error and a warning at the
    # same place would make sorted() raise TypeError.
    return (problem.file, problem.line, problem.pointer, problem.level.value, problem.rule, problem.message)


def _done(problems: list[Problem]) -> list[Problem]:
    return sorted(set(problems), key=_sort_key)


def lint_spec(loaded: Loaded, *, structure: bool = True) -> list[Problem]:
    """Every problem of the document; never raises, whatever the document holds.

    structure=False leaves out the OpenAPI 3.1 validation (`structure_problems`), which
    `authgen generate` runs in another process while it renders."""
    try:
        return _lint(loaded, structure)
    except RecursionError:
        return [
            loaded.problem("", "internal", "the document is nested too deeply (or its $refs loop) to lint")
        ]
    except Exception as exc:  # a bug in a rule must cost one line, not the whole run or a traceback
        return [loaded.problem("", "internal", _crashed(exc))]


def _crashed(exc: Exception) -> str:
    jinja2 = sys.modules.get("jinja2")  # imported only if a rule rendered a template
    if jinja2 is not None and isinstance(exc, jinja2.TemplateError):
        # a client template lint reads names from is broken (lint_templates): the template's
        # error, where it is, not a lint bug
        where = f"{getattr(exc, 'filename', None) or 'a template'}:{getattr(exc, 'lineno', None) or 0}"
        return f"{where}: cannot read the generated client's names from this template: {exc.message or exc}"
    return f"lint crashed, please report: {type(exc).__name__}: {exc}"


def structure_problems(spec_path: str) -> list[Problem]:
    """The OpenAPI 3.1 validation alone, from the file; picklable in and out for a worker process."""
    try:
        loaded = load_yaml(spec_path)
    except SpecError as exc:
        return [exc.problem]
    if not isinstance(loaded.data, dict):
        return []  # lint_spec reports it
    refs = list(_refs(loaded))
    if refs:  # never hand a document with a non-local reference to the validator
        return _done(refs)
    try:
        return _done(list(_structure(loaded)))
    except Exception as exc:
        return [loaded.problem("", "internal", f"lint crashed, please report: {type(exc).__name__}: {exc}")]


def _lint(loaded: Loaded, structure: bool = True) -> list[Problem]:
    doc = loaded.data
    if not isinstance(doc, dict):
        return [loaded.problem("", "top-level", f"top level must be a mapping, got {type(doc).__name__}")]
    if "swagger" in doc:
        return [
            loaded.problem(
                "/swagger", "version", "Swagger 2.0 is not supported: convert the document to OpenAPI 3.1"
            )
        ]
    version = doc.get("openapi")
    if not isinstance(version, str) or not version.startswith("3.1"):
        return [loaded.problem("/openapi", "version", f"expected 'openapi: 3.1.x', got {version!r}")]

    problems = list(_refs(loaded))
    if problems:  # a dangling $ref makes every later check guess; report it alone
        return _done(problems)
    if structure:
        problems += _structure(loaded)
    if any(p.rule == "openapi" for p in problems):
        return _done(problems)
    problems += _examples(loaded)
    problems += _project_rules(loaded)
    return _done(problems)


# --- $ref -----------------------------------------------------------------------------------


def _walk(node: Any) -> list[tuple[str, Any]]:
    """(pointer, node) for every node of the document, each before its children, in document
    order. A list built by plain recursion: nested generators cost a frame per level for every
    node yielded, and four rules walk the whole spec. A document whose aliases loop raises
    RecursionError, which `lint_spec` reports."""
    found: list[tuple[str, Any]] = []
    _collect(node, "", found)
    return found


def _collect(node: Any, pointer: str, found: list[tuple[str, Any]]) -> None:
    found.append((pointer, node))
    if isinstance(node, dict):
        for key, value in node.items():
            _collect(value, pointer_join(pointer, str(key)), found)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _collect(value, f"{pointer}/{i}", found)


def _refs(loaded: Loaded) -> Iterator[Problem]:
    """Every reference must point into this document: nothing in lint or generate may fetch a
    URL or read another file. Checked before any validator sees the document."""
    for pointer, node in _walk(loaded.data):
        if not isinstance(node, dict):
            continue
        for unsupported, why in (
            ("$id", "it would make the references under it resolve against another document"),
            ("$dynamicRef", "it resolves only while validating; use a local $ref ('#/...')"),
        ):
            if isinstance(node.get(unsupported), str) and not in_example(pointer):
                yield loaded.problem(
                    pointer_join(pointer, unsupported), "ref", f"{unsupported} is not supported: {why}"
                )
        if "$ref" not in node:
            continue
        ref = node["$ref"]
        where = pointer_join(pointer, "$ref")
        if not isinstance(ref, str) or not ref.startswith("#"):
            shown = without_credentials(ref) if isinstance(ref, str) else ref
            yield loaded.problem(
                where, "ref", f"only local references ('#/...') are supported, got {shown!r}"
            )
            continue
        try:
            resolve_pointer(loaded.data, ref)
        except KeyError:
            yield loaded.problem(where, "ref", f"dangling $ref {ref!r}: nothing at that location")


# --- OpenAPI structure ---------------------------------------------------------------------


class RemoteReferenceRefused(Exception):
    """Raised instead of fetching: lint and generate never open a connection or another file."""


def without_credentials(uri: str) -> str:
    """A URI fit for a message: a user:password@ and a query (tokens live there) are masked."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<unparsable URI>"
    if "@" in parts.netloc:
        parts = parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1])
    if parts.query:
        parts = parts._replace(query="***")
    return parts.geturl()


def refuse_retrieval(uri: str) -> NoReturn:
    """A retriever for every resolver lint hands a document to (jsonschema's registry,
    openapi-spec-validator's handlers): whatever the URI, nothing is fetched."""
    raise RemoteReferenceRefused(f"refusing to fetch {without_credentials(uri)!r}")


class _RefuseEveryScheme(Mapping[str, Any]):
    """openapi-spec-validator's handlers by URI scheme. jsonschema-path falls back to urlopen
    for a scheme it has no handler for, so this claims every scheme and refuses them all."""

    def __getitem__(self, scheme: str) -> Any:
        return refuse_retrieval

    def __contains__(self, scheme: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(("http", "https", "file"))

    def __len__(self) -> int:
        return 3


def _refusing_retrieve(uri: str) -> Resource[Any]:
    try:
        refuse_retrieval(uri)
    except RemoteReferenceRefused as exc:
        raise NoSuchResource(uri) from exc


def offline_registry(contents: Any) -> Registry[Any]:
    """A jsonschema registry holding only the spec (as SPEC_URI) that never retrieves anything."""
    registry: Registry[Any] = Registry(retrieve=_refusing_retrieve)  # type: ignore[call-arg]
    offline: Registry[Any] = registry.with_resource(SPEC_URI, Resource.from_contents(contents, DRAFT202012))
    return offline


@functools.cache
def _offline_validator_class() -> Any:
    # Imported here: it costs ~0.3 s, and `authgen check` on an up-to-date tree never lints.
    from openapi_spec_validator import OpenAPIV31SpecValidator

    class OfflineValidator(OpenAPIV31SpecValidator):
        resolver_handlers = _RefuseEveryScheme()  # type: ignore[assignment]

    return OfflineValidator


def openapi_validator(doc: Any) -> Any:
    """openapi-spec-validator's OpenAPI 3.1 validator for `doc`, unable to fetch any reference."""
    return _offline_validator_class()(doc)


def _structure(loaded: Loaded) -> Iterator[Problem]:
    from openapi_spec_validator.validation.exceptions import (
        DuplicateOperationIDError,
        UnresolvableParameterError,
    )

    # Our project rules report these with a line and a clearer message; the validator's have neither.
    covered_by_project_rules = (DuplicateOperationIDError, UnresolvableParameterError)

    try:
        errors = list(openapi_validator(loaded.data).iter_errors())
    except Exception as exc:  # the validator raises on some malformed documents instead of yielding
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        yield loaded.problem("", "openapi", f"not a valid OpenAPI 3.1 document: {first}")
        return
    errors = [e for e in errors if not isinstance(e, covered_by_project_rules)]
    for error in errors[:MAX_STRUCTURE_PROBLEMS]:
        pointer = pointer_join("", *[str(p) for p in error.absolute_path])
        message = (str(error.message).splitlines() or ["invalid"])[0]  # drop "Failed validating..."
        yield loaded.problem(pointer, "openapi", message)
    if len(errors) > MAX_STRUCTURE_PROBLEMS:
        yield loaded.problem(
            "", "openapi", f"... and {len(errors) - MAX_STRUCTURE_PROBLEMS} more OpenAPI problems"
        )


# --- examples ------------------------------------------------------------------------------


def _schema_validator(registry: Registry[Any], schema_pointer: str) -> Any:
    # a URI fragment: keys with "%", "#", spaces or newlines must be percent-encoded
    schema = {"$ref": f"{SPEC_URI}#{quote(schema_pointer, safe='/~')}"}
    return jsonschema.Draft202012Validator(schema, registry=registry)


def _example_problems(
    loaded: Loaded, registry: Registry[Any], schema_pointer: str, value: Any, where: str
) -> Iterator[Problem]:
    try:
        validator = _schema_validator(registry, schema_pointer)
        errors = sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path])[:5]
    except RecursionError:
        yield loaded.problem(where, "example-schema", "cannot check the example: its schema's $refs loop")
        return
    except Exception as exc:  # a schema jsonschema cannot use (bad regex, unresolvable $ref...)
        yield loaded.problem(where, "example-schema", f"cannot check the example against its schema: {exc}")
        return
    for error in errors:
        inner = "".join(f"[{p!r}]" for p in error.absolute_path)
        yield loaded.problem(
            where, "example-schema", f"example does not match its schema{inner}: {error.message}"
        )


def _examples(loaded: Loaded) -> Iterator[Problem]:
    registry = offline_registry(loaded.data)
    for pointer, node in _walk(loaded.data):
        if not isinstance(node, dict) or not isinstance(node.get("schema"), (dict, bool)):
            continue
        if not ("example" in node or "examples" in node):
            continue
        schema_pointer = pointer_join(pointer, "schema")
        for _name, where, value in media_examples(node, pointer):
            yield from _example_problems(loaded, registry, schema_pointer, value, where)


# --- project rules -------------------------------------------------------------------------


def _project_rules(loaded: Loaded) -> Iterator[Problem]:
    doc: dict[str, Any] = loaded.data
    yield from _catalogue_rules(loaded)
    yield from _error_source_rules(loaded)
    yield from _schema_shape_rules(loaded)
    named = list(_naming_rules(loaded))
    yield from named
    yield from _description_rules(loaded)
    # What no target can represent safely; a name already refused above is not refused twice.
    refused_names = {p.pointer for p in named}
    yield from (
        p
        for p in representable_problems(loaded)
        if not (p.rule == "target-name" and p.pointer in refused_names)
    )
    if not doc.get("servers"):
        yield loaded.problem("/servers", "servers", "no servers: the client cannot know its base URL")
    schemes = set(as_dict(as_dict(doc.get("components")).get("securitySchemes")))
    yield from _scheme_kind_rules(loaded)
    declared_tags = {str(t.get("name")) for t in as_list(doc.get("tags")) if isinstance(t, dict)}
    catalogue = error_catalogue(doc)
    seen_ids: dict[str, str] = {}
    for path, item in as_dict(doc.get("paths")).items():
        if isinstance(item, dict) and "$ref" in item:  # iter_operations (and so the generator) skips these
            yield loaded.problem(
                pointer_join("/paths", str(path), "$ref"),
                "path-item-ref",
                f"{path}: a $ref'd path item is not supported; write its operations inline",
            )
    for pointer, path, _method, op in iter_operations(doc):
        op_id = op.get("operationId")
        if not op_id:
            yield loaded.problem(pointer, "operation-id", "operation has no operationId")
        elif not isinstance(op_id, str) or not OPERATION_ID.match(op_id):
            yield loaded.problem(
                pointer_join(pointer, "operationId"),
                "operation-id",
                f"operationId {op_id!r} is not camelCase",
            )
        elif op_id in seen_ids:
            yield loaded.problem(
                pointer_join(pointer, "operationId"),
                "operation-id",
                f"duplicate operationId {op_id!r} (also at line {loaded.line_of(seen_ids[op_id])})",
            )
        else:
            seen_ids[op_id] = pointer
        for key in ("summary", "description"):
            if not isinstance(op.get(key), str) or not op[key].strip():
                yield loaded.problem(pointer, key, f"operation has no {key}")
        tags = as_list(op.get("tags"))
        if len(tags) != 1:
            yield loaded.problem(pointer, "tag", f"operation must have exactly one tag, has {len(tags)}")
        elif str(tags[0]) not in declared_tags:
            yield loaded.problem(
                pointer_join(pointer, "tags", 0),
                "tag",
                f"tag {tags[0]!r} is not declared in the top-level tags",
                Level.WARNING,
            )
        yield from _security_rules(loaded, pointer, path, op, schemes)
        path_item = doc["paths"][path]
        yield from _parameter_rules(loaded, pointer, path, path_item, op)
        yield from _body_rules(loaded, pointer, op)
        yield from _response_rules(loaded, pointer, op, catalogue)


def _described(doc: dict[str, Any], node: Any) -> bool:
    """A parameter or property has a description: its own, or (for a `$ref`) its target's."""
    if not isinstance(node, dict):
        return True  # a non-mapping is reported by the schema rules
    if isinstance(node.get("description"), str) and node["description"].strip():
        return True
    if "$ref" in node:
        try:
            return _described(doc, resolve_pointer(doc, str(node["$ref"])))
        except (KeyError, IndexError, TypeError, ValueError):
            return True  # a dangling $ref is reported by _refs
    schema = node.get("schema")  # a parameter may describe itself in its schema
    return isinstance(schema, dict) and "in" in node and _described(doc, schema)


def _description_rules(loaded: Loaded) -> Iterator[Problem]:
    """A parameter or property without a description: the client's docstring (and editor hover)
    would show only its name, and the docs site a blank cell."""
    doc: dict[str, Any] = loaded.data
    for pointer, path, _method, op in iter_operations(doc):
        path_item = as_dict(as_dict(doc.get("paths")).get(path))
        for where, params in (
            (pointer_join("/paths", path), path_item.get("parameters")),
            (pointer, op.get("parameters")),
        ):
            for i, param in enumerate(as_list(params)):
                if not _described(doc, param):
                    resolved = deref(doc, param)
                    name = resolved.get("name") if isinstance(resolved, dict) else None
                    yield loaded.problem(
                        pointer_join(where, "parameters", i),
                        "description",
                        f"parameter {name!r} has no description: the client's docstring would show "
                        "only its name",
                        Level.WARNING,
                    )
    schemas = as_dict(as_dict(doc.get("components")).get("schemas"))
    for name, top in schemas.items():
        for pointer, schema in _object_schemas(top, pointer_join("/components/schemas", str(name))):
            for prop, prop_schema in as_dict(schema.get("properties")).items():
                if not _described(doc, prop_schema):
                    yield loaded.problem(
                        pointer_join(pointer, "properties", str(prop)),
                        "description",
                        f"property {prop!r} has no description: the client's docstring would show "
                        "only its name",
                        Level.WARNING,
                    )


def _schema_shape_rules(loaded: Loaded) -> Iterator[Problem]:
    """JSON Schema allows `true`/`false` as schemas; the generator types every field from a mapping."""
    for pointer, node in _walk(loaded.data):
        # media types and parameters: `schema: true` is legal JSON Schema but types nothing
        if (
            isinstance(node, dict)
            and "schema" in node
            and not isinstance(node["schema"], dict)
            and not in_example(pointer)
        ):
            yield loaded.problem(
                pointer_join(pointer, "schema"), "schema", f"schema must be a mapping, got {node['schema']!r}"
            )
    schemas = as_dict(loaded.data.get("components")).get("schemas")
    for name, schema in as_dict(schemas).items():
        where = pointer_join("/components/schemas", str(name))
        if not isinstance(schema, dict):
            yield loaded.problem(where, "schema", f"schema {name!r} must be a mapping, got {schema!r}")
            continue
        for prop, prop_schema in as_dict(schema.get("properties")).items():
            if not isinstance(prop_schema, dict):
                yield loaded.problem(
                    pointer_join(where, "properties", str(prop)),
                    "schema",
                    f"property {prop!r} needs a schema mapping (with a type), got {prop_schema!r}",
                )
            elif "items" in prop_schema and not isinstance(prop_schema["items"], dict):
                yield loaded.problem(
                    pointer_join(where, "properties", str(prop), "items"),
                    "schema",
                    f"items of {prop!r} needs a schema mapping, got {prop_schema['items']!r}",
                )


# --- generated names -----------------------------------------------------------------------
#
# Every name the python target makes from the spec must be a name Python accepts and must not
# meet another: two operations as one method, an operation as one of the client's own methods,
# a property as one of the model's own attributes, two schemas as one class, two enum values as
# one member. The names are computed as the target computes them (ir.py for the facade,
# openapi-python-client for models and endpoint modules); the names they must not meet are read
# from the templates, so a new runtime method is guarded without anyone updating a list here.

FIELD_PREFIX = "field_"  # openapi-python-client's default, which targets/python.py keeps


def _opc_strings() -> Any:
    # Imported here: openapi-python-client costs ~0.5 s to import; generate imports it anyway.
    from openapi_python_client import strings

    return strings


@functools.cache
def client_runtime_names() -> frozenset[str]:
    """The attributes `CloudBaseAuth` and `AsyncCloudBaseAuth` get from the runtime (`_base`):
    methods, properties, class attributes and the `self.x` the runtime sets. Read from the
    templates: the facade classes and their bases in _client.py.jinja, the bases' bodies (and
    their own bases) in the runtime's plain source, runtime/_base.py."""
    from .templating import TEMPLATES

    folder = TEMPLATES / "python"
    facades = re.findall(r"(?m)^class (\w+)\((\w+)\):", (folder / "_client.py.jinja").read_text("utf-8"))
    module = ast.parse((folder / "runtime" / "_base.py").read_text("utf-8"))
    classes = {node.name: node for node in module.body if isinstance(node, ast.ClassDef)}
    names: set[str] = set()

    def collect(class_name: str) -> None:
        cls = classes.get(class_name)
        if cls is None:
            return
        for base in cls.bases:
            if isinstance(base, ast.Name):
                collect(base.id)
        for node in cls.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names.add(node.name)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        for sub in ast.walk(cls):
            if (
                isinstance(sub, ast.Attribute)
                and isinstance(sub.ctx, ast.Store)
                and isinstance(sub.value, ast.Name)
                and sub.value.id == "self"
            ):
                names.add(sub.attr)

    for _facade, base in facades:
        collect(base)
    if not names:
        raise RuntimeError("no client classes found in templates/python")
    return frozenset(name for name in names if not (name.startswith("__") and name.endswith("__")))


# One operation with an argument in every location: rendering the facade for it makes every
# local and keyword argument the template gives a method besides the operation's own.
_PROBE_ARGUMENTS = {"probe_path", "probe_query", "probe_header", "probe_body"}
_PROBE_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "probe", "version": "1"},
    "paths": {
        "/probe/{probe_path}": {
            "post": {
                "operationId": "probeOperation",
                "summary": "Probe",
                "description": "Probe.",
                "security": [{}],
                "parameters": [
                    {"name": "probe_path", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "probe_query", "in": "query", "schema": {"type": "string"}},
                    {"name": "probe_header", "in": "header", "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Probe"}}}
                },
                "responses": {
                    "200": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Probe"}}}
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {"Probe": {"type": "object", "properties": {"probe_body": {"type": "string"}}}}
    },
}


@functools.cache
def _probe_client_module() -> ast.Module:
    """_client.py.jinja rendered for the probe spec, parsed."""
    import jinja2

    from .ir import build_api
    from .targets.python import names as py
    from .templating import TEMPLATES, environment

    api = build_api(_PROBE_SPEC)
    env = environment(TEMPLATES / "python")
    env.undefined = jinja2.ChainableUndefined
    source = env.get_template("_client.py.jinja").render(
        api=api, py=py, header="", error_codes=api.error_codes, package="cloudbase_auth"
    )
    return ast.parse(source)


@functools.cache
def client_module_names() -> frozenset[str]:
    """The names the facade module (`_client.py`) binds besides the model classes it imports
    from `.models`: a model class of the same name would replace one (`NotGiven`, `Mapping`...)."""
    names: set[str] = set()
    for node in _probe_client_module().body:
        if isinstance(node, ast.ImportFrom) and node.module != "models":
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return frozenset(names - {"annotations", "_", "__all__"})


@functools.cache
def method_reserved_names() -> frozenset[str]:
    """The keyword arguments and locals every generated facade method has besides the
    operation's own arguments (`request_id`, `timeout`, `query`, `body` ...): read from
    _client.py.jinja rendered for a probe operation with an argument in every location."""
    names: set[str] = set()
    for node in ast.walk(_probe_client_module()):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "probe_operation":
            arguments = node.args
            every = arguments.posonlyargs + arguments.args + arguments.kwonlyargs
            names.update(a.arg for a in every)
            # a local collides when it is set before an argument is last read (`body = {}` then
            # `body["body"] = body`); `data = self._call(...)` after them is harmless
            last_read = max(
                (n.lineno for n in ast.walk(node) if isinstance(n, ast.Name) and n.id in _PROBE_ARGUMENTS),
                default=0,
            )
            for statement in ast.walk(node):
                if isinstance(statement, ast.stmt) and statement is not node:
                    end = statement.end_lineno or statement.lineno
                    names.update(
                        n.id
                        for n in ast.walk(statement)
                        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and end <= last_read
                    )
    if not names:
        raise RuntimeError("the probe operation is missing from the rendered _client.py.jinja")
    return frozenset(names - _PROBE_ARGUMENTS)


def _split_parameters(text: str) -> list[str]:
    """The parameter names of a `def f(...)` parameter list (commas inside brackets kept)."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += 1 if char in "[(" else -1 if char in "])" else 0
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [m.group(1) for part in parts if (m := re.match(r"\s*\**(\w+)", part))]


@functools.cache
def model_reserved_names() -> frozenset[str]:
    """The names openapi-python-client's model template gives a model or uses next to the
    properties' own names: its methods and attributes (to_dict, from_dict, additional_properties
    ...), and the locals and parameters of the methods that also hold one local per property
    (`d`, `field_dict`, `src_dict` ...). Read from the installed openapi-python-client."""
    spec = importlib.util.find_spec("openapi_python_client")  # locates it without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("openapi-python-client is not installed")
    template = Path(next(iter(spec.submodule_search_locations)), "templates", "model.py.jinja")
    text = template.read_text("utf-8")
    names: set[str] = set()
    for match in re.finditer(r"\bdef (\w+)\(([^)]*)", text):
        names.add(match.group(1))
        if not match.group(1).startswith("__"):  # __getitem__(self, key) holds no property locals
            names.update(_split_parameters(match.group(2)))
    names.update(re.findall(r"(?m)^[ \t]*(\w+)[ \t]*(?::[^=\n]*)?=(?!=)", text))  # x = / x: T =
    for match in re.finditer(r"(?m)^[ \t]*for (\w+)(?:, (\w+))? in\b", text):
        names.update(g for g in match.groups() if g)
    # property names are snake_case: keep what a property could become, not dunders or TypeVars
    return frozenset(n for n in names if n.islower() and n.isidentifier() and not n.startswith("__"))


def _naming_rules(loaded: Loaded) -> Iterator[Problem]:
    yield from _operation_name_rules(loaded)
    yield from _argument_name_rules(loaded)
    yield from _schema_name_rules(loaded)
    yield from _property_name_rules(loaded)
    yield from _enum_name_rules(loaded)


def _cookbook_anchor(op_id: str) -> str:
    """The anchor of the operation in the cookbook's operations.md, as the cookbook target makes it."""
    from types import SimpleNamespace

    from .targets.cookbook.build import anchor

    return anchor(cast("Operation", SimpleNamespace(operation_id=op_id)))


def _operation_name_rules(loaded: Loaded) -> Iterator[Problem]:
    from .naming import snake_case

    runtime = lint_templates.names().client_runtime
    methods: dict[str, tuple[str, str]] = {}  # facade method -> (operationId, pointer)
    anchors: dict[str, tuple[str, str]] = {}  # cookbook anchor -> ...
    for pointer, _path, _method, op in iter_operations(loaded.data):
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not OPERATION_ID.match(op_id):
            continue  # the operation-id rule reports it
        where = pointer_join(pointer, "operationId")
        method = snake_case(op_id)
        if keyword.iskeyword(method):
            yield loaded.problem(
                where,
                "operation-name",
                f"operationId {op_id!r} becomes the method name {method!r}, a Python keyword: rename it",
            )
            continue
        if method in runtime:
            yield loaded.problem(
                where,
                "operation-name",
                f"operationId {op_id!r} becomes {method}(), which would replace the client's own "
                f"{method!r}: rename it",
            )
        for table, key, what in (
            (methods, method, f"the method {method}()"),
            (anchors, _cookbook_anchor(op_id), f"the cookbook anchor #{_cookbook_anchor(op_id)}"),
        ):
            other = table.setdefault(key, (op_id, pointer))
            if other[0] != op_id:  # the same operationId twice is the operation-id rule's
                yield loaded.problem(
                    where,
                    "operation-name",
                    f"operationId {op_id!r} becomes {what}, like {other[0]!r} (line "
                    f"{loaded.line_of(pointer_join(other[1], 'operationId'))}): rename one",
                )
                break


def _operation_arguments(
    doc: dict[str, Any], pointer: str, path: str, op: dict[str, Any]
) -> Iterator[tuple[str, str, str]]:
    """(what, wire name, pointer) of every keyword argument the facade gives an operation: its
    parameters but the client's own (client_id, x-device-id, x-request-id), then its body fields."""
    from .ir import MANAGED_PARAMETERS as COMMON_PARAMETERS

    path_item = as_dict(as_dict(doc.get("paths")).get(path))
    for level, base in ((path_item, pointer_join("/paths", path)), (op, pointer)):
        for i, raw in enumerate(as_list(level.get("parameters"))):
            try:
                param, where = deref_at(doc, raw, pointer_join(base, "parameters", i))
            except KeyError:
                continue
            if not isinstance(param, dict) or not isinstance(param.get("name"), str):
                continue
            if (param["name"].lower(), str(param.get("in"))) in COMMON_PARAMETERS:
                continue
            yield f"{param.get('in')} parameter", param["name"], where
    try:
        # Each step's pointer is where its node lives: an inline schema's fields are under
        # .../requestBody/content/application~1json/schema, a $ref's in what it points to.
        body, at = deref_at(doc, op.get("requestBody"), pointer_join(pointer, "requestBody"))
        media_at = pointer_join(at, "content", "application/json")
        schema, where = deref_at(doc, as_dict(json_media(body)).get("schema"), pointer_join(media_at, "schema"))
    except KeyError:
        return
    for prop in as_dict(as_dict(schema).get("properties")):
        yield "body field", str(prop), pointer_join(where, "properties", str(prop))


def _argument_name_rules(loaded: Loaded) -> Iterator[Problem]:
    """A facade method's keyword arguments: not one of the method's own names (a body field
    `timeout` made `def f(*, timeout, ..., timeout)`, a SyntaxError ruff did not notice), and
    not two of the operation's under one name."""
    from .naming import snake_case
    from .targets.python.names import identifier as python_identifier

    reserved = lint_templates.names().method_reserved
    for pointer, path, _method, op in iter_operations(loaded.data):
        op_id = op.get("operationId")
        method = snake_case(op_id) if isinstance(op_id, str) else "the method"
        taken: dict[str, tuple[str, str]] = {}  # keyword argument -> (what, name)
        for what, name, where in _operation_arguments(loaded.data, pointer, path, op):
            python_name = python_identifier(name)
            if python_name in reserved:
                yield loaded.problem(
                    where,
                    "argument-name",
                    f"{what} {name!r} becomes the keyword argument {python_name}= of {method}(), a "
                    "name the generated method already uses: rename it",
                )
                continue
            other = taken.setdefault(python_name, (what, name))
            if other[1] != name and not (what == "body field" and other[0] != "body field"):
                # a body field under a parameter's name is dropped on purpose (ir: sudo_token)
                yield loaded.problem(
                    where,
                    "argument-name",
                    f"{what} {name!r} becomes the keyword argument {python_name}= of {method}(), like "
                    f"{other[0]} {other[1]!r}: rename one",
                )


def _schema_name_rules(loaded: Loaded) -> Iterator[Problem]:
    from .naming import pascal_case

    strings = _opc_strings()
    ours: dict[str, str] = {}  # the facade's import name -> schema
    theirs: dict[str, str] = {}  # openapi-python-client's class name -> schema
    schemas = as_dict(as_dict(loaded.data.get("components")).get("schemas"))
    module_names = lint_templates.names().client_module
    for name in schemas:
        where = pointer_join("/components/schemas", str(name))
        if pascal_case(str(name)) in module_names:
            yield loaded.problem(
                where,
                "schema-name",
                f"schema {name!r} becomes the model class {pascal_case(str(name))}, a name the client "
                "module already uses: rename it",
            )
            continue
        model_class = str(strings.ClassName(str(name), FIELD_PREFIX))
        if model_class != pascal_case(str(name)):  # the client would import a class that is not there
            yield loaded.problem(
                where,
                "schema-name",
                f"schema {name!r} becomes the model class {model_class}, but the client imports it as "
                f"{pascal_case(str(name))}: {_agreed_name_advice(strings, str(name), model_class)}",
            )
            continue
        for table, class_name in (
            (theirs, model_class),
            (ours, pascal_case(str(name))),
        ):
            other = table.setdefault(class_name, str(name))
            if other != str(name):
                yield loaded.problem(
                    where,
                    "schema-name",
                    f"schema {name!r} becomes the model class {class_name}, like {other!r} (line "
                    f"{loaded.line_of(pointer_join('/components/schemas', other))}): rename one",
                )
                break
    yield from _inline_class_rules(loaded, strings, theirs)


def _agreed_name_advice(strings: Any, name: str, model_class: str) -> str:
    """A schema name openapi-python-client and the facade spell as the same class, to suggest:
    the facade's spelling, or openapi-python-client's (`Oauth2client` is already the facade's
    spelling; openapi-python-client makes it `Oauth2Client`, which both keep)."""
    from .naming import pascal_case

    for candidate in dict.fromkeys((pascal_case(name), model_class)):
        if candidate != name and str(strings.ClassName(candidate, FIELD_PREFIX)) == pascal_case(candidate) == candidate:
            return f"rename it {candidate!r}"
    return "rename it to a name both keep as it is (words of letters, each capitalised, digits last)"


def _inline_classes(
    strings: Any, parent: str, name: str, schema: Any, pointer: str
) -> Iterator[tuple[str, str, tuple[Any, ...] | None]]:
    """(class name, pointer, enum values or None for a model) of every class openapi-python-client
    makes for an inline schema: an enum or an object becomes `<Parent><Title or name>`."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    title = schema.get("title") if isinstance(schema.get("title"), str) and schema.get("title") else name
    class_name = str(
        strings.ClassName(f"{strings.pascal_case(parent)}{strings.pascal_case(title)}", FIELD_PREFIX)
    )
    if isinstance(schema.get("enum"), list):
        yield class_name, pointer, tuple(str(v) for v in schema["enum"])
    elif schema.get("type") == "object" or isinstance(schema.get("properties"), dict):
        yield class_name, pointer, None
        for prop, sub in as_dict(schema.get("properties")).items():
            yield from _inline_classes(
                strings, class_name, str(prop), sub, pointer_join(pointer, "properties", str(prop))
            )
    elif schema.get("type") == "array":
        yield from _inline_classes(
            strings, parent, f"{name}_item", schema.get("items"), pointer_join(pointer, "items")
        )


def _inline_class_rules(loaded: Loaded, strings: Any, components: dict[str, str]) -> Iterator[Problem]:
    """An inline enum or object named like a component schema or like another inline one:
    openapi-python-client refuses the spec ("conflicting enums", "duplicate models")."""
    seen: dict[str, tuple[str, tuple[Any, ...] | None]] = {}  # class -> (what, enum values)
    for class_name, schema in components.items():
        where = pointer_join("/components/schemas", schema)
        seen[class_name] = (f"schema {schema!r} (line {loaded.line_of(where)})", None)
    found: list[tuple[str, str, tuple[Any, ...] | None]] = []
    schemas = as_dict(as_dict(loaded.data.get("components")).get("schemas"))
    for name, schema in schemas.items():
        parent = str(strings.ClassName(str(name), FIELD_PREFIX))
        where = pointer_join("/components/schemas", str(name))
        for prop, sub in as_dict(as_dict(schema).get("properties")).items():
            found += _inline_classes(
                strings, parent, str(prop), sub, pointer_join(where, "properties", str(prop))
            )
    for pointer, _path, _method, op in iter_operations(loaded.data):
        op_id = op.get("operationId")
        if not isinstance(op_id, str):
            continue
        endpoint = str(strings.PythonIdentifier(op_id, FIELD_PREFIX))
        for i, param in enumerate(as_list(op.get("parameters"))):
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                at = pointer_join(pointer, "parameters", i, "schema")
                found += _inline_classes(strings, endpoint, param["name"], param.get("schema"), at)
    for class_name, pointer, values in found:
        if class_name not in seen:
            seen[class_name] = (f"the inline schema at line {loaded.line_of(pointer)}", values)
            continue
        other, other_values = seen[class_name]
        if values is not None and values == other_values:
            continue  # openapi-python-client shares one enum between identical uses
        yield loaded.problem(
            pointer,
            "schema-name",
            f"this inline {'enum' if values is not None else 'object'} becomes the model class "
            f"{class_name}, like {other}: give it a distinct title or make it a $ref",
        )


def _object_schemas(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, schema) for a schema and every inline schema in it that becomes a model too."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    yield pointer, schema
    for prop, sub in as_dict(schema.get("properties")).items():
        yield from _object_schemas(sub, pointer_join(pointer, "properties", str(prop)))
    for key in ("items", "additionalProperties"):
        yield from _object_schemas(schema.get(key), pointer_join(pointer, key))
    for key in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(as_list(schema.get(key))):
            yield from _object_schemas(sub, pointer_join(pointer, key, i))


def _property_name_rules(loaded: Loaded) -> Iterator[Problem]:
    from .targets.python.names import identifier as python_identifier

    strings = _opc_strings()
    reserved = model_reserved_names()
    schemas = as_dict(as_dict(loaded.data.get("components")).get("schemas"))
    for name, top in schemas.items():
        for pointer, schema in _object_schemas(top, pointer_join("/components/schemas", str(name))):
            model_names: dict[str, str] = {}  # the model's attribute -> property
            facade_names: dict[str, str] = {}  # the facade's keyword argument -> property
            for prop in as_dict(schema.get("properties")):
                where = pointer_join(pointer, "properties", str(prop))
                attribute = str(strings.PythonIdentifier(str(prop), FIELD_PREFIX))
                if attribute in reserved:
                    yield loaded.problem(
                        where,
                        "property-name",
                        f"property {prop!r} becomes the model attribute {attribute}, a name the "
                        "generated model already uses (openapi-python-client): rename it",
                    )
                    continue
                for table, python_name in (
                    (model_names, attribute),
                    (facade_names, python_identifier(str(prop))),
                ):
                    other = table.setdefault(python_name, str(prop))
                    if other != str(prop):
                        yield loaded.problem(
                            where,
                            "property-name",
                            f"property {prop!r} becomes {python_name}, like {other!r}: rename one",
                        )
                        break


def _enum_member(strings: Any, value: Any, index: int, var_names: list[Any] | None) -> str | None:
    """The member name openapi-python-client gives an enum value (None: it makes no member)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    if var_names is not None:
        return str(strings.snake_case(str(var_names[index]))).upper()
    if isinstance(value, int):
        return f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}"
    key = value.upper() if value and value[0].isalpha() else f"VALUE_{index}"
    return str(strings.snake_case(key)).upper()


def _enum_name_rules(loaded: Loaded) -> Iterator[Problem]:
    strings = _opc_strings()
    for pointer, node in _walk(loaded.data):
        if not isinstance(node, dict) or not isinstance(node.get("enum"), list):
            continue
        if in_example(pointer):
            continue
        values: list[Any] = node["enum"]
        kinds = sorted({type(v).__name__ for v in values if v is not None})
        if kinds not in (["str"], ["int"], []):
            yield loaded.problem(
                pointer_join(pointer, "enum"),
                "enum-name",
                f"enum values must be all strings or all integers for the generated client, got {', '.join(kinds)}",
            )
            continue
        var_names = node.get("x-enum-varnames")
        if not (isinstance(var_names, list) and len(var_names) == len(values)):
            var_names = None
        members: dict[str, Any] = {}
        for i, value in enumerate(values):
            member = _enum_member(strings, value, i, var_names)
            if member is None:
                continue
            if member not in members:
                members[member] = value
                continue
            other = members[member]
            where = pointer_join(pointer, "enum", i)
            if other == value and type(other) is type(value):
                message = f"enum value {value!r} is listed twice"
            else:
                message = f"enum value {value!r} becomes the member {member}, like {other!r}: rename one"
            yield loaded.problem(where, "enum-name", message)


def _catalogue_rules(loaded: Loaded) -> Iterator[Problem]:
    entries = loaded.data.get("x-error-codes")
    if not isinstance(entries, list) or not entries:
        yield loaded.problem(
            "/x-error-codes", "error-catalogue", "no error catalogue: add x-error-codes at the root"
        )
        return
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        where = pointer_join("/x-error-codes", i)
        if not isinstance(entry, dict):
            yield loaded.problem(
                where, "error-catalogue", "each entry must be a mapping {error, status, description}"
            )
            continue
        error = entry.get("error")
        if not isinstance(error, str) or not re.match(r"^[a-z][a-z0-9_]*$", error):
            yield loaded.problem(
                where, "error-catalogue", f"error must be a snake_case string, got {error!r}"
            )
            continue
        if error in seen:
            yield loaded.problem(where, "error-catalogue", f"duplicate error code {error!r}")
        seen.add(error)
        status = entry.get("status")
        if not isinstance(status, int) or not 400 <= status <= 599:
            yield loaded.problem(
                where, "error-catalogue", f"{error}: status must be an HTTP error status, got {status!r}"
            )
        if not isinstance(entry.get("description"), str) or not entry["description"].strip():
            yield loaded.problem(where, "error-catalogue", f"{error}: no description")


ERROR_SOURCES = ("documented", "second-hand", "inferred")


def _error_source_rules(loaded: Loaded) -> Iterator[Problem]:
    """Every catalogue entry says where it comes from: a documented page, second-hand material,
    or an inference, so a reader knows which error names and numbers to trust."""
    for i, entry in enumerate(as_list(loaded.data.get("x-error-codes"))):
        if not isinstance(entry, dict):
            continue  # _catalogue_rules reports it
        source = entry.get("x-source")
        if source not in ERROR_SOURCES:
            name = entry.get("error")
            got = "none" if source is None else repr(source)
            yield loaded.problem(
                pointer_join("/x-error-codes", i),
                "error-catalogue-source",
                f"{name}: x-source must be one of {', '.join(ERROR_SOURCES)} (got {got})",
            )


def _scheme_kind_rules(loaded: Loaded) -> Iterator[Problem]:
    """Every security scheme must be one a client knows how to send (spec.SCHEME_KINDS): the
    resolution by kind would otherwise treat it as Basic."""
    for name, kind in scheme_kinds(loaded.data).items():
        if kind not in SCHEME_KINDS.values():
            yield loaded.problem(
                pointer_join("/components/securitySchemes", name),
                "security",
                f"security scheme {name!r}: no client knows how to send it (use type: http with scheme "
                f"bearer or basic, or an apiKey in the Authorization header with {AUTH_SCHEME_EXTENSION}: "
                "TC3-HMAC-SHA256)",
            )


def _security_rules(
    loaded: Loaded, pointer: str, path: str, op: dict[str, Any], schemes: set[str]
) -> Iterator[Problem]:
    security = op.get("security")
    if security is None:
        yield loaded.problem(pointer, "security", "operation has no explicit security (use [{}] for none)")
        return
    if not isinstance(security, list) or not security:
        yield loaded.problem(
            pointer_join(pointer, "security"), "security", "security must be a non-empty list of alternatives"
        )
        return
    used: set[str] = set()
    for i, requirement in enumerate(security):
        for name in as_dict(requirement):
            used.add(name)
            if name not in schemes:
                yield loaded.problem(
                    pointer_join(pointer, "security", i, name),
                    "security",
                    f"unknown security scheme {name!r}",
                )
    if used - schemes:
        return
    # Judged by the schemes' kinds (bearer, basic), not their names.
    kinds = resolve_security(loaded.data, op, scheme_kinds(loaded.data)).kinds
    if path in BEARER_OR_BASIC_PATHS:
        if kinds != BEARER_OR_BASIC_PATHS[path] or {} in security:
            allowed = " or ".join(sorted(BEARER_OR_BASIC_PATHS[path]))
            yield loaded.problem(
                pointer_join(pointer, "security"), "security", f"{path} needs {allowed}, never no auth"
            )
    elif BEARER_ONLY_PATHS.search(path) and (kinds != {"bearer"} or {} in security):
        yield loaded.problem(
            pointer_join(pointer, "security"), "security", f"{path} needs the bearer token and nothing else"
        )


def _parameter_rules(
    loaded: Loaded, pointer: str, path: str, path_item: dict[str, Any], op: dict[str, Any]
) -> Iterator[Problem]:
    params = operation_parameters(loaded.data, path_item, op)
    in_path = set(re.findall(r"{([^}/]+)}", path))
    declared = {str(p.get("name")) for p in params if p.get("in") == "path"}
    for name in sorted(in_path - declared):
        yield loaded.problem(pointer, "path-parameter", f"path parameter {{{name}}} is not declared")
    for name in sorted(declared - in_path):
        yield loaded.problem(
            pointer,
            "path-parameter",
            f"parameter {name!r} is declared 'in: path' but the path has no {{{name}}}",
        )
    if path in DEVICE_ID_REQUIRED:
        device = [
            p for p in params if p.get("in") == "header" and str(p.get("name")).lower() == "x-device-id"
        ]
        if not device or not device[0].get("required"):
            yield loaded.problem(pointer, "device-id", f"{path} must require the x-device-id header")


def _schema_ref(media: dict[str, Any]) -> str:
    return str(as_dict(media.get("schema")).get("$ref", ""))


def _has_example(media: dict[str, Any]) -> bool:
    return any(True for _ in media_examples(media, ""))


def _body_rules(loaded: Loaded, pointer: str, op: dict[str, Any]) -> Iterator[Problem]:
    if "requestBody" not in op:
        return
    body = deref(loaded.data, op["requestBody"])
    media = json_media(body)
    where = pointer_join(pointer, "requestBody")
    if media is None:
        yield loaded.problem(where, "request-body", "request body must be application/json")
        return
    if not _schema_ref(media).startswith("#/components/schemas/"):
        yield loaded.problem(
            where, "request-body", "request body schema must be a $ref to #/components/schemas/..."
        )
    if not _has_example(media):
        yield loaded.problem(where, "example-missing", "request body has no example")


def _response_rules(
    loaded: Loaded, pointer: str, op: dict[str, Any], catalogue: dict[str, Any]
) -> Iterator[Problem]:
    responses = op.get("responses")
    where = pointer_join(pointer, "responses")
    if not isinstance(responses, dict) or not responses:
        yield loaded.problem(pointer, "responses", "operation has no responses")
        return
    success = [code for code in responses if str(code).startswith("2")]
    errors = [code for code in responses if str(code)[0] in "45" or code == "default"]
    if not success:
        yield loaded.problem(where, "responses", "operation has no 2xx response")
    if not errors:
        yield loaded.problem(
            where, "responses", "operation documents no error response (4xx, 5xx or default)"
        )
    error_examples = 0
    for code in success:
        media = json_media(deref(loaded.data, responses[code]))
        here = pointer_join(where, str(code))
        if media is None:
            yield loaded.problem(
                here, "responses", "success response must have an application/json body ({} when empty)"
            )
            continue
        if not _schema_ref(media).startswith("#/components/schemas/"):
            yield loaded.problem(
                here, "responses", "success schema must be a $ref to #/components/schemas/..."
            )
        if not _has_example(media):
            yield loaded.problem(here, "example-missing", "success response has no example")
    for code in errors:
        # a shared response ($ref) is reported where it is written, once, not once per user
        response, at = deref_at(loaded.data, responses[code], pointer_join(where, str(code)))
        media = json_media(response)
        if media is None:
            continue
        for _name, ex_pointer, value in media_examples(
            media, pointer_join(at, "content", "application/json")
        ):
            error_examples += 1
            name = value.get("error") if isinstance(value, dict) else None
            # without a catalogue every code would be flagged; the error-catalogue error says it once
            if code != "default" and catalogue and (not isinstance(name, str) or name not in catalogue):
                yield loaded.problem(
                    ex_pointer, "error-code", f"error {name!r} is not in x-error-codes", Level.WARNING
                )
    if errors and not error_examples:
        yield loaded.problem(where, "example-missing", "no error response has an example")
