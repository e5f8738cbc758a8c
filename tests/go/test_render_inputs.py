"""The Go target on field shapes the real spec does not have today (so generated/go cannot show
them): the doc comment's allowed-values sentence for an array of enum members, a `const` without
an enum, integer and boolean members, a field without a description, and a field that refers to
a schema the IR lacks. Hand-written expectations of the comment a Go user reads on hover."""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.targets import TargetError
from generator.targets.go import TARGET
from generator.writer import build_context, load_inputs

SPEC = Path(__file__).resolve().parents[2] / "spec" / "auth-v1.yaml"


def _type(kind: str, **values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "type": kind,
        "format": "",
        "enum": [],
        "items": None,
        "ref": "",
        "nullable": False,
    }
    return {**base, "const": None, **values}


def _field(name: str, type_: dict[str, Any], description: str = "") -> dict[str, Any]:
    words = name.split("_")
    names = {"wire": name, "snake": name, "words": words}
    return {
        "name": name,
        "names": names,
        "type": type_,
        "required": False,
        "secret": False,
        "description": description,
    }


def _render(tmp_path: Path, extra: list[dict[str, Any]]) -> str:
    context = build_context(load_inputs(SPEC), tmp_path)
    ir = copy.deepcopy(context.ir)
    schema = next(s for s in ir["schemas"] if s["name"] == "AnonymousSignInRequest")
    schema["fields"].extend(extra)
    TARGET.build(replace(context, ir=ir))
    source = (tmp_path / "go" / "types_gen.go").read_text(encoding="utf-8")
    continued = re.compile(r"(\t// [^\n]*)\n\t// ")  # a field's doc comment wrapped onto the next line
    while continued.search(source):
        source = continued.sub(r"\1 ", source)
    return source


def test_allowed_values_sentences_for_the_shapes_the_spec_does_not_use_yet(tmp_path: Path) -> None:
    text = _render(
        tmp_path,
        [
            _field("colors", _type("array", items=_type("string", enum=["RED", "BLUE"])), "Colors."),
            _field("mode", _type("string", const="FIXED"), "The mode."),
            _field("levels", _type("integer", enum=[1, 2, 3]), "Levels."),
            _field("strict", _type("boolean", enum=[True, False]), "Strictness."),
            _field("plain", _type("string")),
        ],
    )
    assert '// Colors: Colors. Each element is one of "RED" or "BLUE".\n' in text
    assert (
        '// Mode: The mode. The only value is "FIXED"; the client sends it when the field is left empty.\n'
        in text
    )
    assert "// Levels: Levels. One of 1, 2 or 3.\n" in text
    assert "// Strict: Strictness. One of true or false.\n" in text
    assert "// Plain: The 'plain' field.\n" in text


def test_a_field_of_a_schema_the_ir_lacks_is_a_one_line_target_error(tmp_path: Path) -> None:
    ghost = _field("ghost", _type("object", ref="Missing"), "Refers to nothing.")
    with pytest.raises(TargetError) as raised:
        _render(tmp_path, [ghost])
    assert str(raised.value) == "go: 'ghost' refers to schema 'Missing', which the IR does not hold"


def _schema(ir: dict[str, Any], name: str, fields: list[dict[str, Any]]) -> dict[str, Any]:
    schema = copy.deepcopy(next(s for s in ir["schemas"] if s["name"] == "AnonymousSignInRequest"))
    schema.update(name=name, fields=fields)
    schema["names"] = {**schema["names"], "words": [name.lower()]}
    return schema


def test_fixed_false_values_and_secrets_two_structs_down(tmp_path: Path) -> None:
    """A body field pinned to `false` next to a query parameter pinned to a string both reach the
    operation's spec; a struct whose secret sits two structs down still gets the redacting
    String/LogValue (log/slog would print the nested one through encoding/json)."""
    context = build_context(load_inputs(SPEC), tmp_path)
    ir = copy.deepcopy(context.ir)
    body = next(s for s in ir["schemas"] if s["name"] == "AnonymousSignInRequest")
    body["fields"] = [
        _field("consent", _type("boolean", const=False), "Consent."),
        _field("outer", _type("object", ref="Outer"), "Outer."),
    ]
    ir["schemas"] += [
        _schema(ir, "Outer", [_field("inner", _type("object", ref="Inner"), "Inner.")]),
        _schema(ir, "Inner", [_field("leaf", _type("object", ref="Leaf"), "Leaf.")]),
        _schema(ir, "Leaf", [{**_field("token", _type("string"), "A token."), "secret": True}]),
    ]
    op = next(o for o in ir["operations"] if o["body"] == "AnonymousSignInRequest")
    template = next(p for o in ir["operations"] for p in o["parameters"] if not p["managed"])
    op["parameters"].append({**copy.deepcopy(template), "name": "mode", "location": "query"})
    op["parameters"][-1]["type"] = _type("string", const="strict")
    TARGET.build(replace(context, ir=ir))
    go = tmp_path / "go"
    spec_line = next(
        line
        for line in (go / "operations_gen.go").read_text(encoding="utf-8").splitlines()
        if op["operation_id"] in line
    )
    assert (
        '{In: "body", Name: "consent", Value: false}, {In: "query", Name: "mode", Value: "strict"}'
        in spec_line
    )
    types = (go / "types_gen.go").read_text(encoding="utf-8")
    for name in ("Outer", "Inner", "Leaf"):
        assert f"func (r {name}) LogValue() slog.Value" in types, name


def test_two_schemas_with_one_go_name_are_refused_in_one_line(tmp_path: Path) -> None:
    context = build_context(load_inputs(SPEC), tmp_path)
    ir = copy.deepcopy(context.ir)
    body = next(s for s in ir["schemas"] if s["name"] == "AnonymousSignInRequest")
    twin = {**copy.deepcopy(body), "name": "AnonymousSignInRequestTwin"}
    ir["schemas"].append(twin)
    op = next(o for o in ir["operations"] if o["body"] == "AnonymousSignInRequest")
    body["fields"].append(_field("twin", _type("object", ref="AnonymousSignInRequestTwin"), "Twin."))
    assert op  # the twin is reachable through the body
    with pytest.raises(TargetError) as raised:
        TARGET.build(replace(context, ir=ir))
    message = str(raised.value)
    assert "two generated names would both be 'AnonymousSignInRequest'" in message
    assert "(schema AnonymousSignInRequest" in message and "\n" not in message


def test_an_empty_body_schema_and_a_summary_ending_in_a_period(tmp_path: Path) -> None:
    """An operation whose body schema has no fields gets no body type (the method sends `{}`),
    and a summary written with a final period does not end the method's doc with two."""
    context = build_context(load_inputs(SPEC), tmp_path)
    ir = copy.deepcopy(context.ir)
    next(s for s in ir["schemas"] if s["name"] == "AnonymousSignInRequest")["fields"] = []
    op = next(o for o in ir["operations"] if o["body"] == "AnonymousSignInRequest")
    op["summary"] = "Sign in as the anonymous user of this device."
    # and the two client-credential modes no operation uses yet, for their doc sentence
    basic = [o for o in ir["operations"] if o["security"]["mode"] == "none" and o is not op][:2]
    for other, mode in zip(basic, ("basic", "secret_basic"), strict=True):
        other["security"]["mode"] = mode
    TARGET.build(replace(context, ir=ir))
    go = tmp_path / "go"
    assert "type AnonymousSignInRequest struct" not in (go / "types_gen.go").read_text(encoding="utf-8")
    operations = (go / "operations_gen.go").read_text(encoding="utf-8")
    assert "calls POST /signin/anonymously: Sign in as the anonymous user of this device.\n" in operations
    method = operations[operations.index("func (c *Client) SignInAnonymously(") :]
    method = method[: method.index("\n}\n")]
    assert "query, header, map[string]any{}, out)" in method  # the empty JSON object as the body
    for other in basic:
        method_doc = operations[: operations.index(f"func (c *Client) {other['names']['pascal']}(")]
        last = method_doc.rstrip().rsplit("\n//\n", 1)[-1]  # the doc's last paragraph: what it sends
        assert last.startswith("// Sends the client credentials (WithClientCredentials)."), other


def test_name_clashes_of_renamed_parameters_and_parameter_structs_say_where(tmp_path: Path) -> None:
    context = build_context(load_inputs(SPEC), tmp_path)
    # deleteUserMe takes sudo_token in the query and has no body: give it a body that already
    # holds both sudo_token and sudo_token_query, so renaming the parameter clashes
    ir = copy.deepcopy(context.ir)
    op = next(o for o in ir["operations"] if o["operation_id"] == "deleteUserMe")
    op["body"] = "AnonymousSignInRequest"
    next(o for o in ir["operations"] if o["operation_id"] == "signInAnonymously")["body"] = ""
    body = next(s for s in ir["schemas"] if s["name"] == "AnonymousSignInRequest")
    body["fields"] = [
        {**_field("sudo_token", _type("string"), "A."), "names": {"words": ["sudo", "token"]}},
        {**_field("sudo_token_query", _type("string"), "B."), "names": {"words": ["sudo", "token", "query"]}},
    ]
    with pytest.raises(TargetError) as raised:
        TARGET.build(replace(context, ir=ir))
    assert str(raised.value) == "go: deleteUserMe: two fields would both be SudoTokenQuery"
    # a schema already named like deleteUserMe's parameter struct
    ir = copy.deepcopy(context.ir)
    body = next(s for s in ir["schemas"] if s["name"] == "AnonymousSignInRequest")
    body["names"] = {**body["names"], "words": ["delete", "user", "me", "request"]}
    with pytest.raises(TargetError) as raised:
        TARGET.build(replace(context, ir=ir))
    assert "'DeleteUserMeRequest' (the parameters of deleteUserMe)" in str(raised.value)


def test_error_code_comments_without_a_number_or_description_and_a_clash(tmp_path: Path) -> None:
    """An error code without a numeric `error_code` or a description still gets a plain comment;
    an error code whose constant would take a runtime name is refused, naming the code."""
    context = build_context(load_inputs(SPEC), tmp_path)
    ir = copy.deepcopy(context.ir)
    first = ir["error_codes"][0]
    first["error_code"], first["description"] = None, ""
    TARGET.build(replace(context, ir=ir))
    errors = (tmp_path / "go" / "errors_gen.go").read_text(encoding="utf-8")
    assert "\t// ErrInvalidArgument: invalid_argument (HTTP 400).\n\tErrInvalidArgument ErrorCode" in errors
    ir = copy.deepcopy(context.ir)
    ir["error_codes"][0]["names"] = {**ir["error_codes"][0]["names"], "words": ["server"]}
    with pytest.raises(TargetError) as raised:
        TARGET.build(replace(context, ir=ir))
    assert "'ErrServer' (error code invalid_argument)" in str(raised.value)


def test_types_import_time_only_when_a_field_is_a_time(tmp_path: Path) -> None:
    """Go refuses an unused import: a spec without date-time fields gets types_gen.go without
    "time" (and the real spec, which has them, with it: tests/go/test_render_current.py)."""
    context = build_context(load_inputs(SPEC), tmp_path)
    ir = copy.deepcopy(context.ir)

    def no_times(type_: dict[str, Any] | None) -> None:
        if type_:
            if type_.get("format") == "date-time":
                type_["format"] = ""
            no_times(type_.get("items"))

    for schema in ir["schemas"]:
        for field in schema["fields"]:
            no_times(field["type"])
    TARGET.build(replace(context, ir=ir))
    types = (tmp_path / "go" / "types_gen.go").read_text(encoding="utf-8")
    assert "time.Time" not in types
    assert '\t"time"\n' not in types
