"""Planted bugs in the Python client and the IR (issue 28 item 11, issues 22 and 28's client
items): one at a time, each a behaviour a user would notice; the named tests run on it and the
bug must make one fail.

A runtime bug is planted in templates/python/runtime/ (what the runtime tests build their
package from) and in its byte-identical copy in generated/python/cloudbase_auth/ (what the
installed ``cloudbase_auth`` runs); a generator bug in generator/ (the runtime tests build the
IR and the mini spec's package at test time). Every file is restored after each bug, whatever
happens.

Run: ``.venv/bin/python tests/runtime/planted_bugs.py [name substring ...]`` (a few seconds to a
minute a bug; the deadline ones wait for the trickle they no longer cut). Results: TESTING.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = "templates/python/runtime/"
GENERATED = "generated/python/cloudbase_auth/"

# (name, file, text, replacement, tests)
BUGS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "a 403 triggers a refresh and a resend",
        RUNTIME + "_base.py",
        'return exc.error == "unauthenticated" or exc.status_code == 401',
        'return exc.error in ("unauthenticated", "permission_denied") or exc.status_code in (401, 403)',
        ["tests/runtime/test_audit_rules.py", "tests/e2e/test_client_rules.py"],
    ),
    (
        "the DEBUG request log knows only the built-in secret names",
        RUNTIME + "_base.py",
        "                redact(prepared.json, self._secret_fields),",
        "                redact(prepared.json),",
        ["tests/runtime/test_audit_rules.py"],
    ),
    (
        "a date-time with an offset is written with Z",
        RUNTIME + "_models.py",
        'return f"{text[:-6]}Z" if text.endswith("+00:00") else text',
        'return f"{text[:-6]}Z" if text[-6] in "+-" else text',
        ["tests/runtime/test_audit_rules.py"],
    ),
    (
        "a Retry-After HTTP-date is read as local time",
        RUNTIME + "_retry.py",
        "        seconds = when.timestamp() - now()",
        "        seconds = when.replace(tzinfo=None).timestamp() - now()",
        ["tests/runtime/test_audit_rules.py"],
    ),
    (
        "the IR reads a parameter's x-secret only from its schema",
        "generator/ir.py",
        'secret=bool(p.get("x-secret") or pschema.get("x-secret")),',
        'secret=bool(pschema.get("x-secret")),',
        ["tests/runtime/test_wire_rules.py"],
    ),
    (
        "client_id not sent on Bearer-or-Basic operations",
        "generator/spec.py",
        'return self.mode in ("none", "basic", "bearer_optional", "bearer_or_basic")',
        'return self.mode in ("none", "basic", "bearer_optional")',
        ["tests/runtime/test_wire_rules.py"],
    ),
    (
        "a const is not a fixed value",
        "generator/ir.py",
        '([schema["const"]] if "const" in schema else ())',
        "()",
        ["tests/runtime/test_fixed_values.py"],
    ),
    (
        "the runtime does not fill in fixed body fields",
        RUNTIME + "_base.py",
        "        if op.fixed_body and (json is None or isinstance(json, Mapping)):",
        "        if False:",
        ["tests/runtime/test_fixed_values.py"],
    ),
    (
        "revoking any token signs the caller out",
        RUNTIME + "_base.py",
        "        if op.clears_session and self._ended_own_session(json, sent):",
        "        if op.clears_session:",
        ["tests/runtime/test_revoke.py", "tests/e2e/test_client_rules.py"],
    ),
    (
        "an unknown region falls back to the international gateway",
        RUNTIME + "_base.py",
        "        _check_region(region, ops.CHINA_REGIONS, getattr(ops, \"INTL_REGIONS\", frozenset()))\n",
        "",
        ["tests/runtime/test_regions.py"],
    ),
    (
        "an expired admin token is not renewed",
        RUNTIME + "_base.py",
        '            and "admin" in (session.scope or "").split()\n',
        "            and False\n",
        ["tests/runtime/test_admin_renewal.py", "tests/e2e/test_client_rules.py"],
    ),
    (
        "a user's session is swapped for an admin token",
        RUNTIME + "_base.py",
        '            and "admin" in (session.scope or "").split()\n',
        "",
        ["tests/runtime/test_admin_renewal.py"],
    ),
    (
        "no 404 hint for a base URL without /auth/v1",
        RUNTIME + "_base.py",
        '            if not httpx.URL(self._base_url).path.rstrip("/").endswith("/auth/v1"):',
        "            if False:",
        ["tests/e2e/test_client_rules.py", "tests/e2e/test_client_hardening.py"],
    ),
    (
        "the network operations ignore the call's deadline",
        RUNTIME + "_deadline.py",
        "    left = running_deadline()\n    if left is None:",
        "    left = None\n    if left is None:",
        ["tests/runtime/test_deadline.py"],
    ),
    (
        "the async client has no deadline of its own",
        RUNTIME + "_base.py",
        "                    async with asyncio.timeout(deadline.remaining()):",
        "                    async with asyncio.timeout(None):",
        ["tests/runtime/test_deadline.py::test_the_async_client_cuts_off_any_transport_at_the_deadline"],
    ),
    (
        "a model's KeyError reaches the caller",
        RUNTIME + "_base.py",
        "        except (KeyError, TypeError, ValueError, AttributeError) as exc:\n            what",
        "        except ZeroDivisionError as exc:\n            what",
        ["tests/runtime/test_deadline.py"],
    ),
    (
        "the body is read whole, whatever its size",
        RUNTIME + "_base.py",
        "        if size > self._max_response_bytes:",
        "        if False:",
        ["tests/runtime/test_bounded_answers.py"],
    ),
    (
        "deep JSON raises RecursionError",
        RUNTIME + "_base.py",
        "    except RecursionError:\n",
        "    except ZeroDivisionError:\n",
        ["tests/runtime/test_bounded_answers.py"],
    ),
    (
        "the lock file follows a planted symlink",
        RUNTIME + "_storage.py",
        "os.O_RDWR | os.O_CREAT | _O_NOFOLLOW | _O_NONBLOCK | _O_CLOEXEC",
        "os.O_RDWR | os.O_CREAT | _O_NONBLOCK | _O_CLOEXEC",
        ["tests/runtime/test_lock_convention.py"],
    ),
    (
        "no POSIX record lock (a Java peer is not excluded)",
        RUNTIME + "_storage.py",
        "            fcntl.lockf(fd, fcntl.LOCK_EX | wait)\n",
        "            pass\n",
        ["tests/runtime/test_lock_convention.py"],
    ),
    (
        "a FIFO at the token path is opened",
        RUNTIME + "_storage.py",
        "        target = self._target()\n        if target is None:\n            return {}\n",
        "        target = self._path\n",
        ["tests/runtime/test_lock_convention.py"],
    ),
]


def _files(path: str) -> list[Path]:
    files = [ROOT / path]
    if path.startswith(RUNTIME):
        files.append(ROOT / GENERATED / path.removeprefix(RUNTIME))
    return files


def plant(name: str, path: str, old: str, new: str, tests: list[str]) -> bool:
    """True when a test failed with the bug planted (the bug was caught)."""
    saved = {f: f.read_text(encoding="utf-8") for f in _files(path)}
    try:
        for file, text in saved.items():
            if text.count(old) != 1:
                raise SystemExit(f"{name}: the text to replace is not exactly once in {file}")
            file.write_text(text.replace(old, new), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "-n", "0", "-p", "no:cacheprovider", *tests],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        for file, text in saved.items():
            file.write_text(text, encoding="utf-8")
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-200:]
    print(f"{'killed  ' if done.returncode else 'SURVIVED'} {name}: {last}", flush=True)
    return done.returncode != 0


def main(selected: list[str]) -> int:
    bugs = [b for b in BUGS if not selected or any(s in b[0] for s in selected)]
    killed = sum(plant(*bug) for bug in bugs)
    print(f"{len(bugs)} planted, {killed} killed")
    return 0 if killed == len(bugs) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
