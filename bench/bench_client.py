"""Client benchmarks, side by side in one run:

- per-call overhead of `CloudBaseAuth` vs a raw `httpx.Client` call to the same local server on
  loopback (target: median ratio <= 1.15x);
- `python -c "import cloudbase_auth"` vs `python -c "import httpx"` (target <= 1.5x).

Run: `nox -s bench` or `python bench/bench_client.py [--calls N]`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

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


def import_time(module: str, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    raw, ours = per_call(args.calls, args.rounds)
    httpx_import = import_time("httpx", args.rounds)
    ours_import = import_time("cloudbase_auth", args.rounds)
    print("| measure | baseline | cloudbase_auth | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| per call, loopback (median of {args.rounds} x {args.calls}) | {raw * 1e6:.0f} us (httpx.Client) | {ours * 1e6:.0f} us | {ours / raw:.2f}x | <= 1.15x |"
    )
    print(
        f"| `python -c import ...` | {httpx_import * 1e3:.0f} ms (httpx) | {ours_import * 1e3:.0f} ms | {ours_import / httpx_import:.2f}x | <= 1.5x |"
    )


if __name__ == "__main__":
    main()
