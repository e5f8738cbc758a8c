"""The Java client's per-call overhead against a raw `java.net.http.HttpClient` call on loopback,
side by side in one JVM (bench/java/ClientOverhead.java; target: median ratio <= 1.15x).

Builds a scratch copy of generated/java (`mvn package`, tests skipped; Maven may download here,
this is no test: AUTHGEN_MAVEN_REPO picks the repository, default Maven's own), compiles the
benchmark against the jar and Jackson, and prints a Markdown row for BENCHMARKS.md.

Run: `nox -s bench` or `python bench/bench_java.py [--calls N] [--rounds N]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=11)
    args = parser.parse_args()
    for tool in ("mvn", "javac", "java"):
        if shutil.which(tool) is None:
            print(f"bench_java: {tool} is not installed; skipped", file=sys.stderr)
            return 0
    repo = os.environ.get("AUTHGEN_MAVEN_REPO")
    maven = ["mvn", "-B", "-q", *([f"-Dmaven.repo.local={repo}"] if repo else [])]
    with tempfile.TemporaryDirectory(prefix="bench-java-") as tmp:
        project = Path(tmp) / "cloudbase-auth"
        shutil.copytree(ROOT / "generated" / "java", project)
        classpath_file = project / "classpath.txt"
        subprocess.run(
            [*maven, "-DskipTests", "-Dmaven.javadoc.skip=true", "-Dmaven.source.skip=true", "package",
             "dependency:build-classpath", "-Dmdep.includeScope=runtime", f"-Dmdep.outputFile={classpath_file}"],
            cwd=project, check=True,
        )  # fmt: skip
        jar = next((project / "target").glob("cloudbase-auth-*[0-9].jar"))
        classpath = os.pathsep.join([str(jar), classpath_file.read_text(encoding="utf-8").strip()])
        classes = Path(tmp) / "classes"
        source = ROOT / "bench" / "java" / "ClientOverhead.java"
        subprocess.run(["javac", "-cp", classpath, "-d", str(classes), str(source)], check=True)
        done = subprocess.run(
            ["java", "-cp", f"{classes}{os.pathsep}{classpath}", "ClientOverhead", str(args.calls), str(args.rounds)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    raw_us, ours_us = (float(x) for x in done.stdout.split())
    ratio = ours_us / raw_us
    verdict = "met" if ratio <= 1.15 else "not met"
    print("| measure | raw HttpClient | CloudBaseAuth (Java) | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| per call, loopback (median of {args.rounds} x {args.calls}) | {raw_us:.1f} us | {ours_us:.1f} us "
        f"| {ratio:.2f}x | <= 1.15x: {verdict} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
