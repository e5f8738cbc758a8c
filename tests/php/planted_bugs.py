"""Planted bugs in the PHP client: one at a time in templates/php/runtime/src, each a behaviour
a user would notice; the runtime's phpunit tests, the generated package's (every vector, the
flows against an emulator) and the cross-process lock test run on it, and the bug must make
one of them fail.

Run: `.venv/bin/python tests/php/planted_bugs.py [name substring ...]` (needs php, phpunit;
about 20 s a bug). The runtime file is restored after each bug, whatever happens; nothing in
the repository is written (the package under test is a scratch copy). Results: TESTING.md.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "templates" / "php" / "runtime"
GENERATED = ROOT / "generated" / "php"
HEADER = "<?php\n// generated from spec/auth-v1.yaml by authgen, do not edit\n"

MUTANTS = [
    ("client_id never sent", "src/Internal/BaseClient.php", "if ($op->sendsClientId && !$bearer", "if (!$op->sendsClientId && !$bearer"),
    ("a secret field shown by var_dump", "src/Model.php", "$shown[$property] = $kind === 'secret' ? Redact::REDACTED :", "$shown[$property] = false ? Redact::REDACTED :"),
    ("retries a 500 (unsafe)", "src/Internal/Retry.php", "return $status === 429 || $status === 503;", "return $status === 429 || $status >= 500;"),
    ("ticket lives 10x longer", "src/Ticket.php", "($iat + self::LIFETIME_MS)", "($iat + 10 * self::LIFETIME_MS)"),
    ("invalid_grant keeps the session", "src/Internal/BaseClient.php", "            $this->clearSession();\n            throw $e;", "            throw $e;"),
    ("no refresh on unauthenticated", "src/Internal/BaseClient.php", "!($e->error === 'unauthenticated' || $e->statusCode === 401)", "!(false)"),
    ("token file world-readable", "src/Storage/FileStorage.php", "@chmod($tmp, 0600);", "@chmod($tmp, 0644);"),
    ("the store is not read again under the lock", "src/Internal/BaseClient.php", "            if ($stored !== null && !$stored->sameTokens($session)) {\n                $this->session = $stored; // another process", "            if (false) {\n                $this->session = $stored; // another process"),
    ("the lock is never taken", "src/Internal/FileLock.php", "if (!flock($handle, LOCK_EX)) {", "if (false) {"),
    ("revoking another user's token ends the session", "src/Internal/BaseClient.php", "if ($ended !== null && ($ended === $this->session->accessToken() || $ended === $this->session->refreshToken())) {", "if (true) {"),
    ("Retry-After dates read in the local time zone", "src/Internal/Retry.php", "$parsed = \\DateTimeImmutable::createFromFormat('!' . $format, $value, new \\DateTimeZone('UTC'));", "$parsed = \\DateTimeImmutable::createFromFormat('!' . substr($format, 0, -6), substr($value, 0, -4));"),
    ("the bearer token in a resend's trace", "src/Internal/BaseClient.php", "$send = fn (#[\\SensitiveParameter] ?string $auth): array", "$send = fn (?string $auth): array"),
    ("a fixed value not sent when left out", "src/Internal/BaseClient.php", "$body[$field] ??= $value;", "// $body[$field] ??= $value;"),
    ("no cap on the answer's size", "src/Internal/CurlTransport.php", "if (strlen($body) + strlen($chunk) > $maxBytes) {", "if (false) {"),
    ("a date-time offset relabelled Z", "src/Internal/Wire.php", "$parsed = new \\DateTimeImmutable(strtoupper($value));", "$parsed = new \\DateTimeImmutable(preg_replace('/([+-]\\d\\d:\\d\\d|Z)$/i', 'Z', $value));"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def passes(command: list[str], cwd: Path, env: dict[str, str]) -> bool:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False)
    return done.returncode == 0


def run(only: list[str]) -> int:
    port = free_port()
    emulator = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "authgen"), "emulator", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(3)
    survived = 0
    try:
        for name, file, old, new in MUTANTS:
            if only and not any(o in name for o in only):
                continue
            path = RUNTIME / file
            original = path.read_text(encoding="utf-8")
            if old not in original:
                print(f"NOT APPLIED {name}: its text is not in {file} any more; update MUTANTS")
                survived += 1
                continue
            scratch = Path(tempfile.mkdtemp(prefix="planted-php-"))
            try:
                path.write_text(original.replace(old, new, 1), encoding="utf-8")
                runtime = shutil.copytree(RUNTIME, scratch / "runtime")
                package = shutil.copytree(GENERATED, scratch / "php")
                (package / file).write_text(HEADER + path.read_text(encoding="utf-8")[len("<?php\n") :], encoding="utf-8")
            finally:
                path.write_text(original, encoding="utf-8")
            env = {**os.environ, "CLOUDBASE_VECTORS": str(ROOT / "generated" / "vectors"), "EMULATOR_URL": f"http://127.0.0.1:{port}"}
            failed = []
            if not passes(["phpunit"], runtime, env):
                failed.append("runtime phpunit")
            if not passes(["phpunit"], package, env):
                failed.append("generated phpunit")
            if not passes(["php", "-d", "date.timezone=Asia/Shanghai", "/usr/bin/phpunit"], package, {**env, "TZ": "Asia/Shanghai"}):
                failed.append("generated phpunit (Asia/Shanghai)")
            pytest = [str(ROOT / ".venv" / "bin" / "pytest"), "-q", "-n", "0", "-p", "no:cacheprovider", "tests/php/test_lock.py"]
            if not passes(pytest, ROOT, {**env, "AUTHGEN_PHP_PACKAGE": str(package)}):
                failed.append("lock test")
            shutil.rmtree(scratch, ignore_errors=True)
            survived += not failed
            print(f"{'KILLED  ' if failed else 'SURVIVED'} {name}: {', '.join(failed) or 'no test failed'}", flush=True)
    finally:
        emulator.terminate()
        emulator.wait(timeout=30)
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
