"""The slow steps of `authgen generate`, each recalled from the cache or run (in a worker
process when that lets it overlap with the rest):

- `validation`: the OpenAPI 3.1 structure validation (openapi-spec-validator), the slowest
  lint step, which needs only the spec file: a worker from the start;
- `release`: the comparison with the newest released spec (the guard against an unannounced
  breaking change, and the package changelog): a worker from the start;
- `lint`: the rest of lint (examples, the project's rules, the generated names), here;
- `render_targets`: every target into the staging folder, side by side on the CPUs.

A `Plan` holds what they share: the spec, the cache's keys (`generator/memo.py`, None without a
cache) and how work may run in parallel (`generator/workers.py`).
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from . import lint_templates, workers
from .depends import Recording, observe
from .loader import Loaded
from .memo import Memo, NotReplayable, pack, packed_hashes, reuse_identical, unpack
from .problems import Level, Problem
from .targets import BuildContext, Target

T = TypeVar("T")


@dataclass(frozen=True)
class Plan:
    spec_path: Path
    memo: Memo | None  # None: no cache
    fork: bool = field(default_factory=lambda: workers.can_fork())
    cpus: int = field(default_factory=lambda: workers.cpus())


class Pending(Generic[T]):
    """A step's value: recalled, or being computed by a job; stored once it is known."""

    def __init__(
        self,
        job: workers.Job[tuple[T, Recording | None]],
        store: Callable[[T, Recording], None] | None = None,
    ) -> None:
        self._job, self._store = job, store

    def result(self) -> T:
        value, record = self._job.result()
        if self._store is not None and record is not None:
            store, self._store = self._store, None
            store(value, record)
        return value

    def cancel(self) -> None:
        self._job.cancel()


def _recalled(value: T) -> Pending[T]:
    return Pending(workers.Job.here(lambda: (value, None)))


# --- problems as JSON ------------------------------------------------------------------------


def encode_problems(problems: list[Problem]) -> list[list[Any]]:
    return [[p.file, p.line, p.pointer, p.level.value, p.rule, p.message] for p in problems]


def decode_problems(value: Any) -> list[Problem] | None:
    try:
        return [Problem(str(f), int(n), str(ptr), Level(lv), str(r), str(m)) for f, n, ptr, lv, r, m in value]
    except (TypeError, ValueError):
        return None


# --- validation ------------------------------------------------------------------------------


def structure_problems(spec_path: str) -> list[Problem]:
    # generator.lint imports jsonschema and the lint rules: only in a run that validates
    from .lint import structure_problems as validate

    return validate(spec_path)


def observed_structure_problems(spec_path: str) -> tuple[list[Problem], Recording]:
    """`structure_problems` and what it read: module-level, so a spawned process can run it."""
    return observe(lambda: structure_problems(spec_path))


def validation(plan: Plan) -> Pending[list[Problem]]:
    spec = str(plan.spec_path)
    memo = plan.memo
    if memo is None:
        if plan.fork:
            return Pending(workers.Job.fork(lambda: (structure_problems(spec), None)))
        return Pending(workers.Job.spawn(_unobserved_structure_problems, spec))
    key = memo.key("validation")
    recalled = decode_problems(memo.recall("validation", key))
    if recalled is not None:
        return _recalled(recalled)

    def store(problems: list[Problem], record: Recording) -> None:
        memo.remember("validation", key, record, encode_problems(problems))

    if plan.fork:
        _import_before_forking("generator.lint")
        return Pending(workers.Job.fork(lambda: observed_structure_problems(spec)), store)
    return Pending(workers.Job.spawn(observed_structure_problems, spec), store)


def _import_before_forking(module: str) -> None:
    """Import here what a forked worker is about to import and this process imports later
    anyway (lint's rules, the diff): once, shared, instead of once in each process."""
    importlib.import_module(module)


def _unobserved_structure_problems(spec_path: str) -> tuple[list[Problem], None]:
    return structure_problems(spec_path), None


# --- release comparison ----------------------------------------------------------------------


@dataclass(frozen=True)
class ReleaseOutcome:
    """What `generate` needs from the released specs: the guard's verdict (warnings to show, or
    why it refuses) and the package changelog."""

    warnings: tuple[str, ...]
    refusal: str | None
    changelog: str

    def encode(self) -> dict[str, Any]:
        return {"warnings": list(self.warnings), "refusal": self.refusal, "changelog": self.changelog}

    @classmethod
    def decode(cls, value: Any) -> ReleaseOutcome | None:
        if not isinstance(value, dict):
            return None
        warnings, refusal, changelog = value.get("warnings"), value.get("refusal"), value.get("changelog")
        if (
            not isinstance(warnings, list)
            or not all(isinstance(w, str) for w in warnings)
            or not (refusal is None or isinstance(refusal, str))
            or not isinstance(changelog, str)
        ):
            return None
        return cls(tuple(warnings), refusal, changelog)


def compare_with_released(spec_path: Path, *, guard: bool, allow_breaking: bool) -> ReleaseOutcome:
    from . import release  # the diff: only in a run that compares

    warnings: tuple[str, ...] = ()
    refusal = None
    if guard:
        try:
            warnings = tuple(release.verdict(spec_path, allow_breaking=allow_breaking).warnings)
        except release.ReleaseError as exc:
            refusal = str(exc)
    return ReleaseOutcome(warnings, refusal, release.changelog(spec_path))


def release_outcome(plan: Plan, *, guard: bool, allow_breaking: bool) -> Pending[ReleaseOutcome]:
    def compute() -> ReleaseOutcome:
        return compare_with_released(plan.spec_path, guard=guard, allow_breaking=allow_breaking)

    parallel = plan.fork and plan.cpus > 1
    memo = plan.memo
    if memo is None:
        job = workers.Job.fork if parallel else workers.Job.here
        return Pending(job(lambda: (compute(), None)))
    key = memo.key("release", guard=guard, allow_breaking=allow_breaking)
    recalled = ReleaseOutcome.decode(memo.recall("release", key))
    if recalled is not None:
        return _recalled(recalled)

    def store(outcome: ReleaseOutcome, record: Recording) -> None:
        memo.remember("release", key, record, outcome.encode())

    def observed() -> tuple[ReleaseOutcome, Recording | None]:
        return observe(compute)

    if parallel:
        _import_before_forking("generator.release")
    return Pending((workers.Job.fork if parallel else workers.Job.here)(observed), store)


# --- lint ------------------------------------------------------------------------------------


def lint(plan: Plan, loaded: Loaded) -> list[Problem]:
    """lint_spec without the structure validation (the `validation` step's), recalled or run here."""
    memo = plan.memo
    if memo is None:
        return _lint_spec()(loaded, structure=False)
    # Lint depends on the names it reads from the templates, not on the template files: a
    # comment added to a client template must not run it again (see lint_templates).
    try:
        names = template_names(memo)
    except Exception:  # such a template is broken: lint reads it itself, and says where
        return _lint_spec()(loaded, structure=False)
    key = memo.key("lint", template_names=names.plain())
    recalled = decode_problems(memo.recall("lint", key))
    if recalled is not None:
        return recalled
    lint_spec = _lint_spec()
    with lint_templates.given(names):
        problems, record = observe(lambda: lint_spec(loaded, structure=False))
    memo.remember("lint", key, record, encode_problems(problems))
    return problems


def template_names(memo: Memo) -> lint_templates.TemplateNames:
    """The names lint reads from the templates (`lint_templates`), recalled while the templates
    they were read from are unchanged, else read again."""
    key = memo.key("template-names")
    recalled = lint_templates.TemplateNames.from_plain(memo.recall("template-names", key))
    if recalled is not None:
        return recalled
    names, record = observe(lint_templates.read)
    memo.remember("template-names", key, record, names.plain())
    return names


def _lint_spec() -> Callable[..., list[Problem]]:
    from .lint import lint_spec  # jsonschema and the rules: imported only by a run that lints

    return lint_spec


# --- targets ---------------------------------------------------------------------------------


def render_targets(
    plan: Plan,
    context: BuildContext,
    finish: Callable[[Target, Path], None],
    meanwhile: Callable[[], None] = lambda: None,
    reuse: Path | None = None,
) -> dict[str, str]:
    """Every target of `context` into its folder of the staging directory: unpacked from the
    cache, or built, then `finish`ed (formatted, headers stamped), on up to one worker process
    per CPU, while this process unpacks the others and does `meanwhile`. Returns the SHA-256 of
    the files it knows without reading them back (those it unpacked or stored), by their path
    below the staging directory. `reuse`: the tree being replaced, whose files identical to
    the new ones are linked instead of written (`memo.place`).

    A target builds from the BuildContext alone (the IR, the scenarios, the other targets'
    snippet writers, all computed from the IR), never from another target's output, so the
    targets run in any order and side by side. One that does read another's folder says so
    with an `after` attribute (a tuple of target names): it then starts once those are done.
    An optional `build_cost` (seconds of a cold build, relative) puts the costly ones first.
    """
    memo = plan.memo
    by_name = {target.name: target for target in context.targets}
    keys: dict[str, str] = {}
    recalled: dict[str, Any] = {}
    missing: list[str] = []
    hashes: dict[str, str] = {}
    for target in context.targets:
        if memo is not None:
            keys[target.name] = memo.key(f"target-{target.name}", header=context.header, folder=target.folder)
            value = memo.recall(f"target-{target.name}", keys[target.name])
            if value is not None:
                recalled[target.name] = value
                continue
        missing.append(target.name)

    def unpack_recalled() -> None:
        for name, value in recalled.items():
            folder = by_name[name].folder
            written = _unpacked(value, context.out_dir / folder, None if reuse is None else reuse / folder)
            if written is None:  # not a folder after all: built after the others
                late.append(name)
            else:
                hashes.update({f"{folder}/{file}": digest for file, digest in written.items()})
        meanwhile()

    # With a tree to replace, a target builds in a scratch folder in memory (`_scratch_folder`) and
    # only then goes into the staging folder, each file identical to the old tree's linked to it
    # (`memo.place`): a file written and deleted again on a disk mounted with online discard
    # costs milliseconds, and most files of a rebuilt target are unchanged.
    scratch = _scratch_folder() if memo is not None and reuse is not None else None

    def build_root(name: str) -> BuildContext:
        if scratch is None or getattr(by_name[name], "after", None):  # reads others: in staging
            return context
        return replace(context, out_dir=scratch / name)

    def build(name: str) -> Recording | None:
        target = by_name[name]
        built_in = build_root(name)
        folder = built_in.out_dir / target.folder

        def work() -> None:
            target.build(built_in)
            if folder.is_dir():
                finish(target, folder)

        if memo is None:
            work()
            return None
        # Its own folder is its output; a read anywhere else in the staging directory (another
        # target's folder) becomes a dependency on a path that is gone by the next run, so such
        # a target is simply never recalled.
        return observe(work, outputs=(folder,))[1]

    def built(name: str, record: Recording | None) -> None:
        target = by_name[name]
        source = build_root(name).out_dir / target.folder
        staged = context.out_dir / target.folder
        if memo is None:
            return
        try:
            packed = pack(source)
        except NotReplayable:
            _move(source, staged)
            return
        if record is not None:
            memo.remember(f"target-{name}", keys[name], record, packed)
        if source != staged:
            if _unpacked(packed, staged, None if reuse is None else reuse / target.folder) is None:
                _move(source, staged)
                return
            shutil.rmtree(source.parent, ignore_errors=True)
        elif reuse is not None:
            reuse_identical(staged, packed, reuse / target.folder)
        hashes.update({f"{target.folder}/{file}": digest for file, digest in packed_hashes(packed).items()})

    late: list[str] = []
    # The costliest first (a target's `build_cost`, its share of a cold run's CPU), so the long
    # ones are not left for last: with the registry's order one worker rendered the cookbook
    # and the docs one after the other while the other, done with the Python client, waited.
    missing.sort(key=lambda name: -build_cost(by_name[name]))
    after = {name: tuple(getattr(by_name[name], "after", ())) for name in missing}
    # One worker even for a single target: this process unpacks the rest meanwhile.
    parallel = plan.fork and plan.cpus > 1 and bool(missing)
    size = min(plan.cpus, len(missing)) if parallel else 0
    try:
        workers.run_all(missing, after, build, built, workers=size, meanwhile=unpack_recalled)
        if late:
            workers.run_all(late, {}, build, built, workers=0)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return hashes


def build_cost(target: Target) -> float:
    """How long the target takes to build, relative to the others (an optional attribute)."""
    cost = getattr(target, "build_cost", 1.0)
    return float(cost) if isinstance(cost, (int, float)) else 1.0


def _scratch_folder() -> Path | None:
    """A private folder in memory (Linux's /dev/shm) for building targets, or None."""
    root = Path("/dev/shm")
    if not (root.is_dir() and os.access(root, os.W_OK | os.X_OK)):
        return None
    try:
        return Path(tempfile.mkdtemp(prefix="authgen-targets-", dir=root))
    except OSError:
        return None


def _move(source: Path, staged: Path) -> None:
    """A built folder into the staging folder as it is (links, executable bits and all)."""
    if source != staged and source.exists():
        _remove(staged)
        shutil.copytree(source, staged, symlinks=True)


def _unpacked(value: Any, folder: Path, reuse: Path | None) -> dict[str, str] | None:
    """Put a recalled target folder in place: the SHA-256 of each file it wrote, or None (and
    nothing left behind) when it cannot be."""
    try:
        if unpack(value, folder, reuse):
            return packed_hashes(value)
    except (NotReplayable, OSError, ValueError):
        pass
    _remove(folder)
    return None


def _remove(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
