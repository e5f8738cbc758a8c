"""Emulator throughput and latency on loopback, and sign-in throughput against raw RS256 signing.

Starts two ``python -m emulator`` servers on free loopback ports (in memory, no rate limit, no
response validation: the server as users run it), one serving today's 45-operation spec and one
serving the 22-operation spec of commit 6ae005e (``--spec``: the emulator serves any spec whose
operations it has handlers for), drives them in turn from several client processes over
keep-alive connections, and measures side by side, interleaved (the order flips every round):

- anonymous sign-in (a new device, hence a new user, per request), introspect, refresh
  (each client chains its own rotating refresh token) on both: requests/s, p50 and p99 latency;
- two of the new endpoints on the 45-operation server: ``GET /user/query`` by ID with an admin
  token (``client_credentials``), and ``POST /captcha/data`` (a stored captcha and its SVG);
- the in-process RS256 signing rate of the same key size (jwt.encode, one thread), which bounds
  any sign-in: the target is sign-in throughput >= 70% of it.

Usage: python bench/bench_emulator.py [--duration S] [--clients N] [--rounds R] [--write]
(--write replaces the "## Emulator" section of BENCHMARKS.md with the results).
"""

from __future__ import annotations

import argparse
import base64
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
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout: `python bench/bench_emulator.py`


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


OLD_REF = "6ae005e"  # the last commit with the 22-operation spec
SPECS = ("22", "45")
WORKLOADS = ("anonymous sign-in", "introspect", "refresh", "user/query (admin)", "captcha/data")
OLD_WORKLOADS = WORKLOADS[:3]  # the 22-operation spec has no user/query, no captcha


def old_spec(directory: Path) -> Path:
    path = directory / "auth-v1-22.yaml"
    path.write_text(
        subprocess.run(
            ["git", "show", f"{OLD_REF}:spec/auth-v1.yaml"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    return path


def start_server(port: int, extra: list[str], spec: Path | None = None) -> subprocess.Popen[bytes]:
    spec_args = [] if spec is None else ["--spec", str(spec)]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "emulator",
            "--port",
            str(port),
            "--no-rate-limit",
            "--no-strict",
            *spec_args,
            *extra,
        ],
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
    """A lean keep-alive HTTP/1.1 client on a raw socket: the load generator shares the CPUs
    with the server, so it should spend as little of them as it can."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def call(self, method: str, path: str, body: bytes = b"", headers: str = "") -> tuple[int, bytes]:
        request = (
            f"{method} {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: {len(body)}\r\n{headers}\r\n"
        ).encode() + body
        self.sock.sendall(request)
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.sock.recv(65536)
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))  # type: ignore[union-attr]
        while len(rest) < length:
            rest += self.sock.recv(65536)
        self.buffer = rest[length:]
        return int(head[9:12]), rest[:length]


def anonymous(client: Client, device_id: str) -> bytes:
    status, body = client.call("POST", "/auth/v1/signin/anonymously", b"{}", f"x-device-id: {device_id}\r\n")
    assert status == 200, body
    return body


def worker(args: tuple[str, int, float]) -> list[float]:
    """Run one workload until the deadline; return per-request latencies in seconds."""
    workload, port, deadline = args
    client = Client(port)
    prefix = secrets.token_hex(8)
    session = json.loads(anonymous(client, prefix))
    bearer = f"authorization: Bearer {session['access_token']}\r\n"
    if workload == "user/query (admin)":
        status, body = client.call(
            "POST",
            "/auth/v1/token",
            b'{"grant_type":"client_credentials"}',
            f"authorization: Basic {base64.b64encode(b'bench:bench').decode()}\r\n",
        )
        assert status == 200, body
        bearer = f"authorization: Bearer {json.loads(body)['access_token']}\r\n"
    query = f"/auth/v1/user/query?id={session['sub']}"
    captcha_headers = f"x-device-id: {prefix}\r\ncontent-type: application/json\r\n"
    latencies: list[float] = []
    count = 0
    while time.time() < deadline:
        count += 1
        start = time.perf_counter()
        if workload == "anonymous sign-in":
            anonymous(client, f"{prefix}{count}")  # a new device: a new user every time
        elif workload == "introspect":
            status, body = client.call("GET", "/auth/v1/token/introspect", headers=bearer)
            assert status == 200 and b'"sub"' in body, body
        elif workload == "user/query (admin)":
            status, body = client.call("GET", query, headers=bearer)
            assert status == 200 and b'"total":1' in body, body
        elif workload == "captcha/data":
            status, body = client.call("POST", "/auth/v1/captcha/data", b'{"state":"POST:/v1/verification"}', captcha_headers)  # fmt: skip
            assert status == 200 and b"data:image/svg+xml" in body, body
        else:
            payload = (
                b'{"grant_type":"refresh_token","refresh_token":"%s"}' % session["refresh_token"].encode()
            )
            status, body = client.call("POST", "/auth/v1/token", payload)
            assert status == 200, body
            session = json.loads(body)
        latencies.append(time.perf_counter() - start)
    return latencies


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) the server process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_workload(workload: str, port: int, clients: int, duration: float, pid: int) -> dict[str, float]:
    deadline = time.time() + duration + 0.5  # the half second covers the pool's start-up
    cpu = server_cpu(pid)
    with multiprocessing.Pool(clients) as pool:
        started = time.time()
        results = pool.map(worker, [(workload, port, deadline)] * clients)
        elapsed = min(time.time(), deadline) - started
    cpu = server_cpu(pid) - cpu
    latencies = sorted(latency for result in results for latency in result)
    setup = clients * (2 if workload == "user/query (admin)" else 1)  # each client's own sign-in (+ token)
    return {
        # The server's CPU per request: unlike requests/s, it hardly moves with the machine's load.
        "cpu_us": cpu / (len(latencies) + setup) * 1e6,
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


def in_process_costs(spec: Path | None = None, requests: int = 1000) -> tuple[float, float]:
    """CPU microseconds per anonymous sign-in through the ASGI app with no HTTP: as is, and with
    signing stubbed out (what the emulator itself costs around the RS256 signature)."""
    import asyncio

    import emulator.core
    from emulator.app import create_app

    app = create_app(spec_path=spec, validate_responses=False, rate_limit=False)

    async def sign_in(device_id: str) -> None:
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
            "scheme": "http", "path": "/auth/v1/signin/anonymously", "raw_path": b"/auth/v1/signin/anonymously",
            "query_string": b"", "root_path": "", "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
            "headers": [(b"host", b"127.0.0.1"), (b"x-device-id", device_id.encode())],
        }  # fmt: skip
        messages = [{"type": "http.request", "body": b"{}", "more_body": False}]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await app(scope, receive, send)
        assert sent[0]["status"] == 200, sent

    async def run(prefix: str) -> float:
        start = time.process_time()  # CPU time: the machine's load hardly moves it
        for index in range(requests):
            await sign_in(f"{prefix}-{index}")
        return (time.process_time() - start) / requests * 1e6

    real = asyncio.run(run("real"))
    original = emulator.core.sign_access_token
    emulator.core.sign_access_token = lambda key, claims: "header.payload.signature"
    try:
        stubbed = asyncio.run(run("stub"))
    finally:
        emulator.core.sign_access_token = original
    return real, stubbed


Rounds = list[dict[str, dict[str, dict[str, float]]]]  # round -> spec -> workload -> measure


def render(
    rounds: Rounds,
    signs: list[float],
    clients: int,
    duration: float,
    extra: list[str],
    costs: dict[str, tuple[float, float, float]],
    loads: tuple[tuple[float, ...], tuple[float, ...]],
) -> str:
    """Medians over rounds; the sign-in ratio pairs each round with the signing runs around it."""

    def median(spec: str, workload: str, measure: str) -> float:
        return statistics.median(r[spec][workload][measure] for r in rounds)

    def ratios(spec: str) -> list[float]:
        return [
            result[spec]["anonymous sign-in"]["throughput"] / ((signs[index] + signs[index + 1]) / 2)
            for index, result in enumerate(rounds)
        ]

    lines = [
        "## Emulator",
        "",
        f"`python bench/bench_emulator.py --duration {duration:g} --clients {clients} --rounds {len(rounds)}"
        f"{''.join(f' --server-arg={arg}' for arg in extra)}` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}): "
        "two `authgen emulator` servers (uvicorn with h11, handlers on the event loop unless the options "
        "say otherwise) on loopback, one serving today's 45-operation spec, one the 22-operation spec of "
        f"{OLD_REF} (`--spec`; same emulator code), each one server process with in-memory SQLite, "
        f"driven in turn by {clients} client processes with keep-alive connections (raw sockets), on "
        f"{os.cpu_count()} CPUs ({platform.machine()}, Python {platform.python_version()}). Medians over "
        f"{len(rounds)} rounds of {duration:g} s per workload and server; within a round the two servers "
        "take turns workload by workload, the order flipping every round.",
        "",
        "| workload | req/s, 22 ops | req/s, 45 ops | 45/22 | p50 ms, 22 / 45 | p99 ms, 22 / 45 "
        "| server CPU µs/request, 22 / 45 | 45/22 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in WORKLOADS:
        new = median("45", name, "throughput")
        p50, p99 = median("45", name, "p50_ms"), median("45", name, "p99_ms")
        if name in OLD_WORKLOADS:
            old = median("22", name, "throughput")
            per_round = [r["45"][name]["throughput"] / r["22"][name]["throughput"] for r in rounds]
            cpu_old, cpu_new = median("22", name, "cpu_us"), median("45", name, "cpu_us")
            lines.append(
                f"| {name} | {old:.0f} | {new:.0f} | {statistics.median(per_round):.2f}x | "
                f"{median('22', name, 'p50_ms'):.2f} / {p50:.2f} | {median('22', name, 'p99_ms'):.2f} / {p99:.2f} "
                f"| {cpu_old:.0f} / {cpu_new:.0f} | {cpu_new / cpu_old:.2f}x |"
            )
        else:
            lines.append(
                f"| {name} (new) | - | {new:.0f} | - | - / {p50:.2f} | - / {p99:.2f} "
                f"| - / {median('45', name, 'cpu_us'):.0f} | - |"
            )
    per_round = {
        name: ", ".join(f"{r['45'][name]['throughput'] / r['22'][name]['throughput']:.2f}x" for r in rounds)
        for name in OLD_WORKLOADS
    }
    lines += [
        "",
        "45/22 is the median of the per-round ratios ("
        + "; ".join(f"{name}: {values}" for name, values in per_round.items())
        + ").",
        "",
        f"In-process RS256 signing (2048-bit key, one thread, measured between rounds): median "
        f"{statistics.median(signs):.0f} signs/s ({', '.join(f'{s:.0f}' for s in signs)}).",
        f"Anonymous sign-in over HTTP reaches **{statistics.median(ratios('45')):.0%}** of it on the "
        f"45-operation server (per round: {', '.join(f'{r:.0%}' for r in ratios('45'))}) and "
        f"{statistics.median(ratios('22')):.0%} on the 22-operation one; target >= 70%: "
        + ("met." if statistics.median(ratios("45")) >= 0.7 else "**not met**."),
        "",
        "Where the time goes: in-process (ASGI, no HTTP; CPU time, medians of 4 interleaved runs of "
        "1000) an anonymous sign-in takes "
        f"{costs['45'][0]:.0f} µs with the 45-operation spec ({costs['22'][0]:.0f} µs with 22), "
        f"{costs['45'][1]:.0f} µs of it outside RS256 signing ({costs['22'][1]:.0f} µs with 22: spec "
        "validation, SQLite, JSON, Starlette). Over HTTP, a trivial request (`GET /emulator/v1/health`, "
        f"one client) takes {costs['45'][2]:.0f} µs round trip ({costs['22'][2]:.0f} µs), and the client "
        "processes share the server's CPUs. Load average (1, 5, 15 min) while measuring: "
        f"{', '.join(f'{x:.1f}' for x in loads[0])} before, {', '.join(f'{x:.1f}' for x in loads[1])} after "
        "(other jobs on the machine make single runs noisy; rerun on an idle machine before trusting a number).",
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
    parser.add_argument("--duration", type=float, default=3.0, help="seconds per workload")
    parser.add_argument(
        "--clients", type=int, default=4, help="client processes (enough to keep the server always busy)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of all workloads")
    parser.add_argument(
        "--server-arg", action="append", default=[], help="extra `authgen emulator` option (repeatable)"
    )
    parser.add_argument("--write", action="store_true", help="write the results into BENCHMARKS.md")
    options, _ = parser.parse_known_args()  # `nox -s bench -- ...` passes every script the same options
    loads = [os.getloadavg()]
    with tempfile.TemporaryDirectory() as tmp:
        spec_paths: dict[str, Path | None] = {"22": old_spec(Path(tmp)), "45": None}
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in SPECS}
        for order in (SPECS, SPECS[::-1], SPECS, SPECS[::-1]):  # interleaved, medians
            for name in order:
                runs[name].append(in_process_costs(spec_paths[name]))
        in_process = {
            name: (statistics.median(r[0] for r in values), statistics.median(r[1] for r in values))
            for name, values in runs.items()
        }
        ports = {name: free_port() for name in SPECS}
        servers: dict[str, subprocess.Popen[bytes]] = {}
        try:
            for name in SPECS:
                servers[name] = start_server(ports[name], options.server_arg, spec_paths[name])
            signs = [signing_rate(2.0)]
            rounds: Rounds = []
            for index in range(options.rounds):
                result: dict[str, dict[str, dict[str, float]]] = {name: {} for name in SPECS}
                for workload in WORKLOADS:
                    order = SPECS if index % 2 == 0 else SPECS[::-1]
                    for name in order:
                        if name == "45" or workload in OLD_WORKLOADS:
                            result[name][workload] = run_workload(
                                workload, ports[name], options.clients, options.duration, servers[name].pid
                            )
                rounds.append(result)
                signs.append(signing_rate(2.0))  # interleaved: the machine's load drifts
            costs = {}
            for name in SPECS:
                client = Client(ports[name])
                start = time.perf_counter()
                for _ in range(500):
                    client.call("GET", "/emulator/v1/health")
                costs[name] = (*in_process[name], (time.perf_counter() - start) / 500 * 1e6)
        finally:
            for server in servers.values():
                server.terminate()
                server.wait(timeout=10)
    loads.append(os.getloadavg())
    section = render(
        rounds, signs, options.clients, options.duration, options.server_arg, costs, (loads[0], loads[1])
    )
    print(section)
    if options.write:
        write_section(section)


if __name__ == "__main__":
    main()
