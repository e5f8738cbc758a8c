"""Emulator throughput and latency on loopback, and sign-in throughput against raw RS256 signing.

Starts ``python -m emulator`` on a free loopback port (in memory, no rate limit, no response
validation: the server as users run it), drives it from several client processes over
keep-alive connections, and measures:

- anonymous sign-in (a new device, hence a new user, per request), introspect, refresh
  (each client chains its own rotating refresh token): requests/s, p50 and p99 latency;
- the in-process RS256 signing rate of the same key size (jwt.encode, one thread), which bounds
  any sign-in: the target is sign-in throughput >= 70% of it.

Usage: python bench/bench_emulator.py [--duration S] [--clients N] [--write]
(--write replaces the "## Emulator" section of BENCHMARKS.md with the results).
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import re
import secrets
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "emulator", "--port", str(port), "--no-rate-limit", "--no-strict"],
        cwd=ROOT,
        env={**os.environ, "AUTHGEN_EMULATOR_STRICT": "0"},
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/emulator/v1/health")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("emulator did not start")


class Client:
    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.connection.connect()
        assert self.connection.sock is not None
        self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        payload = None if body is None else json.dumps(body).encode()
        all_headers = {"content-type": "application/json", **(headers or {})}
        self.connection.request(method, path, body=payload, headers=all_headers)
        response = self.connection.getresponse()
        data = json.loads(response.read() or b"{}")
        return response.status, data


def anonymous(client: Client) -> dict[str, Any]:
    status, body = client.call(
        "POST", "/auth/v1/signin/anonymously", {}, {"x-device-id": secrets.token_hex(16)}
    )
    assert status == 200, body
    return body


def worker(args: tuple[str, int, float]) -> list[float]:
    """Run one workload until the deadline; return per-request latencies in seconds."""
    workload, port, deadline = args
    client = Client(port)
    session = anonymous(client)
    latencies: list[float] = []
    while time.time() < deadline:
        start = time.perf_counter()
        if workload == "anonymous sign-in":
            anonymous(client)
        elif workload == "introspect":
            status, body = client.call(
                "GET",
                "/auth/v1/token/introspect",
                headers={"authorization": f"Bearer {session['access_token']}"},
            )
            assert status == 200 and body.get("sub"), body
        else:
            status, body = client.call(
                "POST",
                "/auth/v1/token",
                {"grant_type": "refresh_token", "refresh_token": session["refresh_token"]},
            )
            assert status == 200, body
            session = body
        latencies.append(time.perf_counter() - start)
    return latencies


def run_workload(workload: str, port: int, clients: int, duration: float) -> dict[str, float]:
    deadline = time.time() + duration + 0.5  # the half second covers the pool's start-up
    with multiprocessing.Pool(clients) as pool:
        started = time.time()
        results = pool.map(worker, [(workload, port, deadline)] * clients)
        elapsed = min(time.time(), deadline) - started
    latencies = sorted(latency for result in results for latency in result)
    return {
        "requests": len(latencies),
        "throughput": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
    }


def signing_rate(duration: float) -> float:
    """In-process RS256 signs per second with a claims set like the emulator's, one thread."""
    import jwt
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    claims = {
        "iss": "http://emulator-env.ap-shanghai.tcb-api.tencentcloudapi.com",
        "sub": "W-ommrHgJbyJek3jqOm5-A",
        "aud": "emulator-env",
        "exp": 1_800_000_000,
        "iat": 1_799_992_800,
        "scope": "anonymous",
        "project_id": "emulator-env",
        "provider_type": "anonymous",
        "user_type": "anonymous",
    }
    count = 0
    deadline = time.perf_counter() + duration
    start = time.perf_counter()
    while time.perf_counter() < deadline:
        jwt.encode(claims, key, algorithm="RS256", headers={"kid": "bench"})
        count += 1
    return count / (time.perf_counter() - start)


def render(results: dict[str, dict[str, float]], signs: list[float], clients: int, duration: float) -> str:
    sign_rate = statistics.median(signs)
    ratio = results["anonymous sign-in"]["throughput"] / sign_rate
    lines = [
        "## Emulator",
        "",
        f"`python bench/bench_emulator.py --duration {duration:g} --clients {clients}`: uvicorn (h11) on "
        f"loopback, one server process, in-memory SQLite, {clients} client processes with keep-alive "
        f"connections, on {os.cpu_count()} CPUs ({platform.machine()}, Python {platform.python_version()}).",
        "",
        "| workload | requests/s | p50 ms | p99 ms |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, result in results.items():
        lines.append(
            f"| {name} | {result['throughput']:.0f} | {result['p50_ms']:.2f} | {result['p99_ms']:.2f} |"
        )
    lines += [
        "",
        f"In-process RS256 signing (2048-bit key, one thread): {sign_rate:.0f} signs/s "
        f"(median of {len(signs)} runs: {', '.join(f'{s:.0f}' for s in signs)}).",
        f"Anonymous sign-in over HTTP reaches **{ratio:.0%}** of it (target >= 70%).",
        "",
    ]
    return "\n".join(lines)


def write_section(section: str) -> None:
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## Emulator\n.*?(?=^## |\Z)", re.S | re.M)
    text = (
        pattern.sub(lambda _: section + "\n", text)
        if pattern.search(text)
        else text.rstrip("\n") + "\n\n" + section
    )
    path.write_text(text.rstrip("\n") + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per workload")
    parser.add_argument("--clients", type=int, default=4, help="client processes")
    parser.add_argument("--write", action="store_true", help="write the results into BENCHMARKS.md")
    options = parser.parse_args()
    port = free_port()
    server = start_server(port)
    try:
        signs = [signing_rate(min(options.duration, 3.0))]
        results: dict[str, dict[str, float]] = {}
        for workload in ("anonymous sign-in", "introspect", "refresh"):
            results[workload] = run_workload(workload, port, options.clients, options.duration)
            signs.append(signing_rate(min(options.duration, 3.0)))  # interleaved: the machine's load drifts
    finally:
        server.terminate()
        server.wait(timeout=10)
    section = render(results, signs, options.clients, options.duration)
    print(section)
    if options.write:
        write_section(section)


if __name__ == "__main__":
    main()
