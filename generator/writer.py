"""Write `generated/` safely and reproducibly; tell whether it is up to date.

`generate` reads like a table of contents: lint, build the IR, render every target into a
staging directory next to the output, format, stamp headers, write the manifest, swap.
Nothing touches the output directory until the very last step, so a failed run leaves it
byte-identical.

It is fast in two ways (`generator/steps.py`): the slow steps run side by side in worker
processes (the OpenAPI validation and the release comparison from the start, then the targets,
one worker per CPU), and with a cache (`generator/cache.py`, `generator/memo.py`) their results
are remembered across runs, keyed by everything they read, so a run after a template edit
renders only the target that reads it.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import steps, workers
from .cache import Cache
from .compiled import compiled_templates, folder_for
from .cookbook import Scenario, cookbook_path, load_cookbook
from .freshness import (
    MANIFEST,
    fast_check,
    file_hashes,
    fingerprinted_spec_files,
    generated_files,
    input_fingerprint,
    is_current,
)
from .ir import Api, build_api
from .ir_file import dumps, ir_document
from .loader import Loaded, load_yaml
from .memo import Memo, place
from .problems import Problem, SpecError, has_errors
from .targets import BuildContext, Target, registry

IR_FILE = "ir.json"
HEADER_TEXT = "generated from {spec} by authgen, do not edit"


class GenerateError(Exception):
    """generate could not produce output; `problems` has the located reasons when it is the spec."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []

    def __reduce__(self) -> tuple[Any, ...]:  # whole, problems included, from a worker process
        return (type(self), (str(self), self.problems))


@dataclass(frozen=True)
class Inputs:
    spec_path: Path
    spec_label: str  # how the header and manifest name the spec: no absolute paths
    doc: dict[str, Any]
    api: Api
    problems: list[Problem]


def spec_label(spec_path: Path) -> str:
    try:
        return Path(os.path.relpath(spec_path.resolve(), Path.cwd())).as_posix()
    except ValueError:
        return spec_path.name


@dataclass(frozen=True)
class Linted:
    """A spec read and linted (with the cookbook next to it): what `lint` reports and what
    `generate` builds from. `api` is None when the spec has errors (nothing to build from)."""

    loaded: Loaded | None
    api: Api | None
    scenarios: tuple[Scenario, ...]
    problems: list[Problem]


Lint = Callable[[Loaded], list[Problem]]


def lint_spec(loaded: Loaded, *, structure: bool = True) -> list[Problem]:
    """generator.lint's, imported when a run lints (a run that recalls lint from the cache does
    not import jsonschema and the lint rules at all)."""
    from .lint import lint_spec as lint

    return lint(loaded, structure=structure)


def load_and_lint(spec_path: Path, *, structure: bool = True, lint: Lint | None = None) -> Linted:
    """Load, lint, and (when that finds no error) build the IR and lint the cookbook.
    structure=False: the caller runs `structure_problems` itself. `lint` replaces `lint_spec`
    (generate's recalls it from the cache)."""
    try:
        loaded = load_yaml(spec_path)
    except SpecError as exc:
        return Linted(None, None, (), [exc.problem])
    problems = lint(loaded) if lint is not None else lint_spec(loaded, structure=structure)
    if has_errors(problems):
        return Linted(loaded, None, (), problems)
    api = build_api(loaded.data)
    scenarios, cookbook_problems = cookbook_problems_for(spec_path, api)
    return Linted(loaded, api, scenarios, problems + cookbook_problems)


def load_inputs(spec_path: Path, *, structure: bool = True) -> Inputs:
    """load_and_lint, raising GenerateError on any error; the IR gets the build's extras."""
    return inputs_from(spec_path, load_and_lint(spec_path, structure=structure))


def inputs_from(spec_path: Path, linted: Linted, changelog: Callable[[], str] | None = None) -> Inputs:
    """The Inputs of a linted spec, GenerateError on any error. `changelog` gives the package
    changelog (default: `release.changelog`, computed now)."""
    if linted.loaded is None:
        raise GenerateError("the spec cannot be loaded", linted.problems)
    if linted.api is None:
        raise GenerateError("the spec has lint errors; nothing was written", linted.problems)
    if has_errors(linted.problems):
        raise GenerateError("the cookbook has lint errors; nothing was written", linted.problems)
    label = spec_label(spec_path)
    if label.startswith(".."):
        label = spec_path.name
    from . import release  # imports the diff and jsonschema: only when this run needs them

    api = linted.api
    api.extras["scenarios"] = linted.scenarios
    if changelog is None:
        api.extras.update(release.extras(spec_path, linted.loaded.data))  # package_version, changelog
    else:  # release.extras, with the changelog from generate's release step
        version = str((linted.loaded.data.get("info") or {}).get("version", ""))
        api.extras.update({"package_version": release.package_version(version), "changelog": changelog()})
    return Inputs(spec_path, label, linted.loaded.data, api, linted.problems)


def cookbook_problems_for(spec_path: Path, api: Api) -> tuple[tuple[Scenario, ...], list[Problem]]:
    """The scenarios of the cookbook next to the spec (none when there is no cookbook)."""
    path = cookbook_path(spec_path)
    if not path.exists():
        return (), []
    return load_cookbook(path, api)


# --- the pipeline --------------------------------------------------------------------------


def build_context(inputs: Inputs, out_dir: Path, targets: tuple[Target, ...] | None = None) -> BuildContext:
    """What every target builds from: the IR (as objects and as data) and the cookbook."""
    header = HEADER_TEXT.format(spec=inputs.spec_label)
    return BuildContext(
        api=inputs.api,
        ir=ir_document(inputs.api, header),
        out_dir=out_dir,
        header=header,
        scenarios=inputs.api.extras.get("scenarios", ()),
        targets=registry.load() if targets is None else targets,
        spec_path=inputs.spec_path,
        spec_doc=inputs.doc,
    )


def render_tree(
    inputs: Inputs,
    staging: Path,
    targets: tuple[Target, ...] | None = None,
    plan: steps.Plan | None = None,
    fingerprint: dict[str, str] | None = None,
    reuse: Path | None = None,
) -> None:
    """Render the IR file and every registered target into `staging` (existing and empty):
    side by side, and recalled from the cache when `plan` has one. `reuse`: the generated tree
    this one replaces, whose identical files are linked rather than written (`memo.place`)."""
    context = build_context(inputs, staging, targets)
    header = context.header

    def write_ir() -> None:
        place(
            staging / IR_FILE, dumps(context.ir).encode("utf-8"), None if reuse is None else reuse / IR_FILE
        )

    def finish(target: Target, folder: Path) -> None:
        target.format(folder)
        _stamp_headers(folder, target.comment_styles, header)

    known = steps.render_targets(plan or steps.Plan(inputs.spec_path, None), context, finish, write_ir, reuse)
    if fingerprint is None:
        fingerprint = input_fingerprint(inputs.spec_path, context.targets)
    _write_manifest(staging, inputs, fingerprint, known)


def generate(
    spec_path: Path,
    out_dir: Path,
    *,
    cache: Cache | None = None,
    guard: bool = False,
    allow_breaking: bool = False,
    warn: Callable[[str], None] | None = None,
) -> Inputs:
    """Lint, build and render `spec_path` into `out_dir`, replacing it in one step.

    cache: remember validation, lint, the release comparison and each target across runs
    (None: compute everything). guard: refuse a breaking change since the newest released spec
    without a major version bump (`allow_breaking` lets it through with a warning); the guard's
    warnings go to `warn`.
    """
    # A run makes millions of objects and frees few of them until it ends: the cyclic collector
    # only walked the growing heap again and again (about 0.1 s of CPU in a cold run, measured).
    with workers.without_cycle_collection():
        return _generate(spec_path, out_dir, cache, guard, allow_breaking, warn)


def _generate(
    spec_path: Path,
    out_dir: Path,
    cache: Cache | None,
    guard: bool,
    allow_breaking: bool,
    warn: Callable[[str], None] | None,
) -> Inputs:
    try:
        # Parsed here, once: lint and the workers forked below find it parsed (`load_yaml` keeps
        # it by the file's bytes). A spec that cannot be read is its located line, not an error
        # about writing (the fingerprint below reads the file too).
        load_yaml(spec_path)
    except SpecError as exc:
        raise GenerateError("the spec cannot be loaded", [exc.problem]) from None
    targets = registry.load()
    fingerprint = input_fingerprint(spec_path, targets)  # the manifest's, and the cache keys'
    memo = None if cache is None else Memo(cache, spec_path, fingerprint, fingerprinted_spec_files(spec_path))
    # Compiled templates are kept with the cache (templating.CompiledTemplates): a warm run
    # compiles only the templates that changed.
    code = None if memo is None or cache is None else folder_for(cache.folder, memo.code_key())
    with compiled_templates(code):
        plan = steps.Plan(spec_path, memo)
        # The two slow steps that need only the spec files start first, in workers; this process
        # lints the rest meanwhile. The output is replaced only once everything answered with no error.
        structure = steps.validation(plan)
        compared = steps.release_outcome(plan, guard=guard, allow_breaking=allow_breaking)
        staging: Path | None = None
        try:
            try:
                cached_lint = None if memo is None else (lambda loaded: steps.lint(plan, loaded))
                linted = load_and_lint(spec_path, structure=False, lint=cached_lint)
                outcome = compared.result()
                for line in outcome.warnings:
                    (warn or _stderr)(line)
                # The guard speaks only about a spec that lints clean (else the problems say more).
                if (
                    outcome.refusal is not None
                    and linted.api is not None
                    and not has_errors(structure.result())
                ):
                    raise RefusedError(f"refusing to generate: {outcome.refusal}")
                inputs = inputs_from(spec_path, linted, lambda: outcome.changelog)
                staging = _staging_dir(out_dir)
            except RefusedError:
                raise
            except GenerateError as exc:
                raise GenerateError(str(exc), _merged(exc.problems, structure.result())) from None
            try:
                reuse = out_dir if memo is not None and (out_dir / MANIFEST).is_file() else None
                render_tree(inputs, staging, targets, plan, fingerprint, reuse)
            except Exception:
                _raise_if_errors(structure.result())  # a broken document, not a broken generator
                raise
            _raise_if_errors(structure.result(), inputs.problems)
            _swap(staging, out_dir.resolve())
        finally:
            structure.cancel()
            compared.cancel()
            if staging is not None and staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        return inputs


class RefusedError(GenerateError):
    """The release guard refuses: a breaking change without a major version bump."""


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


def _merged(problems: list[Problem], more: list[Problem]) -> list[Problem]:
    return sorted(set(problems) | set(more), key=lambda p: (p.file, p.line, p.pointer, p.rule, p.message))


def _raise_if_errors(structure: list[Problem], others: list[Problem] | None = None) -> None:
    if has_errors(structure):
        raise GenerateError("the spec has lint errors; nothing was written", _merged(others or [], structure))
    if others is not None:
        others.extend(structure)  # warnings, shown after writing


def _check_replaceable(out_dir: Path) -> None:
    """generate replaces --out as a whole: only ever a generated tree (or nothing)."""
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise GenerateError(f"{out_dir} exists and is not a directory; refusing to replace it")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MANIFEST).is_file():
        raise GenerateError(
            f"{out_dir} is not empty and has no {MANIFEST}: not a generated tree, refusing to replace it"
        )


def _staging_dir(out_dir: Path) -> Path:
    _check_replaceable(out_dir)
    parent = out_dir.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=parent))
    except OSError as exc:
        raise GenerateError(f"cannot write next to {out_dir}: {exc.strerror}") from None


def _swap(staging: Path, out_dir: Path) -> None:
    """Replace out_dir with staging: two renames on one filesystem, rolled back on failure."""
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    had_old = out_dir.exists()
    try:
        if had_old:
            os.rename(out_dir, old)
        os.rename(staging, out_dir)
    except OSError as exc:
        if had_old and old.exists() and not out_dir.exists():
            os.rename(old, out_dir)
        raise GenerateError(f"cannot replace {out_dir}: {exc.strerror}") from None
    if had_old:
        shutil.rmtree(old, ignore_errors=True)


def _stamp_headers(root: Path, styles: Mapping[str, str], text: str) -> None:
    """Put the one-line header, in the file kind's comment style, on top of every file that
    does not start with it (a file kind without a style, such as JSON, carries none)."""
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        style = styles.get(path.suffix or path.name)
        if style is None:
            continue
        header = style.format(text)
        content = path.read_text(encoding="utf-8")
        if not content.startswith(header):
            path.write_text(header + "\n" + content, encoding="utf-8")


def _write_manifest(
    root: Path, inputs: Inputs, fingerprint: dict[str, str], known: Mapping[str, str] | None = None
) -> None:
    """`known`: hashes of files whose bytes were in memory when they were written (the cache's)."""
    manifest = {
        "generated_by": "authgen generate: do not edit anything in this directory",
        "spec": inputs.spec_label,
        "inputs": fingerprint,
        "files": file_hashes(root, known or {}),
    }
    (root / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# --- check ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    report: str  # what differs, for humans; "" when ok


def check(spec_path: Path, out_dir: Path, *, full: bool = False, max_diff_lines: int = 60) -> CheckResult:
    """Is out_dir exactly what generate would write now?

    Fast path: when the manifest's input fingerprint equals the current one and every file
    still has its recorded hash, generation is deterministic, so the answer is yes without
    regenerating. Otherwise (or with full=True) regenerate into a temporary directory and diff.
    """
    manifest, edits = fast_check(spec_path, out_dir)
    if manifest is None and edits:  # the manifest itself is broken
        return CheckResult(False, edits[0])
    if not full and is_current(spec_path, manifest, edits):
        return CheckResult(True, "")
    inputs = load_inputs(spec_path)  # the slow path: lint, build, render, diff
    with tempfile.TemporaryDirectory(prefix="authgen-check-") as tmp:
        fresh = Path(tmp) / "generated"
        fresh.mkdir()
        render_tree(inputs, fresh)
        diff = diff_trees(fresh, out_dir, max_diff_lines)
    if not diff:
        return CheckResult(True, "")
    return CheckResult(False, "\n".join(edits + diff))


def diff_trees(expected: Path, actual: Path, max_lines: int) -> list[str]:
    exp = {p.relative_to(expected).as_posix(): p for p in generated_files(expected)}
    act = {p.relative_to(actual).as_posix(): p for p in generated_files(actual)} if actual.is_dir() else {}
    lines: list[str] = []
    for name in sorted(exp.keys() - act.keys()):
        lines.append(f"missing: {actual.name}/{name}")
    for name in sorted(act.keys() - exp.keys()):
        lines.append(f"unexpected: {actual.name}/{name}")
    # The manifest last: its hash lines would otherwise fill the diff before the real changes.
    for name in sorted(exp.keys() & act.keys(), key=lambda n: (n == MANIFEST, n)):
        a, b = exp[name].read_bytes(), act[name].read_bytes()
        if a == b:
            continue
        try:
            diff = difflib.unified_diff(
                b.decode().splitlines(),
                a.decode().splitlines(),
                f"{actual.name}/{name}",
                f"expected/{name}",
                lineterm="",
                n=1,
            )
            lines.extend(diff)
        except UnicodeDecodeError:
            lines.append(f"differs (binary): {actual.name}/{name}")
    if len(lines) > max_lines:
        lines = [*lines[:max_lines], f"... ({len(lines) - max_lines} more lines)"]
    return lines
