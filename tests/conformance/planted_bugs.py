"""Plant one bug at a time in generator/conformance and run the tests that should catch it.

    .venv/bin/python tests/conformance/planted_bugs.py [name ...]

Each bug is an exact text replacement in one source file (the file is restored at once, even on
Ctrl-C); a bug is killed when its tests fail. Not part of the test run: a bug takes 5-30 s.
The results of the last run are in TESTING.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PKG = "generator/conformance/"
PLANTED = "tests/conformance/test_planted.py"
SAFETY = "tests/conformance/test_safety.py"
REDACT = "tests/conformance/test_redact.py"

# name: (file, original text, planted text, pytest arguments)
BUGS: dict[str, tuple[str, str, str, list[str]]] = {
    "writes run without --allow-writes": (
        "plan.py",
        'needs = set(step.needs) | ({"writes"} if step.effect is Effect.WRITE else set())',
        'needs = set(step.needs) - {"writes"}',
        [SAFETY, "-k", "no_write or plan"],
    ),
    "the transport sends calls outside the plan": (
        "transport.py", "if operation not in self._allowed:", "if False:", [SAFETY, "-k", "refuses"],
    ),
    "no rate limit": ("transport.py", "        if now < self._next:", "        if False:", [SAFETY, "-k", "rate"]),
    "secret fields shown by name": (
        "redact.py", "if secret and value is not None and not isinstance(value, bool):", "if False:",
        [SAFETY, REDACT, "-k", "secret or by_name"],
    ),
    "secrets in answers not learned": (
        "transport.py", "            self._redactor.learn_json(json.loads(content))", "            pass",
        [SAFETY, "-k", "secret"],
    ),
    "secrets in request headers not learned": (
        "transport.py", "        self._redactor.learn_request(request)", "        pass", [SAFETY, "-k", "secret"],
    ),
    "texts not scrubbed": (
        "redact.py", "        if not self._values:\n            return text", "        if True:\n            return text",
        [SAFETY, REDACT, "-k", "secret or value"],
    ),
    "unknown fields not looked for": (
        "checks.py",
        '    out += _unknown_fields(contract, op, as_dict(content[key])["schema"], schema_pointer, body, "", redactor)',
        "    pass",
        [PLANTED, "-k", "unknown"],
    ),
    "lifetimes compared loosely": ("checks.py", "LIFETIME_SLACK = 5", "LIFETIME_SLACK = 10000", [PLANTED, "-k", "expires_in"]),
    "error_code not compared": (
        "checks.py", 'if code_text != "none" and code != values.get("error_code"):', "if False:",
        [PLANTED, "-k", "error_code"],
    ),
    "the worst anyOf branch judged": (
        "checks.py", "best = min(branches.values(), key=len)", "best = max(branches.values(), key=len)",
        [PLANTED, "-k", "default"],
    ),
    "'default' documents successes too": (
        "checks.py", '    if (status >= 400 or error) and "default" in op.responses:', '    if "default" in op.responses:',
        [PLANTED, "-k", "unexpected"],
    ),
    "a live answer for a dead token passes": (
        "runner.py", 'if expect.outcome == "empty" and body != {}:', "if False:", [PLANTED, "-k", "dead"],
    ),
    "a success where the spec says error passes": (
        "runner.py", 'return "ok", "", self._behaviour(step, expect, f"{last.status}, a success")',
        'return "ok", "", None', [PLANTED, "-k", "spent"],
    ),
    "content type not checked": (
        "checks.py", "    if media in (m.lower() for m in declared):", "    if True:", [PLANTED, "-k", "content"],
    ),
    "one entry per step, not per deviation": (
        "report.py",
        "        key = (finding.operation, finding.kind, finding.pointer, finding.at, finding.found)",
        "        key = (finding.operation, finding.kind, finding.pointer, finding.at, finding.found, exchange.step)",
        [PLANTED, "-k", "required"],
    ),
    "promised headers not checked": (
        "checks.py", '            if header.get("required") is True:', "            if False:", [PLANTED, "-k", "header"],
    ),
}  # fmt: skip


def plant(name: str) -> bool:
    """True when the tests fail with the bug in place (the bug is killed)."""
    file, original, planted, args = BUGS[name]
    path = ROOT / PKG / file
    source = path.read_text(encoding="utf-8")
    if source.count(original) != 1:
        raise SystemExit(f"{name}: the text to replace is not exactly once in {path}")
    try:
        path.write_text(source.replace(original, planted), encoding="utf-8")
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-n", "0", "-x", *args],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
    finally:
        path.write_text(source, encoding="utf-8")
    return run.returncode != 0


def main(names: list[str]) -> int:
    killed = 0
    for name in names or list(BUGS):
        result = plant(name)
        killed += result
        print(f"{'killed ' if result else 'SURVIVED'}  {name}", flush=True)
    total = len(names or BUGS)
    print(f"{killed} of {total} killed")
    return 0 if killed == total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
