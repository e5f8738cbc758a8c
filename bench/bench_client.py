"""Client benchmarks, side by side in one run:

- per-call overhead of `CloudBaseAuth` vs a raw `httpx.Client` call to the same local server on
  loopback (target: median ratio <= 1.15x);
- `python -c "import cloudbase_auth"` vs `python -c "import httpx"` (target <= 1.2x): fresh
  interpreters, interleaved in alternating order; wall time and the child's CPU time (user +
  system, steadier on a busy machine), medians.

Run: `nox -s bench` or `python bench/bench_client.py [--calls N]`.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import cloudbase_auth
import httpx
from cloudbase_auth import CloudBaseAuth
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from emulator.pytest_plugin import ServerThread


async def exists(request: object) -> JSONResponse:
    return JSONResponse({"exist": False})


def per_call(calls: int, rounds: int) -> tuple[float, float]:
    app = Starlette(routes=[Route("/auth/v1/checkIfUserExist", exists)])
    with ServerThread(app) as server:
        base = f"{server.url}/auth/v1"
        raw = httpx.Client(base_url=base)
        ours = CloudBaseAuth("env-1", base_url=base)
        raw_t: list[float] = []
        ours_t: list[float] = []

        def raw_call() -> None:
            raw.get("/checkIfUserExist", params={"username": "alice", "client_id": "env-1"}).json()

        def our_call() -> None:
            ours.check_if_user_exist(username="alice")

        raw_call(), our_call()  # open both keep-alive connections before timing
        for i in range(rounds):  # interleaved batches, alternating order: noise hits both alike
            pair = [(raw_call, raw_t), (our_call, ours_t)]
            for call, samples in pair if i % 2 == 0 else pair[::-1]:
                start = time.perf_counter()
                for _ in range(calls):
                    call()
                samples.append((time.perf_counter() - start) / calls)
        raw.close()
        ours.close()
    return statistics.median(raw_t), statistics.median(ours_t)


def _timed_import(module: str) -> tuple[float, float]:
    """(wall, CPU) seconds of a fresh `python -c "import module"`."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu


def import_times(modules: tuple[str, str], rounds: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) per module; the two alternate, in alternating order.

    Both from bytecode, as installed: pip compiled httpx's when it installed it, and compiles
    cloudbase_auth's when it installs the wheel; an editable install under
    PYTHONDONTWRITEBYTECODE=1 has none, and would measure the compiler instead.
    """
    compileall.compile_dir(str(Path(cloudbase_auth.__file__).parent), quiet=1)
    samples: dict[str, list[tuple[float, float]]] = {m: [] for m in modules}
    for i in range(rounds):
        for module in modules if i % 2 == 0 else modules[::-1]:
            samples[module].append(_timed_import(module))
    return {
        m: (statistics.median(w for w, _ in s), statistics.median(c for _, c in s))
        for m, s in samples.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    raw, ours = per_call(args.calls, args.rounds)
    imports = import_times(("httpx", "cloudbase_auth"), max(args.rounds, 2) * 3)
    (httpx_wall, httpx_cpu), (ours_wall, ours_cpu) = imports["httpx"], imports["cloudbase_auth"]
    print("| measure | baseline | cloudbase_auth | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| per call, loopback (median of {args.rounds} x {args.calls}) | {raw * 1e6:.0f} us (httpx.Client) | {ours * 1e6:.0f} us | {ours / raw:.2f}x | <= 1.15x |"
    )
    print(
        f"| `python -c import ...`, wall | {httpx_wall * 1e3:.0f} ms (httpx) | {ours_wall * 1e3:.0f} ms | {ours_wall / httpx_wall:.2f}x | <= 1.2x |"
    )
    print(
        f"| `python -c import ...`, CPU | {httpx_cpu * 1e3:.0f} ms (httpx) | {ours_cpu * 1e3:.0f} ms | {ours_cpu / httpx_cpu:.2f}x | <= 1.2x |"
    )


if __name__ == "__main__":
    main()
