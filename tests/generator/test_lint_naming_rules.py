"""Lint's naming rules (generator/lint.py, `_naming_rules` and the functions it calls), through
`lint_spec` on specs a maintainer could write: each test makes several changes to the bad-spec
corpus's base spec, writes it, lints it once and compares every naming problem (rule, line,
pointer, message) with the expected list, so a rule that reports the wrong thing, at the wrong
place, twice, or not at all fails here. Mutation run of brief M8 (TESTING.md, issue 28 item 10)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.lint import lint_spec
from generator.loader import Loaded, load_yaml

ROOT = Path(__file__).resolve().parents[2]
NAMING = {"operation-name", "argument-name", "schema-name", "property-name", "enum-name", "internal"}
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@pytest.fixture(scope="module")
def base() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(ROOT / "tests" / "bad_specs" / "base.yaml").data
    return data


def lint_names(
    doc: dict[str, Any], tmp_path: Path, *, structure: bool = False
) -> tuple[Loaded, list[tuple[str, int, str, str]]]:
    """The written spec, and (rule, line, pointer, message) of every naming problem, all errors.
    Without the OpenAPI validation by default, as `authgen generate` lints (and faster): some
    of these specs (an operationId that is a number) only get that far there."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.dump(doc, Dumper=DUMPER, sort_keys=False, allow_unicode=True), encoding="utf-8")
    loaded = load_yaml(spec)
    found = []
    for problem in lint_spec(loaded, structure=structure):
        if problem.rule in NAMING:
            assert problem.level.value == "error", problem
            found.append((problem.rule, problem.line, problem.pointer, problem.message))
    return loaded, sorted(found)  # lint sorts by line; the tests list problems as they meet them


def at(loaded: Loaded, pointer: str) -> int:
    """The line a pointer's own key is on in the written spec (not an ancestor's)."""
    return loaded.lines[pointer]


def operation(op_id: object, **more: Any) -> dict[str, Any]:
    return {  # operationId not first: its line is then not the operation's (a mapping's first key's)
        "tags": ["user"],
        "operationId": op_id,
        "summary": "An operation",
        "description": "An operation.",
        "security": [{"bearerAuth": []}],
        "responses": {"200": {"$ref": "#/components/responses/Done"}},
        **more,
    }


def add_paths(doc: dict[str, Any], *ops: tuple[str, str, dict[str, Any]]) -> None:
    doc["components"]["responses"]["Done"] = {
        "description": "Done.",
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/Empty"},
                "examples": {"done": {"value": {}}},
            }
        },
    }
    for path, method, op in ops:
        doc["paths"].setdefault(path, {})[method] = op


def esc(path: str) -> str:
    return path.replace("~", "~0").replace("/", "~1")


# --- operations: _operation_name_rules, _cookbook_anchor ---------------------------------------


def test_operation_name_problems(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    add_paths(
        doc,
        ("/n/a", "get", operation("Class")),  # not camelCase: the operation-id rule's, not a keyword here
        ("/n/b", "get", operation(7)),  # not a string: the same
        ("/n/c", "get", operation("import")),
        ("/n/c", "put", operation("import")),  # the same operationId twice: the operation-id rule's
        ("/n/d", "get", operation("close")),
        ("/n/e", "get", operation("getUserME")),
        ("/n/f", "get", operation("abCD")),
        ("/n/f", "put", operation("abcD")),
        ("/n/g", "get", operation("close")),
    )
    loaded, found = lint_names(doc, tmp_path)

    def where(path: str, method: str) -> str:
        return f"/paths/{esc(path)}/{method}/operationId"

    assert found == sorted(
        [
            (
                "operation-name",
                at(loaded, where("/n/c", "get")),
                where("/n/c", "get"),
                "operationId 'import' becomes the method name 'import', a Python keyword: rename it",
            ),
            (
                "operation-name",
                at(loaded, where("/n/c", "put")),
                where("/n/c", "put"),
                "operationId 'import' becomes the method name 'import', a Python keyword: rename it",
            ),
            (
                "operation-name",
                at(loaded, where("/n/d", "get")),
                where("/n/d", "get"),
                "operationId 'close' becomes close(), which would replace the client's own 'close': rename it",
            ),
            (
                "operation-name",
                at(loaded, where("/n/e", "get")),
                where("/n/e", "get"),
                "operationId 'getUserME' becomes the method get_user_me(), like 'getUserMe' "
                f"(line {at(loaded, where('/user/me', 'get'))}): rename one",
            ),
            (
                "operation-name",
                at(loaded, where("/n/f", "put")),
                where("/n/f", "put"),
                "operationId 'abcD' becomes the cookbook anchor #abcd, like 'abCD' "
                f"(line {at(loaded, where('/n/f', 'get'))}): rename one",
            ),
            (
                "operation-name",
                at(loaded, where("/n/g", "get")),
                where("/n/g", "get"),
                "operationId 'close' becomes close(), which would replace the client's own 'close': rename it",
            ),
        ]
    )


# --- keyword arguments: _argument_name_rules, _operation_arguments ------------------------------


def param(name: str, where: str, **more: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "schema": {"type": "string"}, **more}


def test_argument_name_problems(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    components = doc["components"]
    components["parameters"]["RequestId"] = param("X-Request-Id", "header")
    components["parameters"]["TimeoutHeader"] = param("Timeout", "header")
    components["schemas"]["ArgsBody"] = {
        "type": "object",
        "properties": {"note": {"type": "string"}, "timeout": {"type": "integer"}},
    }
    components["requestBodies"] = {
        "ArgsBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArgsBody"}}}}
    }
    inline_body = {
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "item-id": {"type": "string"},  # a parameter's name: dropped on purpose (ir)
                        "self": {"type": "string"},
                        "userName": {"type": "string"},
                        "user_name": {"type": "string"},
                    },
                }
            }
        }
    }
    add_paths(
        doc,
        (
            "/a/{item_id}",
            "post",
            operation(
                "argsOne",
                parameters=[
                    {"name": 5, "in": "query"},  # no string name: skipped
                    param("item_id", "path", required=True),  # the path level's, again: no problem
                    {"$ref": "#/components/parameters/RequestId"},  # the client's own: left out
                    param("x_request_id", "query"),
                    param("client_id", "query"),  # the client's own: left out
                    param("client-id", "query"),
                    param("client_id", "header"),  # not the client's own in a header
                ],
                requestBody=inline_body,
            ),
        ),
        (
            "/a/{item_id}",
            "put",
            operation(
                7,
                parameters=[{"$ref": "#/components/parameters/TimeoutHeader"}],
                requestBody={"$ref": "#/components/requestBodies/ArgsBody"},
            ),
        ),
    )
    doc["paths"]["/a/{item_id}"]["parameters"] = [
        param("item_id", "path", required=True),
        param("timeout", "query"),
    ]
    loaded, found = lint_names(doc, tmp_path)
    path = "/paths/" + esc("/a/{item_id}")
    post = f"{path}/post"
    inline = f"{post}/requestBody/content/application~1json/schema/properties"
    reserved = "a name the generated method already uses: rename it"
    assert found == sorted(
        [
            (
                "argument-name",
                at(loaded, f"{path}/parameters/1"),
                f"{path}/parameters/1",
                f"query parameter 'timeout' becomes the keyword argument timeout= of args_one(), {reserved}",
            ),
            (
                "argument-name",
                at(loaded, f"{path}/parameters/1"),
                f"{path}/parameters/1",
                f"query parameter 'timeout' becomes the keyword argument timeout= of the method(), {reserved}",
            ),
            (
                "argument-name",
                at(loaded, f"{post}/parameters/6"),
                f"{post}/parameters/6",
                "header parameter 'client_id' becomes the keyword argument client_id= of args_one(), like "
                "query parameter 'client-id': rename one",
            ),
            # an inline body schema: its fields are located at the field
            (
                "argument-name",
                at(loaded, f"{inline}/self"),
                f"{inline}/self",
                f"body field 'self' becomes the keyword argument self= of args_one(), {reserved}",
            ),
            (
                "argument-name",
                at(loaded, f"{inline}/user_name"),
                f"{inline}/user_name",
                "body field 'user_name' becomes the keyword argument user_name= of args_one(), like "
                "body field 'userName': rename one",
            ),
            (
                "argument-name",
                at(loaded, "/components/parameters/TimeoutHeader"),
                "/components/parameters/TimeoutHeader",
                f"header parameter 'Timeout' becomes the keyword argument timeout= of the method(), {reserved}",
            ),
            (
                "argument-name",
                at(loaded, "/components/schemas/ArgsBody/properties/timeout"),
                "/components/schemas/ArgsBody/properties/timeout",
                f"body field 'timeout' becomes the keyword argument timeout= of the method(), {reserved}",
            ),
        ]
    )


# --- schemas: _schema_name_rules ----------------------------------------------------------------


def test_schema_name_problems(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    schemas = doc["components"]["schemas"]
    for name in ("Mapping", "USER", "user", "Token_Response", "Zebra", "zebra_", "1Thing"):
        schemas[name] = {"type": "object"}
    loaded, found = lint_names(doc, tmp_path)

    def line(name: str) -> int:
        return at(loaded, f"/components/schemas/{name}")

    # openapi-python-client prefixes a class name that starts with a digit (the advice after the
    # colon, "rename it '1Thing'", is the name itself: not checked here, see TESTING.md, M8)
    digit = [p for p in found if p[2] == "/components/schemas/1Thing"]
    assert [(rule, line_, message.split(":")[0]) for rule, line_, _, message in digit] == [
        (
            "schema-name",
            line("1Thing"),
            "schema '1Thing' becomes the model class Field1Thing, but the client imports it as 1Thing",
        )
    ]
    found.remove(digit[0])

    assert found == sorted(
        [
            (
                "schema-name",
                line("Mapping"),
                "/components/schemas/Mapping",
                "schema 'Mapping' becomes the model class Mapping, a name the client module already uses: rename it",
            ),
            (
                "schema-name",
                line("USER"),
                "/components/schemas/USER",
                "schema 'USER' becomes the model class USER, but the client imports it as User: rename it 'User'",
            ),
            (
                "schema-name",
                line("user"),
                "/components/schemas/user",
                f"schema 'user' becomes the model class User, like 'User' (line {line('User')}): rename one",
            ),
            (
                "schema-name",
                line("Token_Response"),
                "/components/schemas/Token_Response",
                "schema 'Token_Response' becomes the model class TokenResponse, like 'TokenResponse' "
                f"(line {line('TokenResponse')}): rename one",
            ),
            (
                "schema-name",
                line("zebra_"),
                "/components/schemas/zebra_",
                f"schema 'zebra_' becomes the model class Zebra, like 'Zebra' (line {line('Zebra')}): rename one",
            ),
        ]
    )


# --- inline enums and objects: _inline_class_rules, _inline_classes -----------------------------


def test_inline_class_problems(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    schemas = doc["components"]["schemas"]
    string = {"type": "string"}
    schemas["Account"] = {
        "type": "object",
        "properties": {
            "kind": {"type": "string", "enum": ["a", "b"]},  # AccountKind, a schema's name
            "empty": {"$ref": "#/components/schemas/Empty"},  # a $ref makes no class: no AccountEmpty
            "linked": {"$ref": "#/components/schemas/Empty", "title": "Place", "type": "object"},  # nor here
            "free": True,  # a boolean schema: no class
            "home": {  # AccountPlace
                "type": "object",
                "title": "Place",
                "properties": {"level": {"type": "string", "enum": ["x"]}},  # AccountPlaceLevel
            },
            "work": {"title": "Place", "properties": {"street": string}},  # AccountPlace again
            "mode": {"type": "string", "title": "Mode", "enum": ["on", "off"]},
            "other_mode": {"type": "string", "title": "Mode", "enum": ["on", "off"]},  # shared
            "third_mode": {"type": "string", "title": "Mode", "enum": ["on", "auto"]},  # other values
            "tags": {"type": "array", "items": {"type": "string", "enum": ["t"]}},  # AccountTagsItem
            "nick": {"type": "string", "title": "", "enum": ["n"]},  # a blank title: AccountNick
            "alias": {"type": "string", "title": 5, "enum": ["n"]},  # not a string: AccountAlias
            "plain": {"type": "array", "items": string},  # no class
            "box": {"type": "object", "title": "Mode"},  # an object where the enum AccountMode is
        },
    }
    for name in ("AccountKind", "AccountEmpty", "AccountPlaceLevel", "AccountTagsItem", "AccountNick"):
        schemas[name] = {"type": "object"}
    schemas["AccountAlias"] = {"type": "string", "enum": ["n"]}  # a schema, even with the same values
    schemas["ListThingsOrder"] = {"type": "object"}
    schemas["Field2FaOrder"] = {"type": "object"}
    schemas["1Thing"] = {  # a model class name openapi-python-client prefixes: Field1Thing
        "type": "object",
        "properties": {
            "kind": {"type": "string", "title": "Kind", "enum": ["a"]},
            "sort": {"type": "string", "title": "Kind", "enum": ["b"]},
        },
    }
    order = param("order", "query", schema={"type": "string", "enum": ["asc", "desc"]})
    add_paths(
        doc,
        ("/things0", "get", operation(7, parameters=[order])),  # not a string: no endpoint module
        (
            "/things1",
            "get",
            operation("2fa", parameters=[order]),
        ),  # the endpoint module field_2fa: Field2FaOrder
        (
            "/things",
            "get",
            operation(
                "listThings",
                parameters=[
                    param("order", "query", schema={"type": "string", "enum": ["asc", "desc"]}),
                    param("page", "query", schema={"$ref": "#/components/schemas/Empty"}),
                    {"$ref": "#/components/parameters/DeviceIdRequired"},
                ],
            ),
        ),
    )
    loaded, found = lint_names(doc, tmp_path)
    found = [p for p in found if p[2] != "/components/schemas/1Thing"]  # test_schema_name_problems
    prop = "/components/schemas/Account/properties"

    def schema(name: str) -> str:
        return f"schema '{name}' (line {at(loaded, f'/components/schemas/{name}')})"

    def problem(pointer: str, kind: str, cls: str, like: str) -> tuple[str, int, str, str]:
        return (
            "schema-name",
            at(loaded, pointer),
            pointer,
            f"this inline {kind} becomes the model class {cls}, like {like}: give it a distinct title or "
            "make it a $ref",
        )

    assert found == sorted(
        [
            problem(f"{prop}/kind", "enum", "AccountKind", schema("AccountKind")),
            problem(
                f"{prop}/home/properties/level", "enum", "AccountPlaceLevel", schema("AccountPlaceLevel")
            ),
            problem(
                f"{prop}/work",
                "object",
                "AccountPlace",
                f"the inline schema at line {at(loaded, f'{prop}/home')}",
            ),
            problem(
                f"{prop}/third_mode",
                "enum",
                "AccountMode",
                f"the inline schema at line {at(loaded, f'{prop}/mode')}",
            ),
            problem(f"{prop}/tags/items", "enum", "AccountTagsItem", schema("AccountTagsItem")),
            problem(f"{prop}/nick", "enum", "AccountNick", schema("AccountNick")),
            problem(f"{prop}/alias", "enum", "AccountAlias", schema("AccountAlias")),
            problem(
                f"{prop}/box",
                "object",
                "AccountMode",
                f"the inline schema at line {at(loaded, f'{prop}/mode')}",
            ),
            problem(
                "/paths/~1things/get/parameters/0/schema",
                "enum",
                "ListThingsOrder",
                schema("ListThingsOrder"),
            ),
            problem(
                "/paths/~1things1/get/parameters/0/schema", "enum", "Field2FaOrder", schema("Field2FaOrder")
            ),
            problem(
                "/components/schemas/1Thing/properties/sort",
                "enum",
                "Field1ThingKind",
                f"the inline schema at line {at(loaded, '/components/schemas/1Thing/properties/kind')}",
            ),
        ]
    )


# --- properties: _property_name_rules, _object_schemas ------------------------------------------


def test_property_name_problems(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    string = {"type": "string"}

    def obj(*names: str) -> dict[str, Any]:
        return {"type": "object", "properties": dict.fromkeys(names, string)}

    doc["components"]["schemas"]["Profile"] = {
        "type": "object",
        "properties": {
            "to_dict": string,  # the model's own: reported, then not counted as taken
            "toDict": string,  # also to_dict: reported on its own, not "like 'to_dict'"
            "from": string,  # the model's from_, the facade's field_from
            "from_": string,  # the model's from_ again
            "private": string,
            "_private": string,  # the facade's private again (the model's field_private)
            "nested": obj("a", "d"),  # a model of its own: a, and d (a local of from_dict)
            "list": {"type": "array", "items": obj("userName", "user_name")},
            "map": {"type": "object", "additionalProperties": obj("x-y", "x_y")},
            "ref": {
                "$ref": "#/components/schemas/User",
                "properties": {"to_dict": string},
            },  # User's are used
            "_x": string,  # the model's field_x, the facade's x
            "field_x": string,  # the model's field_x again
        },
        "allOf": [obj("a"), {"$ref": "#/components/schemas/Empty"}, obj("b", "B")],
        "anyOf": [obj("src_dict")],
        "oneOf": [obj("additional_properties")],
    }
    loaded, found = lint_names(doc, tmp_path)
    top = "/components/schemas/Profile"

    def own(pointer: str, prop: str, attribute: str) -> tuple[str, int, str, str]:
        return (
            "property-name",
            at(loaded, pointer),
            pointer,
            f"property {prop!r} becomes the model attribute {attribute}, a name the generated model already "
            "uses (openapi-python-client): rename it",
        )

    def like(pointer: str, prop: str, name: str, other: str) -> tuple[str, int, str, str]:
        return (
            "property-name",
            at(loaded, pointer),
            pointer,
            f"property {prop!r} becomes {name}, like {other!r}: rename one",
        )

    assert found == sorted(
        [
            own(f"{top}/properties/to_dict", "to_dict", "to_dict"),
            own(f"{top}/properties/toDict", "toDict", "to_dict"),
            like(f"{top}/properties/from_", "from_", "from_", "from"),
            like(f"{top}/properties/_private", "_private", "private", "private"),
            like(f"{top}/properties/field_x", "field_x", "field_x", "_x"),
            own(f"{top}/properties/nested/properties/d", "d", "d"),
            like(f"{top}/properties/list/items/properties/user_name", "user_name", "user_name", "userName"),
            like(f"{top}/properties/map/additionalProperties/properties/x_y", "x_y", "x_y", "x-y"),
            like(f"{top}/allOf/2/properties/B", "B", "b", "b"),
            own(f"{top}/anyOf/0/properties/src_dict", "src_dict", "src_dict"),
            own(
                f"{top}/oneOf/0/properties/additional_properties",
                "additional_properties",
                "additional_properties",
            ),
        ]
    )


# --- enums: _enum_name_rules, _enum_member -----------------------------------------------------


def test_enum_name_problems(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    enums: dict[str, dict[str, Any]] = {
        "mixed": {"enum": ["a", 1]},
        "flags": {"enum": [True, False]},
        "floats": {"enum": [1.5]},
        "nulls": {"enum": [None, "x", "x"]},  # null makes no member
        "null_first": {"enum": [None, "value_0"]},  # not even VALUE_0
        "dotted": {"enum": ["İ", "ı"]},  # upper-cased, then snake_cased: İ and I
        "ints": {"enum": [1, -1, 0, 1]},
        "digits": {"enum": ["1", "value_0", "_a", "value_2"]},  # VALUE_<index> for no leading letter
        "cases": {"enum": ["aB", "a_b", "A-B", "é"]},
        "named": {"enum": ["one", "two"], "x-enum-varnames": ["Same", "same"]},
        "named_ints": {"enum": [1, 2], "x-enum-varnames": ["First", "Second"]},
        "short_names": {"enum": ["one", "two"], "x-enum-varnames": ["Same"]},  # not one per value: unused
        "odd_names": {"enum": ["one", "two"], "x-enum-varnames": "Same"},  # not a list: unused
        "only_null": {"enum": [None]},
    }
    doc["components"]["schemas"]["Flags"] = {"type": "object", "properties": enums}
    # example values are not schemas: an "enum" in them is data
    bad_request = doc["components"]["responses"]["BadRequest"]["content"]["application/json"]
    bad_request["examples"]["odd"] = {"value": {"shape": {"enum": ["a", 1]}}}
    doc["components"]["parameters"]["DeviceIdRequired"]["example"] = {"enum": ["a", 1]}
    loaded, found = lint_names(doc, tmp_path)
    prop = "/components/schemas/Flags/properties"

    def problem(pointer: str, message: str) -> tuple[str, int, str, str]:
        return ("enum-name", loaded.line_of(pointer), pointer, message)

    kinds = "enum values must be all strings or all integers for the generated client, got"
    assert found == sorted(
        [
            problem(f"{prop}/mixed/enum", f"{kinds} int, str"),
            problem(f"{prop}/flags/enum", f"{kinds} bool"),
            problem(f"{prop}/floats/enum", f"{kinds} float"),
            problem(f"{prop}/nulls/enum/2", "enum value 'x' is listed twice"),
            problem(f"{prop}/ints/enum/3", "enum value 1 is listed twice"),
            problem(
                f"{prop}/digits/enum/1",
                "enum value 'value_0' becomes the member VALUE_0, like '1': rename one",
            ),
            problem(
                f"{prop}/digits/enum/3",
                "enum value 'value_2' becomes the member VALUE_2, like '_a': rename one",
            ),
            problem(
                f"{prop}/cases/enum/2", "enum value 'A-B' becomes the member A_B, like 'a_b': rename one"
            ),
            problem(
                f"{prop}/named/enum/1", "enum value 'two' becomes the member SAME, like 'one': rename one"
            ),
        ]
    )


# --- found while writing these tests, fixed in 4864ddc (TESTING.md, brief M8) ------------------


def test_a_field_of_an_inline_request_body_is_located_at_the_field(
    base: dict[str, Any], tmp_path: Path
) -> None:
    doc = copy.deepcopy(base)
    media = {"schema": {"type": "object", "properties": {"timeout": {"type": "integer"}}}}
    add_paths(doc, ("/b", "post", operation("postB", requestBody={"content": {"application/json": media}})))
    loaded, found = lint_names(doc, tmp_path)
    field = "/paths/~1b/post/requestBody/content/application~1json/schema/properties/timeout"
    assert [(line, pointer) for _, line, pointer, _ in found] == [(at(loaded, field), field)]


def test_a_property_named_example_is_a_schema(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    doc["components"]["schemas"]["User"]["properties"]["example"] = {"type": "string", "enum": ["a", 1]}
    _, found = lint_names(doc, tmp_path)
    assert [pointer for _, _, pointer, _ in found] == ["/components/schemas/User/properties/example/enum"]


def test_an_enum_key_in_a_schemas_examples_is_data(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    doc["components"]["schemas"]["User"]["examples"] = [{"sub": "1", "name": {"enum": ["a", 1]}}]
    assert lint_names(doc, tmp_path)[1] == []


def test_the_schema_name_advice_is_not_the_name_itself(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    doc["components"]["schemas"]["Oauth2client"] = {"type": "object"}
    _, found = lint_names(doc, tmp_path)
    assert [message.split(":")[0] for _, _, _, message in found] == [
        "schema 'Oauth2client' becomes the model class Oauth2Client, but the client imports it as Oauth2client"
    ]
    assert not found[0][3].endswith("rename it 'Oauth2client'")


def test_the_schema_name_advice_is_a_name_both_namers_keep(base: dict[str, Any], tmp_path: Path) -> None:
    doc = copy.deepcopy(base)
    doc["components"]["schemas"]["Oauth2client"] = {"type": "object"}
    _, found = lint_names(doc, tmp_path)
    assert [message for _, _, _, message in found] == [
        "schema 'Oauth2client' becomes the model class Oauth2Client, but the client imports it as "
        "Oauth2client: rename it 'Oauth2Client'"
    ]


def test_names_that_look_like_example_keywords_are_schemas_and_example_values_are_data(
    base: dict[str, Any], tmp_path: Path
) -> None:
    doc = copy.deepcopy(base)
    mixed = {"type": "string", "enum": ["a", 1]}
    # a schema called `examples`, a property called `examples`: schemas, checked
    doc["components"]["schemas"]["examples"] = {"type": "object", "properties": {"kind": mixed}}
    doc["components"]["schemas"]["User"]["properties"]["examples"] = {
        "type": "object",
        "properties": {"k": mixed},
    }
    # an Example object's value under components: data, whatever keys it holds
    doc["components"].setdefault("examples", {})["Sample"] = {"value": {"enum": ["a", 1]}}
    _, found = lint_names(doc, tmp_path)
    assert sorted(pointer for _, _, pointer, message in found if "enum" in pointer) == [
        "/components/schemas/User/properties/examples/properties/k/enum",
        "/components/schemas/examples/properties/kind/enum",
    ]
