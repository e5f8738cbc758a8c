"""The parts of generate's cache, each on its own: the store (generator/cache.py), what a step
is seen to read (generator/depends.py), when an entry may be reused (generator/memo.py), and
the order of the targets (generator/workers.py). The whole, on the real spec, is test_cache.py."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator import depends, workers
from generator.cache import Cache
from generator.compiled import compiled_templates
from generator.memo import Memo, NotReplayable, pack, unpack

from .conftest import ROOT

# --- the store -------------------------------------------------------------------------------


def test_an_entry_reads_back_as_it_was_stored(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    value = {"problems": [["spec.yaml", 3, "/info", "warning", "rule", "ünïcode"]], "n": None}
    store.store("lint", "k1", value)
    assert store.load("lint", "k1") == value
    assert store.load("lint", "other") is None
    assert store.load("validation", "k1") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),
        lambda data: data.replace(b"authgen-cache", b"authgen-cachf"),
        lambda data: b"",
        lambda data: data.replace(b"problems", b"Problems"),  # still JSON, another value
    ],
    ids=["torn", "flipped-bit", "foreign-header", "empty", "altered-value"],
)
def test_a_damaged_entry_is_ignored_once_with_a_warning_and_removed(
    tmp_path: Path, damage: object, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Cache(tmp_path)
    store.store("lint", "k", {"problems": [1, 2, 3]})
    (entry,) = (tmp_path / "v1" / "lint").glob("*.entry")
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    assert store.load("lint", "k") is None
    assert not entry.exists()
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("warning: authgen cache: ignoring a damaged entry")
    store.store("lint", "k", {"problems": [1, 2, 3]})  # rebuilt
    assert store.load("lint", "k") == {"problems": [1, 2, 3]}


def test_a_cache_that_cannot_be_written_warns_once_and_steps_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = Cache(blocker / "cache")
    store.store("lint", "a", 1)
    store.store("lint", "b", 2)
    assert store.load("lint", "a") is None
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "not caching in this run" in err[0]
    assert blocker.read_text() == "not a folder"


def test_each_kind_keeps_its_most_recently_used_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 3)
    store = Cache(tmp_path)
    for number in range(3):
        store.store("target-docs", f"k{number}", number)
        os.utime(tmp_path / "v1" / "target-docs" / f"k{number}.entry", (1000 + number, 1000 + number))
    assert store.load("target-docs", "k0") == 0  # used: now the most recent
    store.store("target-docs", "k3", 3)
    kept = sorted(p.stem for p in (tmp_path / "v1" / "target-docs").glob("*.entry"))
    assert kept == ["k0", "k2", "k3"]


def test_concurrent_writers_of_one_entry_never_show_a_reader_part_of_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Cache(tmp_path)
    value = {"files": {f"f{i}.txt": "x" * 5000 for i in range(50)}}
    seen: list[object] = []

    def write() -> None:
        for _ in range(20):
            Cache(tmp_path).store("target-go", "same", value)

    def read() -> None:
        for _ in range(200):
            seen.append(Cache(tmp_path).load("target-go", "same"))

    threads = [threading.Thread(target=write) for _ in range(3)] + [threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(found in (None, value) for found in seen)
    assert capsys.readouterr().err == ""  # no reader ever met a partly written entry
    assert store.load("target-go", "same") == value
    assert not list((tmp_path / "v1" / "target-go").glob("*.tmp"))


def test_the_environment_chooses_the_folder_or_no_cache(tmp_path: Path) -> None:
    assert Cache.from_environment({"AUTHGEN_CACHE_DIR": str(tmp_path)}) == Cache(tmp_path)
    assert Cache.from_environment({"AUTHGEN_CACHE_DIR": str(tmp_path), "AUTHGEN_NO_CACHE": "1"}) is None
    assert Cache.from_environment({"AUTHGEN_CACHE_DIR": str(tmp_path), "AUTHGEN_NO_CACHE": "0"}) is not None
    default = Cache.from_environment({"XDG_CACHE_HOME": str(tmp_path / "xdg")})
    assert default is not None and default.root.name == "authgen"


def test_the_tests_never_use_the_users_cache() -> None:
    """tests/conftest.py gives each test process an empty cache of its own in the temporary
    folder; every authgen command a test runs (in process or as a subprocess, which inherits
    the environment) uses it, never ~/.cache/authgen."""
    chosen = Cache.from_environment()
    assert chosen is not None and chosen.root != cache_module.default_dir()
    assert Path(tempfile.gettempdir()).resolve() in chosen.root.resolve().parents
    assert chosen.root.name.startswith("authgen-test-cache-") and chosen.root.is_dir()


# --- what a step read, and when its result may be reused --------------------------------------


def _memo(tmp_path: Path, spec: Path, templates: Path) -> Memo:
    fingerprint = {"spec": "s", "generator": "g", "tools": "t"}
    return Memo(Cache(tmp_path / "cache"), spec, fingerprint, (spec,), templates)


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path, Path]:
    spec = tmp_path / "spec" / "auth.yaml"
    spec.parent.mkdir()
    spec.write_text("openapi: 3.1.0\n")
    templates = tmp_path / "templates"
    (templates / "docs").mkdir(parents=True)
    (templates / "go").mkdir()
    (templates / "docs" / "page.jinja").write_text("page v1\n")
    (templates / "go" / "file.jinja").write_text("go\n")
    other = tmp_path / "elsewhere.txt"
    other.write_text("one\n")
    return spec, templates, other


def _step(memo: Memo, key: str, work: object, outputs: tuple[Path, ...] = ()) -> object:
    value, record = depends.observe(work, outputs)  # type: ignore[arg-type]
    memo.remember("step", key, record, value)
    return value


def test_a_result_is_recalled_only_while_what_it_read_is_unchanged(
    tmp_path: Path, layout: tuple[Path, Path, Path]
) -> None:
    spec, templates, other = layout
    memo = _memo(tmp_path, spec, templates)
    key = memo.key("step")

    def work() -> str:
        return (templates / "docs" / "page.jinja").read_text() + other.read_text()

    assert _step(memo, key, work) == "page v1\none\n"
    assert _memo(tmp_path, spec, templates).recall("step", key) == "page v1\none\n"
    # the template folder it read: any file of it, even one it did not open, counts
    (templates / "docs" / "new.jinja").write_text("x")
    assert _memo(tmp_path, spec, templates).recall("step", key) is None
    (templates / "docs" / "new.jinja").unlink()
    # a template folder it never read does not
    (templates / "go" / "file.jinja").write_text("go v2\n")
    assert _memo(tmp_path, spec, templates).recall("step", key) == "page v1\none\n"
    # a file outside the templates, by its own bytes
    other.write_text("two\n")
    assert _memo(tmp_path, spec, templates).recall("step", key) is None
    assert _step(_memo(tmp_path, spec, templates), key, work) == "page v1\ntwo\n"
    # both versions are kept: going back finds the first
    other.write_text("one\n")
    assert _memo(tmp_path, spec, templates).recall("step", key) == "page v1\none\n"


def test_the_key_holds_the_spec_and_the_options(tmp_path: Path, layout: tuple[Path, Path, Path]) -> None:
    spec, templates, _other = layout
    memo = _memo(tmp_path, spec, templates)
    assert memo.key("release", guard=True) != memo.key("release", guard=False)
    assert memo.key("lint") != memo.key("validation")
    changed = Memo(memo.cache, spec, {"spec": "s2", "generator": "g", "tools": "t"}, (spec,), templates)
    assert changed.key("lint") != memo.key("lint")


def test_a_step_that_writes_outside_its_output_or_reads_a_file_changed_meanwhile_is_not_stored(
    tmp_path: Path, layout: tuple[Path, Path, Path]
) -> None:
    spec, templates, other = layout
    memo = _memo(tmp_path, spec, templates)
    out = tmp_path / "out"
    out.mkdir()

    def writes_inside() -> int:
        (out / "file").write_text("fine")
        return 1

    def writes_outside() -> int:
        (tmp_path / "side-effect").write_text("not replayable")
        return 2

    def its_input_changes_meanwhile() -> int:
        other.read_text()
        editor = threading.Thread(target=other.write_text, args=("changed while the step ran\n",))
        editor.start()  # another writer (another thread is not the step)
        editor.join()
        return 3

    assert _step(memo, memo.key("inside"), writes_inside, (out,)) == 1
    assert memo.recall("step", memo.key("inside")) == 1
    assert _step(memo, memo.key("outside"), writes_outside, (out,)) == 2
    assert memo.recall("step", memo.key("outside")) is None
    assert _step(memo, memo.key("meanwhile"), its_input_changes_meanwhile, (out,)) == 3
    assert memo.recall("step", memo.key("meanwhile")) is None


def test_reads_memoised_by_an_earlier_step_are_seen_again(
    tmp_path: Path, layout: tuple[Path, Path, Path]
) -> None:
    """lint's functools caches read the client's templates once per process; a recorded step
    must still see those reads, or its entry would outlive a template edit."""
    from generator import lint
    from generator.templating import TEMPLATES

    spec, _templates, _other = layout
    lint.client_runtime_names()  # memoised now, before the recording
    _value, record = depends.observe(lint.client_runtime_names)
    assert ["tree", "python"] in _memo(tmp_path, spec, TEMPLATES).dependencies(record)


def test_a_folder_round_trips_through_its_packed_form(tmp_path: Path) -> None:
    folder = tmp_path / "target"
    (folder / "sub" / "empty").mkdir(parents=True)
    (folder / "sub" / "text.md").write_text("héllo\n")
    (folder / "bytes.bin").write_bytes(bytes(range(256)))
    packed = pack(folder)
    assert unpack(packed, tmp_path / "copy")
    copy = tmp_path / "copy"
    assert sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*")) == [
        "bytes.bin",
        "sub",
        "sub/empty",
        "sub/text.md",
    ]
    assert (copy / "bytes.bin").read_bytes() == bytes(range(256))
    assert pack(tmp_path / "absent") == {"absent": True}
    with pytest.raises(NotReplayable):
        unpack({"dirs": [], "files": {"../escape": "x"}}, tmp_path / "evil")
    os.symlink(folder / "bytes.bin", folder / "link")
    with pytest.raises(NotReplayable):
        pack(folder)


def test_a_file_of_the_old_tree_is_reused_only_when_it_holds_exactly_the_bytes(tmp_path: Path) -> None:
    from generator.memo import place

    old = tmp_path / "old"
    old.write_bytes(b"generated\n")
    place(tmp_path / "same", b"generated\n", old)
    assert (tmp_path / "same").read_bytes() == b"generated\n"
    assert os.path.samefile(tmp_path / "same", old)  # linked, not written
    old.write_bytes(b"edited by hand\n")  # the other link changes with it: hence nlink == 1 only
    place(tmp_path / "edited", b"generated\n", old)
    assert (tmp_path / "edited").read_bytes() == b"generated\n"
    fresh = tmp_path / "fresh"
    fresh.write_bytes(b"generated\n")
    fresh.chmod(0o755)
    place(tmp_path / "executable", b"generated\n", fresh)
    assert not os.path.samefile(tmp_path / "executable", fresh)
    place(tmp_path / "missing", b"generated\n", tmp_path / "nothing-here")
    assert (tmp_path / "missing").read_bytes() == b"generated\n"


# --- the order of the targets ----------------------------------------------------------------


def test_a_target_that_names_others_in_after_runs_once_they_are_done() -> None:
    ran: list[str] = []
    stored: list[tuple[str, str]] = []

    def work(name: str) -> str:
        ran.append(name)
        return name.upper()

    workers.run_all(
        ["docs", "python", "cookbook", "go"],
        {"docs": ("cookbook", "python"), "cookbook": ("go",)},
        work,
        lambda name, value: stored.append((name, value)),
        workers=0,
    )
    assert ran.index("docs") > max(ran.index("cookbook"), ran.index("python"))
    assert ran.index("cookbook") > ran.index("go")
    assert sorted(stored) == [("cookbook", "COOKBOOK"), ("docs", "DOCS"), ("go", "GO"), ("python", "PYTHON")]
    with pytest.raises(ValueError, match="cycle"):
        workers.run_all(["a", "b"], {"a": ("b",), "b": ("a",)}, work, lambda n, v: None, workers=0)


POOL_SCRIPT = """
import json, os, sys, time
from generator import workers
log = sys.argv[1]

def work(name):
    with open(log, "a") as f:
        f.write(f"start {name} {os.getpid()}\\n")
    time.sleep(0.2 if name == "slow" else 0.01)
    with open(log, "a") as f:
        f.write(f"end {name}\\n")
    if name == "broken":
        raise KeyError(name)
    return name.upper()

stored = []
names = sys.argv[2].split(",")
try:
    workers.run_all(names, {"docs": ("slow", "go"), "cookbook": ("docs",)}, work,
                    lambda n, v: stored.append([n, v, os.getpid()]), workers=2)
    print(json.dumps({"stored": stored, "parent": os.getpid()}))
except KeyError as exc:
    print(json.dumps({"error": str(exc), "stored": stored}))
"""


def _pool(tmp_path: Path, names: str) -> tuple[dict[str, object], list[str]]:
    import json
    import subprocess
    import sys

    log = tmp_path / "log"
    log.write_text("")
    result = subprocess.run(
        [sys.executable, "-c", POOL_SCRIPT, str(log), names],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), log.read_text().splitlines()


def test_the_pool_runs_in_worker_processes_in_an_order_after_allows(tmp_path: Path) -> None:
    answer, log = _pool(tmp_path, "slow,docs,go,cookbook,php")
    stored = answer["stored"]
    assert isinstance(stored, list)
    assert sorted(n for n, _v, _pid in stored) == ["cookbook", "docs", "go", "php", "slow"]
    assert all(v == n.upper() and pid == answer["parent"] for n, v, pid in stored)  # done() here
    starts = {line.split()[1]: line.split()[2] for line in log if line.startswith("start")}
    assert len(set(starts.values())) == 2 and answer["parent"] not in {int(p) for p in starts.values()}
    position = {line: index for index, line in enumerate(log)}
    assert position[f"start docs {starts['docs']}"] > max(position["end slow"], position["end go"])
    assert position[f"start cookbook {starts['cookbook']}"] > position["end docs"]


def test_a_failure_in_a_worker_stops_the_pool_and_is_raised_here(tmp_path: Path) -> None:
    answer, log = _pool(tmp_path, "broken,slow,docs,go,cookbook")
    assert answer["error"] == "'broken'"
    assert not any(line.startswith("start cookbook") for line in log)  # after docs, never started


def test_a_job_here_returns_or_raises_what_the_call_did() -> None:
    assert workers.Job.here(functools.partial(int, "42")).result() == 42
    with pytest.raises(ValueError):
        workers.Job.here(functools.partial(int, "x")).result()


def test_compiled_templates_are_no_step_output_only_while_the_run_keeps_them(tmp_path: Path) -> None:
    """Inside `compiled_templates(folder)` a step writing jinja's code there stays reusable (a
    cache of code, like __pycache__); once the run is over, a write there is a write again."""
    folder = tmp_path / ("0" * 32)
    output = tmp_path / "out"

    def writes() -> None:
        folder.mkdir(exist_ok=True)
        (folder / "x.code").write_bytes(b"code")

    with compiled_templates(folder):
        assert depends.observe(writes, outputs=(output,))[1].reusable
    assert not depends.observe(writes, outputs=(output,))[1].reusable


def test_one_template_compiled_by_two_kinds_of_environment_renders_as_each_would(tmp_path: Path) -> None:
    """The same template file, compiled for code (no escaping) and for Markdown (autoescape, a
    finalize, other filters), is other code: with one folder of compiled templates, neither
    environment may run the code the other compiled."""
    from generator.templating import environment, markdown_environment, render

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "t.jinja").write_text("{{ value }}|{{ value | tojson_compact }}\n")
    value = "<b>*a*</b> `x`"
    as_code = render(environment(templates), "t.jinja", value=value)
    as_markdown = render(markdown_environment(templates), "t.jinja", value=value)
    assert as_code != as_markdown  # the case this test is about
    for first, second in ((environment, markdown_environment), (markdown_environment, environment)):
        with compiled_templates(tmp_path / "compiled" / first.__name__):
            render(first(templates), "t.jinja", value=value)
            again = {environment: as_code, markdown_environment: as_markdown}
            assert render(second(templates), "t.jinja", value=value) == again[second]
            assert render(first(templates), "t.jinja", value=value) == again[first]
        assert len(list((tmp_path / "compiled" / first.__name__).glob("*.code"))) == 2


def test_a_filter_missing_when_a_template_was_compiled_is_called_as_it_asks(tmp_path: Path) -> None:
    """jinja compiles the call of a filter it does not know (inside an `{% if %}`) without the
    context a `pass_context` filter asks for: an environment that has the filter must not run
    that code."""
    import jinja2

    from generator.templating import environment, render

    @jinja2.pass_context
    def shout(context: jinja2.runtime.Context, word: str) -> str:
        return f"{word.upper()} {context['mark']}"

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "t.jinja").write_text("{% if shout %}{{ word | shout }}{% else %}{{ word }}{% endif %}\n")
    with compiled_templates(tmp_path / "compiled"):
        assert render(environment(templates), "t.jinja", word="hi", shout=False) == "hi"
        loud = environment(templates)
        loud.filters["shout"] = shout
        assert render(loud, "t.jinja", word="hi", shout=True, mark="!") == "HI !"


def test_the_template_precompiler_steps_aside_when_no_process_can_be_forked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import precompile

    def no_fork(work: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(workers, "cpus", lambda: 2)
    monkeypatch.setattr(workers, "can_fork", lambda: True)
    monkeypatch.setattr(workers.Job, "fork", no_fork)
    assert precompile.start(tmp_path / "cache") is None
    assert not (tmp_path / "cache").exists()


STALLED_PRECOMPILER = """
import os, pathlib, sys, time
from generator import precompile, workers
cache, writing = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def stalled(source, target):  # the rename that ends write_atomically, never reached
    writing.write_text(source)
    time.sleep(60)
os.replace = stalled
workers.cpus = lambda: 2
job = precompile.start(cache)
while not writing.exists():
    time.sleep(0.01)
job.cancel()
print("stopped")
"""


def test_a_precompiler_stopped_while_it_writes_leaves_no_temporary_file(tmp_path: Path) -> None:
    """`generate` stops the template worker (SIGTERM) when it ends first; one stopped between
    writing an entry's temporary file and renaming it into place removes that file."""
    writing = tmp_path / "writing"
    done = subprocess.run(
        [sys.executable, "-c", STALLED_PRECOMPILER, str(tmp_path / "cache"), str(writing)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and done.stdout == "stopped\n", done.stderr
    assert Path(writing.read_text()).name.endswith(".tmp")  # it was caught mid-write
    assert not Path(writing.read_text()).exists()
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_kept_projects_round_trip_and_only_the_newest_few_stay(tmp_path: Path) -> None:
    """`compiled.keep_folder`/`recall_folder` (openapi-python-client's project per spec): a
    kept folder comes back as it was, a damaged or altered entry comes back as nothing at all
    (the caller makes the folder), and a folder keeps only the KEPT_MODELS most recently used
    entries."""
    from generator import compiled

    project = tmp_path / "project"
    (project / "pkg" / "models").mkdir(parents=True)
    (project / "pkg" / "models" / "a.py").write_text("A = 1\n")
    (project / "pyproject.toml").write_text("[project]\n")
    with compiled_templates(tmp_path / "code"):
        entries = [compiled.kept_models({"spec": n}) for n in range(compiled.KEPT_MODELS + 2)]
        assert all(entry is not None for entry in entries)
        assert compiled.kept_models({"200": 1}) != compiled.kept_models({200: 1})
    for age, entry in enumerate(entries):
        assert entry is not None
        compiled.keep_folder(entry, project)
        os.utime(entry, (1_000_000 + age, 1_000_000 + age))  # each newer than the one before
    compiled.keep_folder(entries[-1], project)  # pruning runs as an entry is kept
    kept = sorted((tmp_path / "code").glob("*.models"))
    assert len(kept) == compiled.KEPT_MODELS and entries[0] not in kept and entries[1] not in kept

    newest = entries[-1]
    assert newest is not None
    assert compiled.recall_folder(newest, tmp_path / "back")
    assert pack(tmp_path / "back") == pack(project)

    whole = newest.read_bytes()
    newest.write_bytes(whole.replace(b"A = 1", b"a = 1"))  # one letter's case: still valid JSON
    assert not compiled.recall_folder(newest, tmp_path / "flipped")
    assert not (tmp_path / "flipped").exists()
    newest.write_bytes(whole.replace(b"models/a.py", b"../../a.py"))  # climbs out
    assert not compiled.recall_folder(newest, tmp_path / "climbing")
    assert not (tmp_path / "climbing").exists() and not (tmp_path / "a.py").exists()
    newest.write_bytes(b"{")  # torn
    assert not compiled.recall_folder(newest, tmp_path / "torn")
    assert not (tmp_path / "torn").exists()
    assert compiled.kept_models({"spec": 0}) is None  # no folder of compiled code: nothing kept
