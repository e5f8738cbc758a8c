"""The hostile corpus, generated once per test run: each case's spec and cookbook written out,
`authgen generate` run on it (in an empty directory that must stay empty), and, for the cases
that generate, `authgen docs` run on the output. Shared by every test file here and by the
xdist workers (a file lock: the first worker to need a case generates it)."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from filelock import FileLock

from generator.cli import main

from .corpus import CASES, Case, build

BY_ID = {case.id: case for case in CASES}
ACCEPTED = [case.id for case in CASES if case.refused is None]
REFUSED = [case.id for case in CASES if case.refused is not None]


@dataclass(frozen=True)
class Generated:
    case: Case
    root: Path  # the case's folder: spec/, out/ (when generated), site/ (when built)
    exit_code: int
    output: str  # what `authgen generate` printed
    trap: list[str]  # what appeared in the empty directory generate ran in

    @property
    def spec(self) -> Path:
        return self.root / "spec" / "hostile.yaml"

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def site(self) -> Path:
        return self.root / "site"


def _shared_root(factory: pytest.TempPathFactory) -> Path:
    base = factory.getbasetemp()
    # under xdist each worker has its own basetemp below the run's: share the run's
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def in_empty_dir(directory: Path) -> contextlib.AbstractContextManager[None]:
    directory.mkdir(parents=True, exist_ok=True)
    assert not any(directory.iterdir())
    return contextlib.chdir(directory)


def _generate(case: Case, root: Path) -> Generated:
    spec, cookbook = build(case)
    (root / "spec").mkdir(parents=True)
    dump = {"sort_keys": False, "allow_unicode": False, "width": 1000}
    (root / "spec" / "hostile.yaml").write_text(yaml.safe_dump(spec, **dump), encoding="utf-8")
    (root / "spec" / "cookbook.yaml").write_text(yaml.safe_dump(cookbook, **dump), encoding="utf-8")
    trap = root / "trap-generate"
    with in_empty_dir(trap):
        result = CliRunner().invoke(
            main, ["generate", "--spec", str(root / "spec" / "hostile.yaml"), "--out", str(root / "out")]
        )
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    generated = Generated(case, root, result.exit_code, result.output, sorted(p.name for p in trap.iterdir()))
    (root / "generated.json").write_text(
        json.dumps({"exit_code": generated.exit_code, "output": generated.output, "trap": generated.trap}),
        encoding="utf-8",
    )
    return generated


def _load(case: Case, root: Path) -> Generated:
    data = json.loads((root / "generated.json").read_text(encoding="utf-8"))
    return Generated(case, root, data["exit_code"], data["output"], data["trap"])


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Generated]:
    """`hostile(case_id)`: that case generated (once per run, whichever worker asks first)."""
    shared = _shared_root(tmp_path_factory) / "hostile-corpus"
    shared.mkdir(exist_ok=True)

    def get(case_id: str) -> Generated:
        root = shared / case_id
        with FileLock(str(shared / f"{case_id}.lock")):
            if (root / "generated.json").is_file():
                return _load(BY_ID[case_id], root)
            return _generate(BY_ID[case_id], root)

    return get


@pytest.fixture(scope="session")
def hostile_site(
    hostile: Callable[[str], Generated],
) -> Callable[[str], tuple[Generated, int, str, list[str]]]:
    """`hostile_site(case_id)`: `authgen docs` on that case's output, once per run:
    (the case, exit code, output, what appeared in the empty directory mkdocs ran in)."""

    def get(case_id: str) -> tuple[Generated, int, str, list[str]]:
        generated = hostile(case_id)
        assert generated.exit_code == 0, generated.output
        record = generated.root / "docs.json"
        with FileLock(str(generated.root / "docs.lock")):
            if not record.is_file():
                trap = generated.root / "trap-docs"
                with in_empty_dir(trap):
                    result = CliRunner().invoke(
                        main, ["docs", "--generated", str(generated.out), "--out", str(generated.site)]
                    )
                data = {
                    "exit_code": result.exit_code,
                    "output": result.output,
                    "trap": sorted(p.name for p in trap.iterdir()),
                }
                record.write_text(json.dumps(data), encoding="utf-8")
            data = json.loads(record.read_text(encoding="utf-8"))
        return generated, data["exit_code"], data["output"], data["trap"]

    return get
