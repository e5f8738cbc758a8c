"""`authgen generate` with its cache (generator/cache.py, generator/memo.py): a stale entry can
never produce different bytes, a damaged one is rebuilt, concurrent runs share one cache.

Each test works on a private copy of the project (generator/, templates/, spec/) so that it can
edit the spec and the templates, and runs the real command in a subprocess, as a user does: the
steps then run in forked workers, side by side. What a cold run writes is the oracle: the same
command with --no-cache (or AUTHGEN_NO_CACHE=1). Work is counted as cache entries written per
step, never timed.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import cache as cache_module
from generator.cli import main
from generator.targets import registry

from .conftest import ROOT

pytestmark = pytest.mark.slow

LAUNCH = "from generator.cli import run; run()"  # the `authgen` console script
# Every step that stores a result: the three lint steps, the names lint reads from the templates,
# and one per registered target (so a target added to the registry, such as Java, is counted
# without editing this list).
STEPS = (
    "validation",
    "release",
    "lint",
    "template-names",
    *(f"target-{target.name}" for target in registry.load()),
)


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("generator", "templates", "spec"):
        shutil.copytree(ROOT / folder, project / folder, ignore=ignore)
    return project


def _generate(
    project: Path, out: Path, cache: Path | None, *, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if k not in ("AUTHGEN_NO_CACHE", "PYTHONDONTWRITEBYTECODE")
    }
    args = ["generate", "--out", str(out)]
    if cache is None:
        args.append("--no-cache")
    else:
        environment["AUTHGEN_CACHE_DIR"] = str(cache)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, *args],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _generated(project: Path, out: Path, cache: Path | None, **kwargs: dict[str, str]) -> dict[str, bytes]:
    result = _generate(project, out, cache, **kwargs)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning: authgen cache" not in result.stderr, result.stderr
    return _snapshot(out)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _entries(cache: Path) -> dict[str, int]:
    """How many results each step has stored (its index files left out)."""
    return {step: len(list((cache / "v1" / step).glob("*.entry"))) for step in STEPS}


def _differs(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def test_a_changed_input_is_never_answered_from_the_cache(tmp_path: Path) -> None:
    project = _project(tmp_path)
    cache = tmp_path / "cache"
    docs_page = project / "templates" / "docs" / "index.md.jinja"
    spec = project / "spec" / "auth-v1.yaml"

    # --no-cache writes the oracle and leaves the cache alone
    cold = _generated(project, tmp_path / "cold", None, env={"AUTHGEN_CACHE_DIR": str(cache)})
    assert not cache.exists()

    # an empty cache: every step runs once and is stored; the bytes are the cold run's
    assert _generated(project, tmp_path / "first", cache) == cold
    assert _entries(cache) == dict.fromkeys(STEPS, 1)

    # nothing changed: every step is recalled (nothing new stored), the same bytes, even over
    # a tree whose files were edited by hand (unchanged files of the old tree are reused)
    first = tmp_path / "first"
    (first / "python" / "README.md").write_text("edited by hand\n")
    (first / "ir.json").write_text("{}\n")
    (first / "go" / "client.go").unlink()
    assert _generated(project, first, cache) == cold
    assert _entries(cache) == dict.fromkeys(STEPS, 1)

    # one docs template changed: only the docs target runs again, and writes what a cold run writes
    original_page = docs_page.read_text(encoding="utf-8")
    docs_page.write_text(original_page + "\nA line added to the docs index.\n", encoding="utf-8")
    edited = _generated(project, tmp_path / "edited", cache)
    assert edited == _generated(project, tmp_path / "edited-cold", None)
    assert _differs(edited, cold) == ["MANIFEST.json", "docs/docs/index.md"]
    assert _entries(cache) == {**dict.fromkeys(STEPS, 1), "target-docs": 2}
    # the same over the existing tree, whose docs were edited by hand: the rebuilt target is
    # built aside and put in place file by file, the hand edits never carried over
    (first / "docs" / "docs" / "index.md").write_text("edited by hand\n")
    (first / "docs" / "mkdocs.yml").unlink()
    assert _generated(project, first, cache) == edited

    # back to the original template: the first docs entry is found again
    docs_page.write_text(original_page, encoding="utf-8")
    assert _generated(project, tmp_path / "reverted", cache) == cold
    assert _entries(cache) == {**dict.fromkeys(STEPS, 1), "target-docs": 2}

    # a template error in a worker (an empty cache: every target renders, side by side): one
    # located line, the output untouched, nothing of the failed target stored
    broken = project / "templates" / "python" / "_operations.py.jinja"
    original_module = broken.read_text(encoding="utf-8")
    broken.write_text(original_module + "\n{{ api.no_such_attribute }}\n", encoding="utf-8")
    result = _generate(project, tmp_path / "reverted", tmp_path / "broken-cache")
    assert result.returncode == 1
    assert "_operations.py.jinja:" in result.stderr and "no_such_attribute" in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(tmp_path / "reverted") == cold
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".reverted")], "staging left behind"
    assert _entries(tmp_path / "broken-cache")["target-python"] == 0
    broken.write_text(original_module, encoding="utf-8")

    # the spec changed: every key changes, so every step runs again; the bytes are a cold run's
    text = spec.read_text(encoding="utf-8")
    assert "summary: Sign in with a password or a verification token" in text
    spec.write_text(
        text.replace("summary: Sign in with a password or a verification token", "summary: Log in")
    )
    changed = _generated(project, tmp_path / "changed", cache)
    unused = tmp_path / "unused-cache"
    assert changed == _generated(project, tmp_path / "changed-cold", unused, env={"AUTHGEN_NO_CACHE": "1"})
    assert not unused.exists()
    assert changed != cold and any(b"Log in" in data for data in changed.values())
    assert _entries(cache) == {**dict.fromkeys(STEPS, 2), "target-docs": 3}


def _kept_models(cache: Path) -> list[Path]:
    """The openapi-python-client projects the python target kept (`compiled.kept_models`)."""
    return sorted((cache / "v1" / "jinja").glob("*/*.models"))


def test_a_client_template_edit_runs_neither_lint_nor_openapi_python_client_again(tmp_path: Path) -> None:
    """A line added to a Python client template rebuilds the python target from the kept
    openapi-python-client project and recalls lint (whose key holds the names it reads from the
    templates, not the files); a template edit that changes such a name lints again and is
    refused; a damaged kept project is made again. Each run writes what a cold run writes."""
    project = _project(tmp_path)
    cache = tmp_path / "cache"
    _generated(project, tmp_path / "first", cache)
    assert len(_kept_models(cache)) == 1

    module = project / "templates" / "python" / "_operations.py.jinja"
    module.write_text(module.read_text(encoding="utf-8") + "# A line added to a client template.\n")
    edited = _generated(project, tmp_path / "edited", cache)
    assert edited == _generated(project, tmp_path / "edited-cold", None)
    assert any(b"A line added to a client template." in data for data in edited.values())
    assert _entries(cache) == {**dict.fromkeys(STEPS, 1), "target-python": 2, "template-names": 2}
    assert len(_kept_models(cache)) == 1  # openapi-python-client did not run again

    # a kept project damaged (torn): made again, the same bytes
    (kept,) = _kept_models(cache)
    kept.write_bytes(kept.read_bytes()[:1000])
    module.write_text(module.read_text(encoding="utf-8") + "# And another.\n")
    again = _generated(project, tmp_path / "again", cache)
    assert again == _generated(project, tmp_path / "again-cold", None)
    assert cache_module.decode_entry(kept.read_bytes()) is not None  # kept again, whole

    # a model's description changed in the spec: openapi-python-client runs again (a second
    # kept project) and the models say what the spec now says
    spec = project / "spec" / "auth-v1.yaml"
    text = spec.read_text(encoding="utf-8")
    assert text.count("description: A human-readable explanation.") == 2
    spec.write_text(text.replace("A human-readable explanation.", "What went wrong, for people."))
    described = _generated(project, tmp_path / "described", cache)
    assert described == _generated(project, tmp_path / "described-cold", None)
    assert b"What went wrong, for people." in described["python/cloudbase_auth/models/error.py"]
    assert len(_kept_models(cache)) == 2
    spec.write_text(text, encoding="utf-8")

    # the runtime gains a method named like an operation's: the names changed, lint runs again
    # and refuses the spec, nothing is written
    base = project / "templates" / "python" / "runtime" / "_base.py"
    text = base.read_text(encoding="utf-8")
    assert "class SyncAPIClient(" in text
    base.write_text(
        re.sub(
            r"(?m)^(class SyncAPIClient\(.*\):\n)",
            r"\1    def sign_in_anonymously(self) -> None:\n        pass\n\n",
            text,
            count=1,
        ),
        encoding="utf-8",
    )
    refused = _generate(project, tmp_path / "refused", cache)
    assert refused.returncode == 1
    assert "signInAnonymously" in refused.stderr and "sign_in_anonymously" in refused.stderr
    assert not (tmp_path / "refused").exists()


def test_a_broken_template_lint_reads_names_from_is_one_located_line(tmp_path: Path) -> None:
    """The names lint reads from the client's templates are read before lint, in a step of their
    own: a template broken there is still the template's located error, never a traceback."""
    project = _project(tmp_path)
    client = project / "templates" / "python" / "_client.py.jinja"
    lines = client.read_text(encoding="utf-8").count("\n")
    client.write_text(client.read_text(encoding="utf-8") + "{% if %}\n", encoding="utf-8")
    result = _generate(project, tmp_path / "out", tmp_path / "cache")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"_client.py.jinja:{lines + 1}: cannot read the generated client's names" in result.stderr
    assert not (tmp_path / "out").exists()


def test_damaged_entries_are_ignored_with_a_warning_and_rebuilt(tmp_path: Path) -> None:
    project = _project(tmp_path)
    cache = tmp_path / "cache"
    cold = _generated(project, tmp_path / "cold", cache)
    entries = sorted((cache / "v1").glob("*/*.entry"))
    assert len(entries) == 2 * len(STEPS)  # a result and an index per step
    results = [entry for entry in entries if not entry.parent.name.endswith(".index")]
    for number, entry in enumerate(results):
        data = entry.read_bytes()
        if number % 3 == 0:
            damaged = data[: len(data) // 2]  # a torn write
        elif number % 3 == 1:  # one letter's case flipped in the middle: still valid JSON
            middle = next(i for i in range(len(data) // 2, len(data)) if chr(data[i]).isalpha())
            damaged = data[:middle] + bytes([data[middle] ^ 0x20]) + data[middle + 1 :]
        else:
            damaged = b"\0" * 16  # another program's bytes
        entry.write_bytes(damaged)
    (index, *_) = (entry for entry in entries if entry.parent.name.endswith(".index"))
    index.write_bytes(index.read_bytes()[:-3])  # and one index, torn
    result = _generate(project, tmp_path / "damaged", cache)
    assert result.returncode == 0, result.stderr
    assert _snapshot(tmp_path / "damaged") == cold
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: authgen cache")]
    assert warnings and all("damaged entry" in line and "rebuilt" in line for line in warnings)
    # rebuilt: the next run finds every step, quietly
    assert _generated(project, tmp_path / "after", cache) == cold
    assert _entries(cache) == dict.fromkeys(STEPS, 1)


def test_two_concurrent_runs_with_one_cache_both_succeed_with_the_same_bytes(tmp_path: Path) -> None:
    project = _project(tmp_path)
    cache = tmp_path / "cache"
    environment = {
        k: v for k, v in os.environ.items() if k not in ("AUTHGEN_NO_CACHE", "PYTHONDONTWRITEBYTECODE")
    }
    environment["AUTHGEN_CACHE_DIR"] = str(cache)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", LAUNCH, "generate", "--out", str(tmp_path / name)],
            cwd=project,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("one", "two")
    ]
    for run in runs:
        stdout, stderr = run.communicate(timeout=600)
        assert run.returncode == 0, stdout + stderr
        assert "warning" not in stderr, stderr
    one = _snapshot(tmp_path / "one")
    assert one == _snapshot(tmp_path / "two")
    # what they stored together is whole: a third run recalls every step and writes the same
    assert _generated(project, tmp_path / "three", cache) == one
    assert _entries(cache) == dict.fromkeys(STEPS, 1)
    assert not list(cache.rglob("*.tmp")), "a temporary file was left in the cache"


def test_compiled_templates_that_are_damaged_or_stale_never_change_the_bytes(tmp_path: Path) -> None:
    """Jinja's compiled templates are kept with the cache (templating.CompiledTemplates): one
    torn, altered, foreign or holding another template's code is compiled again, never used;
    the pruning of older generators' folders never touches a folder it did not make."""
    project = _project(tmp_path)
    cache = tmp_path / "cache"
    cold = _generated(project, tmp_path / "cold", None)
    assert _generated(project, tmp_path / "first", cache) == cold
    folders = [p for p in (cache / "v1" / "jinja").iterdir()]
    assert len(folders) == 1
    compiled = sorted(folders[0].glob("*.code"))
    assert len(compiled) > 20  # every template of every target (openapi-python-client's aside)
    for entry in compiled:  # each one whole: the SHA-256 of the code, then the code
        head, _, body = entry.read_bytes().partition(b"\n")
        assert head.decode() == hashlib.sha256(body).hexdigest()

    first, second = compiled[0].read_bytes(), compiled[1].read_bytes()
    compiled[0].write_bytes(second)  # another template's code, whole, under this one's name
    compiled[1].write_bytes(first)
    compiled[2].write_bytes(compiled[2].read_bytes()[:-40])  # torn
    data = compiled[3].read_bytes()
    compiled[3].write_bytes(data[:-9] + bytes([data[-9] ^ 0x01]) + data[-8:])  # one bit flipped
    compiled[4].write_bytes(b"\0" * 64)  # another program's bytes
    # Folders next to them: a user's own, and five older generators' (only the newest stay).
    own = cache / "v1" / "jinja" / "my-notes"
    own.mkdir()
    (own / "keep.txt").write_text("mine\n")
    older = []
    for number in range(5):
        folder = cache / "v1" / "jinja" / f"{number:032x}"
        folder.mkdir()
        (folder / "old.code").write_bytes(b"")
        os.utime(folder, (1_000_000 + number, 1_000_000 + number))
        older.append(folder)
    for step in STEPS:  # every target renders again, reading the compiled templates
        shutil.rmtree(cache / "v1" / step)
        shutil.rmtree(cache / "v1" / f"{step}.index")

    assert _generated(project, tmp_path / "again", cache) == cold
    assert (own / "keep.txt").read_text() == "mine\n"
    assert [f.exists() for f in older] == [False, False, False, True, True]  # 3 kept, ours included
    for entry in compiled[:5]:  # compiled again and replaced
        head, _, body = entry.read_bytes().partition(b"\n")
        assert head.decode() == hashlib.sha256(body).hexdigest()
    assert compiled[0].read_bytes() == first and compiled[1].read_bytes() == second


def _compiled_entries(cache: Path) -> dict[str, tuple[int, int, bytes]]:
    return {
        p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in (cache / "v1" / "jinja").rglob("*.code")
    }


def test_the_templates_compiled_as_generate_starts_are_the_ones_its_targets_run(tmp_path: Path) -> None:
    """`generate` forks a worker that compiles every template while the run starts
    (generator/precompile.py). Run alone first, it compiles each template once, and a run after
    it writes no compiled template and rewrites none: a template it compiled in an environment
    unlike its target's would be compiled again, under another name."""
    project = _project(tmp_path)
    cache = tmp_path / "cache"
    compiled = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, pathlib, generator.precompile as p; print(p.compile_all(pathlib.Path(sys.argv[1])))",
            str(cache / "v1"),
        ],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    templates = [
        p for folder in (project / "templates").iterdir() if folder.is_dir() for p in folder.glob("*.jinja")
    ]
    assert int(compiled.stdout) == len(templates) > 40
    before = _compiled_entries(cache)
    assert len(before) == len(templates)

    _generated(project, tmp_path / "out", cache)
    after = _compiled_entries(cache)
    assert {name: after[name] for name in before} == before
    # What the run added is openapi-python-client's templates (kept as ours are), none of ours.
    ours = {_jinja_key(template.name, str(template.resolve())) for template in templates}
    added = {name.split("-", 1)[1].removesuffix(".code") for name in after.keys() - before.keys()}
    assert len(added) > 10 and not added & ours

    # The python target built again (its result forgotten) compiles none of them again.
    shutil.rmtree(cache / "v1" / "target-python")
    shutil.rmtree(cache / "v1" / "target-python.index")
    _generated(project, tmp_path / "again", cache)
    assert _compiled_entries(cache) == after


def _jinja_key(name: str, filename: str) -> str:
    """jinja's key of a template in a bytecode cache (`BytecodeCache.get_cache_key`)."""
    return hashlib.sha1(f"{name}|{filename}".encode()).hexdigest()


# Four generate runs (the changed-input and damaged-entry tests run by default): `nox -s full`.
@pytest.mark.full
def test_the_release_guard_is_remembered_for_each_allow_breaking(tmp_path: Path) -> None:
    """A refusal recalled for --allow-breaking (or the allowance for a plain run) would be a
    stale answer: the flag is part of the guard's key. (The CLI in this process, with the test
    process's own cache.)"""
    spec_dir = tmp_path / "spec"
    (spec_dir / "released").mkdir(parents=True)
    shutil.copy(ROOT / "spec" / "cookbook.yaml", spec_dir)
    text = (ROOT / "spec" / "auth-v1.yaml").read_text(encoding="utf-8")
    text = re.sub(r'^  version: "[^"]+"$', '  version: "1.0.0"', text, count=1, flags=re.M)
    (spec_dir / "released" / "1.0.0.yaml").write_text(text, encoding="utf-8")
    request = "    SignInRequest:\n      type: object\n"
    assert request in text
    spec = spec_dir / "auth-v1.yaml"
    spec.write_text(text.replace(request, request + "      required: [username]\n"), encoding="utf-8")
    args = ["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]
    for run in range(2):
        refused = CliRunner().invoke(main, args)
        assert refused.exit_code == 1 and "refusing to generate: 1 breaking change(s)" in refused.stderr, run
        assert not (tmp_path / "out").exists()
        allowed = CliRunner().invoke(main, [*args, "--allow-breaking"])
        assert allowed.exit_code == 0, allowed.output
        assert "warning: --allow-breaking: 1 breaking change(s)" in allowed.stderr
        shutil.rmtree(tmp_path / "out")
