"""Token verifier benchmarks (issue 23), side by side in one run:

- Python ASGI: per request with a warm cache, a Starlette app behind `ASGITokenMiddleware`
  against the same app without it, driven directly through ASGI (no socket: the overhead is
  the middleware's, not the network's); batches interleaved in alternating order, medians
  (target: overhead <= 30 us);
- Go `net/http`: the same with `Verifier.Middleware` around a handler, through
  `httptest.NewRecorder` (target: overhead <= 3 us), built from a copy of generated/go;
- introspections for 10,000 requests over 100 distinct tokens, within the TTL, counted where the
  emulator answers them (target: exactly 100), for the Python verifier (in-process emulator,
  100 concurrent tasks) and the Go middleware (a real emulator on a loopback port, 100
  goroutines).

Run: `nox -s bench` or `python bench/bench_verifier.py [--requests N] [--rounds N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from cloudbase_auth import ASGITokenMiddleware, AsyncCloudBaseAuth, TokenVerifier
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread

ROOT = Path(__file__).resolve().parents[1]
ENV = "emulator-env"
GO_MODULE = "github.com/cloudbase-auth/cloudbase-auth-go"


class CountingApp:
    """The emulator, counting the introspections it answers."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.introspections = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].endswith("/token/introspect"):
            self.introspections += 1
        await self.app(scope, receive, send)


async def hello(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


def request_scope(token: str) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/hello",
        "raw_path": b"/hello",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"bench"), (b"authorization", f"Bearer {token}".encode())],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }


async def sign_in_anonymously(emulator: Any, count: int) -> list[str]:
    transport = httpx.ASGITransport(app=emulator)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as http:
        tokens = []
        for i in range(count):
            answer = await http.post(
                "/auth/v1/signin/anonymously", json={}, headers={"x-device-id": f"bench-device-{i:04d}"}
            )
            answer.raise_for_status()
            tokens.append(answer.json()["access_token"])
        return tokens


async def python_asgi(requests: int, rounds: int) -> dict[str, float]:
    """Median seconds per request, wall and this thread's CPU time, for the bare app and the
    app behind the middleware, warm cache. CPU time is what the machine's other load moves
    least (on a shared 2-CPU machine the wall time of a batch includes waiting for a CPU)."""
    emulator = CountingApp(create_app(rate_limit=False))
    auth = AsyncCloudBaseAuth(ENV, base_url="http://emulator/auth/v1", transport=httpx.ASGITransport(app=emulator))
    verifier = TokenVerifier(auth, max_ttl=3600)
    (token,) = await sign_in_anonymously(emulator, 1)
    bare = Starlette(routes=[Route("/hello", hello)])
    wrapped = ASGITokenMiddleware(Starlette(routes=[Route("/hello", hello)]), verifier)
    scope = request_scope(token)
    statuses: list[int] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    await wrapped(dict(scope), receive, send)  # warm the cache: the one introspection
    assert statuses == [200] and emulator.introspections == 1, (statuses, emulator.introspections)
    samples: dict[str, list[float]] = {"bare_wall": [], "bare_cpu": [], "mw_wall": [], "mw_cpu": []}
    for i in range(rounds):
        pair = [(bare, "bare"), (wrapped, "mw")]
        for app, name in pair if i % 2 == 0 else pair[::-1]:
            statuses.clear()
            wall, cpu = time.perf_counter(), time.thread_time()
            for _ in range(requests):
                await app(dict(scope), receive, send)
            samples[f"{name}_cpu"].append((time.thread_time() - cpu) / requests)
            samples[f"{name}_wall"].append((time.perf_counter() - wall) / requests)
            assert statuses == [200] * requests
    assert emulator.introspections == 1, "a warm cache asks nothing"
    await auth.close()
    return {name: statistics.median(values) for name, values in samples.items()}


async def python_introspections(requests: int, tokens_n: int) -> int:
    """Introspections the emulator answers for `requests` verifications over `tokens_n` tokens,
    100 concurrent tasks at a time, within the TTL."""
    emulator = CountingApp(create_app(rate_limit=False))
    auth = AsyncCloudBaseAuth(ENV, base_url="http://emulator/auth/v1", transport=httpx.ASGITransport(app=emulator))
    verifier = TokenVerifier(auth, max_ttl=3600)
    tokens = await sign_in_anonymously(emulator, tokens_n)
    for start in range(0, requests, 100):
        batch = [tokens[i % tokens_n] for i in range(start, min(start + 100, requests))]
        await asyncio.gather(*(verifier.averify(token) for token in batch))
    await auth.close()
    return emulator.introspections


GO_PROGRAM = r"""
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	cloudbase "github.com/cloudbase-auth/cloudbase-auth-go"
)

func main() {
	emulator := os.Getenv("EMULATOR_URL")
	requests, _ := strconv.Atoi(os.Getenv("REQUESTS"))
	rounds, _ := strconv.Atoi(os.Getenv("ROUNDS"))
	target, _ := url.Parse(emulator)
	var introspections atomic.Int64
	proxy := httputil.NewSingleHostReverseProxy(target)
	counting := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/token/introspect") {
			introspections.Add(1)
		}
		proxy.ServeHTTP(w, r)
	}))
	defer counting.Close()
	client, err := cloudbase.New("emulator-env", cloudbase.WithBaseURL(counting.URL+"/auth/v1"), cloudbase.WithRetry(0))
	check(err)
	tokens := make([]string, 100)
	for i := range tokens {
		device, err := cloudbase.New("emulator-env", cloudbase.WithBaseURL(emulator+"/auth/v1"), cloudbase.WithDeviceID(fmt.Sprintf("go-bench-%04d", i)))
		check(err)
		answer, err := device.SignInAnonymously(context.Background(), nil)
		check(err)
		tokens[i] = answer.AccessToken
	}

	// Overhead per request, warm cache: the same handler with and without the middleware.
	verifier, err := cloudbase.NewVerifier(client, cloudbase.WithMaxTTL(time.Hour))
	check(err)
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "ok") })
	wrapped := verifier.Middleware(handler)
	req := httptest.NewRequest(http.MethodGet, "/hello", nil)
	req.Header.Set("Authorization", "Bearer "+tokens[0])
	serve := func(h http.Handler) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			panic(fmt.Sprintf("status %d", rec.Code))
		}
	}
	serve(wrapped) // warm the cache
	var bare, mw, bareCPU, mwCPU []float64
	for i := 0; i < rounds; i++ {
		pair := []struct {
			h         http.Handler
			wall, cpu *[]float64
		}{{handler, &bare, &bareCPU}, {wrapped, &mw, &mwCPU}}
		if i%2 == 1 {
			pair[0], pair[1] = pair[1], pair[0]
		}
		for _, p := range pair {
			start, startCPU := time.Now(), cpuNanos()
			for j := 0; j < requests; j++ {
				serve(p.h)
			}
			*p.cpu = append(*p.cpu, float64(cpuNanos()-startCPU)/float64(requests))
			*p.wall = append(*p.wall, float64(time.Since(start).Nanoseconds())/float64(requests))
		}
	}
	if introspections.Load() != 1 {
		panic("a warm cache asked the service")
	}

	// 10,000 requests over 100 distinct tokens through the middleware, 100 goroutines.
	counted, err := cloudbase.NewVerifier(client, cloudbase.WithMaxTTL(time.Hour))
	check(err)
	srv := httptest.NewServer(counted.Middleware(handler))
	defer srv.Close()
	introspections.Store(0)
	var wg sync.WaitGroup
	var ok atomic.Int64
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; i < 10000; i += 100 {
				r, _ := http.NewRequest(http.MethodGet, srv.URL+"/hello", nil)
				r.Header.Set("Authorization", "Bearer "+tokens[(i*7)%100])
				resp, err := srv.Client().Do(r)
				check(err)
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == 200 {
					ok.Add(1)
				}
			}
		}(g)
	}
	wg.Wait()
	out, _ := json.Marshal(map[string]any{"bare_ns": median(bare), "middleware_ns": median(mw), "bare_cpu_ns": median(bareCPU), "middleware_cpu_ns": median(mwCPU), "requests_ok": ok.Load(), "introspections": introspections.Load()})
	fmt.Println(string(out))
}

// cpuNanos is the process's CPU time (user + system, GC included).
func cpuNanos() int64 {
	var ru syscall.Rusage
	check(syscall.Getrusage(syscall.RUSAGE_SELF, &ru))
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func median(xs []float64) float64 {
	sort.Float64s(xs)
	return xs[len(xs)/2]
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}
"""


def go_side(requests: int, rounds: int) -> dict[str, Any] | None:
    go = shutil.which("go") or shutil.which("/usr/local/go/bin/go")
    if go is None:
        print("go is not installed: the Go rows are skipped", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp, ServerThread(create_app(rate_limit=False)) as server:
        module = Path(tmp) / "bench"
        client = Path(tmp) / "cloudbase"
        shutil.copytree(ROOT / "generated" / "go", client)
        module.mkdir()
        (module / "go.mod").write_text(
            f"module bench\n\ngo 1.22\n\nrequire {GO_MODULE} v0.0.0\n\nreplace {GO_MODULE} => {client}\n",
            encoding="utf-8",
        )
        (module / "main.go").write_text(GO_PROGRAM, encoding="utf-8")
        env = dict(os.environ, GOPROXY="off", GOFLAGS="-mod=mod", GOTOOLCHAIN="local", EMULATOR_URL=server.url)
        env |= {"REQUESTS": str(requests), "ROUNDS": str(rounds)}
        done = subprocess.run(
            [go, "run", "."], cwd=module, env=env, capture_output=True, text=True, timeout=600, check=False
        )
        if done.returncode != 0:
            raise SystemExit(f"the Go benchmark failed:\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per batch (default 2000)")
    parser.add_argument("--rounds", type=int, default=15, help="interleaved batches per side (default 15)")
    args = parser.parse_args()

    py = asyncio.run(python_asgi(args.requests, args.rounds))
    py_count = asyncio.run(python_introspections(10_000, 100))
    go = go_side(args.requests * 10, args.rounds)
    load = os.getloadavg()

    print(
        f"`python bench/bench_verifier.py --requests {args.requests} --rounds {args.rounds}` "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}): medians of {args.rounds} interleaved "
        f"batches, on {os.cpu_count()} CPUs (Python {sys.version.split()[0]}); load average "
        f"{load[0]:.1f}, {load[1]:.1f}, {load[2]:.1f}.\n"
    )
    print("| per request, warm cache | clock | without the middleware | with it | overhead | target |")
    print("| --- | --- | ---: | ---: | ---: | --- |")
    for clock, key in (("CPU", "cpu"), ("wall", "wall")):
        overhead = (py[f"mw_{key}"] - py[f"bare_{key}"]) * 1e6
        verdict = "met" if overhead <= 30 else "**not met**"
        print(
            f"| Python: Starlette app, `ASGITokenMiddleware` (ASGI calls, {args.requests} per batch) | {clock} | "
            f"{py[f'bare_{key}'] * 1e6:.1f} us | {py[f'mw_{key}'] * 1e6:.1f} us | {overhead:.1f} us | <= 30 us: {verdict} |"
        )
    if go is not None:
        for clock, suffix in (("CPU", "_cpu_ns"), ("wall", "_ns")):
            bare_ns, mw_ns = go[f"bare{suffix}"], go[f"middleware{suffix}"]
            go_overhead = (mw_ns - bare_ns) / 1000
            go_verdict = "met" if go_overhead <= 3 else "**not met**"
            print(
                f"| Go: `http.Handler`, `Verifier.Middleware` (httptest recorder, {args.requests * 10} per batch) | "
                f"{clock} | {bare_ns / 1000:.2f} us | {mw_ns / 1000:.2f} us | {go_overhead:.2f} us | <= 3 us: {go_verdict} |"
            )
    print()
    print("| 10,000 requests over 100 distinct tokens, within the TTL | introspections | target |")
    print("| --- | ---: | --- |")
    print(f"| Python `TokenVerifier.averify`, 100 concurrent tasks, in-process emulator | {py_count} | exactly 100: {'met' if py_count == 100 else '**not met**'} |")
    if go is not None:
        count = go["introspections"]
        print(
            f"| Go `Verifier.Middleware`, 100 goroutines over HTTP, emulator on loopback "
            f"({go['requests_ok']} of 10000 let in) | {count} | exactly 100: {'met' if count == 100 else '**not met**'} |"
        )


if __name__ == "__main__":
    main()
