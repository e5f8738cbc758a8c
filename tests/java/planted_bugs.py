"""Planted bugs in the Java client (as tests/go/planted_bugs.py does for Go): one at a time in
templates/java/runtime/, each a behaviour a user would notice. Each is copied into a scratch copy
of generated/java and `mvn test` runs there (the runtime's unit tests in two time zones and the
shared vectors through the generated methods); a bug marked `interop` also runs
tests/java/test_lock_interop.py on it (processes sharing a token file). The bug must make one fail.

Run: `AUTHGEN_MAVEN_REPO=<the java session's m2> python tests/java/planted_bugs.py [name ...]`
(about a minute a bug). The runtime file is restored after each bug, whatever happens.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RT = ROOT / "templates/java/runtime/src/main/java/io/github/cloudbaseauth"
GENERATED = ROOT / "generated/java"
MAIN = "src/main/java/io/github/cloudbaseauth"
# (name, file, old text, new text, also run the interop test)
MUTANTS = [
    (
        "client_id never sent",
        "ClientCore.java",
        "if (op.sendsClientId() && (",
        "if (!op.sendsClientId() && (",
        False,
    ),
    (
        "a secret field printed by a model's toString",
        "model/ModelSupport.java",
        "if ((Boolean) fields[i + 3] || Redaction.isSecretField((String) fields[i + 1], specSecrets)) {",
        "if (false) {",
        False,
    ),
    (
        "retries a 500 (unsafe)",
        "Retry.java",
        "return status == 429 || status == 503;",
        "return status == 429 || status >= 500;",
        False,
    ),
    (
        "ticket lives 10x longer",
        "CustomLoginTicket.java",
        '",\\"exp\\":" + (iat + LIFETIME_MS)',
        '",\\"exp\\":" + (iat + 10 * LIFETIME_MS)',
        False,
    ),
    (
        "invalid_grant keeps the session",
        "ClientCore.java",
        "                clearSession();\n            }\n            throw e;",
        "            }\n            throw e;",
        False,
    ),
    (
        "no refresh on unauthenticated",
        "ClientCore.java",
        '!(e.status() == 401 || "unauthenticated".equals(e.error()))',
        "true",
        False,
    ),
    (
        "a 403 refreshes and resends",
        "ClientCore.java",
        '!(e.status() == 401 || "unauthenticated"',
        '!(e.status() == 401 || e.status() == 403 || "unauthenticated"',
        False,
    ),
    (
        "token file world-readable",
        "FileTokenStorage.java",
        'PosixFilePermissions.fromString("rw-------")',
        'PosixFilePermissions.fromString("rw-r--r--")',
        False,
    ),
    (
        "refresh not single-flight (no lock)",
        "ClientCore.java",
        "return storage.tryLock(deadline.remaining())",
        "return java.util.Optional.<TokenStorage.Lock>of(() -> {})",
        False,
    ),
    (
        "revoking another user's token signs us out",
        "ClientCore.java",
        "boolean own = revoked != null && (",
        "boolean own = true || (",
        False,
    ),
    (
        "TC3 date in local time",
        "Tc3Credentials.java",
        "Instant.ofEpochSecond(timestamp), ZoneOffset.UTC)",
        "Instant.ofEpochSecond(timestamp), java.time.ZoneId.systemDefault())",
        False,
    ),
    ("answers not capped", "CappedBody.java", "if (size > cap) {", "if (false) {", False),
    (
        "a user session without refresh token replaced by an admin token",
        "ClientCore.java",
        '.contains("admin")).orElse(false);',
        '.contains("admin")).orElse(false) || true;',
        False,
    ),
    (
        "verifier not single-flight",
        "TokenVerifier.java",
        "leader = flight == null;",
        "leader = true;",
        False,
    ),
    (
        "verifier caches an active answer past the token's expiry",
        "TokenVerifier.java",
        "if (left.compareTo(life) <= 0) {",
        "if (false) {",
        False,
    ),
    (
        "verifier takes a service error for an inactive token",
        "TokenVerifier.java",
        'if (e.status() == 401 || "unauthenticated".equals(e.error())) {',
        "if (true) {",
        False,
    ),
    (
        "verifier keeps inactive answers for a day",
        "TokenVerifier.java",
        "new Entry(null, now.plus(negativeTtl), expired)",
        "new Entry(null, now.plus(negativeTtl).plusSeconds(86400), expired)",
        False,
    ),
    (
        "verifier sends malformed tokens to the service",
        "TokenVerifier.java",
        "        checkSyntax(token);\n",
        "",
        False,
    ),
    (
        "filter lets a request in when the service is down",
        "TokenVerifierFilter.java",
        'refuse(exchange, 503, "unavailable", "the token could not be verified now; try again later", false);\n            return;',
        "chain.doFilter(exchange);\n            return;",
        False,
    ),
    (
        "filter's public prefix matched through a dot segment",
        "TokenVerifierFilter.java",
        'if (segment.equals(".") || segment.equals("..")) {',
        "if (false) {",
        False,
    ),
    (
        "filter's 401 without error=invalid_token",
        "TokenVerifierFilter.java",
        "            if (invalidToken) {",
        "            if (false) {",
        False,
    ),
    (
        "no file lock between processes",
        "FileTokenStorage.java",
        "        FileChannel channel = openLockFile();\n",
        "        FileChannel channel = null;\n",
        True,
    ),
]


def mvn_test(folder: Path, repo: str) -> bool:
    done = subprocess.run(
        [
            "mvn",
            "-B",
            "-q",
            "-o",
            f"-Dmaven.repo.local={repo}",
            f"-Dcloudbase.vectors={ROOT / 'generated/vectors'}",
            "test",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    if "COMPILATION ERROR" in done.stdout:
        print(f"    (the bug does not compile: {done.stdout[-600:]})")
    return done.returncode == 0


def interop_test() -> bool:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-n",
            "0",
            "-p",
            "no:cacheprovider",
            "tests/java/test_lock_interop.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    return done.returncode == 0


def run(only: list[str]) -> int:
    repo = os.environ.get("AUTHGEN_MAVEN_REPO", "")
    if not repo:
        print("set AUTHGEN_MAVEN_REPO to the Maven repository the java session fills")
        return 2
    survived = 0
    for name, file, old, new, interop in MUTANTS:
        if only and not any(o in name for o in only):
            continue
        path = RT / file
        generated = GENERATED / MAIN / file
        original = path.read_text(encoding="utf-8")
        generated_original = generated.read_text(encoding="utf-8")  # the same, under the generated header
        if old not in original:
            print(f"NOT APPLIED {name}: its text is not in {file} any more; update MUTANTS")
            survived += 1
            continue
        mutated = original.replace(old, new, 1)
        failed: list[str] = []
        copy = Path(tempfile.mkdtemp()) / "java"
        try:
            shutil.copytree(GENERATED, copy)
            (copy / MAIN / file).write_text(generated_original.replace(old, new, 1), encoding="utf-8")
            if not mvn_test(copy, repo):
                failed.append("mvn test (runtime unit tests, vectors)")
            if interop:
                path.write_text(mutated, encoding="utf-8")
                generated.write_text(generated_original.replace(old, new, 1), encoding="utf-8")
                if not interop_test():
                    failed.append("tests/java/test_lock_interop.py")
        finally:
            path.write_text(original, encoding="utf-8")
            generated.write_text(generated_original, encoding="utf-8")
            shutil.rmtree(copy.parent, ignore_errors=True)
        survived += not failed
        print(
            f"{'KILLED  ' if failed else 'SURVIVED'} {name}: {', '.join(failed) or 'no test failed'}",
            flush=True,
        )
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
