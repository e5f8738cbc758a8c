"""Generator benchmarks, measured side by side in one run (ratios, not absolute targets):

- `authgen generate` vs a bare `openapi-python-client generate` of the same spec (target <= 1.2x);
- `authgen check` on an up-to-date tree (target <= 0.5 s), next to `python -c pass` for scale.

Run: `nox -s bench` or `python bench/bench_generate.py [--rounds N]`.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SPEC = ROOT / "spec" / "auth-v1.yaml"


def timed(cmd: list[str], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        ours_out, bare_out = Path(tmp) / "ours", Path(tmp) / "bare"
        ours = [str(BIN / "authgen"), "generate", "--out", str(ours_out)]
        bare = [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC),
            "--output-path",
            str(bare_out),
            "--overwrite",
        ]
        # Interleave so that machine noise hits both equally.
        ours_t, bare_t = [], []
        for _ in range(rounds):
            ours_t += timed(ours, 1)
            bare_t += timed(bare, 1)
        shutil.rmtree(ours_out, ignore_errors=True)
    check_t = timed([str(BIN / "authgen"), "check"], rounds)
    python_t = timed([sys.executable, "-c", "pass"], rounds)
    med = statistics.median
    print("| measure | median | ratio | target |")
    print("| --- | --- | --- | --- |")
    print(f"| bare openapi-python-client generate | {med(bare_t):.3f} s | 1.00x | |")
    print(
        f"| authgen generate (lint + IR + client + cookbook) | {med(ours_t):.3f} s | {med(ours_t) / med(bare_t):.2f}x | <= 1.2x |"
    )
    print(f"| python -c pass | {med(python_t):.3f} s | | |")
    print(f"| authgen check (up to date) | {med(check_t):.3f} s | | <= 0.5 s |")


if __name__ == "__main__":
    main()
