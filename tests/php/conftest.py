"""Helpers for the PHP tests: find php and phpunit (Debian's), run them in scratch copies.

The `php` nox session installs both with apt and sets AUTHGEN_PHP_REQUIRED=1: there a missing
tool fails the tests instead of skipping them, so a session meant to test PHP cannot pass
without PHP.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
RUNTIME = REPO / "templates" / "php" / "runtime"
# The package under test: generated/php, or a scratch copy with a planted bug (planted_bugs.py).
GENERATED = Path(os.environ.get("AUTHGEN_PHP_PACKAGE") or REPO / "generated" / "php")
VECTORS = REPO / "generated" / "vectors"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed (apt-get install php-cli php-curl php-mbstring phpunit; `nox -s php` does it)"
        if os.environ.get("AUTHGEN_PHP_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="session")
def php() -> str:
    found = _tool("php")
    modules = subprocess.run([found, "-m"], capture_output=True, text=True, check=True).stdout.lower().split()
    missing = [m for m in ("curl", "json", "openssl", "mbstring") if m not in modules]
    if missing:
        pytest.fail(f"php lacks the extensions {missing} (apt-get install php-curl php-mbstring)")
    return found


# The phpunit the tests are written for: Debian 12's (its phpunit.xml attributes are 9.x's).
PHPUNIT_MAJOR = "9."


@pytest.fixture(scope="session")
def phpunit(php: str) -> str:
    found = _tool("phpunit")
    version = subprocess.run([found, "--version"], capture_output=True, text=True, check=False).stdout
    if f"PHPUnit {PHPUNIT_MAJOR}" not in version:
        pytest.fail(f"phpunit {PHPUNIT_MAJOR}x is needed (Debian 12's phpunit), found: {version.strip()}")
    return found


def run_php(
    php: str,
    args: list[str],
    *,
    cwd: Path | None = None,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> str:
    done = subprocess.run(
        [php, *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert done.returncode == 0, f"php {' '.join(args)} failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return done.stdout


def php_json(php: str, script: str, payload: Any = None, env: dict[str, str] | None = None) -> Any:
    """Run a PHP script (source text) that loads the generated package and prints JSON."""
    out = run_php(php, ["-d", "error_reporting=-1", "-r", script], stdin=json.dumps(payload), env=env)
    return json.loads(out)


def copy_package(source: Path, dest: Path) -> Path:
    """A scratch copy (tests never write into the repository)."""
    shutil.copytree(source, dest)
    return dest


def lint_all(php: str, folder: Path) -> list[str]:
    """`php -l` on every PHP file below folder; the files it refuses, with its message."""
    problems = []
    for path in sorted(folder.rglob("*.php")):
        done = subprocess.run([php, "-l", str(path)], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            problems.append(f"{path}: {done.stdout.strip()} {done.stderr.strip()}")
    return problems
