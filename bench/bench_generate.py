"""Generator benchmarks (issue 27, item 1), measured side by side in one run (ratios, not
absolute numbers), all on today's spec:

- bare `openapi-python-client generate` of the spec, with its ruff post hooks: the yardstick;
- `authgen generate` before (the generator of --before-ref, the commit this work started from);
- `authgen generate` now, cold: an empty cache (target <= 1.2x bare);
- `authgen generate` now, warm: the spec unchanged, one template changed since the last run
  (target <= 0.5x bare, for a docs page and for a Python client module, which lint reads too);
- `authgen generate` now with nothing changed, and with --no-cache (for scale);
- `authgen check` on an up-to-date tree (target <= 0.2 s), next to `python -c pass`.

Each generator runs from a private copy of the project (generator/, templates/, spec/) in a
temporary folder, compiled to bytecode first (as `pip install` does; under
PYTHONDONTWRITEBYTECODE=1 the runs would otherwise time the compiler), launched the same way
(`generator.cli.run()`, what the `authgen` console script runs; `main()` for a generator
that has no `run`). A warm run appends a new line to the
template first, so the target that reads it never finds it in the cache. Every command runs in
a fresh process; the commands are interleaved and the order flips every round, so that the
machine's drifting load hits all of them alike.

`--profile` also times each step of one cold run in this process, one after another.

Run: `nox -s bench` or `python bench/bench_generate.py [--rounds N] [--write] [--profile]`
(--write replaces the "## Generator" section's first measurement in BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
BEFORE_REF = "41c2736"  # main when issue 27's generator work started
LAUNCH = "import generator.cli as cli; getattr(cli, 'run', cli.main)()"
DOCS_TEMPLATE = "templates/docs/index.md.jinja"
PYTHON_TEMPLATE = "templates/python/_operations.py.jinja"
# The bare generator's post hooks (ruff) must find the same ruff as ours; no run may touch the
# user's cache.
ENV = {
    **{k: v for k, v in os.environ.items() if k not in ("AUTHGEN_NO_CACHE", "AUTHGEN_CACHE_DIR")},
    "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
}

CPU: dict[str, list[float]] = {}  # command -> CPU seconds (user + system) of each run


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # waited-for children and their children
    return usage.ru_utime + usage.ru_stime


def run(name: str, cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    """Wall seconds of one run; its CPU seconds (every process it waited for: workers, ruff)
    go to CPU[name]. CPU time hardly moves with the machine's load; wall time does."""
    cpu = cpu_seconds()
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env or ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    CPU.setdefault(name, []).append(cpu_seconds() - cpu)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(cmd)}\n{result.stderr[-2000:]}")
    return elapsed


def project_copy(target: Path, ref: str | None) -> Path:
    """generator/, templates/ and spec/ of the working tree (ref None) or of a commit, compiled."""
    target.mkdir(parents=True)
    if ref is None:
        for folder in ("generator", "templates", "spec"):
            shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        archive = subprocess.run(
            ["git", "archive", ref, "generator", "templates", "spec"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    compileall.compile_dir(str(target / "generator"), quiet=1)
    return target


class Touch:
    """Appends a new line to a template before each run: a change no cache entry has seen."""

    def __init__(self, path: Path) -> None:
        self.path, self.count = path, 0
        self.original = path.read_text(encoding="utf-8")

    def __call__(self) -> None:
        self.count += 1
        marker = "# bench edit" if self.path.name.endswith(".py.jinja") else "Bench edit"  # a line of output
        self.path.write_text(f"{self.original}\n{marker} {self.count}\n", encoding="utf-8")

    def restore(self) -> None:
        self.path.write_text(self.original, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--before-ref", default=BEFORE_REF, help="the generator to compare with ('' to skip)")
    parser.add_argument("--profile", action="store_true", help="also time each step of one cold run")
    parser.add_argument("--write", action="store_true", help="write the results into BENCHMARKS.md")
    options, _ = parser.parse_known_args()  # `nox -s bench -- ...` passes every script the same options
    loads = [os.getloadavg()]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        now = project_copy(tmp / "now", None)
        spec = now / "spec" / "auth-v1.yaml"
        ours = [sys.executable, "-c", LAUNCH, "generate"]
        warm_cache = tmp / "warm-cache"
        cached = {**ENV, "AUTHGEN_CACHE_DIR": str(warm_cache)}
        docs, python = Touch(now / DOCS_TEMPLATE), Touch(now / PYTHON_TEMPLATE)
        subprocess.run(
            [*ours, "--out", str(tmp / "warm")], cwd=now, env=cached, check=True, capture_output=True
        )
        fresh_caches = iter(range(10_000))

        def cold_env() -> dict[str, str]:
            return {**ENV, "AUTHGEN_CACHE_DIR": str(tmp / f"cold-cache-{next(fresh_caches)}")}

        bare = [str(BIN / "openapi-python-client"), "generate", "--path", str(spec)]
        bare += ["--output-path", str(tmp / "bare"), "--overwrite"]
        commands: dict[str, Callable[[], float]] = {
            "bare": lambda: run("bare", bare, tmp),
            "cold": lambda: run("cold", [*ours, "--out", str(tmp / "cold")], now, cold_env()),
            "no-cache": lambda: run("no-cache", [*ours, "--no-cache", "--out", str(tmp / "nocache")], now),
            "warm docs": lambda: (docs(), run("warm docs", [*ours, "--out", str(tmp / "warm")], now, cached))[
                1
            ],
            "warm python": lambda: (
                python(),
                run("warm python", [*ours, "--out", str(tmp / "warm")], now, cached),
            )[1],
            "unchanged": lambda: run("unchanged", [*ours, "--out", str(tmp / "warm")], now, cached),
        }
        if options.before_ref:
            before = project_copy(tmp / "before", options.before_ref)
            # cold too: a generator that has a cache must not find it filled by the round before
            commands["before"] = lambda: run(
                "before", [*ours, "--out", str(tmp / "before-out")], before, cold_env()
            )
        samples: dict[str, list[float]] = {name: [] for name in commands}
        try:
            for index in range(options.rounds):
                order = list(commands) if index % 2 == 0 else list(reversed(commands))
                for name in order:
                    samples[name].append(commands[name]())
        finally:
            docs.restore()
            python.restore()
        subprocess.run(
            [*ours, "--out", str(tmp / "warm")], cwd=now, env=cached, check=True, capture_output=True
        )
        checks = {
            "check": ([sys.executable, "-c", LAUNCH, "check", "--out", str(tmp / "warm")], now),
            "pass": ([sys.executable, "-c", "pass"], now),
        }
        if options.before_ref:
            checks["check before"] = (
                [sys.executable, "-c", LAUNCH, "check", "--out", str(tmp / "before-out")],
                before,
            )
        for name in checks:
            samples[name] = []
        for index in range(options.rounds):
            order = list(checks) if index % 2 == 0 else list(reversed(checks))
            for name in order:
                command, cwd = checks[name]
                samples[name].append(run(name, command, cwd))
        profile = step_profile(now) if options.profile else []
    loads.append(os.getloadavg())
    section = render(samples, options, loads, profile)
    print(section)
    if options.write:
        write_section(section)


def step_profile(project: Path) -> list[tuple[str, float]]:
    """CPU seconds of each step of one cold, uncached run, one after another, in a fresh process."""
    script = r"""
import json, sys, tempfile, time
from pathlib import Path
marks = []
clock = time.process_time()
def lap(name):
    global clock
    now = time.process_time()
    marks.append((name, now - clock))
    clock = now
from generator import release, writer
from generator.freshness import input_fingerprint
from generator.lint import lint_spec, structure_problems
from generator.loader import load_yaml
from generator.targets import registry
spec = Path("spec/auth-v1.yaml")
targets = registry.load()
lap("imports (the CLI, the writer, the targets)")
structure_problems(str(spec)); lap("OpenAPI 3.1 validation (its imports included)")
release.verdict(spec); release.changelog(spec); lap("release comparison: guard and changelog")
loaded = load_yaml(spec); lap("load the spec")
import openapi_python_client.strings; lap("import openapi-python-client (lint's naming rules)")
lint_spec(loaded, structure=False); lap("lint: examples, project rules, names")
linted = writer.load_and_lint(spec, lint=lambda _l: [])
inputs = writer.inputs_from(spec, linted, lambda: ""); lap("IR and cookbook lint")
staging = Path(tempfile.mkdtemp())
context = writer.build_context(inputs, staging, targets)
(staging / "ir.json").write_text(writer.dumps(context.ir)); lap("IR file")
for target in targets:
    target.build(context)
    folder = staging / target.folder
    if folder.is_dir():
        target.format(folder)
        writer._stamp_headers(folder, target.comment_styles, context.header)
    lap(f"target {target.name} (build, format, headers)")
writer._write_manifest(staging, inputs, input_fingerprint(spec, targets)); lap("manifest")
print(json.dumps(marks))
"""
    cpu = cpu_seconds()
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=project, env=ENV, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(f"profile failed:\n{result.stderr[-2000:]}")
    import json

    marks = [(str(name), float(seconds)) for name, seconds in json.loads(result.stdout.splitlines()[-1])]
    children = cpu_seconds() - cpu - sum(seconds for _name, seconds in marks)
    return [
        *marks,
        ("ruff (the python target's child processes) and interpreter start-up", max(children, 0.0)),
    ]


def render(
    samples: dict[str, list[float]],
    options: argparse.Namespace,
    loads: list[tuple[float, float, float]],
    profile: list[tuple[str, float]],
) -> str:
    wall = {name: statistics.median(values) for name, values in samples.items()}
    cpu = {name: statistics.median(values) for name, values in CPU.items()}

    def met(ok: bool) -> str:
        return "met" if ok else "**not met**"

    labels = {
        "bare": "bare `openapi-python-client generate` (with its ruff hooks)",
        "before": f"`authgen generate` before ({options.before_ref}), no cache existed",
        "cold": "`authgen generate`, cold (empty cache)",
        "warm docs": f"`authgen generate`, warm: one docs template changed (`{DOCS_TEMPLATE}`)",
        "warm python": f"`authgen generate`, warm: one client template changed (`{PYTHON_TEMPLATE}`)",
        "unchanged": "`authgen generate`, nothing changed",
        "no-cache": "`authgen generate --no-cache`",
    }
    targets = {"cold": 1.2, "warm docs": 0.5, "warm python": 0.5}  # issue 27: any one template changed
    lines = [
        f"`python bench/bench_generate.py --rounds {options.rounds}` "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}): whole commands, medians of {options.rounds}, "
        f"on {os.cpu_count()} CPUs ({platform.machine()}, Python {platform.python_version()}), interleaved "
        "(the order flips every round), today's spec. Load average (1, 5, 15 min): "
        f"{', '.join(f'{x:.1f}' for x in loads[0])} before, {', '.join(f'{x:.1f}' for x in loads[1])} after. "
        "CPU time is user + system of the command and every process it waited for (workers, ruff).",
        "",
        "| command | wall | / bare | CPU | / bare | target (wall / bare) |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, label in labels.items():
        if name not in wall:
            continue
        target = (
            f"<= {targets[name]}x: {met(wall[name] / wall['bare'] <= targets[name])}"
            if name in targets
            else ""
        )
        lines.append(
            f"| {label} | {wall[name]:.3f} s | {wall[name] / wall['bare']:.2f}x | {cpu[name]:.3f} s | "
            f"{cpu[name] / cpu['bare']:.2f}x | {target} |"
        )
    lines += [
        f"| `authgen check` on an up-to-date tree | {wall['check']:.3f} s | | {cpu['check']:.3f} s | | "
        f"<= 0.2 s: {met(wall['check'] <= 0.2)} |",
        *(
            [
                f"| `authgen check` before ({options.before_ref}) | {wall['check before']:.3f} s | | {cpu['check before']:.3f} s | | |"
            ]
            if "check before" in wall
            else []
        ),
        f"| `python -c pass` (for scale) | {wall['pass']:.3f} s | | {cpu['pass']:.3f} s | | |",
        "",
        "Spread (min-max) of the wall times: "
        + "; ".join(
            f"{name} {min(samples[name]):.2f}-{max(samples[name]):.2f} s"
            for name in labels
            if name in samples
        )
        + ".",
    ]
    if profile:
        total = sum(seconds for _name, seconds in profile)
        lines += [
            "",
            f"Where the CPU of one cold run goes, step by step in one process (no workers, no cache; {total:.2f} s):",
            "",
            "| step | CPU |",
            "| --- | ---: |",
            *(f"| {name} | {seconds:.3f} s |" for name, seconds in profile),
        ]
    return "\n".join(lines) + "\n"


def write_section(section: str) -> None:
    """Insert the measurement at the top of the "## Generator" section (the earlier ones stay)."""
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text()
    heading = "## Generator\n"
    if heading not in text:
        raise SystemExit("BENCHMARKS.md has no '## Generator' section")
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    path.write_text(text.replace(heading, f"{heading}\n### {stamp}: issue 27, item 1\n\n{section}", 1))


if __name__ == "__main__":
    main()
