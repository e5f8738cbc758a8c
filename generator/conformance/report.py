"""The report of a run: one entry per deviation, a summary per operation, every step, every write.

`Report.to_dict()` is the JSON form (its JSON Schema, `report_schema.json`, ships with the
package); `text` and `markdown` render the same data for people (the Markdown is meant to be
pasted into an issue: everything the service said is in code spans or fenced blocks, so it
stays text). Everything in a report passed the run's redactor.

Exit codes: 0 every step ran and nothing deviates; 1 something deviates (or the Python client
failed on an answer that conforms); 2 nothing deviates, but a step could not run to the end.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .checks import Finding, parse_body
from .plan import Effect, Step
from .redact import Redactor
from .transport import Exchange

if TYPE_CHECKING:
    from .contract import Contract
    from .runner import Options

FORMAT_VERSION = 1
SCHEMA_PATH = Path(__file__).with_name("report_schema.json")  # shipped as package data
MAX_BODY = 4000  # characters of a redacted answer body kept in a deviation


@dataclass(frozen=True)
class StepResult:
    step: Step
    method: str
    path: str
    outcome: str  # ok | failed | skipped
    note: str = ""
    status: int | None = None


@dataclass(frozen=True)
class ClientFailure:
    step: str
    operation: str
    error: str
    answer_conforms: bool


@dataclass
class Report:
    data: dict[str, Any]

    @property
    def exit_code(self) -> int:
        summary = self.data["summary"]
        if summary["deviations"] or any(f["answer_conforms"] for f in self.data["client_failures"]):
            return 1
        return 2 if summary["steps"]["failed"] else 0

    def to_dict(self) -> dict[str, Any]:
        return self.data

    def render(self, fmt: str) -> str:
        if fmt == "json":
            return json.dumps(self.data, indent=2, ensure_ascii=False) + "\n"
        return markdown(self.data) if fmt == "markdown" else text(self.data)


def schema() -> dict[str, Any]:
    """The JSON Schema of `Report.to_dict()`."""
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def build_report(
    contract: Contract,
    options: Options,
    redactor: Redactor,
    base_url: str,
    results: list[StepResult],
    findings: list[tuple[Finding, Exchange]],
    failures: list[ClientFailure],
    exchanges: list[Exchange],
) -> Report:
    deviations: dict[tuple[str, ...], dict[str, Any]] = {}
    for finding, exchange in findings:
        key = (finding.operation, finding.kind, finding.pointer, finding.at, finding.found)
        if key in deviations:
            steps = deviations[key]["steps"]
            if exchange.step not in steps:
                steps.append(exchange.step)
            continue
        op = contract.operations[finding.operation]
        deviations[key] = {
            "id": f"D{len(deviations) + 1}",
            "kind": finding.kind,
            "operation": finding.operation,
            "method": op.method,
            "path": op.path,
            "steps": [exchange.step],
            "message": redactor.text(finding.message),
            "spec": {
                "file": contract.file,
                "line": contract.line(finding.pointer),
                "pointer": finding.pointer,
                "says": redactor.text(finding.spec_says),
            },
            "answer": {
                "status": exchange.status,
                "content_type": exchange.headers.get("content-type", ""),
                "at": finding.at,
                "found": redactor.text(finding.found),
                "body": _body(exchange, redactor),
            },
            "suggestion": redactor.text(finding.suggestion) or None,
        }
    per_op: dict[str, dict[str, Any]] = {}
    for exchange in exchanges:
        if not exchange.operation:
            continue
        op = contract.operations[exchange.operation]
        entry = per_op.setdefault(
            op.operation_id,
            {
                "operation": op.operation_id,
                "method": op.method,
                "path": op.path,
                "calls": 0,
                "statuses": [],
                "deviations": 0,
            },
        )
        entry["calls"] += 1
        if exchange.status not in entry["statuses"]:
            entry["statuses"].append(exchange.status)
    for deviation in deviations.values():
        per_op[deviation["operation"]]["deviations"] += 1
    steps = [
        {
            "id": r.step.id,
            "flow": r.step.flow,
            "operation": r.step.operation,
            "method": r.method,
            "path": r.path,
            "effect": r.step.effect.value,
            "outcome": r.outcome,
            "status": r.status,
            "note": redactor.text(r.note),
        }
        for r in results
    ]
    writes = [
        {"step": r.step.id, "operation": r.step.operation, "method": r.method, "path": r.path}
        for r in results
        if r.step.effect is Effect.WRITE and r.outcome != "skipped"
    ]
    counts = {o: sum(r.outcome == o for r in results) for o in ("ok", "failed", "skipped")}
    client_failures = [
        {
            "step": f.step,
            "operation": f.operation,
            "error": redactor.text(f.error),
            "answer_conforms": f.answer_conforms,
        }
        for f in failures
    ]
    if deviations or any(f.answer_conforms for f in failures):
        verdict = "deviates"
    else:
        verdict = "incomplete" if counts["failed"] else "conforms"
    data = {
        "format_version": FORMAT_VERSION,
        "spec": {"file": contract.file, "version": str(contract.doc.get("info", {}).get("version", ""))},
        "base_url": base_url,
        "env_id": redactor.text(options.env_id),
        "allow_writes": options.allow_writes,
        "rate": options.rate,
        "summary": {
            "verdict": verdict,
            "deviations": len(deviations),
            "requests": len(exchanges),
            "steps": {"ran": counts["ok"] + counts["failed"], **counts},
            "writes": len(writes),
            "client_failures": len(client_failures),
        },
        "deviations": list(deviations.values()),
        "operations": sorted(per_op.values(), key=lambda e: str(e["operation"])),
        "steps": steps,
        "writes": writes,
        "client_failures": client_failures,
    }
    return Report(data)


def _body(exchange: Exchange, redactor: Redactor) -> Any:
    is_json, body = parse_body(exchange.body)
    if not is_json:
        return f"({len(exchange.body)} bytes, not JSON)" if exchange.body.strip() else "(empty)"
    shown = redactor.body(body)
    if len(json.dumps(shown, ensure_ascii=False)) > MAX_BODY:
        return f"({len(exchange.body)} bytes of JSON, too long to show)"
    return shown


# --- text ---------------------------------------------------------------------------------


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _headline(data: dict[str, Any]) -> list[str]:
    s = data["summary"]
    steps = s["steps"]
    return [
        f"authgen conformance: {data['base_url']} (env {data['env_id']}) against {data['spec']['file']} "
        f"{data['spec']['version']}",
        f"{s['verdict']}: {_plural(s['deviations'], 'deviation')} in {_plural(s['requests'], 'request')}; "
        f"steps: {steps['ok']} ok, {steps['failed']} failed, {steps['skipped']} skipped; "
        f"{_plural(s['writes'], 'write')}; {_plural(s['client_failures'], 'client failure')}",
    ]


def text(data: dict[str, Any]) -> str:
    out = _headline(data)
    if data["deviations"]:
        out += ["", "deviations:"]
    for d in data["deviations"]:
        spec, answer = d["spec"], d["answer"]
        out.append(
            f"{spec['file']}:{spec['line']}: #{spec['pointer']} [{d['kind']}] {d['operation']} "
            f"({d['method']} {d['path']}): {d['message']}"
        )
        out.append(f"    steps:    {', '.join(d['steps'])}")
        out.append(f"    spec:     {spec['says']}")
        at = f" at {answer['at']}" if answer["at"] else ""
        out.append(
            f"    answered: {answer['status']} {answer['content_type'] or '(no content type)'}: {answer['found']}{at}"
        )
        out.append(f"    body:     {json.dumps(answer['body'], ensure_ascii=False)}")
        if d["suggestion"]:
            out.append(f"    suggest:  {d['suggestion']}")
    if data["client_failures"]:
        out += ["", "python client failures:"]
        for f in data["client_failures"]:
            why = "on a conforming answer" if f["answer_conforms"] else "on an answer that deviates"
            out.append(f"  {f['step']} ({f['operation']}): {f['error']} ({why})")
    out += ["", "operations:"]
    for e in data["operations"]:
        statuses = ",".join(map(str, e["statuses"]))
        out.append(
            f"  {e['operation']:<24} {e['method']:<6} {e['path']:<32} {_plural(e['calls'], 'call'):<8} "
            f"{statuses:<8} {_plural(e['deviations'], 'deviation')}"
        )
    out += ["", "steps:"]
    for st in data["steps"]:
        where = f"{st['method']} {st['path']}"
        status = "" if st["status"] is None else str(st["status"])
        note = f"  {st['note']}" if st["note"] else ""
        out.append(
            f"  {st['outcome']:<8} {st['id']:<34} {st['effect']:<8} {where:<34} {status}{note}".rstrip()
        )
    out += ["", "writes: " + (", ".join(w["step"] for w in data["writes"]) or "none")]
    return "\n".join(out) + "\n"


# --- markdown -----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_LINE_START = re.compile(r"^([#>+=-]|\d+[.)])")


def md_text(value: Any) -> str:
    """Plain Markdown text: one line, emphasis, links, code and HTML impossible, and nothing
    that starts a heading, quote or list."""
    one = " ".join(str(value).split())
    one = _MD_SPECIAL.sub(r"\\\1", one.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return _MD_LINE_START.sub(r"\\\1", one)


def md_code(value: Any) -> str:
    """An inline code span that holds any text (a longer run of backticks than the text has)."""
    one = " ".join(str(value).split())
    longest = max((len(m) for m in re.findall(r"`+", one)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if one.startswith("`") or one.endswith("`") or not one else ""
    return f"{fence}{pad}{one}{pad}{fence}"


def md_block(value: str, lang: str = "") -> str:
    longest = max((len(m) for m in re.findall(r"`{3,}", value)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}{lang}\n{value}\n{fence}"


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def markdown(data: dict[str, Any]) -> str:
    s = data["summary"]
    out = [
        f"# Conformance report: {md_code(data['base_url'])}",
        "",
        f"Spec {md_code(data['spec']['file'])} version {md_code(data['spec']['version'])}, "
        f"environment {md_code(data['env_id'])}, writes {'allowed' if data['allow_writes'] else 'not allowed'}.",
        "",
        f"**Verdict: {s['verdict']}**: {_plural(s['deviations'], 'deviation')} in "
        f"{_plural(s['requests'], 'request')}; steps {s['steps']['ok']} ok, {s['steps']['failed']} failed, "
        f"{s['steps']['skipped']} skipped; {_plural(s['writes'], 'write')}; "
        f"{_plural(s['client_failures'], 'client failure')}.",
        "",
        "## Deviations",
        "",
    ]
    if not data["deviations"]:
        out += ["None.", ""]
    for d in data["deviations"]:
        spec, answer = d["spec"], d["answer"]
        out += [
            f"### {d['id']}: {md_text(d['kind'])} in {md_code(d['operation'])} ({md_code(d['method'] + ' ' + d['path'])})",
            "",
            md_text(d["message"]),
            "",
            f"- Spec: {md_code(spec['file'] + ':' + str(spec['line']))} at {md_code('#' + spec['pointer'])}: {md_code(spec['says'])}",
            f"- Answered: {md_code(answer['status'])} {md_code(answer['content_type'] or '(no content type)')}: "
            f"{md_code(answer['found'])}" + (f" at {md_code(answer['at'])}" if answer["at"] else ""),
            f"- Steps: {', '.join(md_code(step) for step in d['steps'])}",
        ]
        if d["suggestion"]:
            out.append(f"- Suggested spec change: {md_code(d['suggestion'])}")
        out += ["", md_block(json.dumps(answer["body"], indent=2, ensure_ascii=False), "json"), ""]
    if data["client_failures"]:
        out += ["## Python client failures", ""]
        for f in data["client_failures"]:
            why = "on a conforming answer" if f["answer_conforms"] else "on an answer that deviates"
            out.append(f"- {md_code(f['step'])} ({md_code(f['operation'])}): {md_code(f['error'])} ({why})")
        out.append("")
    out += [
        "## Operations",
        "",
        _row(["operation", "method", "path", "calls", "statuses", "deviations"]),
        _row(["---"] * 6),
    ]
    for e in data["operations"]:
        out.append(
            _row([md_code(e["operation"]), e["method"], md_code(e["path"]), str(e["calls"]),
                  ", ".join(map(str, e["statuses"])), str(e["deviations"])])
        )  # fmt: skip
    out += [
        "",
        "## Steps",
        "",
        _row(["step", "effect", "call", "outcome", "status", "note"]),
        _row(["---"] * 6),
    ]
    for st in data["steps"]:
        out.append(
            _row([md_code(st["id"]), st["effect"], md_code(f"{st['method']} {st['path']}"), st["outcome"],
                  "" if st["status"] is None else str(st["status"]), md_text(st["note"])])
        )  # fmt: skip
    out += ["", "## Writes", ""]
    out += [f"- {md_code(w['step'])}: {md_code(w['method'] + ' ' + w['path'])}" for w in data["writes"]] or [
        "None."
    ]
    return "\n".join(out) + "\n"
