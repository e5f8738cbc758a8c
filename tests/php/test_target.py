"""The php target's own rules: PHP names, literals and PHPDoc made from spec text, and
refusals. Spec text is data: a hostile description, enum value or error code must reach PHP
source only as inert data (and the result must still lint and load)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.targets import TargetError
from generator.targets.php.build import model
from generator.targets.php.names import class_name, enum_case, variable
from generator.targets.php.phpsource import doc_lines, php_string, php_value

from .conftest import REPO, run_php

IR = REPO / "generated" / "ir.json"
HOSTILE = 'it\'s \\ a $var {$x} `cmd` */ ?> <?php echo 1; \u2028 "q"\n@param evil'


def test_php_names() -> None:
    assert variable(["phone", "number"]) == "phoneNumber"
    assert variable(["this"]) == "thisValue"
    assert variable(["2fa", "code"]) == "v2faCode"
    assert class_name({"names": {"words": ["empty"]}}) == "EmptyModel"
    assert class_name({"names": {"words": ["list"]}}) == "ListModel"
    assert class_name({"names": {"words": ["invalid", "grant"]}}, "Exception") == "InvalidGrantException"
    assert enum_case("NO_AUTH_LOGIN") == "NoAuthLogin"
    assert enum_case("") == "Blank"
    with pytest.raises(TargetError, match="not a PHP identifier"):
        variable(["bad-name"])


def test_php_literals_keep_any_text_as_data(php: str, tmp_path: Path) -> None:
    source = tmp_path / "literal.php"
    lines = "\n".join(doc_lines(HOSTILE))
    source.write_text(
        f"<?php\n/**\n{lines}\n */\necho json_encode([{php_string(HOSTILE)}, {php_value({'k': [HOSTILE, 1, 2.5, None, True]})}]);\n",
        encoding="utf-8",
    )
    out = run_php(php, [str(source)])
    assert json.loads(out) == [HOSTILE, {"k": [HOSTILE, 1, 2.5, None, True]}]
    assert "*/" not in lines and "\n * @param" not in lines


def _hostile_ir() -> dict[str, Any]:
    ir: dict[str, Any] = json.loads(IR.read_text(encoding="utf-8"))
    hostile = copy.deepcopy(ir)
    for op in hostile["operations"]:
        op["summary"] = op["description"] = HOSTILE
        for p in op["parameters"]:
            p["description"] = HOSTILE
    for schema in hostile["schemas"]:
        schema["description"] = HOSTILE
        for f in schema["fields"]:
            f["description"] = HOSTILE
            if f["type"]["enum"]:
                f["type"]["enum"] = [*f["type"]["enum"], HOSTILE]
    for code in hostile["error_codes"]:
        code["description"] = HOSTILE
    hostile["api"]["title"] = HOSTILE
    hostile["china_regions"] = [*hostile["china_regions"], HOSTILE]
    return hostile


def _build(ir: dict[str, Any], tmp_path: Path) -> Path:
    """The php target's output for `ir`, each PHP file with its `<?php` line (the writer's)."""
    from generator.targets import BuildContext
    from generator.targets.php.build import build

    context = BuildContext(
        api=None,  # type: ignore[arg-type]  # the php target reads only the IR data
        ir=ir,
        out_dir=tmp_path,
        header="generated",
        scenarios=(),
        targets=(),
        spec_path=REPO / "spec" / "auth-v1.yaml",
        spec_doc={},
    )
    build(context, "php")
    out = tmp_path / "php"
    for path in out.rglob("*.php"):
        path.write_text("<?php\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    return out


def test_hostile_spec_text_stays_data_in_the_generated_php(php: str, tmp_path: Path) -> None:
    out = _build(_hostile_ir(), tmp_path)
    # Every class file of the package loaded in one process: a parse error anywhere fails it.
    run_php(
        php,
        [
            "-r",
            f"require {php_string(str(out / 'autoload.php'))}; "
            f"$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator({php_string(str(out / 'src'))})); "
            "foreach ($it as $f) { if (str_ends_with((string) $f, '.php')) { require_once (string) $f; } }",
        ],
    )
    loaded = run_php(
        php,
        [
            "-r",
            f"require {php_string(str(out / 'autoload.php'))}; "
            "$api = CloudBase\\Auth\\Internal\\GeneratedSpec::api(); "
            "$regions = $api->chinaRegions; echo json_encode([end($regions), array_map(fn ($c) => $c->value, CloudBase\\Auth\\Enum\\Gender::cases())]);",
        ],
    )
    assert json.loads(loaded) == [HOSTILE, ["MALE", "FEMALE", HOSTILE]]
    assert json.loads((out / "composer.json").read_text(encoding="utf-8"))["description"].startswith(HOSTILE)


def test_name_clashes_are_refused_in_one_line() -> None:
    ir = json.loads(IR.read_text(encoding="utf-8"))
    clash = copy.deepcopy(ir)
    clash["operations"].append(
        copy.deepcopy(next(op for op in clash["operations"] if op["operation_id"] == "getUserMe"))
    )
    with pytest.raises(TargetError, match="'getUserMe'"):
        model(clash)
    own = copy.deepcopy(ir)
    own["operations"][0]["names"]["words"] = ["set", "session"]  # the client's own method
    with pytest.raises(TargetError, match="client's own method 'setSession'"):
        model(own)
    runtime = copy.deepcopy(ir)
    runtime["error_codes"][0]["names"]["words"] = ["gateway"]  # GatewayException is the runtime's
    with pytest.raises(TargetError, match="'GatewayException'"):
        model(runtime)
    verifier = copy.deepcopy(ir)
    verifier["error_codes"][0]["names"]["words"] = ["token", "inactive"]  # the verifier's own error
    with pytest.raises(TargetError, match="'TokenInactiveException'"):
        model(verifier)


def test_fixed_values_and_regions_are_the_irs_data(php: str, tmp_path: Path) -> None:
    """The client sends what the IR type's `const` says (whatever its JSON type, whatever the
    `enum` beside it says) and knows exactly the IR's regions, none of its own."""
    ir = json.loads(IR.read_text(encoding="utf-8"))
    schemas = {s["name"]: s for s in ir["schemas"]}
    custom = schemas["CustomSignInRequest"]
    provider = next(f for f in custom["fields"] if f["name"] == "provider_id")
    provider["type"] = {**provider["type"], "enum": [], "const": "custom-v2"}
    level = copy.deepcopy(provider)
    level["name"] = "level"
    level["names"] = {**level["names"], "words": ["level"]}
    level["type"] = {**level["type"], "type": "integer", "const": 3}
    custom["fields"].append(level)
    ir["intl_regions"] = ["xx-test-1"]
    ir["china_regions"] = ["ap-only-here"]
    out = _build(ir, tmp_path)
    script = (
        f"require {php_string(str(out / 'autoload.php'))}; "
        "$api = CloudBase\\Auth\\Internal\\GeneratedSpec::api(); "
        "$m = new ReflectionMethod(CloudBase\\Auth\\CloudBaseAuth::class, 'signInCustom'); "
        "$defaults = []; foreach ($m->getParameters() as $p) { if ($p->isDefaultValueAvailable()) { $defaults[$p->getName()] = $p->getDefaultValue(); } } "
        "echo json_encode([$api->operation('signInCustom')->fixed, $defaults['providerId'], $defaults['level'], "
        "$api->intlRegions, $api->chinaRegions]);"
    )
    fixed, provider_default, level_default, intl, china = json.loads(run_php(php, ["-r", script]))
    assert fixed == {"provider_id": "custom-v2", "level": 3}
    assert (provider_default, level_default) == ("custom-v2", 3)
    assert (intl, china) == (["xx-test-1"], ["ap-only-here"])
    refused = (
        f"require {php_string(str(out / 'autoload.php'))}; "
        "try { new CloudBase\\Auth\\CloudBaseAuth('env-1', ['region' => 'ap-singapore']); echo 'accepted'; } "
        "catch (CloudBase\\Auth\\Exception\\ConfigurationException $e) { echo $e->getMessage(); } "
        "echo \"\\n\", (new CloudBase\\Auth\\CloudBaseAuth('env-1', ['region' => 'xx-test-1']))->baseUrl();"
    )
    message, url = run_php(php, ["-r", refused]).splitlines()
    assert (
        message
        == 'unknown region "ap-singapore"; the known regions are: ap-only-here, xx-test-1 (or pass baseUrl)'
    )
    assert url == "https://env-1.api.intl.tcloudbasegateway.com/auth/v1"
