"""The java target's own rules: spec text reaches Java only as data (string literals and Javadoc
that javac and javadoc read back exactly, whatever the text), Java names, the refusals, fixed
values from the IR, and the pins the runtime's pom and the generated pom share."""

from __future__ import annotations

import copy
import json
import re
import subprocess
from pathlib import Path

import pytest

from generator.targets import TargetError
from generator.targets.java import build as java_build
from generator.targets.java.build import model
from generator.targets.java.javatext import java_string, javadoc
from generator.targets.java.names import camel, member, pascal

from .conftest import GENERATED, REPO, RUNTIME, tool

IR = REPO / "generated" / "ir.json"
HOSTILE = [
    'plain "quoted" text',
    "*/ static { System.exit(3); } /*",
    "\\u000a\\u0022 escapes that javac would read before the lexer",
    "back\\slash at the end\\",
    "line\nbreak\r\ttab\x00nul\x7fdel\u2028sep",
    "<b>html</b> & {@code x} @deprecated @param",
    "环境-ü 😀 non-ASCII",
    "\\\\u002a/ doubled",
]


def test_java_names() -> None:
    assert pascal(["get", "user", "me"]) == "GetUserMe"
    assert camel(["gen", "provider", "redirect", "uri"]) == "genProviderRedirectUri"
    assert camel(["default"]) == "defaultValue"
    assert camel(["2fa", "code"]) == "v2faCode"
    assert member(["to", "string"]) == "toStringValue"  # never a model's own member
    assert member(["class"]) == "classValue"


def test_hostile_spec_text_stays_data_in_literals_and_javadoc(tmp_path: Path) -> None:
    literals = ", ".join(java_string(text) for text in HOSTILE)
    docs = "\n".join(
        "\n".join(javadoc(text, indent="    ")) + f"\n    static final int F{i} = {i};"
        for i, text in enumerate(HOSTILE)
    )
    source = (
        "public class Hostile {\n"
        f"    static final String[] VALUES = {{{literals}}};\n{docs}\n"
        "    public static void main(String[] args) {\n"
        "        StringBuilder out = new StringBuilder();\n"
        "        for (String v : VALUES) {\n"
        '            for (char c : v.toCharArray()) out.append(String.format("%04x", (int) c));\n'
        "            out.append('\\n');\n"
        "        }\n"
        "        System.out.print(out);\n"
        "    }\n"
        "}\n"
    )
    (tmp_path / "Hostile.java").write_text(source, encoding="utf-8")
    done = subprocess.run(
        [
            tool("javac"),
            "-Xdoclint:all,-missing",
            "-Werror",
            "-d",
            str(tmp_path),
            str(tmp_path / "Hostile.java"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    run = subprocess.run(
        [tool("java"), "-cp", str(tmp_path), "Hostile"], capture_output=True, text=True, check=True
    )
    expected = ["".join(f"{unit:04x}" for unit in _utf16(text)) for text in HOSTILE]
    assert run.stdout.splitlines() == expected
    for line in source.splitlines():
        assert "System.exit" not in line or line.lstrip().startswith(("*", "static final String[]")), line


def _utf16(text: str) -> list[int]:
    data = text.encode("utf-16-be", "surrogatepass")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


def test_a_name_clash_is_refused_in_one_line() -> None:
    ir = json.loads(IR.read_text(encoding="utf-8"))
    clash = copy.deepcopy(ir)
    me = next(op for op in clash["operations"] if op["operation_id"] == "getUserMe")
    clash["operations"].append(copy.deepcopy(me))
    with pytest.raises(TargetError, match="both be 'getUserMe'"):
        model(clash)
    runtime = copy.deepcopy(ir)
    runtime["schemas"][0]["names"]["words"] = ["session"]  # a schema named like the runtime's Session
    with pytest.raises(TargetError, match="'Session'"):
        model(runtime)
    method = copy.deepcopy(ir)
    method["operations"][0]["names"]["words"] = ["close"]  # an operation named like the client's close()
    with pytest.raises(TargetError, match="'close'"):
        model(method)
    bad = copy.deepcopy(ir)
    bad["operations"][0]["names"]["screaming"] = "SIGN IN; System.exit(1)"
    with pytest.raises(TargetError, match="not a Java identifier"):
        model(bad)


def test_fixed_values_come_from_the_ir() -> None:
    """A field the IR pins to one value is sent with it when left out (and the admin renewal's body)."""
    source = (GENERATED / "src/main/java/io/github/cloudbaseauth/model/CustomSignInRequest.java").read_text(
        encoding="utf-8"
    )
    assert 'this.providerId = b$.providerId == null ? "custom" : b$.providerId;' in source
    spec = (GENERATED / "src/main/java/io/github/cloudbaseauth/ApiSpec.java").read_text(encoding="utf-8")
    assert 'Map.ofEntries(Map.entry("grant_type", "client_credentials"))' in spec
    assert 'Map.ofEntries(Map.entry("grant_type", "refresh_token"))' in spec


def _field_of(ir: dict[str, object], schema: str, name: str) -> dict[str, object]:
    by_name = {s["name"]: s for s in ir["schemas"]}  # type: ignore[index,union-attr]
    return next(f for f in by_name[schema]["fields"] if f["name"] == name)  # type: ignore[no-any-return]


def _model_of(data: dict[str, object], name: str) -> java_build.JavaModel:
    return next(m for m in data["models"] if m.name == name)  # type: ignore[attr-defined]


def test_fixed_values_are_the_ir_types_const_of_any_json_scalar() -> None:
    """The IR type's `const` (IR v2) decides, not an `enum` of one member: a const without an
    enum is fixed, a one-member enum without a const is not; integers, numbers and booleans get
    their Java literals; a const its field's type cannot hold is one clear error."""
    ir = json.loads(IR.read_text(encoding="utf-8"))
    custom = _field_of(ir, "CustomSignInRequest", "provider_id")
    custom["type"] = {**custom["type"], "enum": [], "const": "custom"}  # type: ignore[dict-item]
    credential = _field_of(ir, "ClientCredentialRequest", "grant_type")
    credential["type"] = {**credential["type"], "const": None}  # type: ignore[dict-item]
    ticket = _field_of(ir, "CustomSignInRequest", "ticket")
    ticket["type"] = {
        "type": "integer",
        "format": "",
        "enum": [],
        "items": None,
        "ref": "",
        "nullable": False,
        "const": 3,
    }
    data = model(ir)
    fields = {f.wire: f for f in _model_of(data, "CustomSignInRequest").fields}
    assert fields["provider_id"].fixed == '"custom"' and fields["provider_id"].getter_type == "String"
    assert fields["ticket"].fixed == "3L" and fields["ticket"].getter_type == "long"
    assert {f.wire: f.fixed for f in _model_of(data, "ClientCredentialRequest").fields}["grant_type"] is None
    assert data["renewal_body"] == [], "the renewal sends what the IR fixes, and only that"

    for kind, const, literal in (
        ("boolean", True, "true"),
        ("number", 1.5, "1.5"),
        ("number", 2, "2.0"),
        ("string", 'a"b', '"a\\"b"'),
    ):
        ticket["type"] = {**ticket["type"], "type": kind, "const": const}  # type: ignore[dict-item]
        fixed = {f.wire: f.fixed for f in _model_of(model(ir), "CustomSignInRequest").fields}["ticket"]
        assert fixed == literal, (kind, const)
    ticket["type"] = {**ticket["type"], "type": "integer", "format": "int32", "const": 2**31}  # type: ignore[dict-item]
    with pytest.raises(
        TargetError, match="'ticket' is fixed to 2147483648, which its type \\(Integer\\) cannot hold"
    ):
        model(ir)
    ticket["type"] = {**ticket["type"], "type": "boolean", "format": "", "const": "yes"}  # type: ignore[dict-item]
    with pytest.raises(TargetError, match="cannot hold"):
        model(ir)


def test_regions_come_from_the_ir() -> None:
    """ApiSpec lists exactly the IR's china_regions and intl_regions (the runtime knows none of
    its own: e2e/ClientRulesTest refuses ap-shangai and accepts ap-singapore through them)."""
    ir = json.loads(IR.read_text(encoding="utf-8"))
    spec = (GENERATED / "src/main/java/io/github/cloudbaseauth/ApiSpec.java").read_text(encoding="utf-8")
    assert "List.of(" + ", ".join(java_string(r) for r in ir["china_regions"]) + ")" in spec
    assert "List.of(" + ", ".join(java_string(r) for r in ir["intl_regions"]) + ")" in spec
    assert "ap-singapore" in ir["intl_regions"]
    ir["intl_regions"] = [*ir["intl_regions"], "xx-new-region"]
    assert java_string("xx-new-region") in model(ir)["intl_regions"]
    runtime = "".join(p.read_text(encoding="utf-8") for p in (RUNTIME / "src/main").rglob("*.java"))
    assert "ap-singapore" not in runtime and "ap-guangzhou" not in runtime, "no region list in the runtime"


def test_every_operation_has_one_method_and_every_code_a_class() -> None:
    ir = json.loads(IR.read_text(encoding="utf-8"))
    data = model(ir)
    assert len(data["methods"]) == len(ir["operations"])
    client = (GENERATED / "src/main/java/io/github/cloudbaseauth/CloudBaseAuth.java").read_text(
        encoding="utf-8"
    )
    for m in data["methods"]:
        assert f" {m.name}(" in client
    errors = sorted(
        p.stem for p in (GENERATED / "src/main/java/io/github/cloudbaseauth/errors").glob("*.java")
    )
    assert len(errors) == len(ir["error_codes"])
    assert "InvalidGrantException" in errors


def test_the_runtime_pom_and_the_generated_pom_pin_the_same_versions() -> None:
    def pins(text: str) -> dict[str, str]:
        found = dict(re.findall(r"<artifactId>([\w.-]+)</artifactId><version>([\w.-]+)</version>", text))
        found |= dict(re.findall(r"<(jackson|junit)\.version>([\w.-]+)</", text))
        return found

    runtime = pins((RUNTIME / "pom.xml").read_text(encoding="utf-8"))
    generated = pins((GENERATED / "pom.xml").read_text(encoding="utf-8"))
    assert runtime["jackson"] == generated["jackson"] == java_build.JACKSON_VERSION
    assert runtime["junit"] == generated["junit"] == java_build.JUNIT_VERSION
    for plugin, version in runtime.items():
        assert generated.get(plugin) == version, plugin
