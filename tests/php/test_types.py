"""The type check that stands in for PHPStan (not installable here without Composer): a PHP
script reflects every generated method, model and enum, and the declared types are checked
against the IR, field by field, with the mapping written out here on its own: JSON string ->
string, integer -> int, number -> float, boolean -> bool, date-time -> DateTimeImmutable, a
closed enum -> Enum|string, a nested type -> its class, arrays and free-form objects -> array;
optional -> nullable; x-secret -> #[SensitiveParameter] and not a property."""

from __future__ import annotations

import json
from typing import Any

from .conftest import GENERATED, REPO, php_json

REFLECT = r"""
require getenv('PACKAGE') . '/autoload.php';
function describe(ReflectionType|null $t): string {
    if ($t === null) { return ''; }
    $names = $t instanceof ReflectionUnionType ? array_map(fn ($x) => $x->getName(), $t->getTypes()) : [$t->getName()];
    if ($t->allowsNull() && !in_array('null', $names, true) && !in_array('mixed', $names, true)) { $names[] = 'null'; }
    sort($names);
    return implode('|', $names);
}
$out = ['methods' => [], 'models' => [], 'enums' => []];
$client = new ReflectionClass(CloudBase\Auth\CloudBaseAuth::class);
foreach ($client->getMethods(ReflectionMethod::IS_PUBLIC) as $m) {
    if ($m->getDeclaringClass()->getName() !== $client->getName()) { continue; }
    $params = [];
    foreach ($m->getParameters() as $p) {
        $params[$p->getName()] = [
            'type' => describe($p->getType()),
            'optional' => $p->isOptional(),
            'default' => $p->isDefaultValueAvailable() ? $p->getDefaultValue() : null,
            'sensitive' => $p->getAttributes(SensitiveParameter::class) !== [],
        ];
    }
    $out['methods'][$m->getName()] = ['params' => $params, 'return' => describe($m->getReturnType()), 'doc' => (string) $m->getDocComment()];
}
foreach (glob(getenv('PACKAGE') . '/src/Model/*.php') as $file) {
    $class = new ReflectionClass('CloudBase\\Auth\\Model\\' . basename($file, '.php'));
    $props = [];
    foreach ($class->getProperties(ReflectionProperty::IS_PUBLIC) as $p) {
        $props[$p->getName()] = ['type' => describe($p->getType()), 'readonly' => $p->isReadOnly()];
    }
    $ctor = [];
    foreach ($class->getConstructor()->getParameters() as $p) {
        $ctor[$p->getName()] = ['type' => describe($p->getType()), 'sensitive' => $p->getAttributes(SensitiveParameter::class) !== []];
    }
    $out['models'][$class->getShortName()] = ['props' => $props, 'ctor' => $ctor, 'doc' => (string) $class->getDocComment(), 'final' => $class->isFinal()];
}
foreach (glob(getenv('PACKAGE') . '/src/Enum/*.php') as $file) {
    $enum = new ReflectionEnum('CloudBase\\Auth\\Enum\\' . basename($file, '.php'));
    $out['enums'][$enum->getShortName()] = array_map(fn ($c) => $c->getBackingValue(), $enum->getCases());
}
echo json_encode($out);
"""

SCALARS = {"string": "string", "integer": "int", "number": "float", "boolean": "bool"}


def camel(item: dict[str, Any]) -> str:
    """An IR item's name in camelCase, from its words (as PHP names it)."""
    parts = item["names"]["words"]
    return str(parts[0][:1].lower() + parts[0][1:] + "".join(p[:1].upper() + p[1:] for p in parts[1:]))


def free_form(t: dict[str, Any], model_of: dict[str, str]) -> bool:
    """Keys the spec does not know: a free-form object, or a list that may hold such objects."""
    if t.get("ref"):
        return t["ref"] not in model_of
    if t["type"] == "object":
        return True
    if t["type"] == "array":
        items = t.get("items")
        return items is None or free_form(items, model_of)
    return t["type"] not in SCALARS


def expected(t: dict[str, Any], model_of: dict[str, str], enum_values: dict[tuple[str, ...], str]) -> str:
    """The declared PHP type (without null) of a JSON-Schema type of the IR."""
    if t.get("ref"):
        return f"CloudBase\\Auth\\Model\\{model_of[t['ref']]}" if t["ref"] in model_of else "array"
    if t["type"] == "string" and t.get("format") == "date-time":
        return "DateTimeImmutable"
    if t["type"] == "string" and len(t.get("enum") or []) >= 2:
        return f"CloudBase\\Auth\\Enum\\{enum_values[tuple(t['enum'])]}|string"
    if t["type"] in SCALARS:
        return SCALARS[t["type"]]
    return "array" if t["type"] in ("array", "object") else "mixed"


def nullable(declared: str) -> str:
    return "|".join(sorted([*declared.split("|"), "null"]))


def test_every_generated_type_matches_the_ir(php: str) -> None:
    ir = json.loads((REPO / "generated" / "ir.json").read_text(encoding="utf-8"))
    got = php_json(php, REFLECT, env={"PACKAGE": str(GENERATED)})
    schemas = {s["name"]: s for s in ir["schemas"]}
    model_of = {
        name.removesuffix("Model") if name.endswith("Model") and name[:-5] in schemas else name: name
        for name in got["models"]
    }
    enum_values = {tuple(values): name for name, values in got["enums"].items()}
    checked = 0

    # Every response schema with fields is a final readonly model with the IR's fields.
    for name, cls in model_of.items():
        model = got["models"][cls]
        assert model["final"], cls
        for f in schemas[name]["fields"]:
            prop = camel(f)
            declared = expected(f["type"], model_of, enum_values)
            ctor_type = declared if f["required"] else nullable(declared)
            assert model["ctor"][prop]["type"] == "|".join(sorted(ctor_type.split("|"))), f"{cls}::{prop}"
            if f["secret"] or free_form(f["type"], model_of):
                assert prop not in model["props"], f"{cls}::{prop} is a property: var_export would show it"
                assert model["ctor"][prop]["sensitive"], f"{cls}::{prop} holds a secret"
                assert "@property-read " in model["doc"] and f"${prop} " in model["doc"], (
                    f"{cls}::{prop} undocumented"
                )
            else:
                assert model["props"][prop] == {"type": model["ctor"][prop]["type"], "readonly": True}, (
                    f"{cls}::{prop}"
                )
            checked += 1

    # Every operation is a method: its arguments, their types and secrecy, its return type.
    for op in ir["operations"]:
        method = got["methods"][camel(op)]
        params = method["params"]
        fields: dict[str, dict[str, Any]] = {}
        if op["body"] and op["body"] in schemas:
            fields |= {f["name"]: f for f in schemas[op["body"]]["fields"]}
        fields |= {p["name"]: p for p in op["parameters"] if not p["managed"]}  # a parameter wins
        for wire, f in fields.items():
            arg = params[camel(f)]
            declared = expected(f["type"], model_of, enum_values)
            if f["type"].get("ref") in model_of:
                declared += "|array"  # a nested type may be given as an array by wire name
            fixed = f["type"]["type"] == "string" and len(f["type"].get("enum") or []) == 1
            want = declared if f["required"] or fixed else nullable(declared)
            assert arg["type"] == "|".join(sorted(want.split("|"))), f"{op['operation_id']}({wire})"
            assert arg["optional"] == (not f["required"] or fixed), f"{op['operation_id']}({wire})"
            if fixed:
                assert arg["default"] == f["type"]["enum"][0], (
                    f"{op['operation_id']}({wire}) sends its fixed value"
                )
            assert arg["sensitive"] == bool(f["secret"]), f"{op['operation_id']}({wire}) SensitiveParameter"
            assert f"${camel(f)} " in method["doc"], f"{op['operation_id']}({wire}) has no @param"
            checked += 1
        assert set(params) - {camel(f) for f in fields.values()} <= {
            "requestId",
            "timeout",
            "extraHeaders",
            "secretId",
            "secretKey",
            "sessionToken",
        }
        success = next((r["schema"] for r in op["responses"] if r["status"].startswith("2")), None)
        returns = f"CloudBase\\Auth\\Model\\{model_of[success]}" if success in model_of else "void"
        assert method["return"] == returns, op["operation_id"]
        assert "@return " in method["doc"] and "@throws" in method["doc"], op["operation_id"]
    assert len(got["methods"]) == len(ir["operations"])
    assert checked >= 300
