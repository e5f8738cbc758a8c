"""Planted bugs in the PHP client: one at a time in templates/php/runtime/src, each a behaviour
a user would notice; the runtime's phpunit tests, the generated package's (every vector, the
flows against an emulator), the cross-process lock test and the verifier under `php -S` run on
it, and the bug must make one of them fail.

Run: `.venv/bin/python tests/php/planted_bugs.py [--all] [name substring ...]` (needs php,
phpunit). The checks stop at the first that fails, which kills the bug (about 10 s a bug);
`--all` runs every check and lists each that fails (a minute or more a bug). The bug is
planted in scratch copies of the runtime and of the generated package; nothing in the
repository is written, so other test runs may go on meanwhile. Results: TESTING.md.
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
    # Brief P2: the verifier, its shared cache, the admin-renewal rule, the IR's regions.
    ("verifier: an answer cached past the token's expiry", "src/TokenVerifier.php", "if ($exp !== null && $exp - $now <= $life) {", "if (false) {"),
    ("verifier: fails open when the service is down", "src/TokenVerifier.php", "throw $this->unavailable('no answer (' . self::shortName($e) . ')', $sharedKey, $e);", "return new VerifiedToken('unknown', '', null, null, null);"),
    ("verifier: a revoked token trusted for ever", "src/TokenVerifier.php", "$this->remember($this->active, $key, [$verified, $now + $life, $expires]);", "$this->remember($this->active, $key, [$verified, $now + 1e9, $expires]);"),
    ("verifier: a revoked token trusted for ever through the shared cache", "src/TokenVerifier.php", "['state' => 'active', 'until' => $now + $life,", "['state' => 'active', 'until' => $now + 1e9,"),
    ("verifier: a malformed token sent to the service", "src/TokenVerifier.php", "if ($body === '' || strspn($body, self::TOKEN68) !== strlen($body)) {", "if ($body === '') {"),
    ("verifier: a 401 from the introspection is 'unavailable'", "src/TokenVerifier.php", "if ($e->statusCode === 401 || $e->error === 'unauthenticated') {", "if (false) {"),
    ("verifier: no negative cache", "src/TokenVerifier.php", "$this->remember($this->inactive, $key, [$until, $expired]);\n                $this->share(", "$this->share("),
    ("verifier: the shared key is the token", "src/TokenVerifier.php", "return 'cbv1.' . substr(hash('sha256', $this->auth->baseUrl() . \"\\n\" . $token), 0, 59);", "return 'cbv1.' . substr(preg_replace('/[^A-Za-z0-9_.]/', '_', $token), 0, 59);"),
    ("verifier: no single-flight across workers", "src/Cache/FileCache.php", "return FileLock::for($this->directory . '/.lock-' . substr(hash('sha256', $key), 0, 2))->run($work);", "return $work();"),
    ("verifier: a waiter retries a failed introspection", "src/TokenVerifier.php", "if ($waitingSince !== null && (is_float($at) || is_int($at)) && $at >= $waitingSince) {", "if (false) {"),
    ("file cache: follows a planted symlink", "src/Cache/FileCache.php", "$before = @lstat($path);", "$before = @stat($path);"),
    ("file cache: a world-writable directory accepted", "src/Cache/FileCache.php", "if (($stat['mode'] & 0022) !== 0) {", "if (false) {"),
    ("middleware: a malformed header passed to the verifier", "src/Http/BearerGate.php", "return $token === '' || str_contains($token, ' ') ? null : $token;", "return $token === '' ? null : $token;"),
    ("admin rule: any session without a refresh token renewed", "src/Internal/BaseClient.php", "&& in_array('admin', preg_split('/\\s+/', (string) $session->scope, -1, PREG_SPLIT_NO_EMPTY) ?: [], true);", "&& true;"),
    ("regions: an international region sent to the mainland gateway", "src/Internal/BaseClient.php", "$template = in_array($this->region, $this->spec->intlRegions, true) ? $this->spec->intlGatewayUrl : $this->spec->gatewayUrl;", "$template = $this->spec->gatewayUrl;"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def passes(command: list[str], cwd: Path, env: dict[str, str]) -> bool:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False)
    return done.returncode == 0


def run(only: list[str], every_check: bool = False) -> int:
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
            # The bug goes into scratch copies only: the worktree is never written, so other
            # test runs may read it meanwhile.
            planted = original.replace(old, new, 1)
            runtime = shutil.copytree(RUNTIME, scratch / "runtime")
            package = shutil.copytree(GENERATED, scratch / "php")
            (runtime / file).write_text(planted, encoding="utf-8")
            (package / file).write_text(HEADER + planted[len("<?php\n") :], encoding="utf-8")
            env = {**os.environ, "CLOUDBASE_VECTORS": str(ROOT / "generated" / "vectors"), "EMULATOR_URL": f"http://127.0.0.1:{port}"}
            pytest = [str(ROOT / ".venv" / "bin" / "pytest"), "-q", "-n", "0", "-p", "no:cacheprovider"]
            checks = [
                ("runtime phpunit", ["phpunit"], runtime, env),
                ("generated phpunit", ["phpunit"], package, env),
                ("generated phpunit (Asia/Shanghai)", ["php", "-d", "date.timezone=Asia/Shanghai", "/usr/bin/phpunit"], package, {**env, "TZ": "Asia/Shanghai"}),
                ("lock test", [*pytest, "tests/php/test_lock.py"], ROOT, {**env, "AUTHGEN_PHP_PACKAGE": str(package)}),
                # php -S in front of the emulator
                ("verifier under php -S", [*pytest, "tests/php/test_verifier.py"], ROOT, {**env, "AUTHGEN_PHP_PACKAGE": str(package)}),
            ]
            failed = []
            for check, command, cwd, check_env in checks:
                if not passes(command, cwd, check_env):
                    failed.append(check)
                    if not every_check:
                        break  # one failing check kills the bug; --all runs the rest too
            shutil.rmtree(scratch, ignore_errors=True)
            survived += not failed
            print(f"{'KILLED  ' if failed else 'SURVIVED'} {name}: {', '.join(failed) or 'no test failed'}", flush=True)
    finally:
        emulator.terminate()
        emulator.wait(timeout=30)
    return 1 if survived else 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    sys.exit(run([a for a in arguments if a != "--all"], every_check="--all" in arguments))
