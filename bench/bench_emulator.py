"""Emulator throughput and latency under wrk, before and after, against the in-process RS256 signing rate.

Starts `python -m emulator` servers on free loopback ports (in memory, no rate limit, no
response validation: the server as users run it), side by side in one run:

- ``before``: the emulator of ``--before`` (default ``BEFORE_REF``, main before issue 27's
  emulator work), as it ran then: uvicorn on h11 and asyncio (httptools and uvloop were not
  installed; they are hidden from it here);
- ``before+stack``: the same code with httptools and uvloop, to tell what the HTTP stack gave
  from what the code changes gave (left out with ``--no-stack-row``);
- ``after``: this checkout's emulator, on httptools and uvloop (tokens signed in its helper
  process, the default on more than one CPU);
- ``after, inline``: the same with ``--signer inline`` (``--inline-row``), to tell what the
  signing process gives on this machine at this load.

Each workload is driven by ``wrk`` (one thread, ``--connections`` keep-alive connections, a Lua
script; wrk is C and leaves the second CPU to the server, where a Python load generator would
take it): anonymous sign-in (a new device, hence a new user, per request) and introspect of one
token. Servers take turns workload by workload, the order flipping every round; the in-process
RS256 signing rate (``jwt.encode``, 2048-bit key, one thread, the bound of any sign-in) is
measured between rounds. Reported: medians of requests/s and of wrk's p50/p99 latency, the
server's CPU per request, and sign-in requests/s as a fraction of the signing rate.

wrk is Debian's package: ``apt-get install -y wrk`` (the script stops with that hint without it).

Usage: python bench/bench_emulator.py [--duration S] [--connections N] [--rounds R] [--before REF] [--inline-row] [--write]
(--write puts the results at the top of the "## Emulator" section of BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEFORE_REF = "af03ba0"  # main before issue 27's emulator work (the spec 2.1.0 merge)
WORKLOADS = ("anonymous sign-in", "introspect")
HIDE_STACK = "import sys; sys.modules['httptools'] = None; sys.modules['uvloop'] = None; "
RUN_EMULATOR = "sys.path.insert(0, '.'); import runpy; runpy.run_module('emulator', run_name='__main__')"

# wrk's Lua: a unique x-device-id per request (a new anonymous user each time), and a summary
# line of JSON at the end (latencies in microseconds).
SIGN_IN_LUA = """
local prefix = "bench-" .. tostring(os.time()) .. "-" .. tostring(math.random(1, 1e9)) .. "-"
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", "/auth/v1/signin/anonymously",
    {["x-device-id"] = prefix .. counter, ["content-type"] = "application/json"}, "{}")
end
"""
SUMMARY_LUA = """
done = function(summary, latency, requests)
  io.write(string.format(
    'WRK-JSON {"requests":%d,"duration_us":%d,"status_errors":%d,"socket_errors":%d,'
    .. '"p50_us":%d,"p99_us":%d,"max_us":%d}\\n',
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def checkout(ref: str, directory: Path) -> Path:
    """The emulator (and what it imported then) of ``ref``, extracted with git archive."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "emulator", "generator", "spec"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(directory, filter="data")
    return directory


def start_server(
    port: int, source: Path, *, hide_stack: bool, extra: tuple[str, ...] = ()
) -> subprocess.Popen[bytes]:
    code = (HIDE_STACK if hide_stack else "import sys; ") + RUN_EMULATOR
    process = subprocess.Popen(
        [sys.executable, "-c", code, "--port", str(port), "--no-rate-limit", "--no-strict", *extra],
        cwd=source,
        env={**os.environ, "AUTHGEN_EMULATOR_STRICT": "0", "PYTHONPATH": str(source)},
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/emulator/v1/health")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"emulator in {source} did not start")


def access_token(port: int) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    device = "bench-token-" + secrets.token_hex(4)
    connection.request("POST", "/auth/v1/signin/anonymously", b"{}", {"x-device-id": device})
    answer = connection.getresponse()
    assert answer.status == 200
    return str(json.loads(answer.read())["access_token"])


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) the server and its live children (the signing process) have
    used so far (Linux /proc)."""
    children = [
        c for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()
    ]
    total = 0
    for process in (pid, *map(int, children)):
        fields = Path(f"/proc/{process}/stat").read_text().rpartition(")")[2].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def run_wrk(
    workload: str, port: int, pid: int, duration: float, connections: int, scripts: Path, token: str
) -> dict[str, float]:
    url = f"http://127.0.0.1:{port}"
    if workload == "anonymous sign-in":
        args = ["-s", str(scripts / "signin.lua"), url + "/auth/v1/signin/anonymously"]
    else:
        args = ["-s", str(scripts / "summary.lua"), "-H", f"Authorization: Bearer {token}", url + "/auth/v1/token/introspect"]  # fmt: skip
    cpu = server_cpu(pid)
    done = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration:g}s", "--timeout", "10s", *args],
        check=True,
        capture_output=True,
        text=True,
    )
    cpu = server_cpu(pid) - cpu
    line = next(line for line in done.stdout.splitlines() if line.startswith("WRK-JSON "))
    result = json.loads(line.removeprefix("WRK-JSON "))
    if result["status_errors"] or result["socket_errors"]:
        raise RuntimeError(f"{workload} on port {port}: errors under load: {result}")
    return {
        "throughput": result["requests"] / (result["duration_us"] / 1e6),
        "p50_ms": result["p50_us"] / 1000,
        "p99_ms": result["p99_us"] / 1000,
        "cpu_us": cpu / result["requests"] * 1e6,
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


Rounds = list[dict[str, dict[str, dict[str, float]]]]  # round -> server -> workload -> measure


def render(
    rounds: Rounds,
    signs: list[float],
    servers: list[str],
    options: argparse.Namespace,
    loads: tuple[tuple[float, ...], tuple[float, ...]],
) -> str:
    def median(server: str, workload: str, measure: str) -> float:
        return statistics.median(r[server][workload][measure] for r in rounds)

    def sign_in_ratios(server: str) -> list[float]:
        return [
            result[server]["anonymous sign-in"]["throughput"] / ((signs[i] + signs[i + 1]) / 2)
            for i, result in enumerate(rounds)
        ]

    labels = {
        "before": f"before ({options.before}: h11, asyncio)",
        "before+stack": f"{options.before} code on httptools, uvloop",
        "after": "after (this branch: httptools, uvloop)",
        "after, inline": "after, `--signer inline`",
    }
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        f"### {stamp}: issue 27, before and after (wrk)",
        "",
        f"`python bench/bench_emulator.py --duration {options.duration:g} --connections {options.connections} "
        f"--rounds {len(rounds)} --before {options.before}{' --inline-row' if options.inline_row else ''}`: one server per row, each one `python -m emulator` "
        "process with in-memory SQLite, no rate limit, no response validation, side by side in one run; "
        f"`wrk -t1 -c{options.connections}` per workload (keep-alive), servers taking turns workload by "
        f"workload, the order flipping every round; {os.cpu_count()} CPUs ({platform.machine()}, "
        f"Python {platform.python_version()}). Medians of {len(rounds)} rounds of {options.duration:g} s.",
        "",
        "| server | workload | req/s | x before | p50 ms | p99 ms | server CPU µs/request (with its signing process) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for workload in WORKLOADS:
        base = median("before", workload, "throughput")
        for server in servers:
            rate = median(server, workload, "throughput")
            lines.append(
                f"| {labels[server]} | {workload} | {rate:.0f} | {rate / base:.2f}x | "
                f"{median(server, workload, 'p50_ms'):.2f} | {median(server, workload, 'p99_ms'):.2f} | "
                f"{median(server, workload, 'cpu_us'):.0f} |"
            )
    per_round = ", ".join(f"{s:.0f}" for s in signs)
    lines += [
        "",
        f"In-process RS256 signing (`jwt.encode`, 2048-bit key, one thread, between rounds): median "
        f"{statistics.median(signs):.0f} signs/s ({per_round}).",
        "",
        "| server | anonymous sign-in / signing rate (median) | per round |",
        "| --- | ---: | --- |",
    ]
    for server in servers:
        ratios = sign_in_ratios(server)
        lines.append(
            f"| {labels[server]} | **{statistics.median(ratios):.0%}** | {', '.join(f'{r:.0%}' for r in ratios)} |"
        )
    lines += [
        "",
        "Load average (1, 5, 15 min): "
        f"{', '.join(f'{x:.1f}' for x in loads[0])} before the run, {', '.join(f'{x:.1f}' for x in loads[1])} after.",
        "",
    ]
    return "\n".join(lines)


def write_section(section: str) -> None:
    """Put the run at the top of "## Emulator" (earlier runs stay below it)."""
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text()
    heading = "## Emulator\n"
    if heading not in text:
        text = text.rstrip("\n") + "\n\n" + heading
    head, _, rest = text.partition(heading)
    path.write_text(head + heading + "\n" + section + "\n" + rest.lstrip("\n"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per workload and server")
    parser.add_argument("--connections", type=int, default=4, help="wrk's keep-alive connections")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of all workloads")
    parser.add_argument("--before", default=BEFORE_REF, help="git ref of the emulator to compare with")
    parser.add_argument("--no-stack-row", action="store_true", help="leave out the before+stack server")
    parser.add_argument("--inline-row", action="store_true", help="add this branch with --signer inline")
    parser.add_argument("--write", action="store_true", help="write the results into BENCHMARKS.md")
    options, _ = parser.parse_known_args()  # `nox -s bench -- ...` passes every script the same options
    if shutil.which("wrk") is None:
        sys.exit("bench_emulator.py needs wrk (Debian's package): apt-get install -y wrk")
    servers = ["before", "after"] if options.no_stack_row else ["before", "before+stack", "after"]
    if options.inline_row:
        servers.append("after, inline")
    loads = [os.getloadavg()]
    processes: dict[str, subprocess.Popen[bytes]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scripts = Path(tmp)
        (scripts / "signin.lua").write_text(SIGN_IN_LUA + SUMMARY_LUA)
        (scripts / "summary.lua").write_text(SUMMARY_LUA)
        old = checkout(options.before, Path(tmp) / "before")
        sources = {"before": old, "before+stack": old, "after": ROOT, "after, inline": ROOT}
        ports = {name: free_port() for name in servers}
        try:
            for name in servers:
                extra = ("--signer", "inline") if name == "after, inline" else ()
                processes[name] = start_server(
                    ports[name], sources[name], hide_stack=name == "before", extra=extra
                )
            tokens = {name: access_token(ports[name]) for name in servers}
            signs = [signing_rate(2.0)]
            rounds: Rounds = []
            for index in range(options.rounds):
                result: dict[str, dict[str, dict[str, float]]] = {name: {} for name in servers}
                order = servers if index % 2 == 0 else servers[::-1]
                for workload in WORKLOADS:
                    for name in order:
                        result[name][workload] = run_wrk(
                            workload, ports[name], processes[name].pid, options.duration,
                            options.connections, scripts, tokens[name],
                        )  # fmt: skip
                rounds.append(result)
                signs.append(signing_rate(2.0))  # interleaved: the machine's load drifts
        finally:
            for process in processes.values():
                process.terminate()
                process.wait(timeout=10)
    loads.append(os.getloadavg())
    section = render(rounds, signs, servers, options, (loads[0], loads[1]))
    print(section)
    if options.write:
        write_section(section)


if __name__ == "__main__":
    main()
