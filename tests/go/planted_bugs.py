"""Planted bugs in the Go client (issue 16): one at a time in templates/go/runtime/, each a
behaviour a user would notice; the runtime's own tests and the generated module's tests (the
shared vectors through the generated methods) run on it, and the bug must make one fail.

Run: `python tests/go/planted_bugs.py [name substring ...]` (needs Go; about 10 s a bug). The
runtime file is restored after each bug, whatever happens. Results: TESTING.md.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RT = ROOT / "templates/go/runtime"
MUTANTS = [
    ("client_id never sent", "do.go", "if op.SendsClientID && !strings", "if !op.SendsClientID && !strings"),
    (
        "secret field printed in String()",
        "show.go",
        "\t\tcase secretField(f):\n\t\t\tshown = Redacted",
        "\t\tcase false && secretField(f):\n\t\t\tshown = Redacted",
    ),
    (
        "secret field in slog output",
        "show.go",
        "\t\tcase secretField(f):\n\t\t\tattrs = append(attrs, slog.String(f.Name, Redacted))",
        "\t\tcase false && secretField(f):\n\t\t\tattrs = append(attrs, slog.String(f.Name, Redacted))",
    ),
    (
        "retries a 500 (unsafe)",
        "retry.go",
        "return status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable",
        "return status == http.StatusTooManyRequests || status >= 500",
    ),
    (
        "ticket lives 10x longer",
        "ticket.go",
        "strconv.FormatInt(iat+ticketLifetimeMS, 10)",
        "strconv.FormatInt(iat+10*ticketLifetimeMS, 10)",
    ),
    ("invalid_grant keeps the session", "session_ops.go", "\t\t\t_ = c.ClearSession()\n", "\n"),
    (
        "no refresh on unauthenticated",
        "do.go",
        '(apiErr.Code == "unauthenticated" || apiErr.StatusCode == http.StatusUnauthorized)',
        "false",
    ),
    ("errors.Is ignores the code", "errors.go", "return string(t) == e.Code", "return false"),
    ("token file world-readable", "storage.go", "tmp.Chmod(0o600)", "tmp.Chmod(0o644)"),
    (
        "refresh not single-flight (no re-check after waiting)",
        "session_ops.go",
        "return current, nil // another goroutine refreshed it while this one waited",
        "_ = current // another goroutine refreshed it while this one waited",
    ),
]


def go_test(folder: Path) -> bool:
    """True when `go test` passes in folder (a build failure counts as a failure, and is told)."""
    result = subprocess.run(
        ["go", "test", "-count=1", "./..."], cwd=folder, capture_output=True, text=True, timeout=600
    )
    if "[build failed]" in result.stdout:
        print(f"    (the bug does not compile in {folder.name})")
    return result.returncode == 0


def run(only: list[str]) -> int:
    survived = 0
    for name, file, old, new in MUTANTS:
        if only and not any(o in name for o in only):
            continue
        path = RT / file
        original = path.read_text()
        if old not in original:
            print(f"NOT APPLIED {name}: its text is not in {file} any more; update MUTANTS")
            survived += 1
            continue
        path.write_text(original.replace(old, new, 1))
        try:
            failed = [] if go_test(RT) else ["runtime tests"]
            copy = Path(tempfile.mkdtemp()) / "go"
            shutil.copytree(ROOT / "generated" / "go", copy)
            shutil.copy(path, copy / file)
            failed += [] if go_test(copy) else ["generated module tests"]
        finally:
            path.write_text(original)
        survived += not failed
        print(f"{'KILLED  ' if failed else 'SURVIVED'} {name}: {', '.join(failed) or 'no test failed'}")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
