"""Lint an OpenAPI document: structure (openapi-spec-validator), examples (jsonschema), then the
project's own rules (CONTRIBUTING.md, "Spec conventions"). Every check returns Problems; none
raises for a bad spec, so one run reports everything it can."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import jsonschema  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .loader import Loaded, load_yaml, pointer_join
from .problems import Level, Problem, SpecError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OPERATION_ID = re.compile(r"^[a-z][a-zA-Z0-9]*$")
SPEC_URI = "urn:authgen:spec"
# The reference sheet: these calls are made with the session's access token, nothing else.
BEARER_ONLY_PATHS = re.compile(r"^/user/|^/token/introspect$")
# ... except the consent-screen read, which the SDK sends with Basic client credentials when no
# user is signed in (`authorizeInfo`): Bearer or Basic, never anonymous.
BEARER_OR_BASIC_PATHS = {"/user/authorize/info": frozenset({"bearerAuth", "clientBasic"})}
# ... and these identify the device that signs in (one anonymous user per device).
DEVICE_ID_REQUIRED = {"/signin/anonymously", "/signin/with/provider"}
MAX_STRUCTURE_PROBLEMS = 50
EXAMPLE_POINTER = re.compile(r"/example(/|$)|/examples/[^/]+/value(/|$)")


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
        return [loaded.problem("", "internal", f"lint crashed, please report: {type(exc).__name__}: {exc}")]


def structure_problems(spec_path: str) -> list[Problem]:
    """The OpenAPI 3.1 validation alone, from the file; picklable in and out for a worker process."""
    try:
        loaded = load_yaml(spec_path)
    except SpecError as exc:
        return [exc.problem]
    if not isinstance(loaded.data, dict):
        return []  # lint_spec reports it
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


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, pointer_join(pointer, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, pointer_join(pointer, i))


def resolve_pointer(doc: Any, ref: str) -> Any:
    """Resolve a local `#/a/b` reference; KeyError when it dangles."""
    node = doc
    for raw in ref[2:].split("/") if ref != "#" else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(ref)
    return node


def _refs(loaded: Loaded) -> Iterator[Problem]:
    for pointer, node in _walk(loaded.data):
        if not (isinstance(node, dict) and "$ref" in node):
            continue
        ref = node["$ref"]
        where = pointer_join(pointer, "$ref")
        if not isinstance(ref, str) or not ref.startswith("#"):
            yield loaded.problem(where, "ref", f"only local references ('#/...') are supported, got {ref!r}")
            continue
        try:
            resolve_pointer(loaded.data, ref)
        except KeyError:
            yield loaded.problem(where, "ref", f"dangling $ref {ref!r}: nothing at that location")


# --- OpenAPI structure ---------------------------------------------------------------------


def _structure(loaded: Loaded) -> Iterator[Problem]:
    # Imported here: it costs ~0.3 s, and `authgen check` on an up-to-date tree never lints.
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.validation.exceptions import (
        DuplicateOperationIDError,
        UnresolvableParameterError,
    )

    # Our project rules report these with a line and a clearer message; the validator's have neither.
    covered_by_project_rules = (DuplicateOperationIDError, UnresolvableParameterError)

    try:
        errors = list(OpenAPIV31SpecValidator(loaded.data).iter_errors())
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


def media_examples(media: dict[str, Any], pointer: str) -> Iterator[tuple[str, str, Any]]:
    """(name, pointer, value) for every example of a media type or parameter."""
    if "example" in media:
        yield "example", pointer_join(pointer, "example"), media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        for name, example in examples.items():
            if isinstance(example, dict) and "value" in example:
                yield str(name), pointer_join(pointer, "examples", name, "value"), example["value"]


def _examples(loaded: Loaded) -> Iterator[Problem]:
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(loaded.data, DRAFT202012)
    )
    for pointer, node in _walk(loaded.data):
        if not isinstance(node, dict) or not isinstance(node.get("schema"), (dict, bool)):
            continue
        if not ("example" in node or "examples" in node):
            continue
        schema_pointer = pointer_join(pointer, "schema")
        for _name, where, value in media_examples(node, pointer):
            yield from _example_problems(loaded, registry, schema_pointer, value, where)


# --- project rules -------------------------------------------------------------------------


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(pointer, path, method, operation) in document order."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield pointer_join("", "paths", path, method), str(path), method, op


def deref(doc: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (at most 20); KeyError when one dangles."""
    return _deref_at(doc, node, "")[0]


def _deref_at(doc: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Like deref, plus the pointer of where the resolved node lives (for located messages)."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
        ref = node["$ref"]
        node = resolve_pointer(doc, ref)
        pointer = ref[1:]  # "#/a/b" -> "/a/b", already escaped
        seen += 1
    return node, pointer


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def operation_parameters(
    doc: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]
) -> list[dict[str, Any]]:
    """Path-level parameters overridden by operation-level ones (same name and location)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in _as_list(path_item.get("parameters")) + _as_list(op.get("parameters")):
        param = deref(doc, raw)
        if isinstance(param, dict):
            merged[(str(param.get("name")), str(param.get("in")))] = param
    return list(merged.values())


def error_catalogue(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        str(entry["error"]): entry
        for entry in _as_list(doc.get("x-error-codes"))
        if isinstance(entry, dict) and "error" in entry
    }


def _project_rules(loaded: Loaded) -> Iterator[Problem]:
    doc: dict[str, Any] = loaded.data
    yield from _catalogue_rules(loaded)
    yield from _schema_shape_rules(loaded)
    if not doc.get("servers"):
        yield loaded.problem("/servers", "servers", "no servers: the client cannot know its base URL")
    schemes = set(_as_dict(_as_dict(doc.get("components")).get("securitySchemes")))
    declared_tags = {str(t.get("name")) for t in _as_list(doc.get("tags")) if isinstance(t, dict)}
    catalogue = error_catalogue(doc)
    seen_ids: dict[str, str] = {}
    for path, item in _as_dict(doc.get("paths")).items():
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
        tags = _as_list(op.get("tags"))
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


def _schema_shape_rules(loaded: Loaded) -> Iterator[Problem]:
    """JSON Schema allows `true`/`false` as schemas; the generator types every field from a mapping."""
    for pointer, node in _walk(loaded.data):
        # media types and parameters: `schema: true` is legal JSON Schema but types nothing
        if (
            isinstance(node, dict)
            and "schema" in node
            and not isinstance(node["schema"], dict)
            and not EXAMPLE_POINTER.search(pointer)
        ):
            yield loaded.problem(
                pointer_join(pointer, "schema"), "schema", f"schema must be a mapping, got {node['schema']!r}"
            )
    schemas = _as_dict(loaded.data.get("components")).get("schemas")
    for name, schema in _as_dict(schemas).items():
        where = pointer_join("/components/schemas", str(name))
        if not isinstance(schema, dict):
            yield loaded.problem(where, "schema", f"schema {name!r} must be a mapping, got {schema!r}")
            continue
        for prop, prop_schema in _as_dict(schema.get("properties")).items():
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
        for name in _as_dict(requirement):
            used.add(name)
            if name not in schemes:
                yield loaded.problem(
                    pointer_join(pointer, "security", i, name),
                    "security",
                    f"unknown security scheme {name!r}",
                )
    if path in BEARER_OR_BASIC_PATHS:
        if used != BEARER_OR_BASIC_PATHS[path] or {} in security:
            allowed = " or ".join(sorted(BEARER_OR_BASIC_PATHS[path]))
            yield loaded.problem(
                pointer_join(pointer, "security"), "security", f"{path} needs {allowed}, never no auth"
            )
    elif BEARER_ONLY_PATHS.search(path) and (used != {"bearerAuth"} or {} in security):
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


def json_media(node: Any) -> dict[str, Any] | None:
    """The application/json media type object of a request body or response, if any."""
    content = node.get("content") if isinstance(node, dict) else None
    if isinstance(content, dict):
        media = content.get("application/json")
        if isinstance(media, dict):
            return media
    return None


def _schema_ref(media: dict[str, Any]) -> str:
    return str(_as_dict(media.get("schema")).get("$ref", ""))


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
        response, at = _deref_at(loaded.data, responses[code], pointer_join(where, str(code)))
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
