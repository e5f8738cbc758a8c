"""Sessions: `nox` runs what CI runs (lint, typecheck, check, tests); `nox -s bench` is opt-in."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

nox.options.sessions = ["lint", "typecheck", "check", "tests"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

PYTHON = "3.11"
ROOT = Path(__file__).parent
NODE_PARITY = ROOT / "tests" / "runtime" / "node_parity"


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Ruff on the hand-written code (generated/ is checked by `tests`)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", "generator", "emulator", "tests", "bench", "noxfile.py", *session.posargs)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on generator/ and emulator/."""
    session.install("-e", ".[test]")
    session.run("mypy", *session.posargs)


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    """Fail when generated/ differs from what `authgen generate` would write now."""
    session.install("-e", ".")
    session.run("authgen", "check", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """pytest: unit, golden, contract, end-to-end against the emulator, bad-spec corpus."""
    session.install("-e", ".[test]", "-e", "generated/python")
    # The declared dependencies of the generated package, for the fresh-venv install test
    # (tests reach no network; this setup step may).
    wheelhouse = Path(session.virtualenv.location) / "wheelhouse"
    session.run("pip", "download", "--quiet", "--dest", str(wheelhouse), "./generated/python", "setuptools>=77", "wheel")
    session.env["AUTHGEN_WHEELHOUSE"] = str(wheelhouse)
    if shutil.which("npm") and (NODE_PARITY / "package.json").exists():
        # The official node-sdk, to compare create_ticket byte for byte; installed here
        # (from the npm registry) because the tests themselves reach no network.
        session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(NODE_PARITY), external=True)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks (opt-in); paste the printed table into BENCHMARKS.md."""
    session.install("-e", ".[test]", "-e", "generated/python")
    for script in sorted((ROOT / "bench").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)
