"""Planted bugs in the Go client (issue 16): one at a time in templates/go/runtime/, each a
behaviour a user would notice; the runtime's own tests and the generated module's tests (the
shared vectors through the generated methods) run on it, and the bug must make one fail.

Run: `python tests/go/planted_bugs.py [name substring ...]` (needs Go; 10-60 s a bug). The
runtime's tests run twice (as tests/go/test_runtime.py runs them: in the machine's zone and under
TZ=Asia/Shanghai), then the generated module's. The runtime file is restored after each bug,
whatever happens. Results: TESTING.md.
"""

import os
import re
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
        "\t\tif secretField(f) {\n\t\t\tattrs = append(attrs, slog.String(f.Name, Redacted))",
        "\t\tif false && secretField(f) {\n\t\t\tattrs = append(attrs, slog.String(f.Name, Redacted))",
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
    (
        "invalid_grant keeps the session",
        "session_ops.go",
        "if err := c.clearSessionIn(store); err != nil {",
        "if err := error(nil); err != nil {",
    ),
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
    # Issue 22: what every client does.
    (
        "fixed values not filled in (22.1)",
        "do.go",
        "\tpayload, query, headers = applyFixed(op, payload, query, headers)\n",
        "\n",
    ),
    (
        "refresh locks another file than <path>.lock (22.2)",
        "storage.go",
        'abs + ".lock"',
        'abs + ".refresh.lock"',
    ),
    (
        "no POSIX record lock, flock only (22.2)",
        "flock_unix.go",
        "err := syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &whole)",
        "err, _ := error(nil), whole // no record lock taken",
    ),
    (
        "revoking another user's token clears the session (22.3)",
        "session_ops.go",
        "if op.ClearsSession && c.actedOnOwnSession(payload, headers, sent) {",
        "if op.ClearsSession {",
    ),
    (
        "unknown region silently goes international (22.4)",
        "client.go",
        "\tfor _, r := range spec.IntlRegions {\n\t\tif r == region {",
        '\tfor _, r := range spec.IntlRegions {\n\t\tif r == region || r != "" {',
    ),
    (
        "admin token not renewed with the key pair (22.5)",
        "session_ops.go",
        "func (c *Client) renewsAdmin() bool { return c.tc3 != nil && spec.AdminToken != nil }",
        "func (c *Client) renewsAdmin() bool { return false }",
    ),
    (
        "404 hint only when the answer has no description (22.6)",
        "do.go",
        'apiErr.Description += "; " + hint',
        "_ = hint",
    ),
    # Issue 28: slow and hostile answers, token files, behaviours no test guarded.
    (
        "the timeout is not a deadline for the call (28.6)",
        "do.go",
        "return context.WithTimeout(ctx, c.timeout)",
        "return context.WithCancel(ctx)",
    ),
    (
        "a blank answer is an empty result (28.6)",
        "do.go",
        'return errors.New("the answer is empty")',
        "return nil",
    ),
    (
        "an answer missing a required field is accepted (28.6)",
        "do.go",
        "if _, ok := answer[name]; !ok {",
        "if _, ok := answer[name]; !ok && false {",
    ),
    (
        "a too large answer is silently truncated (28.7)",
        "do.go",
        "if int64(len(raw)) > c.maxAnswer {",
        "if false && int64(len(raw)) > c.maxAnswer {",
    ),
    ("WithMaxAnswerBytes ignored (28.7)", "client.go", "s.maxAnswer = n", "_ = n"),
    ("deep nesting not refused (28.7)", "do.go", "if jsonDeeperThan(raw, MaxAnswerDepth) {", "if false {"),
    ("lock file opened through a symlink (28.8)", "flock_unix.go", "|syscall.O_NOFOLLOW", ""),
    (
        "a FIFO at the token path read as an empty file (28.8)",
        "storage.go",
        "if errors.Is(err, fs.ErrNotExist) {",
        "if errors.Is(err, fs.ErrNotExist) || errors.Is(err, errNotRegular) {",
    ),
    (
        "slog shows secrets nested in slices and maps (28.8)",
        "show.go",
        "attrs = append(attrs, slog.Any(f.Name, plainRedacted(fv)))",
        "attrs = append(attrs, slog.Any(f.Name, fv.Interface()))",
    ),
    (
        "the HTTP request does not carry the call's context (28.11)",
        "do.go",
        "http.NewRequestWithContext(ctx, p.method",
        "http.NewRequestWithContext(context.Background(), p.method",
    ),
    (
        "errors.Is(err, ErrServer) false for a 500 (28.11)",
        "errors.go",
        "return e.StatusCode >= 500",
        "return e.StatusCode > 500",
    ),
    (
        "TC3 credential scope dated in local time (28.11)",
        "tc3.go",
        'time.Unix(timestamp, 0).UTC().Format("2006-01-02")',
        'time.Unix(timestamp, 0).Format("2006-01-02")',
    ),
    (
        "secret query values not collected for redaction (28.11)",
        "do.go",
        "\tquerySecrets(q, &p.secrets)\n",
        "\n",
    ),
]


# The runtime tests' second run (tests/go/test_runtime.py): a time taken in local time fails there.
SHANGHAI = {"TZ": "Asia/Shanghai", "CLOUDBASE_EXPECT_UTC_OFFSET": "28800"}


def go_test(folder: Path, env: dict[str, str] | None = None) -> bool:
    """True when `go test` passes in folder (a build failure counts as a failure, and is told;
    so are the top-level tests that failed)."""
    result = subprocess.run(
        ["go", "test", "-count=1", "./..."],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )
    if "[build failed]" in result.stdout:
        print(f"    (the bug does not compile in {folder.name})")
    failed = sorted(set(re.findall(r"^--- FAIL: (\w+)", result.stdout, flags=re.M)))
    if failed:
        print(f"    failed in {folder.name}{' (' + env['TZ'] + ')' if env else ''}: {', '.join(failed)}")
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
            failed += [] if go_test(RT, SHANGHAI) else ["runtime tests under TZ=Asia/Shanghai"]
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
