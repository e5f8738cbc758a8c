"""Sessions: `nox` runs what CI runs (lint, typecheck, check, diff, tests, go, php, java); `full`
(the same, with the tests marked `full`), `bench`, `mutation` and `lock` are opt-in.

Every install goes through `constraints.txt`, the lock: a release of any dependency can change
neither `generated/` nor a test's verdict until someone runs `nox -s lock`, regenerates, and
commits the result.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import nox

nox.options.sessions = ["lint", "typecheck", "check", "diff", "tests", "go", "php", "java"]
nox.options.reuse_existing_virtualenvs = True
# uv builds each session's virtualenv and installs into it (the README installs nox[uv]); the
# installs were 40 s a session with pip, about a quarter of the default run. virtualenv and pip
# stand in where uv is missing. Every install still goes through constraints.txt.
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.error_on_missing_interpreters = True

PYTHON = "3.11"
ROOT = Path(__file__).parent
CONSTRAINTS = ROOT / "constraints.txt"
NODE_PARITY = ROOT / "tests" / "runtime" / "node_parity"
BROWSER = ROOT / "tests" / "browser"
OFFICIAL_CLIENT = ROOT / "tests" / "official_client"
# The Go client's tests: run by the `go` session (they need a Go toolchain), not by `tests`.
GO_TESTS = (
    "tests/go",
    "tests/cookbook/test_go_equivalent.py",
    "tests/hostile/test_go_outputs.py",
    "tests/hostile/test_go_fuzz.py",
    "tests/diff/test_oasdiff_oracle.py",
    "tests/wire_table/test_go_wire.py",
)
# The PHP client's tests: run by the `php` session (they need php and phpunit), not by `tests`.
PHP_TESTS = ("tests/php", "tests/cookbook/test_php_equivalent.py", "tests/wire_table/test_php_wire.py")
# The Java client's tests: run by the `java` session (they need a JDK and Maven), not by `tests`;
# with them tests/interop, one token file shared by Python, Go, Java and PHP processes (the java
# session runs last in the default set, when Go and PHP are there too).
JAVA_TESTS = ("tests/java", "tests/interop", "tests/wire_table/test_java_wire.py")


def _install(session: nox.Session, *args: str) -> None:
    """pip install under the lock. PIP_CONSTRAINT (not only -c) so that isolated build
    environments (setuptools for the editable installs) are locked too."""
    session.env["PIP_CONSTRAINT"] = str(CONSTRAINTS)
    session.env["UV_CONSTRAINT"] = str(CONSTRAINTS)
    session.env["UV_BUILD_CONSTRAINT"] = str(CONSTRAINTS)
    # pip, setuptools and wheel in every session's venv as in one virtualenv seeds: the tests
    # session's wheelhouse step runs pip, and the tests build wheels with the session's Python.
    session.install("-c", str(CONSTRAINTS), "pip", "setuptools", "wheel", *args)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Ruff on the hand-written code, the client's runtime included (generated/ is checked by `tests`)."""
    _install(session, "ruff")
    session.run(
        "ruff", "check", "generator", "emulator", "authspec", "packages", "templates/python/runtime", "tests",
        "bench", "noxfile.py",
        *session.posargs,
    )  # fmt: skip


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on generator/, emulator/ and the client's runtime (templates/python/runtime/)."""
    _install(session, "-e", ".[test]")
    session.run("mypy", *session.posargs)


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    """Fail when generated/ differs from what `authgen generate` would write now."""
    _install(session, "-e", ".")
    session.run("authgen", "check", *session.posargs)


@nox.session(python=PYTHON)
def diff(session: nox.Session) -> None:
    """Fail on a breaking change since the last released spec (spec/released/) without a major bump."""
    _install(session, "-e", ".")
    session.run("authgen", "diff", "--released", "--fail-on", "breaking", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """pytest: unit, golden, contract, end-to-end against the emulator, bad-spec corpus."""
    _install(session, "-e", ".[test]", "-e", "generated/python")
    # What tests may not fetch themselves (they reach no network; this setup step may):
    # the generated package's declared dependencies, for its fresh-venv install test, and
    # authgen's own locked dependencies, for the fresh-clone test of the README's commands.
    wheelhouse = Path(session.virtualenv.location) / "wheelhouse"
    session.run(
        "pip", "download", "--quiet", "-c", str(CONSTRAINTS), "--dest", str(wheelhouse),
        ".", "./generated/python", "setuptools", "wheel", "pytest",
    )  # fmt: skip
    session.env["AUTHGEN_WHEELHOUSE"] = str(wheelhouse)
    if shutil.which("npm") and (NODE_PARITY / "package.json").exists():
        # The official node-sdk, to compare create_ticket byte for byte; installed here
        # (from the npm registry) because the tests themselves reach no network.
        session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(NODE_PARITY), external=True)
    if shutil.which("npm") and (OFFICIAL_CLIENT / "package.json").exists():
        # The official @cloudbase/oauth client, which tests/emulator/test_official_client.py runs
        # in Node against the emulator.
        session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(OFFICIAL_CLIENT), external=True)
    if shutil.which("npm") and (BROWSER / "package.json").exists():
        # The docs site's browser test: playwright-core drives Debian's chromium (no browser
        # download works here), installed when missing and we may (root, as on CI).
        if not (shutil.which("chromium") or shutil.which("chromium-browser")) and os.geteuid() == 0:
            apt_env = {"DEBIAN_FRONTEND": "noninteractive"}
            session.run("apt-get", "update", "-qq", external=True, env=apt_env)
            session.run("apt-get", "install", "-y", "-qq", "chromium", external=True, env=apt_env)
        session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(BROWSER), external=True)
    # On every CPU (pytest-xdist): 6 min instead of 10 on 2 CPUs; `nox -s tests -- -n 0` runs
    # it in one process (posargs come last and win).
    ignored = [f"--ignore={path}" for path in (*GO_TESTS, *PHP_TESTS, *JAVA_TESTS)]
    session.run("pytest", "-n", "auto", *ignored, *session.posargs)


STATICCHECK = "v0.8.2"  # honnef.co/go/tools, the newest accepted by this Go (1.26)
OASDIFF = "v1.39.0"  # github.com/oasdiff/oasdiff, the newest the module proxy serves that builds with Go 1.26
OAPI_CODEGEN = "v2.5.1"  # github.com/oapi-codegen/oapi-codegen/v2: a generic generator's view of the spec
OAPI_CODEGEN_DEPENDENCIES = ROOT / "tests" / "go" / "oapi_codegen"


def _go_binary() -> str | None:
    return shutil.which("go") or shutil.which("/usr/local/go/bin/go")


@nox.session(python=PYTHON)
def go(session: nox.Session) -> None:
    """The Go client (generated/go): gofmt-clean, go vet, go test -race (runtime and generated),
    its flows, the README's first flow in a fresh module and every cookbook page's Go code
    against the emulator, and its ticket against the Python client and node-sdk; and oasdiff,
    built here, as the oracle of `authgen diff`."""
    found = _go_binary()
    if found is None:
        session.error("go is not installed (Go 1.22 or newer): the go session needs it")
    session.env["PATH"] = f"{Path(found).parent}{os.pathsep}{session.env.get('PATH', os.environ['PATH'])}"
    _install(session, "-e", ".[test]", "-e", "generated/python")
    if shutil.which("npm") and (NODE_PARITY / "package.json").exists():
        session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(NODE_PARITY), external=True)
    # staticcheck, pinned, from the Go module proxy (setup may reach it; the tests reach nothing).
    gobin = Path(session.virtualenv.location) / "gobin"
    session.run(
        found, "install", f"honnef.co/go/tools/cmd/staticcheck@{STATICCHECK}", external=True,
        env={"GOBIN": str(gobin), "GOTOOLCHAIN": "local"},
    )  # fmt: skip
    session.env["AUTHGEN_STATICCHECK"] = str(gobin / "staticcheck")
    # oasdiff, pinned: the oracle of `authgen diff` (tests/diff/test_oasdiff_oracle.py).
    session.run(
        found, "install", f"github.com/oasdiff/oasdiff@{OASDIFF}", external=True,
        env={"GOBIN": str(gobin), "GOTOOLCHAIN": "local"},
    )  # fmt: skip
    session.env["AUTHGEN_OASDIFF"] = str(gobin / "oasdiff")
    # oapi-codegen, pinned: tests/go/test_oapi_codegen.py runs its default generation on the spec
    # and builds the output, offline, against the modules downloaded here (go.sum pins them).
    session.run(
        found, "install", f"github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@{OAPI_CODEGEN}",
        external=True, env={"GOBIN": str(gobin), "GOTOOLCHAIN": "local"},
    )  # fmt: skip
    with session.chdir(OAPI_CODEGEN_DEPENDENCIES):
        session.run(found, "mod", "download", external=True, env={"GOTOOLCHAIN": "local"})
    session.env["AUTHGEN_OAPI_CODEGEN"] = str(gobin / "oapi-codegen")
    # Two workers: the Go builds and race runs overlap (158 s -> 87 s of tests on 2 cores).
    session.run("pytest", "-n", "2", *GO_TESTS, *session.posargs)


# Debian's PHP 8.2 and phpunit 9.6 (the versions of the distribution's release: apt pins them).
PHP_PACKAGES = ("php-cli", "php-curl", "php-mbstring", "phpunit")


@nox.session(python=PYTHON)
def php(session: nox.Session) -> None:
    """The PHP client (generated/php): php -l, phpunit (runtime; generated with every vector and
    the flows against the emulator), the type check against the IR, the token-file lock across
    PHP and Python processes, ticket parity with node-sdk, and every cookbook page's PHP code."""
    if not (shutil.which("php") and shutil.which("phpunit")):
        if os.geteuid() != 0:
            session.error(f"php and phpunit are missing; install them: apt-get install {' '.join(PHP_PACKAGES)}")
        apt_env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-qq", external=True, env=apt_env)
        session.run("apt-get", "install", "-y", "-qq", *PHP_PACKAGES, external=True, env=apt_env)
    _install(session, "-e", ".[test]", "-e", "generated/python")
    if shutil.which("npm") and (NODE_PARITY / "package.json").exists():
        session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(NODE_PARITY), external=True)
    session.env["AUTHGEN_PHP_REQUIRED"] = "1"  # here a missing php fails the tests, never skips them
    session.run("pytest", "-n", "2", *PHP_TESTS, *session.posargs)


@nox.session(python=PYTHON)
def java(session: nox.Session) -> None:
    """The Java client (generated/java): one `mvn verify` (lint as errors, unit tests in two time
    zones, the vectors, its flows against the emulator, jar, sources and javadoc), the README's
    first flow and every cookbook page's Java code against the emulator, its ticket against
    node-sdk and Python, and one token file shared with Java and Python processes."""
    for tool in ("mvn", "java", "javac"):
        if shutil.which(tool) is None:
            session.error(f"{tool} is not installed (a JDK 17 and Maven 3.8+): the java session needs it")
    _install(session, "-e", ".[test]", "-e", "generated/python")
    if shutil.which("npm") and (NODE_PARITY / "package.json").exists():
        session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(NODE_PARITY), external=True)
    # The Maven repository the tests use offline, filled here (setup may reach Maven Central; the
    # tests reach nothing): a build of a scratch copy of generated/java resolves the dependency,
    # every pinned plugin and the JUnit provider (one quick test class runs). Skipped when the
    # repository already served these very poms (a marker holds their hash).
    repo = Path(session.virtualenv.location) / "m2"
    poms = (ROOT / "generated" / "java" / "pom.xml", ROOT / "templates" / "java" / "runtime" / "pom.xml")
    fingerprint = hashlib.sha256(b"".join(p.read_bytes() for p in poms)).hexdigest()
    marker = repo / ".authgen-resolved"
    if not marker.is_file() or marker.read_text(encoding="utf-8") != fingerprint:
        scratch = Path(session.create_tmp()) / "java-resolve"
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(ROOT / "generated" / "java", scratch)
        session.run(
            "mvn", "-B", "-q", f"-Dmaven.repo.local={repo}", "-f", str(scratch / "pom.xml"),
            "-Dtest=ClientCoreTest", "-Dsurefire.failIfNoSpecifiedTests=false", "verify", "dependency:build-classpath",
            external=True,
        )  # fmt: skip
        marker.write_text(fingerprint, encoding="utf-8")
    session.env["AUTHGEN_MAVEN_REPO"] = str(repo)
    session.run("pytest", *JAVA_TESTS, *session.posargs)


# The sessions whose pytest runs take `-m ""`: in `full` they run the tests marked `full` too.
PYTEST_SESSIONS = ("tests", "go", "php", "java")


@nox.session(venv_backend="none")  # it only queues the others
def full(session: nox.Session) -> None:
    """Everything: the default sessions, their tests marked `full` included (fresh venvs and
    clones, Schemathesis, every planted conformance deviation,
    lint's mutation fuzz). The default run leaves those out to stay under 15 minutes on
    2 cores; run this before a release and after changing packaging, escaping or conformance."""
    for name in nox.options.sessions:
        session.notify(name, posargs=["-m", ""] if name in PYTEST_SESSIONS else [])


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks (opt-in); paste the printed table into BENCHMARKS.md."""
    _install(session, "-e", ".[test]", "-e", "generated/python")
    for script in sorted((ROOT / "bench").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)


# The mutants `nox -s mutation` runs when given no posargs: the shared handler helpers and the
# contact handler's (about 8 minutes). The lint rules (`generator.lint.*`) take far longer.
MUTATION_DEFAULT_SCOPE = ("emulator.handlers.common.*", "emulator.handlers.contact.*")


@nox.session(python=PYTHON)
def mutation(session: nox.Session) -> None:
    """Mutation testing with mutmut (opt-in); record the printed score in TESTING.md.

    Mutable files and the tests that run are `[tool.mutmut]` in pyproject.toml; posargs pick
    which mutants run, as mutmut name globs, e.g. `nox -s mutation -- "generator.lint.*"`, or
    the client runtime: `nox -s mutation -- "templates.python.runtime._session.*"`.
    """
    _install(session, "-e", ".[test,mutation]", "-e", "generated/python")
    shutil.rmtree(ROOT / "mutants", ignore_errors=True)  # stale mutants would be reused
    args = session.posargs or MUTATION_DEFAULT_SCOPE
    tests = mutation_tests(args)
    session.log(f"AUTHGEN_MUTATION_TESTS={tests} (the tests this run collects: tests/conftest.py)")
    session.run("mutmut", "run", *args, env={"AUTHGEN_MUTATION_TESTS": tests})
    session.run("mutmut", "results")


def mutation_tests(args: Sequence[str]) -> str:
    """Which tests a mutation run collects (tests/conftest.py, MUTATION_TESTS), from its globs:
    `generator.*` mutants (lint, the targets) need the generator's tests, the rest (the emulator's
    handlers, the client runtime) the emulator's and the runtime's. Options (`--max-children 1`)
    are passed through to mutmut and do not count."""
    globs: list[str] = []
    option_value = False  # the word after an option without `=` is its value
    for arg in args:
        if option_value:
            option_value = False
        elif arg.startswith("-"):
            option_value = "=" not in arg
        else:
            globs.append(arg)
    return ",".join(sorted({"generator" if g.startswith("generator.") else "runtime" for g in globs}))


@nox.session(python=PYTHON, reuse_venv=False)
def lock(session: nox.Session) -> None:
    """Re-resolve constraints.txt: the newest versions pyproject's ranges allow (opt-in).

    A deliberate upgrade: run it, then `authgen generate` and `nox`, and commit all three.
    pip's own resolver, not a lock tool, so the lock is exactly the set the tests ran on.
    """
    session.install("-e", ".[test]", "-e", "generated/python", "nox[uv]", "pip", "setuptools", "wheel")
    frozen = session.run("pip", "freeze", "--all", "--exclude-editable", silent=True)
    assert isinstance(frozen, str)
    pins = sorted(
        (line for line in frozen.splitlines() if line and not line.startswith("#")),
        key=str.lower,
    )
    header = (
        "# The lock: every package any nox session, README command or CI run installs, at the\n"
        "# exact version the tests ran on. Written by `nox -s lock`; do not edit by hand.\n"
        "# Used as pip constraints (-c / PIP_CONSTRAINT), so it pins without installing.\n"
    )
    CONSTRAINTS.write_text(header + "\n".join(pins) + "\n", encoding="utf-8")
    session.log(f"wrote {CONSTRAINTS.name} ({len(pins)} pins)")
