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
