"""Lint's description, schema-shape, example, reference and structure checks, and the helpers
around them (issue 28 item 10, brief M9): each test lints a small change of the real spec
(`lint_spec` on the written file, as `authgen lint` and `authgen generate` call it), or calls a
public helper, and compares the whole output (level, rule, pointer, message) with the expected
list: one lint run per test, however many changes it holds."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped,unused-ignore]
import pytest
import yaml
from referencing.exceptions import NoSuchResource

from generator.lint import (
    SPEC_URI,
    RemoteReferenceRefused,
    lint_spec,
    offline_registry,
    openapi_validator,
    refuse_retrieval,
    structure_problems,
    without_credentials,
)
from generator.loader import load_yaml

REAL_SPEC = Path(__file__).resolve().parent.parent / "spec" / "auth-v1.yaml"
# libyaml where PyYAML has it (tests/test_lint_wire_rules.py): a lint mutant runs every test here
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
Found = list[tuple[str, str, str, str]]


@pytest.fixture(scope="module")
def real_spec() -> dict[str, Any]:
    """The real spec, parsed once for the module; each test changes a deep copy of it."""
    doc: dict[str, Any] = yaml.load(REAL_SPEC.read_text(encoding="utf-8"), Loader=LOADER)
    return doc


def _lint(doc: Any, spec: Path, *, structure: bool = False) -> Found:
    """Every (level, rule, pointer, message) lint reports on `doc` written to `spec`.
    structure=False, as `authgen generate` calls it (the OpenAPI validation runs elsewhere),
    unless a test is about that validation: it costs about a second of CPU more."""
    spec.write_text(yaml.dump(doc, Dumper=DUMPER, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return [
        (p.level.value, p.rule, p.pointer, p.message)
        for p in lint_spec(load_yaml(str(spec)), structure=structure)
    ]


def _op(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"][path][method]
    return op


def _query(name: str, **more: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": {"type": "string"}, **more}


# --- descriptions ----------------------------------------------------------------------------

NO_PARAM_DOC = "has no description: the client's docstring would show only its name"


def test_undescribed_parameters_and_properties(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """A parameter (of the path item or the operation, inline or by $ref) or a property (of a
    component schema or of an object inside it) with no description, or a blank one, is
    warned about at itself, by name; one described by its $ref target, or (a parameter) by its
    schema (its own description, or its `$ref` target's), is not; each is checked past the
    first one found."""
    doc = copy.deepcopy(real_spec)
    components = doc["components"]
    components["parameters"]["BareRef"] = _query("bare_ref")
    components["parameters"]["SchemaDescribed"] = _query(
        "schema_described", schema={"type": "string", "description": "d"}
    )
    components["parameters"]["RefToBare"] = {"$ref": "#/components/parameters/BareRef"}
    # the path item's own parameters: reported once, for both of its operations
    doc["paths"]["/user/me"]["parameters"] = [_query("described", description="d"), _query("path_level")]
    _op(doc, "/signup", "post")["parameters"] += [
        _query("blank", description=" \n"),
        {"$ref": "#/components/parameters/SchemaDescribed"},
        _query("in_schema", schema={"type": "string", "description": "d"}),
        _query("blank_schema", schema={"type": "string", "description": " "}),
        {"$ref": "#/components/parameters/BareRef"},
        {"$ref": "#/components/parameters/RefToBare"},
        _query("not_a_string", description=7),
        _query("schema_ref", schema={"$ref": "#/components/schemas/Described"}),
        _query("bare_schema_ref", schema={"$ref": "#/components/schemas/Undescribed"}),
    ]
    schemas = components["schemas"]
    schemas["Described"] = {"type": "string", "description": "d"}
    schemas["Undescribed"] = {"type": "string"}
    schemas["Holder"] = {
        "type": "object",
        "description": "d",
        "properties": {
            "ok": {"type": "string", "description": "d"},
            "bare": {"type": "string"},
            "blank": {"type": "string", "description": "  "},
            "by_ref": {"$ref": "#/components/schemas/Described"},
            "by_bare_ref": {"$ref": "#/components/schemas/Undescribed"},
            "has_schema": {"type": "string", "schema": {"description": "d"}},
            "inner": {
                "type": "object",
                "description": "d",
                "properties": {"deep": {"type": "integer"}},
            },
            "list": {
                "type": "array",
                "description": "d",
                "items": {"type": "object", "properties": {"item_field": {"type": "string"}}},
            },
        },
    }
    signup = "/paths/~1signup/post/parameters/"
    base = len(real_spec["paths"]["/signup"]["post"]["parameters"])
    holder = "/components/schemas/Holder/properties/"

    def warn(pointer: str, what: str) -> tuple[str, str, str, str]:
        return ("warning", "description", pointer, f"{what} {NO_PARAM_DOC}")

    # in lint's order: by line, the path item's parameters (appended to it) after /signup's
    assert _lint(doc, tmp_path / "spec.yaml") == [
        warn(signup + str(base), "parameter 'blank'"),
        warn(signup + str(base + 3), "parameter 'blank_schema'"),
        warn(signup + str(base + 4), "parameter 'bare_ref'"),
        warn(signup + str(base + 5), "parameter 'bare_ref'"),
        warn(signup + str(base + 6), "parameter 'not_a_string'"),
        warn(signup + str(base + 8), "parameter 'bare_schema_ref'"),
        warn("/paths/~1user~1me/parameters/1", "parameter 'path_level'"),
        warn(holder + "bare", "property 'bare'"),
        warn(holder + "blank", "property 'blank'"),
        warn(holder + "by_bare_ref", "property 'by_bare_ref'"),
        warn(holder + "has_schema", "property 'has_schema'"),
        warn(holder + "inner/properties/deep", "property 'deep'"),
        warn(holder + "list/items/properties/item_field", "property 'item_field'"),
    ]


# --- schema shapes ---------------------------------------------------------------------------


def test_schemas_that_are_not_mappings(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """`schema: true` or `false` on a parameter, a component schema that is not a mapping (and
    the one after it still checked), a property that is not a mapping, `items` that is not a
    mapping: each an error at itself; a `schema` key inside an example's value (under `example`
    or `examples/<name>/value`) is data, not reported. A property that is not a mapping is not
    warned about for its description too."""
    doc = copy.deepcopy(real_spec)
    _op(doc, "/signin", "post")["parameters"] += [
        _query("truthy", description="d", schema=True),
        _query("falsy", description="d", schema=False),
        _query(
            "data",
            description="d",
            schema={"type": "object"},
            example={"schema": 2},
            examples={"one": {"value": {"nested": {"schema": "x"}}}},
        ),
    ]
    schemas = doc["components"]["schemas"]
    schemas["NotAMapping"] = True
    schemas["AList"] = ["type", "object"]
    schemas["Shapes"] = {
        "type": "object",
        "description": "d",
        "properties": {
            "ok_list": {"type": "array", "description": "d", "items": {"type": "string"}},
            "bare": "string",
            "bad_items": {"type": "array", "description": "d", "items": True},
            "no_items": {"type": "array", "description": "d"},
            "bad_items_list": {"type": "array", "description": "d", "items": [{"type": "string"}]},
        },
    }
    at = "/paths/~1signin/post/parameters/{}/schema".format
    signin = len(real_spec["paths"]["/signin"]["post"]["parameters"])
    shapes = "/components/schemas/Shapes/properties/"
    assert _lint(doc, tmp_path / "spec.yaml") == [
        ("error", "schema", at(signin), "schema must be a mapping, got True"),
        ("error", "schema", at(signin + 1), "schema must be a mapping, got False"),
        (
            "error",
            "schema",
            "/components/schemas/NotAMapping",
            "schema 'NotAMapping' must be a mapping, got True",
        ),
        (
            "error",
            "schema",
            "/components/schemas/AList",
            "schema 'AList' must be a mapping, got ['type', 'object']",
        ),
        (
            "error",
            "schema",
            shapes + "bare",
            "property 'bare' needs a schema mapping (with a type), got 'string'",
        ),
        (
            "error",
            "schema",
            shapes + "bad_items/items",
            "items of 'bad_items' needs a schema mapping, got True",
        ),
        (
            "error",
            "schema",
            shapes + "bad_items_list/items",
            "items of 'bad_items_list' needs a schema mapping, got [{'type': 'string'}]",
        ),
    ]


# --- examples --------------------------------------------------------------------------------


def test_example_problems_name_the_example(real_spec: dict[str, Any], tmp_path: Path) -> None:
    """Every example (`example`, or `examples/<name>/value`) of a parameter is checked against
    its schema: at most five mismatches each, the first five by where they are in the example
    (not the order the validator finds them), each with that place; a schema whose $refs loop,
    or one jsonschema cannot use (a bad regex), is one problem; a schema that is not a mapping
    is not used; a parameter with a schema and no example is passed over; a parameter under a component name with a space, `%`, `#`, `~` or `/` is still
    found by its pointer."""
    doc = copy.deepcopy(real_spec)
    schemas = doc["components"]["schemas"]
    schemas["LoopA"] = {"$ref": "#/components/schemas/LoopB"}
    schemas["LoopB"] = {"$ref": "#/components/schemas/LoopA"}
    # the validator reports these in the order of `properties` (f first); lint keeps a..e
    fields = "fedcba"
    schemas["Six"] = {
        "type": "object",
        "description": "d",
        "properties": {f"p_{k}": {"type": "integer", "description": "d"} for k in fields},
    }
    _op(doc, "/signin", "post")["parameters"] += [
        _query("no_example", description="d"),  # not checked, and the ones after it still are
        _query("loop", description="d", schema={"$ref": "#/components/schemas/LoopA"}, example="x"),
        _query("bad_regex", description="d", schema={"type": "string", "pattern": "("}, example="x"),
        _query(
            "six",
            description="d",
            schema={"$ref": "#/components/schemas/Six"},
            example={f"p_{k}": "s" for k in fields},
        ),
        _query(
            "named",
            description="d",
            examples={"good": {"value": "x"}, "bad": {"value": 3}, "no_value": {"summary": "s"}},
        ),
        _query(
            "nested",
            description="d",
            schema={"type": "object", "properties": {"a": {"type": "array", "items": {"type": "integer"}}}},
            example={"a": [1, "two"]},
        ),
        _query("good", description="d", example="x"),
    ]
    doc["components"]["parameters"]["Odd name %25#x"] = _query("odd", description="d", example=5)
    doc["components"]["parameters"]["Tilde~/slash"] = _query("tilde", description="d", example=6)
    doc["components"]["parameters"]["Tilde~only"] = _query("tilde_only", description="d", example=7)
    first = len(real_spec["paths"]["/signin"]["post"]["parameters"]) + 1
    at = "/paths/~1signin/post/parameters/{}/{}".format

    def problem(where: str, message: str) -> tuple[str, str, str, str]:
        return ("error", "example-schema", where, message)

    def mismatch(inner: str, message: str) -> str:
        return f"example does not match its schema{inner}: {message}"

    assert _lint(doc, tmp_path / "spec.yaml") == [
        problem(at(first, "example"), "cannot check the example: its schema's $refs loop"),
        problem(
            at(first + 1, "example"),
            "cannot check the example against its schema: missing ), unterminated subpattern at position 0",
        ),
        *[
            problem(at(first + 2, "example"), mismatch(f"['p_{k}']", "'s' is not of type 'integer'"))
            for k in "abcde"
        ],
        problem(at(first + 3, "examples/bad/value"), mismatch("", "3 is not of type 'string'")),
        problem(at(first + 4, "example"), mismatch("['a'][1]", "'two' is not of type 'integer'")),
        problem("/components/parameters/Odd name %25#x/example", mismatch("", "5 is not of type 'string'")),
        problem("/components/parameters/Tilde~0~1slash/example", mismatch("", "6 is not of type 'string'")),
        problem("/components/parameters/Tilde~0only/example", mismatch("", "7 is not of type 'string'")),
    ]


# --- references, what lint refuses to lint, the OpenAPI validation ---------------------------


def _operation(op_id: str, **more: Any) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "summary": "s",
        "description": "d",
        "tags": ["t"],
        "responses": {"200": {"description": "ok"}},
        **more,
    }


def _tiny(**more: Any) -> dict[str, Any]:
    """A small OpenAPI 3.1 document (the validator takes milliseconds on it, not a second)."""
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, **more}


def test_references_outside_the_document_are_refused(tmp_path: Path) -> None:
    """`$id` and `$dynamicRef` (unless inside an example's value, or not a string, as a property
    named `$id` is), a `$ref` that is not a string or not local (its user, password and query
    masked), and a local one that dangles: each reported at itself, alone (nothing else is
    checked), in document order; by `lint_spec` and by `structure_problems` alike."""
    schemas = {
        "Ok": {"type": "object", "properties": {"$id": {"type": "string"}}},
        "WithId": {"$id": "https://example.com/s", "type": "string"},
        "Dynamic": {"$dynamicRef": "#meta"},
        "Local": {"allOf": [{"$ref": "#/components/schemas/Ok"}, {"$ref": "#/components/schemas/Nope"}]},
        "Remote": {"$ref": "https://user:pw@example.com/s.yaml?token=t#/S"},
        "File": {"$ref": "other.yaml#/S"},
        "NotAString": {"$ref": 5},
        "Whole": {"$ref": "#"},
    }
    example = {"$id": "x", "$dynamicRef": "y"}
    media = {
        "schema": {"$ref": "#/components/schemas/Ok"},
        "example": example,
        "examples": {"e": {"value": example}},
    }
    op = _operation("a", requestBody={"content": {"application/json": media}})
    doc = _tiny(paths={"/a": {"post": op}}, components={"schemas": schemas})
    spec = tmp_path / "spec.yaml"
    at = "/components/schemas/".__add__
    expected = [
        (
            "error",
            "ref",
            at("WithId/$id"),
            "$id is not supported: it would make the references under it resolve against another document",
        ),
        (
            "error",
            "ref",
            at("Dynamic/$dynamicRef"),
            "$dynamicRef is not supported: it resolves only while validating; use a local $ref ('#/...')",
        ),
        (
            "error",
            "ref",
            at("Local/allOf/1/$ref"),
            "dangling $ref '#/components/schemas/Nope': nothing at that location",
        ),
        (
            "error",
            "ref",
            at("Remote/$ref"),
            "only local references ('#/...') are supported, got 'https://***@example.com/s.yaml?***#/S'",
        ),
        (
            "error",
            "ref",
            at("File/$ref"),
            "only local references ('#/...') are supported, got 'other.yaml#/S'",
        ),
        ("error", "ref", at("NotAString/$ref"), "only local references ('#/...') are supported, got 5"),
    ]
    assert _lint(doc, spec, structure=True) == expected
    assert [(p.level.value, p.rule, p.pointer, p.message) for p in structure_problems(str(spec))] == expected


def test_what_lint_will_not_lint(tmp_path: Path) -> None:
    """A top level that is not a mapping, Swagger 2.0, an `openapi` that is not 3.1 (or not a
    string, or missing): one problem, nothing else checked; a document whose $refs loop is one
    problem, not a RecursionError."""
    loop = _tiny(
        paths={"/b": {"get": _operation("b", parameters=[{"$ref": "#/components/parameters/P"}])}},
        components={"parameters": {"P": {"$ref": "#/components/parameters/P"}}},
    )
    cases: list[tuple[Any, tuple[str, str, str]]] = [
        (["openapi"], ("top-level", "", "top level must be a mapping, got list")),
        (
            {"swagger": "2.0", "openapi": "3.1.0"},
            ("version", "/swagger", "Swagger 2.0 is not supported: convert the document to OpenAPI 3.1"),
        ),
        (_tiny(openapi="3.0.3"), ("version", "/openapi", "expected 'openapi: 3.1.x', got '3.0.3'")),
        (_tiny(openapi=3.1), ("version", "/openapi", "expected 'openapi: 3.1.x', got 3.1")),
        ({"info": {"title": "t"}}, ("version", "/openapi", "expected 'openapi: 3.1.x', got None")),
        (loop, ("internal", "", "the document is nested too deeply (or its $refs loop) to lint")),
    ]
    for i, (doc, (rule, pointer, message)) in enumerate(cases):
        assert _lint(doc, tmp_path / f"spec{i}.yaml") == [("error", rule, pointer, message)], doc


def test_openapi_problems_are_the_validators_first_lines(tmp_path: Path) -> None:
    """The OpenAPI 3.1 validation: each problem's first line at its pointer, at most 50 and a
    line saying how many more; when it finds any, lint stops there (no project rule, such as
    "no servers", runs). A duplicate operationId or an undeclared path parameter is left to the
    project rules (located, clearer); a document the validator raises on is one problem."""
    paths: dict[str, Any] = {
        f"/p{i:02}": {"get": _operation(f"p{i:02}", responses={"200": {"description": 5}})} for i in range(53)
    }
    paths["/q"] = {
        "get": _operation("q", parameters=[{"name": "x", "in": "nowhere", "schema": {"type": "string"}}])
    }
    doc = _tiny(info={"title": "t", "version": 5}, paths=paths)
    found = _lint(doc, tmp_path / "many.yaml", structure=True)
    assert found[0] == ("error", "openapi", "", "... and 5 more OpenAPI problems")
    assert found[1:] == [
        ("error", "openapi", "/info/version", '5 is not of type "string"'),
        *[
            (
                "error",
                "openapi",
                f"/paths/~1p{i:02}/get/responses/200/description",
                '5 is not of type "string"',
            )
            for i in range(49)
        ],
    ]

    doubled = _tiny(paths={"/a/{id}": {"get": _operation("same")}, "/b": {"get": _operation("same")}})
    spec = tmp_path / "doubled.yaml"
    found = _lint(doubled, spec, structure=True)
    assert [p for p in found if p[1] in ("openapi", "operation-id", "path-parameter")] == [
        ("error", "path-parameter", "/paths/~1a~1{id}/get", "path parameter {id} is not declared"),
        (
            "error",
            "operation-id",
            "/paths/~1b/get/operationId",
            "duplicate operationId 'same' (also at line 8)",
        ),
    ]
    assert ("error", "servers", "/servers", "no servers: the client cannot know its base URL") in found
    assert structure_problems(str(spec)) == []

    raising = _tiny(paths={"/b": {"get": _operation("b", parameters=[{"$ref": "#/info/title"}])}})
    spec = tmp_path / "raising.yaml"
    expected = [("error", "openapi", "", "not a valid OpenAPI 3.1 document: 'name'")]
    assert _lint(raising, spec, structure=True) == expected
    assert [(p.level.value, p.rule, p.pointer, p.message) for p in structure_problems(str(spec))] == expected


def test_structure_problems_of_a_file_lint_cannot_read(tmp_path: Path) -> None:
    """`structure_problems` (the validation `authgen generate` runs in a worker) reports a file
    it cannot read or parse as the loader does, and leaves a top level that is not a mapping to
    `lint_spec`."""
    missing = tmp_path / "missing.yaml"
    assert [(p.rule, p.message) for p in structure_problems(str(missing))] == [
        ("file", "spec file not found")
    ]
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: [\n", encoding="utf-8")
    assert [(p.rule, p.line, p.message) for p in structure_problems(str(broken))] == [
        ("yaml", 2, "YAML syntax error: expected the node content, but found '<stream end>'")
    ]
    listed = tmp_path / "list.yaml"
    listed.write_text("- 1\n", encoding="utf-8")
    assert structure_problems(str(listed)) == []


def test_refuse_retrieval_names_the_uri_without_its_secrets() -> None:
    with pytest.raises(RemoteReferenceRefused) as info:
        refuse_retrieval("https://user:pw@example.com/s.yaml?token=t#/S")
    assert str(info.value) == "refusing to fetch 'https://***@example.com/s.yaml?***#/S'"


def _causes(exc: BaseException | None) -> list[BaseException]:
    found = []
    while exc is not None:
        found.append(exc)
        exc = exc.__cause__ or exc.__context__
    return found


def test_the_offline_resolvers_resolve_the_spec_and_refuse_the_rest() -> None:
    """The registry the example checks use resolves the spec (as urn:authgen:spec) and refuses
    any other URI, as `NoSuchResource` caused by the refusal; the OpenAPI validator refuses a
    `file:` reference (no file is read: the path does not exist) and passes a valid document.
    (tests/generator/test_no_network.py checks nothing is fetched, against a recorder.)"""
    registry = offline_registry({"components": {"schemas": {"S": {"type": "string"}}}})
    local = jsonschema.Draft202012Validator({"$ref": f"{SPEC_URI}#/components/schemas/S"}, registry=registry)
    assert [e.message for e in local.iter_errors(1)] == ["1 is not of type 'string'"]
    uri = "file:///nonexistent/authgen-m9/s.json"
    remote = jsonschema.Draft202012Validator({"$ref": uri}, registry=registry)
    with pytest.raises(Exception) as info:
        list(remote.iter_errors(1))
    causes = _causes(info.value)
    refused = [c for c in causes if isinstance(c, RemoteReferenceRefused)]
    assert [str(c) for c in refused] == [f"refusing to fetch {uri!r}"], causes
    assert any(isinstance(c, NoSuchResource) and c.ref == uri for c in causes), causes

    doc = _tiny(components={"schemas": {"A": {"$ref": uri}}})
    with pytest.raises(Exception) as info:
        list(openapi_validator(doc).iter_errors())
    assert [str(c) for c in _causes(info.value) if isinstance(c, RemoteReferenceRefused)] == [
        f"refusing to fetch {uri!r}"
    ]
    assert list(openapi_validator(_tiny()).iter_errors()) == []


def test_without_credentials_masks_the_user_and_the_query() -> None:
    assert without_credentials("https://user:secret@example.com/a.yaml?token=t#/x") == (
        "https://***@example.com/a.yaml?***#/x"
    )
    assert without_credentials("https://a:b@c@example.com/s") == "https://***@example.com/s"
    assert without_credentials("https://example.com/s.yaml#/a") == "https://example.com/s.yaml#/a"
    assert without_credentials("http://[::1") == "<unparsable URI>"


def _crash(error: BaseException) -> Any:
    def rule(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    return rule


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (ValueError("boom"), "lint crashed, please report: ValueError: boom"),
        (RecursionError(), "the document is nested too deeply (or its $refs loop) to lint"),
    ],
    ids=["a-bug", "recursion"],
)
def test_a_rule_that_crashes_costs_one_internal_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, message: str
) -> None:
    """A bug in a rule (simulated: the project rules raise) is one error at the top of the
    document, never a traceback or a lint run that stops the command."""
    spec = tmp_path / "spec.yaml"
    monkeypatch.setattr("generator.lint._project_rules", _crash(error))
    loaded = _loaded(spec, _tiny())
    found = lint_spec(loaded, structure=False)
    assert [(p.file, p.line, p.pointer, p.level.value, p.rule, p.message) for p in found] == [
        (loaded.display, 1, "", "error", "internal", message)
    ]


def test_a_validator_that_crashes_costs_one_internal_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for the validation `authgen generate` runs in a worker (`structure_problems`);
    a document with a reference outside it never reaches the validator."""
    spec = tmp_path / "spec.yaml"
    _loaded(spec, _tiny())
    monkeypatch.setattr("generator.lint._structure", _crash(TypeError("bad")))
    assert [(p.line, p.pointer, p.level.value, p.rule, p.message) for p in structure_problems(str(spec))] == [
        (1, "", "error", "internal", "lint crashed, please report: TypeError: bad")
    ]
    _loaded(spec, _tiny(components={"schemas": {"A": {"$ref": "https://example.com/a.json"}}}))
    found = structure_problems(str(spec))
    assert [(p.rule, p.pointer) for p in found] == [("ref", "/components/schemas/A/$ref")]


def _loaded(spec: Path, doc: dict[str, Any]) -> Any:
    spec.write_text(yaml.dump(doc, Dumper=DUMPER, sort_keys=False), encoding="utf-8")
    return load_yaml(str(spec))


class _Error:
    """What lint reads of the validator's errors: the path in the document and the message."""

    def __init__(self, path: list[Any], message: str) -> None:
        self.absolute_path, self.message = path, message


class _Validator:
    def __init__(self, errors: list[_Error] | None = None, raises: BaseException | None = None) -> None:
        self._errors, self._raises = errors or [], raises

    def iter_errors(self) -> Any:
        if self._raises is not None:
            raise self._raises
        return iter(self._errors)


def _structure_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validator: _Validator) -> Found:
    monkeypatch.setattr("generator.lint.openapi_validator", lambda _doc: validator)
    found = lint_spec(_loaded(tmp_path / "spec.yaml", _tiny()))
    return [(p.level.value, p.rule, p.pointer, p.message) for p in found if p.rule == "openapi"]


def test_lint_validates_the_structure_unless_told_not_to(tmp_path: Path) -> None:
    """`lint_spec(loaded)` is what `authgen lint` runs: the OpenAPI validation is in it."""
    loaded = _loaded(tmp_path / "spec.yaml", _tiny(info={"title": 5, "version": "1"}))
    assert [(p.pointer, p.message) for p in lint_spec(loaded) if p.rule == "openapi"] == [
        ("/info/title", '5 is not of type "string"')
    ]
    assert [p for p in lint_spec(loaded, structure=False) if p.rule == "openapi"] == []


def test_the_validators_problems_as_lint_shows_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exactly MAX_STRUCTURE_PROBLEMS problems are all shown with no "more" line; a message that
    is empty is "invalid"; a validator that raises with no message names its exception."""
    from generator.lint import MAX_STRUCTURE_PROBLEMS

    errors = [
        _Error(["paths", f"/p{i}"], f"problem {i}\nFailed validating ...")
        for i in range(MAX_STRUCTURE_PROBLEMS)
    ]
    shown = _structure_lines(tmp_path, monkeypatch, _Validator(errors))
    assert len(shown) == MAX_STRUCTURE_PROBLEMS and not any("more OpenAPI problems" in m for *_, m in shown)
    assert shown[0] == ("error", "openapi", "/paths/~1p0", "problem 0")
    assert _structure_lines(tmp_path, monkeypatch, _Validator([_Error(["info"], "")])) == [
        ("error", "openapi", "/info", "invalid")
    ]
    assert _structure_lines(tmp_path, monkeypatch, _Validator(raises=KeyError())) == [
        ("error", "openapi", "", "not a valid OpenAPI 3.1 document: KeyError")
    ]
