"""`authgen diff` names each change's Java and PHP symbols (issue 22 item 7): the methods of
`CloudBaseAuth`, the model classes and their getters/properties, the call's arguments and the
exception classes, with the types the generated code declares. Every name and type the report
gives is looked up in the Java and PHP code the targets' own builds write from the two specs
of the pair (the new spec's code; the old spec's for what was removed or renamed away), so a
surface that names or types something differently from the build fails here."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.ir import build_api
from generator.ir_file import ir_document
from generator.loader import load_yaml
from generator.targets import BuildContext
from generator.targets.java import TARGET as JAVA
from generator.targets.php import TARGET as PHP

FIXTURES = Path(__file__).parent / "fixtures"
JAVA_MAIN = Path("java/src/main/java/io/github/cloudbaseauth")
PHP_SRC = Path("php/src")
NAMESPACES = ("\\CloudBase\\Auth\\Model\\", "\\CloudBase\\Auth\\Enum\\")

# Pairs that between them touch every kind of name: arguments (body and header), answer
# fields, their types (optional, date-time, integer/number, string), removed and renamed
# things, exception classes, methods.
PAIRS = (
    "request-field-added-required",
    "request-parameter-became-required",
    "request-type-widened",
    "request-format-changed",
    "request-field-became-optional",
    "response-field-removed",
    "response-field-became-optional",
    "response-format-date-time-added",
    "response-type-changed",
    "error-code-renamed",
    "operation-id-changed",
    "operation-removed",
)


def diff(old: Path, new: Path, *extra: str) -> Any:
    result = CliRunner().invoke(main, ["diff", str(old), str(new), *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if "json" in extra else result.stdout


class Generated:
    """The Java and PHP code the builds write from one spec, and lookups of the names the
    diff report uses in it (each returns the declared type, or "" for a name without one;
    None when the name is not in the code)."""

    def __init__(self, spec: Path, out: Path) -> None:
        doc = load_yaml(spec).data
        api = build_api(doc)
        context = BuildContext(api, ir_document(api), out, "generated", (), (), spec, doc)
        JAVA.build(context)
        PHP.build(context)
        self.out = out

    def _read(self, path: Path) -> str | None:
        file = self.out / path
        return file.read_text(encoding="utf-8") if file.is_file() else None

    def java(self, name: str, setter: bool) -> str | None:
        if m := re.fullmatch(r"CloudBaseAuth\.(\w+)\(\)(?: throws ApiException| \(sent by .*\))?", name):
            code = self._read(JAVA_MAIN / "CloudBaseAuth.java") or ""
            found = re.search(rf"public (\S+) {m[1]}\(", code)
            return found[1] if found else None
        if m := re.fullmatch(r"errors\.(\w+Exception)", name):
            return "" if self._read(JAVA_MAIN / "errors" / f"{m[1]}.java") else None
        if m := re.fullmatch(r"(\w+)\.(\w+)\(\)", name):
            code = self._read(JAVA_MAIN / "model" / f"{m[1]}.java") or ""
            pattern = rf"public Builder {m[2]}\((.+?) {m[2]}\)" if setter else rf"public (.+?) {m[2]}\(\) \{{"
            found = re.search(pattern, code)
            return found[1] if found else None
        raise AssertionError(f"java: a name of no known form: {name!r}")

    def php(self, name: str, setter: bool) -> str | None:
        if m := re.fullmatch(r"CloudBaseAuth::(\w+)\(\.\.\., (\w+): \.\.\.\)", name):
            code = self._read(PHP_SRC / "CloudBaseAuth.php") or ""
            signature = re.search(rf"public function {m[1]}\((.*?)\n    \):", code, re.S)
            if not signature:
                return None
            found = re.search(rf"(?:#\[\\SensitiveParameter\] )?(\S+) \${m[2]}\b", signature[1])
            return _short(found[1]) if found else None
        if m := re.fullmatch(r"CloudBaseAuth::(\w+)\(\)(?: throws Exception\\ApiException| \(sent by .*\))?", name):
            code = self._read(PHP_SRC / "CloudBaseAuth.php") or ""
            return "" if re.search(rf"public function {m[1]}\(", code) else None
        if m := re.fullmatch(r"Exception\\(\w+Exception)", name):
            return "" if self._read(PHP_SRC / "Exception" / f"{m[1]}.php") else None
        if m := re.fullmatch(r"(\w+)::\$(\w+)", name):
            code = self._read(PHP_SRC / "Model" / f"{m[1]}.php") or ""
            # a property; a secret or free-form one is a constructor argument read through __get
            found = re.search(rf"(?:public readonly|#\[\\SensitiveParameter\]) (\S+) \${m[2]}\b", code)
            return _short(found[1]) if found else None
        raise AssertionError(f"php: a name of no known form: {name!r}")


def _short(declared: str) -> str:
    for namespace in NAMESPACES:
        declared = declared.replace(namespace, "")
    return declared


def _sides(name: str) -> Iterator[tuple[str, str]]:
    """(side, name): `a -> b` is `a` in the old code and `b` in the new."""
    if " -> " in name:
        before, after = name.split(" -> ")
        yield "old", before
        yield "new", after
    else:
        yield "new", name


def check_report(report: Any, code: dict[str, Generated]) -> list[str]:
    """Every Java and PHP name in the report, looked up in the code; returns what it found
    (`target name: type`), failing on a name or type the code does not have."""
    seen = []
    for change in report["changes"]:
        removed = change["rule"].endswith("-removed")
        setter = change["rule"].startswith("request-")
        for effect in change["targets"]:
            if effect["target"] not in ("java", "php"):
                continue
            for name in effect["names"]:
                for side, symbol in _sides(name):
                    side = "old" if removed else side
                    lookup = getattr(code[side], effect["target"])
                    declared = lookup(symbol, setter)
                    assert declared is not None, f"{effect['target']}: {symbol} is not in the {side} spec's code"
                    seen.append(f"{effect['target']} {symbol}: {declared}")
                    if "new_type" in effect:
                        assert declared == effect["new_type"], (effect, declared)
                        before = getattr(code["old"], effect["target"])(symbol, setter)
                        assert before == effect["old_type"], (effect, before)
    return seen


@pytest.fixture(scope="module")
def built() -> dict[str, Generated]:
    return {}


def generated(built: dict[str, Generated], spec: Path, tmp: Path) -> Generated:
    """One build per distinct spec text (most pairs share their old side)."""
    key = spec.read_text(encoding="utf-8").split("\n", 1)[1]  # without the fixture's own comment
    if key not in built:
        built[key] = Generated(spec, tmp / f"build-{len(built)}")
    return built[key]


@pytest.mark.parametrize("name", PAIRS)
def test_every_java_and_php_name_of_a_pair_is_in_the_generated_code(
    name: str, built: dict[str, Generated], tmp_path_factory: pytest.TempPathFactory
) -> None:
    old, new = FIXTURES / name / "old.yaml", FIXTURES / name / "new.yaml"
    tmp = tmp_path_factory.mktemp("generated")
    code = {"old": generated(built, old, tmp), "new": generated(built, new, tmp)}
    report = diff(old, new, "--format", "json")
    found = check_report(report, code)
    assert {line.split()[0] for line in found} == {"java", "php"}, f"{name}: no Java or PHP name: {found}"


def test_text_output_names_the_java_and_php_symbols() -> None:
    text = diff(FIXTURES / "request-field-added-required" / "old.yaml", FIXTURES / "request-field-added-required" / "new.yaml")
    assert "php: CloudBaseAuth::signIn(..., captchaToken: ...); java: SignInRequest.captchaToken()" in text
    text = diff(FIXTURES / "response-format-date-time-added" / "old.yaml", FIXTURES / "response-format-date-time-added" / "new.yaml")
    assert "php: User::$createdAt; java: User.createdAt()" in text
    assert "php ?string -> ?\\DateTimeImmutable (breaking)" in text
    assert "java Optional<String> -> Optional<OffsetDateTime> (breaking)" in text
    text = diff(FIXTURES / "error-code-renamed" / "old.yaml", FIXTURES / "error-code-renamed" / "new.yaml")
    assert "php: Exception\\InvalidGrantException -> Exception\\InvalidTicketException" in text
    assert "java: errors.InvalidGrantException -> errors.InvalidTicketException" in text


def test_json_output_gives_the_java_and_php_types_of_a_field() -> None:
    report = diff(FIXTURES / "response-field-became-optional" / "old.yaml",
                  FIXTURES / "response-field-became-optional" / "new.yaml", "--format", "json")  # fmt: skip
    [change] = report["changes"]
    targets = {t["target"]: t for t in change["targets"]}
    assert targets["java"] == {"target": "java", "names": ["TokenResponse.expiresIn()"], "old_type": "int",
                               "new_type": "Optional<Integer>", "level": "breaking"}  # fmt: skip
    assert targets["php"] == {"target": "php", "names": ["TokenResponse::$expiresIn"], "old_type": "int",
                              "new_type": "?int", "level": "breaking"}  # fmt: skip


def test_a_schema_only_an_error_answer_uses_has_no_java_or_php_name() -> None:
    """Neither build makes a class of the error answer's schema: the report names none."""
    pair = FIXTURES / "error-answer-field-became-optional"
    [change] = diff(pair / "old.yaml", pair / "new.yaml", "--format", "json")["changes"]
    assert {t["target"] for t in change["targets"]} == {"python", "go"}


def test_lists_enums_and_multi_word_names_match_the_generated_code(tmp_path: Path) -> None:
    """A pair of its own: a field becomes a list, an enum field changes type, a multi-word
    argument changes type; the report's types are the generated declarations."""
    doc = yaml.safe_load((FIXTURES / "request-field-added-required" / "old.yaml").read_text(encoding="utf-8"))
    old, new = copy.deepcopy(doc), copy.deepcopy(doc)
    schemas = new["components"]["schemas"]
    schemas["User"]["properties"]["name"] = {"type": "array", "items": {"type": "string"}, "description": "Names."}
    schemas["TokenResponse"]["properties"]["scope"] = {
        "type": "array", "items": {"type": "string", "enum": ["user", "anonymous"]}, "description": "Scopes.",
    }  # fmt: skip
    schemas["TokenResponse"]["properties"]["expires_in"] = {"type": "array", "items": {"type": "integer"},
                                                            "description": "Seconds."}  # fmt: skip
    for schema in (old["components"]["schemas"], schemas):
        schema["SignInRequest"]["properties"]["device_label"] = {"type": "string", "description": "A label."}
    schemas["SignInRequest"]["properties"]["device_label"] = {
        "type": "array", "items": {"type": "string"}, "description": "Labels.",
    }  # fmt: skip
    paths = {}
    for side, spec in (("old", old), ("new", new)):
        paths[side] = tmp_path / f"{side}.yaml"
        paths[side].write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    code = {side: Generated(path, tmp_path / f"build-{side}") for side, path in paths.items()}
    report = diff(paths["old"], paths["new"], "--format", "json")
    found = check_report(report, code)
    assert "java User.name(): List<String>" in found
    assert "java TokenResponse.scope(): List<String>" in found
    assert "php TokenResponse::$scope: ?array" in found
    assert "java TokenResponse.expiresIn(): List<Long>" in found
    assert "php CloudBaseAuth::signIn(..., deviceLabel: ...): ?array" in found
    types = {(t["target"], n): (t["old_type"], t["new_type"]) for c in report["changes"] for t in c["targets"]
             if "old_type" in t for n in t["names"]}  # fmt: skip
    assert types[("php", "TokenResponse::$scope")] == ("Scope|string|null", "?array")
    assert types[("java", "TokenResponse.expiresIn()")] == ("int", "List<Long>")
    assert types[("java", "SignInRequest.deviceLabel()")] == ("String", "List<String>")


class Committed(Generated):
    """The committed generated/ (what `authgen generate` wrote from spec/auth-v1.yaml)."""

    def __init__(self, out: Path) -> None:
        self.out = out


def test_the_released_pair_names_what_generated_java_and_php_hold(tmp_path: Path) -> None:
    """1.0.0 -> the working spec: every Java/PHP name and type of the report is in the
    committed generated/java and generated/php (the old side's in a build of 1.0.0)."""
    root = Path(__file__).resolve().parents[2]
    released, working = root / "spec" / "released" / "1.0.0.yaml", root / "spec" / "auth-v1.yaml"
    code = {"old": Generated(released, tmp_path), "new": Committed(root / "generated")}
    found = check_report(diff(released, working, "--format", "json"), code)
    assert len(found) >= 100
    assert "java UserProfile.createdAt(): Optional<OffsetDateTime>" in found
    assert "php UserProfile::$createdAt: ?\\DateTimeImmutable" in found
    assert "php UserProfile::$meta: ?array" in found  # free-form: a constructor argument read through __get


def test_a_parameter_named_like_a_body_field_is_named_as_the_java_build_suffixes_it(tmp_path: Path) -> None:
    """Java puts parameters in the body's class; one named like a body field gets where it
    goes appended (updatePassword's sudo_token query parameter is sudoTokenQuery())."""
    old = yaml.safe_load((FIXTURES / "request-field-added-required" / "old.yaml").read_text(encoding="utf-8"))
    new = copy.deepcopy(old)
    new["paths"]["/signin"]["post"].setdefault("parameters", []).append(
        {"name": "username", "in": "query", "required": False, "schema": {"type": "string"},
         "description": "The user, in the query."}
    )  # fmt: skip
    paths = {}
    for side, spec in (("old", old), ("new", new)):
        paths[side] = tmp_path / f"{side}.yaml"
        paths[side].write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    code = {side: Generated(path, tmp_path / f"build-{side}") for side, path in paths.items()}
    found = check_report(diff(paths["old"], paths["new"], "--format", "json"), code)
    assert "java SignInRequest.usernameQuery(): String" in found  # the builder's setter
    assert "php CloudBaseAuth::signIn(..., username: ...): ?string" in found
