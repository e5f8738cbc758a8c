"""Helpers for the Java tests: Maven and the JDK, offline, against the local repository the nox
`java` session fills during its setup (tests reach no network), and the generated project built
once per session (its unit tests, the shared vectors and the end-to-end flows in one run)."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated" / "java"
RUNTIME = REPO / "templates" / "java" / "runtime"
VECTORS = REPO / "generated" / "vectors"
E2E = Path(__file__).resolve().parent / "e2e"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is not installed: the java session needs a JDK 17 and Maven (apt-get install openjdk-17-jdk maven)"
        )
    return found


def maven_repo() -> Path:
    """The local repository the nox `java` session filled (a test must not download)."""
    value = os.environ.get("AUTHGEN_MAVEN_REPO", "")
    if not value or not Path(value).is_dir():
        pytest.fail(
            "AUTHGEN_MAVEN_REPO is not set: run the Java tests through `nox -s java`, which fills the Maven repository"
        )
    return Path(value)


# Short-lived JVMs (Maven itself, a cookbook page, a helper program) start faster with the client
# compiler only and the serial collector: seconds saved per launch on a busy 2-core machine.
FAST_JVM = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"]


def run_mvn(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 900) -> str:
    command = [tool("mvn"), "-B", "-q", "-o", f"-Dmaven.repo.local={maven_repo()}", *args]
    done = subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, "MAVEN_OPTS": " ".join(FAST_JVM), **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"mvn {' '.join(args)} failed:\n{done.stdout[-6000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def run_java(
    args: list[str], *, cwd: Path | None = None, stdin: str | None = None, timeout: float = 300
) -> str:
    done = subprocess.run(
        [tool("java"), *FAST_JVM, *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, (
        f"java {' '.join(args[-2:])} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )
    return done.stdout


def javac(sources: list[Path], classpath: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    command = [
        tool("javac"),
        "-encoding",
        "UTF-8",
        "--release",
        "17",
        "-cp",
        classpath,
        "-d",
        str(out),
        *map(str, sources),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, f"javac failed:\n{done.stdout[-6000:]}\n{done.stderr[-6000:]}"


@dataclass(frozen=True)
class JavaProject:
    folder: Path  # the scratch copy of generated/java that Maven built
    classpath: str  # the client's classes and its runtime dependencies (Jackson)

    def reports(self, kind: str = "surefire-reports") -> Path:
        return self.folder / "target" / kind


# The one build of a pytest process. tests/wire_table imports `java_project` too, and pytest keeps
# a session fixture's value per folder that declares it: without this, running both folders
# would build the client twice (minutes each).
_BUILT: list[JavaProject] = []


@pytest.fixture(scope="session")
def java_project(tmp_path_factory: pytest.TempPathFactory, _emulator_server_session: str) -> JavaProject:
    """generated/java, with tests/java/e2e added, built by one `mvn verify`: compile (lint as
    errors), the runtime's unit tests (twice: UTC and Asia/Shanghai), the shared vectors, the
    end-to-end flows against the emulator, the jar, its sources and its javadoc."""
    if not _BUILT:
        _BUILT.append(_build_java_project(tmp_path_factory, _emulator_server_session))
    return _BUILT[0]


def _build_java_project(tmp_path_factory: pytest.TempPathFactory, emulator_url: str) -> JavaProject:
    folder = tmp_path_factory.mktemp("java") / "cloudbase-auth"
    shutil.copytree(GENERATED, folder)
    e2e = folder / "src" / "test" / "java" / "e2e"
    e2e.mkdir(parents=True)
    for source in sorted(E2E.glob("*.java")):
        shutil.copy(source, e2e / source.name)
    httpx.post(f"{emulator_url}/emulator/v1/reset", json={}, timeout=10).raise_for_status()
    classpath_file = folder / "classpath.txt"
    run_mvn(
        [
            f"-Dcloudbase.vectors={VECTORS}",
            "verify",
            "dependency:build-classpath",
            "-Dmdep.includeScope=runtime",
            f"-Dmdep.outputFile={classpath_file}",
        ],
        folder,
        env={"EMULATOR_URL": emulator_url},
    )
    jar = folder / "target" / f"{folder.name}-{version()}.jar"
    assert jar.is_file(), f"no {jar.name}"
    return JavaProject(
        folder, os.pathsep.join([str(jar), classpath_file.read_text(encoding="utf-8").strip()])
    )


def version() -> str:
    import json

    ir = json.loads((REPO / "generated" / "ir.json").read_text(encoding="utf-8"))
    return str(ir["api"]["version"])
