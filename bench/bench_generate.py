"""Generator benchmarks, measured side by side in one run (ratios, not absolute targets):

- `authgen generate` on the 22-operation spec (commit 6ae005e, with its cookbook) and on today's
  45-operation spec, both with the CURRENT generator: time per operation, 45 vs 22;
- each against a bare `openapi-python-client generate` of the same spec (target <= 1.0x, issue 12);
- `authgen check` on an up-to-date tree for both (target <= 0.2 s, issue 12), next to `python -c pass`;
- optionally (--baseline-ref) the generator of an older commit on that commit's own spec, to tell
  "more operations" from "more generator".

Every command runs in a fresh process on a copy of the spec directory in a temporary directory
(spec, cookbook, released/), so both specs get the same work (lint, release guard, changelog,
client, cookbook, docs, manifest). The commands are interleaved, the order flipping every round,
so that the machine's drifting load hits all of them alike.

Run: `nox -s bench` or `python bench/bench_generate.py [--rounds N] [--write]`
(--write replaces the "## Generator" section of BENCHMARKS.md with the results).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SPEC_DIR = ROOT / "spec"
OLD_REF = "6ae005e"  # the last commit with the 22-operation spec
# The bare generator's post hooks (ruff) must find the same ruff as ours.
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def git_show(ref: str, path: str) -> str:
    return subprocess.run(
        ["git", "show", f"{ref}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def old_spec_dir(target: Path) -> Path:
    """The 22-operation spec and its cookbook, as of OLD_REF, next to today's released/.

    Today's linter requires `x-source` (documented / second-hand / inferred) on every
    `x-error-codes` entry, which the old spec predates: each entry gets `x-source: inferred`,
    the only change (no operation, schema or example is touched)."""
    target.mkdir(parents=True)
    spec = git_show(OLD_REF, "spec/auth-v1.yaml")
    spec, count = re.subn(r"(?m)^  - error: (.*)$", r"  - error: \1\n    x-source: inferred", spec)
    assert count > 0, "the old spec's x-error-codes entries were not found"
    (target / "auth-v1.yaml").write_text(spec)
    (target / "cookbook.yaml").write_text(git_show(OLD_REF, "spec/cookbook.yaml"))
    shutil.copytree(SPEC_DIR / "released", target / "released")
    return target / "auth-v1.yaml"


def new_spec_dir(target: Path) -> Path:
    shutil.copytree(SPEC_DIR, target)
    return target / "auth-v1.yaml"


def operations(spec: Path) -> int:
    data = yaml.safe_load(spec.read_text())
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in data["paths"].values() for method in item if method in methods)


CPU: dict[str, list[float]] = {}  # command -> CPU seconds (user + system) of each run


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # waited-for children and their children
    return usage.ru_utime + usage.ru_stime


def run(cmd: list[str], cwd: Path = ROOT, name: str = "") -> float:
    """Wall seconds of one run; its CPU seconds (all its processes: validation worker, ruff)
    go to CPU[name]. CPU time hardly moves with the machine's load; wall time does."""
    cpu = cpu_seconds()
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    CPU.setdefault(name, []).append(cpu_seconds() - cpu)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(cmd)}\n{result.stderr[-2000:]}")
    return elapsed


def baseline_generator(ref: str, tmp: Path) -> tuple[list[str], Path]:
    """The generator and spec of commit `ref`, unpacked (git archive) into tmp/ref."""
    tree = tmp / f"ref-{ref}"
    tree.mkdir()
    archive = subprocess.run(["git", "archive", ref], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    launcher = f"import sys; sys.path.insert(0, {str(tree)!r}); from generator.cli import main; main()"
    return [sys.executable, "-c", launcher], tree


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument(
        "--baseline-ref",
        default=OLD_REF,
        help="also time the generator of this commit on its own spec ('' to skip)",
    )
    parser.add_argument("--write", action="store_true", help="write the results into BENCHMARKS.md")
    options, _ = parser.parse_known_args()  # `nox -s bench -- ...` passes every script the same options
    rounds = options.rounds
    loads = [os.getloadavg()]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        specs = {"22": old_spec_dir(tmp / "spec22"), "45": new_spec_dir(tmp / "spec45")}
        ops = {name: operations(path) for name, path in specs.items()}
        commands: dict[str, list[str]] = {}
        for name, spec in specs.items():
            commands[f"ours {name}"] = [str(BIN / "authgen"), "generate", "--spec", str(spec), "--out", str(tmp / f"out{name}")]  # fmt: skip
            commands[f"bare {name}"] = [
                str(BIN / "openapi-python-client"), "generate", "--path", str(spec),
                "--output-path", str(tmp / f"bare{name}"), "--overwrite",
            ]  # fmt: skip
        cwd: dict[str, Path] = {}
        if options.baseline_ref:
            launcher, tree = baseline_generator(options.baseline_ref, tmp)
            commands["baseline"] = [*launcher, "generate", "--out", str(tmp / "outbaseline")]
            cwd["baseline"] = tree
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for index in range(rounds):
            order = list(commands) if index % 2 == 0 else list(reversed(commands))
            for name in order:
                samples[name].append(run(commands[name], cwd.get(name, ROOT), name))
        checks = {name: [str(BIN / "authgen"), "check", "--spec", str(spec), "--out", str(tmp / f"out{name}")] for name, spec in specs.items()}  # fmt: skip
        checks["pass"] = [sys.executable, "-c", "pass"]
        for name in checks:
            samples[f"check {name}"] = []
        for index in range(rounds):
            order = list(checks) if index % 2 == 0 else list(reversed(checks))
            for name in order:
                samples[f"check {name}"].append(run(checks[name], name=f"check {name}"))
    loads.append(os.getloadavg())
    section = render(samples, ops, rounds, options, loads)
    print(section)
    if options.write:
        write_section(section)


def render(
    samples: dict[str, list[float]],
    ops: dict[str, int],
    rounds: int,
    options: argparse.Namespace,
    loads: list[tuple[float, float, float]],
) -> str:
    a, b = ops["22"], ops["45"]
    wall = {name: statistics.median(values) for name, values in samples.items()}
    cpu = {name: statistics.median(values) for name, values in CPU.items()}

    def row(m: dict[str, float], label: str, key: str, target: str = "") -> str:
        small, big = m[f"{key} 22"], m[f"{key} 45"]
        return (
            f"| {label} | {small:.3f} s | {big:.3f} s | {big / small:.2f}x | "
            f"{small / a * 1000:.0f} ms | {big / b * 1000:.0f} ms | {(big / b) / (small / a):.2f}x | {target} |"
        )

    def met(ok: bool) -> str:
        return "met" if ok else "**not met**"

    lines = [
        "## Generator",
        "",
        f"`python bench/bench_generate.py --rounds {rounds}` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}): "
        f"whole commands, medians of {rounds}, "
        f"on {os.cpu_count()} CPUs ({platform.machine()}, Python {platform.python_version()}), all commands "
        "interleaved (the order flips every round). The 22-operation spec is `spec/` as of "
        f"{OLD_REF} (with its cookbook; each `x-error-codes` entry given the `x-source: inferred` today's "
        "linter requires, nothing else changed); the 45-operation one is today's. Both run through "
        "the CURRENT generator from a copy of the spec directory (spec, cookbook, `released/`), so "
        "both get the same steps: lint, release guard, changelog, client, cookbook, docs, manifest. "
        "Wall time is what a user waits; CPU time (user + system of the command and every process "
        "it waited for: the validation worker, ruff) moves much less with the machine's load.",
        "",
    ]
    for title, m in (("wall time", wall), ("CPU time", cpu)):
        lines += [
            f"| {title} | {a} ops | {b} ops | {b}/{a} ops | per op, {a} | per op, {b} | per-op ratio | target |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
            row(m, "`authgen generate`", "ours", f"per op <= 1.00x: {met((m['ours 45'] / b) <= (m['ours 22'] / a))}"),
            row(m, "bare `openapi-python-client generate` (with its ruff hooks)", "bare"),
            row(m, "`authgen check` on an up-to-date tree", "check", f"<= 0.2 s: {met(max(m['check 22'], m['check 45']) <= 0.2)}"),
            f"| `python -c pass` (for scale) | {m['check pass']:.3f} s | | | | | | |",
            "",
        ]  # fmt: skip
    lines += [
        f"| `authgen generate` / bare `openapi-python-client`, same spec | {a} ops | {b} ops | target |",
        "| --- | ---: | ---: | --- |",
    ]
    for title, m in (("wall time", wall), ("CPU time", cpu)):
        small, big = m["ours 22"] / m["bare 22"], m["ours 45"] / m["bare 45"]
        lines.append(f"| {title} | {small:.2f}x | {big:.2f}x | <= 1.0x: {met(max(small, big) <= 1.0)} |")
    marginal = {title: (m["ours 45"] - m["ours 22"]) / (b - a) for title, m in (("wall", wall), ("CPU", cpu))}
    marginal_bare = {
        title: (m["bare 45"] - m["bare 22"]) / (b - a) for title, m in (("wall", wall), ("CPU", cpu))
    }
    lines += [
        "",
        f"Each added operation costs `authgen generate` {marginal['wall'] * 1000:.0f} ms wall, "
        f"{marginal['CPU'] * 1000:.0f} ms CPU (the bare generator: {marginal_bare['wall'] * 1000:.0f} ms, "
        f"{marginal_bare['CPU'] * 1000:.0f} ms). Spread (min-max) of `authgen generate` wall time: "
        f"{min(samples['ours 22']):.2f}-{max(samples['ours 22']):.2f} s ({a} ops), "
        f"{min(samples['ours 45']):.2f}-{max(samples['ours 45']):.2f} s ({b} ops). "
        f"Load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in loads[0])} before, "
        f"{', '.join(f'{x:.1f}' for x in loads[1])} after.",
    ]
    if "baseline" in wall:
        lines += [
            "",
            f"The generator of {options.baseline_ref} (no release guard, changelog or docs target yet) on its "
            f"own 22-operation spec, in the same run: {wall['baseline']:.3f} s wall "
            f"({wall['baseline'] / wall['bare 22']:.2f}x bare), {cpu['baseline']:.3f} s CPU "
            f"({cpu['baseline'] / cpu['bare 22']:.2f}x bare); today's generator on the same operations takes "
            f"{wall['ours 22'] / wall['baseline']:.2f}x its wall time and {cpu['ours 22'] / cpu['baseline']:.2f}x "
            "its CPU time.",
        ]
    return "\n".join(lines) + "\n"


def write_section(section: str) -> None:
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text()
    pattern = re.compile(r"^## Generator\n.*?(?=^## |\Z)", re.S | re.M)
    if not pattern.search(text):
        raise SystemExit("BENCHMARKS.md has no '## Generator' section")
    path.write_text(pattern.sub(lambda _: section + "\n", text))


if __name__ == "__main__":
    main()
