"""The core is neutral: a new target is one folder and one registry entry, it reads only the IR,
and generated/ir.json is what its schema says."""

from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path

import pytest

from generator import writer
from generator.ir import IR_VERSION
from generator.ir_file import ir_schema, validate
from generator.targets import registry

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "auth-v1.yaml"
GENERATED = ROOT / "generated"

TOY = textwrap.dedent(
    '''
    """A toy target: the operations as a JSON list, with its own naming (kebab-case)."""
    import json
    from pathlib import Path


    class ToyTarget:
        name = "toy"
        folder = "toy"
        comment_styles = {".txt": "-- {}"}

        def tool_versions(self):
            return {}

        def build(self, context):
            out = context.out_dir / self.folder
            out.mkdir()
            ops = [
                {"name": op["names"]["kebab"], "call": f'{op["method"]} {op["path"]}', "auth": op["security"]["mode"]}
                for op in context.ir["operations"]
            ]
            (out / "operations.json").write_text(json.dumps(ops, indent=1) + "\\n")
            (out / "README.txt").write_text("one line per operation\\n")

        def format(self, folder: Path) -> None:
            pass

        def snippets(self, api):
            return None


    TARGET = ToyTarget()
    '''
)


def test_a_toy_target_is_one_folder_and_one_registry_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "plugins" / "toy_target"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(TOY, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "plugins"))
    monkeypatch.setattr(registry, "TARGETS", [*registry.TARGETS, "toy_target"])
    out = tmp_path / "generated"
    try:
        writer.generate(SPEC, out)
    finally:
        sys.modules.pop("toy_target", None)
    ir = json.loads((GENERATED / "ir.json").read_text(encoding="utf-8"))
    ops = json.loads((out / "toy" / "operations.json").read_text(encoding="utf-8"))
    assert [o["name"] for o in ops] == [op["names"]["kebab"] for op in ir["operations"]]
    assert {"name": "sign-in-anonymously", "call": "POST /signin/anonymously", "auth": "none"} in ops
    # the writer stamped the header in the target's own comment style and recorded its files
    assert (
        (out / "toy" / "README.txt").read_text().startswith("-- generated from spec/auth-v1.yaml by authgen")
    )
    manifest = json.loads((out / "MANIFEST.json").read_text(encoding="utf-8"))
    assert {"toy/operations.json", "toy/README.txt"} <= set(manifest["files"])
    # ... and every other target wrote what it writes without the toy
    for name in ("python/cloudbase_auth/_client.py", "cookbook/signin.md", "ir.json"):
        if (GENERATED / name).exists():
            assert (out / name).read_bytes() == (GENERATED / name).read_bytes(), name


def test_generated_ir_validates_against_its_versioned_schema() -> None:
    document = json.loads((GENERATED / "ir.json").read_text(encoding="utf-8"))
    assert validate(document) == []
    assert document["ir_version"] == IR_VERSION == ir_schema()["properties"]["ir_version"]["const"]
    # every operation of the spec is there, with its auth as data a target can use as is
    modes = {op["operation_id"]: op["security"] for op in document["operations"]}
    assert modes["getUserMe"] == {
        "mode": "bearer",
        "alternatives": [["bearer"]],
        "bearer": "required",
        "basic": False,
        "signed": False,
        "sends_client_id": False,
    }
    assert modes["getAuthorizeInfo"]["mode"] == "bearer_or_basic"
    assert [op["operation_id"] for op in document["operations"] if op["stores_session"]]
    assert [op["operation_id"] for op in document["operations"] if op["refreshes_session"]] == [
        document["session"]["refresh_operation"]
    ]


def test_a_change_of_shape_fails_validation_until_the_schema_and_version_say_so() -> None:
    document = json.loads((GENERATED / "ir.json").read_text(encoding="utf-8"))
    document["operations"][0]["python_name"] = "sign_in"  # a language-specific field sneaking in
    del document["schemas"][0]["names"]["kebab"]
    document["ir_version"] = IR_VERSION + 1
    problems = validate(document)
    assert any("python_name" in p and p.startswith("/operations/0") for p in problems), problems
    assert any("kebab" in p and p.startswith("/schemas/0/names") for p in problems), problems
    assert any(p.startswith("/ir_version") for p in problems), problems


def test_the_core_knows_no_output_language() -> None:
    languages = re.compile(r"python|golang|\bgo\b|typescript|java\b|keyword", re.I)
    for name in ("ir.py", "naming.py", "spec.py", "ir_file.py", "ir_schema.json"):
        text = (ROOT / "generator" / name).read_text(encoding="utf-8")
        assert not languages.search(text), (name, languages.search(text))
