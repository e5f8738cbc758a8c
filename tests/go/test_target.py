"""The go target's own rules, without a Go toolchain where possible: Go names with initialisms,
doc comments gofmt leaves alone, the optional-is-a-pointer type mapping, and refusals."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path

import pytest

from generator.targets import TargetError
from generator.targets.go.build import model
from generator.targets.go.gotypes import doc_comment, field_type
from generator.targets.go.names import exported, local

from .conftest import REPO

IR = REPO / "generated" / "ir.json"


def test_go_names_use_initialisms() -> None:
    assert exported(["provider", "id"]) == "ProviderID"
    assert exported(["gen", "provider", "redirect", "uri"]) == "GenProviderRedirectURI"
    assert exported(["get", "user", "me"]) == "GetUserMe"
    assert exported(["2fa", "code"]) == "X2faCode"
    assert local(["anonymous", "user", "id"]) == "anonymousUserID"
    assert local(["type"]) == "typeValue"
    assert local(["url"]) == "urlValue"  # not the net/url package's name


def test_optional_fields_are_pointers_and_collections_stay_plain() -> None:
    structs = {"ProviderParams": "ProviderParams"}
    assert field_type({"type": "string"}, True, structs) == "string"
    assert field_type({"type": "string"}, False, structs) == "*string"
    assert field_type({"type": "boolean"}, False, structs) == "*bool"
    assert field_type({"type": "integer"}, False, structs) == "*int"
    assert field_type({"type": "object", "ref": "ProviderParams"}, False, structs) == "*ProviderParams"
    assert field_type({"type": "array", "items": {"type": "string"}}, False, structs) == "[]string"
    assert field_type({"type": "object", "ref": ""}, False, structs) == "map[string]any"
    assert field_type({"type": "string", "format": "date-time"}, False, structs) == "*time.Time"
    assert field_type({"type": "string", "format": "date-time"}, True, structs) == "time.Time"


TRICKY = """Lists, headings and code blocks are what gofmt rewrites in a doc comment:

- a list item
- another, long enough to wrap: lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor
1. numbered

A Heading Without Punctuation

    indented code
# a hash"""


def test_doc_comments_are_plain_prose(tmp_path: Path) -> None:
    lines = doc_comment(TRICKY)
    assert all(line == "//" or line.startswith("// ") for line in lines)
    for line in lines:
        text = line[3:]
        assert not text.startswith(("-", "*", "+", "#", " ", "\t", "[", ">")), line
        assert not text[:2].rstrip(".").isdigit() or not text[1:3].startswith("."), line
    from .conftest import go_binary

    go = go_binary()
    if go is None:
        pytest.skip("go is not installed: gofmt cannot confirm")
    source = "package x\n\n" + "\n".join(lines) + "\nconst A = 1\n"
    (tmp_path / "x.go").write_text(source, encoding="utf-8")
    gofmt = Path(go).with_name("gofmt")
    done = subprocess.run(
        [str(gofmt), "-l", str(tmp_path / "x.go")], capture_output=True, text=True, check=True
    )
    assert done.stdout == "", source


def test_a_name_clash_is_refused_in_one_line() -> None:
    ir = json.loads(IR.read_text(encoding="utf-8"))
    clash = copy.deepcopy(ir)
    me = next(op for op in clash["operations"] if op["operation_id"] == "getUserMe")
    clash["operations"].append(copy.deepcopy(me))  # the same operationId twice
    with pytest.raises(TargetError, match="both be the method 'GetUserMe'"):
        model(clash)
    shared = copy.deepcopy(ir)
    sign_in = next(op for op in shared["operations"] if op["operation_id"] == "signIn")
    other = copy.deepcopy(sign_in)
    other["operation_id"], other["names"]["words"] = "signInAgain", ["sign", "in", "again"]
    shared["operations"].append(other)  # one body schema for two operations
    with pytest.raises(TargetError, match="body of two operations"):
        model(shared)
    runtime = copy.deepcopy(ir)
    runtime["schemas"][0]["names"]["words"] = ["client"]  # a schema named like the runtime's Client
    with pytest.raises(TargetError, match="'Client'"):
        model(runtime)


def test_every_operation_has_one_method_and_no_error_shape_is_a_type() -> None:
    ir = json.loads(IR.read_text(encoding="utf-8"))
    data = model(ir)
    assert [m.name for m in data["methods"]][:2] == ["SignIn", "SignUp"]
    assert len(data["methods"]) == len(ir["operations"])
    names = {t.name for t in data["types"]}
    assert {"TokenResponse", "UserProfile", "SignInRequest"} <= names
    assert not names & {"Error", "AnyError", "GatewayError", "Empty"}
    source = (REPO / "generated" / "go" / "operations_gen.go").read_text(encoding="utf-8")
    for op in ir["operations"]:
        assert f'OperationID: "{op["operation_id"]}"' in source


def test_the_ir_type_carries_the_one_allowed_value() -> None:
    """`const` (issue 22 item 1): a schema's const, or the member of a one-value enum, with its
    JSON type; None when more than one value is allowed. Hand-written expectations, not read
    back from the IR the target renders."""
    from generator.ir import type_ref

    doc: dict[str, object] = {}
    assert type_ref(doc, {"type": "string", "enum": ["custom"]}).const == "custom"
    assert type_ref(doc, {"type": "string", "const": "client_credentials"}).const == "client_credentials"
    assert type_ref(doc, {"type": "integer", "const": 3}).const == 3
    assert type_ref(doc, {"type": "boolean", "enum": [True]}).const is True
    assert type_ref(doc, {"type": "string", "enum": ["a", "b"]}).const is None
    assert type_ref(doc, {"type": "string"}).const is None
    assert type_ref(doc, {"type": "object", "const": {"a": 1}}).const is None  # nothing to fill in
    ir = json.loads(IR.read_text(encoding="utf-8"))
    fields = {(s["name"], f["name"]): f["type"]["const"] for s in ir["schemas"] for f in s["fields"]}
    assert fields[("CustomSignInRequest", "provider_id")] == "custom"
    assert fields[("ClientCredentialRequest", "grant_type")] == "client_credentials"
    assert fields[("TokenRequest", "grant_type")] is None  # five grant types
    assert "ap-singapore" in ir["intl_regions"] and "ap-shanghai" in ir["china_regions"]
    assert not set(ir["intl_regions"]) & set(ir["china_regions"])


def test_fixed_values_reach_the_operation_spec_as_go_literals() -> None:
    ir = json.loads(IR.read_text(encoding="utf-8"))
    literals = {m.operation_id: m.spec_literal for m in model(ir)["methods"]}
    assert literals["signInCustom"].endswith(
        'Fixed: []FixedValue{{In: "body", Name: "provider_id", Value: "custom"}}}'
    )
    assert (
        'Fixed: []FixedValue{{In: "body", Name: "grant_type", Value: "client_credentials"}}'
        in literals["getClientCredential"]
    )
    assert "Fixed" not in literals["grantToken"] and "Fixed" not in literals["signIn"]
    # A parameter and other JSON types (an IR edited by hand, not the spec's).
    edited = copy.deepcopy(ir)
    query = next(op for op in edited["operations"] if op["operation_id"] == "queryUser")
    username = next(p for p in query["parameters"] if p["name"] == "username")
    username["type"]["const"] = 7
    email = next(p for p in query["parameters"] if p["name"] == "email")
    email["type"]["const"] = True
    literal = next(m.spec_literal for m in model(edited)["methods"] if m.operation_id == "queryUser")
    assert '{In: "query", Name: "username", Value: 7}, {In: "query", Name: "email", Value: true}' in literal
    data = model(ir)
    assert data["admin_token_spec"] == "operationGetClientCredential"
    assert data["refresh_body"] == ['"grant_type": "refresh_token"']
    assert '"ap-singapore"' in data["intl_regions"]


def test_a_type_holding_a_secret_only_in_a_nested_type_gets_the_redacting_methods() -> None:
    """log/slog's JSON handler prints a type without LogValue through encoding/json: a secret
    in a nested struct would show."""
    ir = json.loads(IR.read_text(encoding="utf-8"))
    edited = copy.deepcopy(ir)
    profile = next(s for s in edited["schemas"] if s["name"] == "UserProvider")
    assert not any(f["secret"] for f in profile["fields"])
    profile["fields"][0]["secret"] = True  # UserProfile.providers: a list of UserProvider
    types = {t.name: t for t in model(edited)["types"]}
    assert types["UserProvider"].has_secret and types["UserProfile"].has_secret
    assert not {t.name: t for t in model(ir)["types"]}["UserProfile"].has_secret
