"""authgen generate / check: golden copy, determinism, headers, manifest, and that a failed
run never touches the output."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import steps, writer
from generator.cli import main
from generator.targets import registry

from .conftest import GENERATED, ROOT, SPEC


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    # Headers and the manifest name the spec relative to the working directory.
    monkeypatch.chdir(ROOT)


def test_golden_generated_matches_a_fresh_run(fresh_tree: Path) -> None:
    diff = writer.diff_trees(fresh_tree, GENERATED, max_lines=40)
    assert not diff, "generated/ is stale; run `authgen generate`:\n" + "\n".join(diff)


def test_two_runs_give_identical_bytes(fresh_tree: Path, tmp_path: Path) -> None:
    again = tmp_path / "generated"
    writer.generate(SPEC, again)
    assert _snapshot(again) == _snapshot(fresh_tree)


def test_every_generated_file_has_the_header_and_no_absolute_path(fresh_tree: Path) -> None:
    for name, data in _snapshot(fresh_tree).items():
        if name == "MANIFEST.json":
            continue
        # JSON has no comments: the IR file says it in its first member instead; a PHP file's
        # first line must be `<?php`, so its header is the second
        first = data.decode().splitlines()[1 if name.endswith((".json", ".php")) else 0]
        assert "generated from spec/auth-v1.yaml by authgen, do not edit" in first, name
        assert str(ROOT) not in data.decode(), f"{name} contains an absolute path"
        assert "/tmp" not in data.decode(), name


def test_manifest_records_inputs_and_every_file_hash(fresh_tree: Path) -> None:
    manifest = json.loads((fresh_tree / "MANIFEST.json").read_text())
    files = {n: d for n, d in _snapshot(fresh_tree).items() if n != "MANIFEST.json"}
    assert manifest["files"] == {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}
    assert set(manifest["inputs"]) >= {"spec", "templates", "generator", "tools"}
    assert "openapi-python-client==0.29.1" in manifest["inputs"]["tools"]
    assert manifest["spec"] == "spec/auth-v1.yaml"


def test_check_passes_on_main_and_catches_a_hand_edit(fresh_tree: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["check"]).exit_code == 0
    tree = tmp_path / "generated"
    writer.generate(SPEC, tree)
    assert runner.invoke(main, ["check", "--out", str(tree)]).exit_code == 0
    victim = tree / "python" / "cloudbase_auth" / "_client.py"
    victim.write_text(victim.read_text().replace("def sign_in(", "def sign_in_renamed("))
    result = runner.invoke(main, ["check", "--out", str(tree)])
    assert result.exit_code == 1
    assert "edited: python/cloudbase_auth/_client.py" in result.output
    assert "-    def sign_in_renamed(" in result.output and "+    def sign_in(" in result.output
    assert f"run: authgen generate --out {tree}" in result.output


def test_check_notices_a_spec_change_and_a_deleted_file(spec_copy: Path, tmp_path: Path) -> None:
    tree = tmp_path / "out"
    writer.generate(spec_copy, tree)
    runner = CliRunner()
    args = ["check", "--spec", str(spec_copy), "--out", str(tree)]
    assert runner.invoke(main, args).exit_code == 0
    (tree / "python" / "README.md").unlink()
    result = runner.invoke(main, args)
    assert result.exit_code == 1 and "missing: out/python/README.md" in result.output
    writer.generate(spec_copy, tree)
    spec_copy.write_text(
        spec_copy.read_text().replace(
            "summary: Sign in with a password or a verification token", "summary: Log in"
        )
    )
    result = runner.invoke(main, args)
    assert result.exit_code == 1 and "Log in" in result.output


def test_lint_errors_stop_generate_and_leave_output_untouched(spec_copy: Path, tmp_path: Path) -> None:
    tree = tmp_path / "out"
    writer.generate(spec_copy, tree)
    before = _snapshot(tree)
    spec_copy.write_text(spec_copy.read_text().replace("operationId: signUp", "operationId: signIn"))
    result = CliRunner().invoke(main, ["generate", "--spec", str(spec_copy), "--out", str(tree)])
    assert result.exit_code == 1
    assert "duplicate operationId 'signIn'" in result.output
    assert "lint errors; nothing was written" in result.output
    assert "Traceback" not in result.output
    assert _snapshot(tree) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_unwritable_output_gives_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = CliRunner().invoke(main, ["generate", "--out", str(blocker / "generated")])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: cannot write")
    assert len(result.output.strip().splitlines()) == 1
    assert blocker.read_text() == "not a directory"


def test_a_target_that_cannot_be_built_in_memory_is_one_located_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over an existing tree a rebuilt target is built in a scratch folder in memory first; when
    that cannot be written (a full /dev/shm, here a file where the target's folder goes), the
    error names the scratch path, the tree is untouched and the scratch folder is gone."""
    tree = tmp_path / "out"
    # Caches of its own: this test replaces part of the generator in-process (CONTRIBUTING).
    monkeypatch.setenv("AUTHGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert CliRunner().invoke(main, ["generate", "--out", str(tree)]).exit_code == 0
    before = _snapshot(tree)
    scratch = tmp_path / "scratch"

    def blocked() -> Path:
        scratch.mkdir()
        for target in registry.load():
            (scratch / target.name).write_text("not a folder")
        return scratch

    monkeypatch.setattr(steps, "_scratch_folder", blocked)
    monkeypatch.setenv("AUTHGEN_CACHE_DIR", str(tmp_path / "fresh-cache"))  # every target builds
    result = CliRunner().invoke(main, ["generate", "--out", str(tree)])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    # Whichever target fails first (its own wording, or "cannot write"): the scratch path named.
    assert line.startswith("Error: ") and f"{scratch}/" in line and line.endswith(f"; {tree} is unchanged")
    assert _snapshot(tree) == before
    assert not scratch.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_broken_template_names_file_and_line_and_leaves_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from generator.targets.python import build as python_target

    tree = tmp_path / "out"
    writer.generate(SPEC, tree)
    before = _snapshot(tree)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    bad = templates / "python" / "_operations.py.jinja"
    bad.write_text(bad.read_text() + "\n{{ api.no_such_attribute }}\n")
    monkeypatch.setattr(python_target, "TEMPLATES", templates)
    # --no-cache: the generator is replaced in-process, so the cache's keys do not see the change
    # (CONTRIBUTING), and a Python target another test stored would be recalled instead.
    result = CliRunner().invoke(main, ["generate", "--no-cache", "--out", str(tree)])
    assert result.exit_code == 1
    assert "_operations.py.jinja:" in result.output and "no_such_attribute" in result.output
    assert "unchanged" in result.output
    assert _snapshot(tree) == before


def test_interrupted_run_leaves_output_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = tmp_path / "out"
    writer.generate(SPEC, tree)
    before = _snapshot(tree)

    def interrupted(project_dir: Path) -> None:
        raise KeyboardInterrupt

    from generator.targets.python import PythonTarget

    monkeypatch.setattr(PythonTarget, "format", lambda self, folder: interrupted(folder))
    with pytest.raises(KeyboardInterrupt):
        writer.generate(SPEC, tree)
    assert _snapshot(tree) == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "out"]
    assert leftovers == []


def test_swap_failure_restores_the_old_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = tmp_path / "out"
    writer.generate(SPEC, tree)
    before = _snapshot(tree)
    real_rename = os.rename
    calls = []

    def flaky_rename(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls.append(src)
        if len(calls) == 2:  # old tree moved away; moving the new one in fails
            raise OSError(28, "No space left on device")
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", flaky_rename)
    with pytest.raises(writer.GenerateError, match="No space left"):
        writer.generate(SPEC, tree)
    monkeypatch.setattr(os, "rename", real_rename)
    assert _snapshot(tree) == before


def test_install_artifacts_are_ignored_but_stray_files_are_not(tmp_path: Path) -> None:
    tree = tmp_path / "generated"
    writer.generate(SPEC, tree)
    for artifact in (
        "python/build/lib/x.py",
        "python/cloudbase_auth.egg-info/PKG-INFO",
        "python/.mypy_cache/c.db",
        "python/cloudbase_auth/__pycache__/_client.cpython-311.pyc",
    ):
        (tree / artifact).parent.mkdir(parents=True, exist_ok=True)
        (tree / artifact).write_text("x")
    runner = CliRunner()
    assert runner.invoke(main, ["check", "--out", str(tree)]).exit_code == 0
    assert runner.invoke(main, ["check", "--full", "--out", str(tree)]).exit_code == 0
    (tree / "python" / "cloudbase_auth" / "stray.py").write_text("x = 1\n")
    result = runner.invoke(main, ["check", "--out", str(tree)])
    assert result.exit_code == 1 and "added: python/cloudbase_auth/stray.py" in result.output


def test_an_openapi_structure_error_found_in_the_worker_still_stops_generate(
    spec_copy: Path, tmp_path: Path
) -> None:
    tree = tmp_path / "out"
    writer.generate(spec_copy, tree)
    before = _snapshot(tree)
    text = spec_copy.read_text()
    without_version, removed = re.subn(r'^  version: "[^"]+"\n', "", text, count=1, flags=re.M)
    assert removed == 1
    spec_copy.write_text(without_version)  # info.version is required by OpenAPI
    result = CliRunner().invoke(main, ["generate", "--spec", str(spec_copy), "--out", str(tree)])
    assert result.exit_code == 1, result.output
    assert 'error [openapi] "version" is a required property (at /info)' in result.output
    assert "nothing was written" in result.output
    assert _snapshot(tree) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "spec"]


@pytest.mark.parametrize("kind", ["file", "foreign-dir", "symlink"])
def test_generate_never_replaces_something_it_did_not_generate(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out"
    if kind == "file":
        out.write_text("my notes")
    elif kind == "foreign-dir":
        out.mkdir()
        (out / "thesis.tex").write_text("years of work")
    else:
        (tmp_path / "elsewhere").mkdir()
        out.symlink_to(tmp_path / "elsewhere")
    before = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = CliRunner().invoke(main, ["generate", "--out", str(out)])
    if kind == "file":  # click refuses it before generate starts
        assert result.exit_code == 2 and "is a file" in result.output
    else:
        assert result.exit_code == 1
        assert "refusing to replace it" in result.output
        assert len(result.output.strip().splitlines()) == 1
    after = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["out"] + (["elsewhere"] if kind == "symlink" else [])
    )
