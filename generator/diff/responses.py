"""Answers: the success status, error statuses documented or not, and every answer both specs
document (success, 4xx/5xx and `default` alike) compared by its JSON schema: its fields,
required flags, composition. An error answer that can take a new shape (`Error` ->
`anyOf: [Error, GatewayError]`) is a response that can take a new shape."""

from __future__ import annotations

from typing import Any

from ..loader import pointer_join
from . import examples
from .bodies import json_media
from .engine import Comparison, OpCtx, Place, as_dict, deref, text
from .model import BREAKING, NON_BREAKING, RESPONSE, Finding, Subject, rule
from .schemas import DESCRIPTION_CHANGED

FAMILY = "responses"

SUCCESS_STATUS_CHANGED = rule(
    "success-status-changed", BREAKING, FAMILY, "{op_id} answers {new} instead of {old}",
    "an operation's success status changed", "upgrade the client; code that checks the status must expect the new one",
    direction=RESPONSE,
)  # fmt: skip
ERROR_RESPONSE_ADDED = rule(
    "error-response-added", NON_BREAKING, FAMILY, "{op_id} may answer {status} (now documented)",
    "an operation documents a new error status", direction=RESPONSE,
)  # fmt: skip
ERROR_RESPONSE_REMOVED = rule(
    "error-response-removed", NON_BREAKING, FAMILY, "{op_id} no longer documents a {status} answer",
    "an operation no longer documents an error status", direction=RESPONSE,
)  # fmt: skip


def _label(status: str) -> str:
    return "response" if status.startswith("2") else f"{status} response"


def check(cmp: Comparison, optr: str, oop: dict[str, Any], nptr: str, nop: dict[str, Any], ctx: OpCtx) -> list[Finding]:
    old = {str(k): v for k, v in as_dict(oop.get("responses")).items()}
    new = {str(k): v for k, v in as_dict(nop.get("responses")).items()}
    out: list[Finding] = []
    osucc = sorted(s for s in old if s.startswith("2"))
    nsucc = sorted(s for s in new if s.startswith("2"))
    if osucc != nsucc:
        fields = {"op_id": ctx.op_id, "new": "/".join(nsucc) or "no success status", "old": "/".join(osucc) or "nothing"}
        out.append(cmp.found(SUCCESS_STATUS_CHANGED, fields, optr + "/responses", nptr + "/responses",
                             subject=Subject("operation", ctx.op_id)))  # fmt: skip
    for status in sorted(set(old) - set(new)):
        if not status.startswith("2"):
            out.append(cmp.found(ERROR_RESPONSE_REMOVED, {"op_id": ctx.op_id, "status": status},
                                 pointer_join(optr, "responses", status), subject=Subject("answer", name=status)))  # fmt: skip
    for status in sorted(set(new) - set(old)):
        if not status.startswith("2"):
            out.append(cmp.found(ERROR_RESPONSE_ADDED, {"op_id": ctx.op_id, "status": status}, "",
                                 pointer_join(nptr, "responses", status), subject=Subject("answer", name=status)))  # fmt: skip
    for status in sorted(set(old) & set(new)):
        orp, nrp = pointer_join(optr, "responses", status), pointer_join(nptr, "responses", status)
        o, orp2, _ = deref(cmp.old.doc, old[status], orp)
        n, nrp2, _ = deref(cmp.new.doc, new[status], nrp)
        if text(as_dict(o).get("description")) != text(as_dict(n).get("description")):
            out.append(cmp.found(DESCRIPTION_CHANGED, {"label": f"the {status} response"},
                                 orp2 + "/description", nrp2 + "/description"))  # fmt: skip
        om, omp = json_media(cmp.old.doc, o, orp2)
        nm, nmp = json_media(cmp.new.doc, n, nrp2)
        if om is None or nm is None:
            continue
        out += examples.check(cmp, om, omp, nm, nmp, f"example of the {status} response")
        subject = Subject("answer", name=status)
        place = Place(RESPONSE, _label(status), subject, om.get("schema"), nm.get("schema"), top=True)
        out += cmp.schema(om.get("schema"), omp + "/schema", nm.get("schema"), nmp + "/schema", place)
    return out
