"""Writes tests/diff/fixtures/<name>/{old,new}.yaml and verdict.json from the fixture
definitions in tests/diff/families/ (one module per rule family, as generator/diff/ has):
`python tests/diff/make_fixtures.py tests/diff/fixtures` after adding one; test_diff.py checks
that the committed fixtures are exactly what this writes."""

from __future__ import annotations

import copy
import json
import shutil
import sys
from pathlib import Path

import yaml

if __package__:
    from . import families
else:  # run as a script: the families package sits next to this file
    sys.path.insert(0, str(Path(__file__).parent))
    import families  # type: ignore[no-redef]

from importlib import import_module

Fixture = families.Fixture
BASE = families.BASE
NAMES = ("operations", "security", "parameters", "bodies", "responses", "schemas", "composition", "formats",
         "nullable", "catalogue", "servers", "examples")  # fmt: skip


def fixtures() -> dict[str, Fixture]:
    out: dict[str, Fixture] = {}
    for family in (import_module(f"{families.__name__}.{name}") for name in NAMES):
        for name, item in family.FIXTURES.items():
            assert name not in out, f"two fixtures named {name}"
            out[name] = item
    return out


def write(out: Path) -> int:
    found = fixtures()
    for name, item in found.items():
        o, n = copy.deepcopy(BASE), copy.deepcopy(BASE)
        item.edit(o, n)
        d = out / name
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        for fname, doc in (("old.yaml", o), ("new.yaml", n)):
            text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110)
            (d / fname).write_text(f"# authgen diff fixture: {name} ({fname[:3]} side)\n" + text, encoding="utf-8")
        verdict = {"rules": sorted(item.rules), "verdict": item.verdict, "why": item.why}
        (d / "verdict.json").write_text(json.dumps(verdict, indent=2) + "\n", encoding="utf-8")
    return len(found)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    for stale in target.iterdir() if target.is_dir() else ():
        if stale.is_dir():
            shutil.rmtree(stale)
    print(write(target))
