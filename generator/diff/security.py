"""Security requirements of an operation, as sets of alternatives (each a set of schemes)."""

from __future__ import annotations

from typing import Any

from .engine import Comparison, OpCtx, as_dict, as_list
from .model import BREAKING, NON_BREAKING, REQUEST, Finding, Subject, rule

FAMILY = "security"

SECURITY_REQUIREMENT_ADDED = rule(
    "security-requirement-added", BREAKING, FAMILY, "{op_id} now needs {alternatives}",
    "an operation callable without credentials now needs them",
    "sign in (or configure client credentials) before calling", direction=REQUEST,
)  # fmt: skip
SECURITY_ALTERNATIVE_REMOVED = rule(
    "security-alternative-removed", BREAKING, FAMILY, "{op_id} no longer accepts {alternative}",
    "a way to authenticate an operation was removed", "authenticate with one of the remaining schemes",
    direction=REQUEST,
)  # fmt: skip
SECURITY_ALTERNATIVE_ADDED = rule(
    "security-alternative-added", NON_BREAKING, FAMILY, "{op_id} also accepts {alternative}",
    "an operation accepts another way to authenticate", direction=REQUEST,
)  # fmt: skip


def _alternatives(doc: dict[str, Any], op: dict[str, Any]) -> set[tuple[str, ...]]:
    raw = op.get("security", doc.get("security"))
    return {tuple(sorted(as_dict(req))) for req in as_list(raw)} or {()}


def _label(alt: tuple[str, ...]) -> str:
    return " + ".join(alt) if alt else "no credentials"


def check(cmp: Comparison, optr: str, oop: dict[str, Any], nptr: str, nop: dict[str, Any], ctx: OpCtx) -> list[Finding]:
    old, new = _alternatives(cmp.old.doc, oop), _alternatives(cmp.new.doc, nop)
    subject = Subject("operation", ctx.op_id)
    out = []
    for alt in sorted(old - new):
        if alt == ():
            fields = {"op_id": ctx.op_id, "alternatives": " or ".join(_label(a) for a in sorted(new))}
            out.append(cmp.found(SECURITY_REQUIREMENT_ADDED, fields, optr + "/security", nptr + "/security",
                                 subject=subject))  # fmt: skip
        else:
            out.append(cmp.found(SECURITY_ALTERNATIVE_REMOVED, {"op_id": ctx.op_id, "alternative": _label(alt)},
                                 optr + "/security", nptr + "/security", subject=subject))  # fmt: skip
    for alt in sorted(new - old):
        if alt == () or not old - new:
            out.append(cmp.found(SECURITY_ALTERNATIVE_ADDED, {"op_id": ctx.op_id, "alternative": _label(alt)},
                                 optr + "/security", nptr + "/security", subject=subject))  # fmt: skip
    return out
