"""Request bodies: added, removed, required or not; then the JSON schema, whose top-level fields
are the arguments of the generated method (schemas.py compares them)."""

from __future__ import annotations

from typing import Any

from ..loader import pointer_join
from . import examples
from .engine import Comparison, OpCtx, Place, as_dict, deref
from .model import BREAKING, NON_BREAKING, REQUEST, Finding, Subject, rule

FAMILY = "bodies"

BODY_ADDED_REQUIRED = rule(
    "request-body-added-required", BREAKING, FAMILY, "{op_id} takes a required body",
    "an operation now requires a request body", "pass the body fields", direction=REQUEST,
)  # fmt: skip
BODY_ADDED_OPTIONAL = rule(
    "request-body-added-optional", NON_BREAKING, FAMILY, "{op_id} takes an optional body",
    "an operation accepts an optional request body", direction=REQUEST,
)  # fmt: skip
BODY_REMOVED = rule(
    "request-body-removed", BREAKING, FAMILY, "{op_id} no longer takes a body",
    "an operation's request body was removed", "drop the body arguments", direction=REQUEST,
)  # fmt: skip
BODY_BECAME_REQUIRED = rule(
    "request-body-became-required", BREAKING, FAMILY, "{op_id}'s body became required",
    "an optional request body became required", "pass the body fields", direction=REQUEST,
)  # fmt: skip
BODY_BECAME_OPTIONAL = rule(
    "request-body-became-optional", NON_BREAKING, FAMILY, "{op_id}'s body became optional",
    "a required request body became optional", direction=REQUEST,
)  # fmt: skip


def json_media(doc: dict[str, Any], node: Any, ptr: str) -> tuple[dict[str, Any] | None, str]:
    node, ptr, _ = deref(doc, node, ptr)
    content = as_dict(as_dict(node).get("content"))
    for media, value in content.items():
        if str(media).split(";")[0].strip() == "application/json" or str(media).endswith("+json"):
            return as_dict(value), pointer_join(ptr, "content", media)
    return None, ptr


def body_model(doc: dict[str, Any], op: dict[str, Any]) -> str:
    """The component schema of an operation's JSON request body, if it is a $ref to one."""
    media, _ = json_media(doc, op.get("requestBody"), "")
    ref = as_dict(as_dict(media).get("schema")).get("$ref")
    return ref.rsplit("/", 1)[1] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else ""


def check(cmp: Comparison, optr: str, oop: dict[str, Any], nptr: str, nop: dict[str, Any], ctx: OpCtx) -> list[Finding]:
    subject = Subject("operation", ctx.op_id)
    ob, obp, _ = deref(cmp.old.doc, oop.get("requestBody"), optr + "/requestBody")
    nb, nbp, _ = deref(cmp.new.doc, nop.get("requestBody"), nptr + "/requestBody")
    fields = {"op_id": ctx.op_id}
    if "requestBody" in oop and "requestBody" not in nop:
        return [cmp.found(BODY_REMOVED, fields, obp, subject=subject)]
    if "requestBody" not in oop and "requestBody" in nop:
        name = BODY_ADDED_REQUIRED if as_dict(nb).get("required") else BODY_ADDED_OPTIONAL
        return [cmp.found(name, fields, "", nbp, subject=subject)]
    if "requestBody" not in oop:
        return []
    out = []
    before, after = bool(as_dict(ob).get("required")), bool(as_dict(nb).get("required"))
    if before != after:
        name = BODY_BECAME_REQUIRED if after else BODY_BECAME_OPTIONAL
        out.append(cmp.found(name, fields, obp + "/required", nbp + "/required", subject=subject))
    om, omp = json_media(cmp.old.doc, ob, obp)
    nm, nmp = json_media(cmp.new.doc, nb, nbp)
    if om is None or nm is None:
        return out
    out += examples.check(cmp, om, omp, nm, nmp, f"request example of {ctx.op_id}")
    out += cmp.schema(om.get("schema"), omp + "/schema", nm.get("schema"), nmp + "/schema",
                      Place(REQUEST, "request", top=True))  # fmt: skip
    return out
