"""Golden data for the Java runtime's tests, written by the Python client.

``.venv/bin/python -m tests.java.golden`` (re)writes
``templates/java/runtime/src/test/java/io/github/cloudbaseauth/GoldenData.java``: the Python
``create_ticket`` output for each ticket case and the Python ``tc3_authorization`` for each
signing case, on the same cases and throwaway key as the Go runtime's golden data
(``tests/go/golden.py``). ``tests/java/test_ticket_parity.py`` compares the implementations live.
Java source rather than JSON: it is copied into generated/java with the runtime, where every file
carries the "generated" header, and it needs no file at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.targets.java.javatext import java_string
from tests.go.golden import CASES, KEY_FILE, KEY_ID, TC3_CASES, python_tc3, python_ticket

GOLDEN_JAVA = (
    Path(__file__).resolve().parents[2]
    / "templates/java/runtime/src/test/java/io/github/cloudbaseauth/GoldenData.java"
)


def _value(value: Any) -> str:
    return java_string(value) if isinstance(value, str) else f"{int(value)}L"


def java_golden(key_pem: str, tickets: list[dict[str, Any]], tc3: list[dict[str, Any]]) -> str:
    lines = [
        "package io.github.cloudbaseauth;",
        "",
        "import java.util.List;",
        "",
        "/**",
        " * Written by tests/java/golden.py with the Python client's create_ticket and tc3_authorization:",
        " * the Java runtime must give the same bytes. Regenerate, never edit.",
        " */",
        "final class GoldenData {",
        "    /** A throwaway RSA key made for these tests only (the Go runtime's golden key). */",
        "    static final String KEY = " + java_string(key_pem.strip() + "\n") + ";",
        "",
        "    record TicketCase(String name, String env, String uid, long nowMs, long refreshMs, long expireMs, String keyId, String ticket) {}",
        "",
        "    record Tc3Case(String secretId, String secretKey, String token, String method, String path, String query, String host,",
        "            String contentType, String body, long timestamp, String authorization) {}",
        "",
        "    static final List<TicketCase> TICKETS = List.of(",
    ]
    rows = []
    for case in tickets:
        values = [
            case["name"],
            case["env"],
            case["uid"],
            case["now_ms"],
            case.get("refresh_ms", 0),
            case.get("expire_ms", 0),
        ]
        values += [case["key_id"], case["ticket"]]
        rows.append("            new TicketCase(" + ", ".join(_value(v) for v in values) + ")")
    lines.append(",\n".join(rows) + ");")
    lines += ["", "    static final List<Tc3Case> TC3 = List.of("]
    keys = [
        "secret_id",
        "secret_key",
        "token",
        "method",
        "path",
        "query",
        "host",
        "content_type",
        "body",
        "timestamp",
    ]
    rows = [
        "            new Tc3Case(" + ", ".join(_value(c[k]) for k in [*keys, "authorization"]) + ")"
        for c in tc3
    ]
    lines.append(",\n".join(rows) + ");")
    lines += ["", "    private GoldenData() {}", "}", ""]
    return "\n".join(lines)


def main() -> None:
    key_pem = KEY_FILE.read_text()
    tickets = [{**case, "key_id": KEY_ID, "ticket": python_ticket(case, key_pem)} for case in CASES]
    tc3 = [{**case, "authorization": python_tc3(case)} for case in TC3_CASES]
    GOLDEN_JAVA.write_text(java_golden(key_pem, tickets, tc3), encoding="utf-8")


if __name__ == "__main__":
    main()
