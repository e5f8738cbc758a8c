"""`authgen lint` on names the python target would break on (issue 9: M6, M7, M8, L1, L2, L3):
each is a located one-line error, and what the target can generate passes."""

from __future__ import annotations

import keyword
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.ir import build_api
from generator.lint import client_runtime_names, method_reserved_names, model_reserved_names
from generator.loader import load_yaml
from generator.targets.python import names as py

ROOT = Path(__file__).resolve().parents[2]
BASE = (ROOT / "tests" / "bad_specs" / "base.yaml").read_text("utf-8")
PROBLEM = re.compile(r"^spec\.yaml:(\d+): error \[([a-z-]+)\] (.+)$")


def lint(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, list[tuple[int, str, str]]]:
    """Exit code and (line, rule, message) of every problem line; asserts they are all well formed."""
    (tmp_path / "spec.yaml").write_text(text)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["lint", "--spec", "spec.yaml"])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    problems = []
    for line in result.output.splitlines():
        # a variant's new property may lack a description: that warning is not what these test
        if line.startswith("spec.yaml") and not re.match(
            r"spec\.yaml: ok|spec\.yaml:\d+: warning \[description\]", line
        ):
            match = PROBLEM.match(line)
            assert match, line
            problems.append((int(match.group(1)), match.group(2), match.group(3)))
    return result.exit_code, problems


def rename_unbind(op_id: str) -> str:
    assert "operationId: unbindProvider" in BASE
    return BASE.replace("operationId: unbindProvider", f"operationId: {op_id}")


def camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


# --- M6: the client's own names ------------------------------------------------------------


def _runtime_public_names() -> set[str]:
    """What a user of the generated client sees on it that no operation made: from the real
    (installed, generated) package, not from the templates lint reads."""
    import cloudbase_auth

    ops = {py.name_of(op) for op in build_api(load_yaml(ROOT / "spec" / "auth-v1.yaml").data).operations}
    names: set[str] = set()
    for cls in (cloudbase_auth.CloudBaseAuth, cloudbase_auth.AsyncCloudBaseAuth):
        names |= {n for n in dir(cls) if not n.startswith("_")}
    client = cloudbase_auth.CloudBaseAuth("env", base_url="http://127.0.0.1:9/auth/v1")
    try:
        names |= {n for n in vars(client) if not n.startswith("_")}
    finally:
        client.close()
    return names - ops


def test_lint_knows_every_public_name_of_the_generated_client() -> None:
    public = _runtime_public_names()
    assert {"close", "set_session", "clear_session", "refresh_session", "session"} <= public
    assert public <= client_runtime_names()


@pytest.mark.parametrize("name", sorted(_runtime_public_names()))
def test_an_operation_named_like_the_clients_own_method_is_an_error(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    op_id = camel(name)  # set_session -> setSession
    code, problems = lint(rename_unbind(op_id), tmp_path, monkeypatch)
    assert code == 1
    assert problems == [
        (
            101,
            "operation-name",
            f"operationId {op_id!r} becomes {name}(), which would replace the client's own {name!r}: "
            "rename it (at /paths/~1user~1provider~1{provider_id}/delete/operationId)",
        )
    ]


# --- L1: keywords --------------------------------------------------------------------------


@pytest.mark.parametrize("op_id", ["import", "class", "def", "async", "await", "lambda", "pass"])
def test_a_keyword_operation_id_is_an_error(
    op_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert keyword.iskeyword(op_id)
    code, problems = lint(rename_unbind(op_id), tmp_path, monkeypatch)
    assert code == 1
    assert [(line, rule) for line, rule, _ in problems] == [(101, "operation-name")]
    assert f"becomes the method name {op_id!r}, a Python keyword" in problems[0][2]


def test_none_as_operation_id_is_refused_as_not_camel_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, problems = lint(rename_unbind('"None"'), tmp_path, monkeypatch)
    assert code == 1
    assert [(line, rule) for line, rule, _ in problems] == [(101, "operation-id")]


@pytest.mark.parametrize("op_id", ["imports", "classify", "closeAccount", "setSessionName", "sessions"])
def test_names_that_only_contain_a_reserved_word_pass(
    op_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, problems = lint(rename_unbind(op_id), tmp_path, monkeypatch)
    assert (code, problems) == (0, [])


# --- M7: two operations, one name ------------------------------------------------------------


@pytest.mark.parametrize(("op_id", "method"), [("getUserME", "get_user_me"), ("getUSERMe", "get_user_me")])
def test_operations_that_collide_after_naming_are_an_error(
    op_id: str, method: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, problems = lint(rename_unbind(op_id), tmp_path, monkeypatch)
    assert code == 1
    assert len(problems) == 1
    line, rule, message = problems[0]
    assert (line, rule) == (101, "operation-name")
    assert f"operationId {op_id!r} becomes the method {method}(), like 'getUserMe' (line 81)" in message


# --- M8: properties --------------------------------------------------------------------------


def with_user_property(name: str) -> str:
    text = BASE.replace(
        "        name:\n          {type: string, description: Display name.}\n",
        f"        {name}:\n          type: string\n",
    )
    assert text != BASE
    return text


def test_lint_knows_the_models_own_names() -> None:
    assert {"additional_properties", "to_dict", "from_dict", "additional_keys"} <= model_reserved_names()
    assert {"d", "field_dict", "src_dict"} <= model_reserved_names()  # locals beside the property locals
    assert not {"key", "value", "name", "id", "type"} & model_reserved_names()  # common, and harmless
    # the methods' first parameters: a property `self` would make `__init__(self, self)`
    assert {"self", "cls"} <= model_reserved_names()


def test_lint_splits_a_parameter_list_at_its_own_commas() -> None:
    # Called only inside the cached model_reserved_names(), which mutmut's forked runs never
    # call again (TESTING.md, "lint4"): tested here directly. A comma in brackets is not a
    # parameter's end, whatever the case of the type inside.
    from generator.lint import _split_parameters

    assert _split_parameters("cls: type[T], src_dict: dict[str, Any], *args, **kwargs") == [
        "cls",
        "src_dict",
        "args",
        "kwargs",
    ]
    assert _split_parameters("self, x: tuple[int, str] = (1, 'a'), y=f(a, b)") == ["self", "x", "y"]
    assert _split_parameters("a: X, b") == ["a", "b"]  # only brackets nest, not other characters
    assert _split_parameters("") == []


@pytest.mark.parametrize(
    ("prop", "attribute"),
    [
        ("additional_properties", "additional_properties"),
        ("additionalProperties", "additional_properties"),
        ("to_dict", "to_dict"),
        ("toDict", "to_dict"),
        ("from_dict", "from_dict"),
        ("additional_keys", "additional_keys"),
        ("d", "d"),
        ("field_dict", "field_dict"),
    ],
)
def test_a_property_named_like_the_models_own_attribute_is_an_error(
    prop: str, attribute: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, problems = lint(with_user_property(prop), tmp_path, monkeypatch)
    assert code == 1
    assert problems == [
        (
            188,
            "property-name",
            f"property {prop!r} becomes the model attribute {attribute}, a name the generated model "
            f"already uses (openapi-python-client): rename it (at /components/schemas/User/properties/{prop})",
        )
    ]


def test_properties_that_collide_after_naming_are_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = BASE.replace(
        "        name:\n          {type: string, description: Display name.}\n",
        "        userName:\n          type: string\n        user_name:\n          type: string\n",
    )
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert problems == [
        (
            190,
            "property-name",
            "property 'user_name' becomes user_name, like 'userName': rename one "
            "(at /components/schemas/User/properties/user_name)",
        )
    ]


def test_a_reserved_name_inside_an_inline_object_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = BASE.replace(
        "        name:\n          {type: string, description: Display name.}\n",
        "        name:\n          type: object\n          properties:\n            from_dict:\n              type: string\n",
    ).replace('value: {sub: "42", name: Alice}', 'value: {sub: "42"}')
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert [(line, rule) for line, rule, _ in problems] == [(191, "property-name")]
    assert problems[0][2].endswith("(at /components/schemas/User/properties/name/properties/from_dict)")


# --- L2: enum values -------------------------------------------------------------------------


def with_name_enum(values: str, extra: str = "") -> str:
    text = BASE.replace(
        "        name:\n          {type: string, description: Display name.}\n",
        f"        name:\n          type: string\n          enum: {values}\n{extra}",
    ).replace('value: {sub: "42", name: Alice}', 'value: {sub: "42"}')
    assert text != BASE
    return text


@pytest.mark.parametrize(
    ("values", "extra", "messages"),
    [
        ("[a-b, a_b]", "", ["enum value 'a_b' becomes the member A_B, like 'a-b': rename one"]),
        ("[a.b, a-b]", "", ["enum value 'a-b' becomes the member A_B, like 'a.b': rename one"]),
        ("[x, x]", "", ["enum value 'x' is listed twice"]),
        (
            "[one, two]",
            "          x-enum-varnames: [Same, same]\n",
            ["enum value 'two' becomes the member SAME"],
        ),
    ],
)
def test_enum_values_that_become_one_member_are_an_error(
    values: str, extra: str, messages: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, problems = lint(with_name_enum(values, extra), tmp_path, monkeypatch)
    assert code == 1
    assert [(line, rule) for line, rule, _ in problems] == [(189, "enum-name")] * len(messages)
    for (_, _, message), want in zip(problems, messages, strict=True):
        assert message.startswith(want), message


@pytest.mark.parametrize("values", ["[a-b, ab]", "[A, b, c_d, '1', '2']", "[ACTIVE, BLOCKED]"])
def test_distinct_enum_members_pass(values: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert lint(with_name_enum(values), tmp_path, monkeypatch) == (0, [])


# --- L3: schemas -----------------------------------------------------------------------------


@pytest.mark.parametrize(("extra", "cls"), [("User_", "User"), ("user", "User")])
def test_schemas_that_become_one_class_are_an_error(
    extra: str, cls: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = BASE.replace("    Empty:\n", f"    {extra}:\n      type: object\n    Empty:\n")
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert problems == [
        (
            190,
            "schema-name",
            f"schema {extra!r} becomes the model class {cls}, like 'User' (line 182): rename one "
            f"(at /components/schemas/{extra})",
        )
    ]


def test_two_inline_enums_named_alike_with_other_values_are_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two properties of one model titled alike: both enums would be the class UserKind."""
    text = BASE.replace(
        "        name:\n          {type: string, description: Display name.}\n",
        "        name:\n          type: string\n          title: Kind\n          enum: [a, b]\n"
        "        other:\n          type: string\n          title: Kind\n          enum: [c]\n",
    ).replace('value: {sub: "42", name: Alice}', 'value: {sub: "42"}')
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert problems == [
        (
            192,
            "schema-name",
            "this inline enum becomes the model class UserKind, like the inline schema at line 188: "
            "give it a distinct title or make it a $ref (at /components/schemas/User/properties/other)",
        )
    ]
    same_values = text.replace("enum: [c]", "enum: [a, b]")  # openapi-python-client shares them
    assert lint(same_values, tmp_path, monkeypatch) == (0, [])


def test_an_inline_parameter_enum_named_like_a_schema_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = BASE.replace(
        "          schema:\n            {type: string, description: The provider ID.}\n          example: github\n",
        "          schema:\n            type: string\n            enum: [github, google]\n          example: github\n",
    ).replace("    Empty:\n", "    UnbindProviderProviderId:\n      type: object\n    Empty:\n")
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert [(rule, message.split(",")[0]) for _, rule, message in problems] == [
        ("schema-name", "this inline enum becomes the model class UnbindProviderProviderId")
    ]


# --- keyword arguments of the facade's methods ------------------------------------------------


def test_lint_knows_the_facade_methods_own_names() -> None:
    """Read from the rendered template; checked here against the generated client's signature."""
    import inspect

    import cloudbase_auth

    own = set(inspect.signature(cloudbase_auth.CloudBaseAuth.get_user_me).parameters)
    assert own == {"self", "request_id", "timeout", "extra_headers"}
    assert own | {"query", "headers", "body"} <= method_reserved_names()
    assert "data" not in method_reserved_names()  # set after every argument is read: harmless


def with_sign_in_field(name: str) -> str:
    text = (
        BASE.replace("        username:\n", f"        {name}:\n")
        .replace("required: [username, password]", f"required: [{name}, password]")
        .replace("value: {username: alice, password: secret}", f"value: {{{name}: alice, password: secret}}")
    )
    assert text.count(name) >= 3
    return text


@pytest.mark.parametrize(
    "name", ["timeout", "request_id", "extra_headers", "self", "body", "query", "headers"]
)
def test_a_body_field_named_like_the_methods_own_argument_is_an_error(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, problems = lint(with_sign_in_field(name), tmp_path, monkeypatch)
    assert code == 1
    assert problems == [
        (
            168,
            "argument-name",
            f"body field {name!r} becomes the keyword argument {name}= of sign_in(), a name the generated "
            f"method already uses: rename it (at /components/schemas/SignInRequest/properties/{name})",
        )
    ]


def test_a_body_field_named_data_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert lint(with_sign_in_field("data"), tmp_path, monkeypatch) == (0, [])


def test_a_header_parameter_named_timeout_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = BASE.replace(
        "        - name: provider_id\n",
        "        - name: Timeout\n          in: header\n          schema:\n            type: string\n"
        "        - name: provider_id\n",
    )
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert [(line, rule) for line, rule, _ in problems] == [(108, "argument-name")]
    assert problems[0][2].startswith("header parameter 'Timeout' becomes the keyword argument timeout=")


def test_two_parameters_under_one_python_name_are_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = BASE.replace(
        "        - name: provider_id\n",
        "        - name: provider-id\n          in: query\n          schema:\n            type: string\n"
        "        - name: provider_id\n",
    )
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert [(line, rule) for line, rule, _ in problems] == [(112, "argument-name")]
    assert problems[0][2] == (
        "path parameter 'provider_id' becomes the keyword argument provider_id= of unbind_provider(), like "
        "query parameter 'provider-id': rename one (at /paths/~1user~1provider~1{provider_id}/delete/parameters/1)"
    )


@pytest.mark.parametrize("name", ["NotGiven", "CloudBaseAuth", "Mapping", "Literal"])
def test_a_schema_named_like_a_name_of_the_client_module_is_an_error(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The facade imports the success models into _client.py, beside its own names: a model
    class NotGiven would replace the runtime's NotGiven there."""
    text = BASE.replace("    User:\n", f"    {name}:\n").replace(
        '$ref: "#/components/schemas/User"', f'$ref: "#/components/schemas/{name}"'
    )
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert [(line, rule) for line, rule, _ in problems] == [(182, "schema-name")]
    assert problems[0][2].endswith(
        "a name the client module already uses: rename it (at /components/schemas/" + name + ")"
    )


@pytest.mark.parametrize(
    ("name", "model", "imported"), [("USER", "USER", "User"), ("API_Token", "APIToken", "ApiToken")]
)
def test_a_schema_the_two_namings_disagree_on_is_an_error(
    name: str, model: str, imported: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openapi-python-client keeps an all-caps word (class USER), ir.pascal_case does not (User):
    the client imported a class that did not exist (ImportError on `import cloudbase_auth`)."""
    text = BASE.replace("    User:\n", f"    {name}:\n").replace(
        '$ref: "#/components/schemas/User"', f'$ref: "#/components/schemas/{name}"'
    )
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert problems == [
        (
            182,
            "schema-name",
            f"schema {name!r} becomes the model class {model}, but the client imports it as {imported}: "
            f"rename it {imported!r} (at /components/schemas/{name})",
        )
    ]


ODD_NAMES: list[object] = [
    "",
    "1",
    "a b",
    "ß",
    "é",
    "_",
    "__init__",
    "self",
    "None",
    "class",
    "x-y",
    "A",
    "a.b",
]
ODD_NAMES += ["\U0001f4a5", "to_dict", "d", "TIMEOUT", "query", "\n", "%", 0, 1.5, True, None]


def test_odd_names_anywhere_never_crash_the_naming_rules() -> None:
    """Odd operationIds, property and schema names, enum values and names, tags and parameters:
    problems are one line each, and the lint safety net (rule "internal") never fires."""
    import copy
    import random

    from generator.lint import lint_spec
    from generator.loader import Loaded

    base = load_yaml(ROOT / "tests" / "bad_specs" / "base.yaml")
    rng = random.Random(20261202)
    for _ in range(150):
        doc = copy.deepcopy(base.data)
        value = rng.choice(ODD_NAMES)
        kind = rng.choice(["operation", "property", "enum", "schema", "tag", "parameter"])
        user = doc["components"]["schemas"]["User"]
        if kind == "operation":
            doc["paths"]["/user/me"]["get"]["operationId"] = value
        elif kind == "property":
            user["properties"][value] = {"type": "string"}
        elif kind == "enum":
            user["properties"]["name"]["enum"] = [value, rng.choice(ODD_NAMES), "a"]
            if rng.random() < 0.5:
                user["properties"]["name"]["x-enum-varnames"] = [rng.choice(ODD_NAMES) for _ in range(3)]
        elif kind == "schema":
            doc["components"]["schemas"][value] = {"type": "object", "properties": {"x": {"enum": [value]}}}
        elif kind == "tag":
            doc["paths"]["/user/me"]["get"]["tags"] = [value]
        else:
            doc["paths"]["/user/provider/{provider_id}"]["delete"]["parameters"].append(
                {
                    "name": value,
                    "in": rng.choice(["query", "header", value]),
                    "schema": {"enum": [value, "b"]},
                }
            )
        for problem in lint_spec(Loaded(base.path, base.display, doc, base.lines)):
            assert problem.rule != "internal", (kind, value, problem)
            assert "\n" not in str(problem), (kind, value, problem)


def test_operations_whose_cookbook_anchors_collide_are_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """abcD and abCD are different methods (abc_d, ab_cd) but one anchor in operations.md."""
    text = BASE.replace("operationId: getUserMe", "operationId: abCD").replace(
        "operationId: unbindProvider", "operationId: abcD"
    )
    code, problems = lint(text, tmp_path, monkeypatch)
    assert code == 1
    assert problems == [
        (
            101,
            "operation-name",
            "operationId 'abcD' becomes the cookbook anchor #abcd, like 'abCD' (line 81): rename one "
            "(at /paths/~1user~1provider~1{provider_id}/delete/operationId)",
        )
    ]
