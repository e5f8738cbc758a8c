"""Operations, matched by method and path, then by operationId (to see one that moved); and
the walk over every matched pair, which the other families plug into."""

from __future__ import annotations

from typing import Any

from ..loader import pointer_join
from ..spec import HTTP_METHODS
from . import bodies, parameters, responses, security
from .engine import Comparison, OpCtx, as_dict, as_list, text
from .model import BREAKING, DOCS, NON_BREAKING, Subject, rule

FAMILY = "operations"

OPERATION_ADDED = rule("operation-added", NON_BREAKING, FAMILY, "new operation {op_id}{summary}", "a new operation")
OPERATION_REMOVED = rule("operation-removed", BREAKING, FAMILY, "{op} ({op_id}) was removed",
                         "an operation was removed", "stop calling the method")  # fmt: skip
OPERATION_ID_CHANGED = rule("operation-id-changed", BREAKING, FAMILY, "operationId {old} -> {new}",
                            "an operation's operationId (its method name) changed",
                            "call the method by its new name")  # fmt: skip
OPERATION_PATH_CHANGED = rule("operation-path-changed", BREAKING, FAMILY, "{op_id} moved from {old} to {new}",
                              "an operation moved to another path",
                              "upgrade the client; curl scripts must use the new path")  # fmt: skip
OPERATION_METHOD_CHANGED = rule("operation-method-changed", BREAKING, FAMILY, "{op_id}: {old} -> {new}",
                                "an operation's HTTP method changed",
                                "upgrade the client; curl scripts must use the new method")  # fmt: skip
OPERATION_DEPRECATED = rule("operation-deprecated", NON_BREAKING, FAMILY, "{op_id} is deprecated",
                            "an operation is now deprecated")  # fmt: skip
OPERATION_UNDEPRECATED = rule("operation-undeprecated", NON_BREAKING, FAMILY, "{op_id} is no longer deprecated",
                              "an operation is no longer deprecated")  # fmt: skip
OPERATION_TAG_CHANGED = rule("operation-tag-changed", DOCS, FAMILY, "tag {old} -> {new}",
                             "an operation moved to another tag (docs grouping)")  # fmt: skip
OPERATION_DESCRIPTION_CHANGED = rule("operation-description-changed", DOCS, FAMILY, "{part} of {op_id}",
                                     "an operation's summary or description changed")  # fmt: skip

Operations = dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]]


def operations_of(doc: dict[str, Any]) -> Operations:
    """(method, path) -> (pointer, operation, path item) of every operation of `doc`."""
    out = {}
    for path, item in as_dict(doc.get("paths")).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                out[(method, str(path))] = (pointer_join("", "paths", path, method), op, item)
    return out


def _opname(key: tuple[str, str]) -> str:
    return f"{key[0].upper()} {key[1]}"


def _ctx(cmp: Comparison, key: tuple[str, str], op: dict[str, Any], doc: dict[str, Any]) -> OpCtx:
    return OpCtx(_opname(key), str(op.get("operationId") or ""), bodies.body_model(doc, op))


def check(cmp: Comparison) -> None:
    old, new = operations_of(cmp.old.doc), operations_of(cmp.new.doc)
    pairs = [(k, k) for k in old if k in new]
    gone = [k for k in old if k not in new]
    came = [k for k in new if k not in old]
    by_id = {str(new[k][1].get("operationId")): k for k in came}
    for key in list(gone):
        op_id = str(old[key][1].get("operationId"))
        target = by_id.get(op_id)
        if target is None:
            continue
        gone.remove(key)
        came.remove(target)
        pairs.append((key, target))
        ctx = _ctx(cmp, target, new[target][1], cmp.new.doc)
        subject = Subject("operation", ctx.op_id)
        found = []
        if key[1] != target[1]:
            found.append(cmp.found(OPERATION_PATH_CHANGED, {"op_id": op_id, "old": key[1], "new": target[1]},
                                   old[key][0], new[target][0], subject=subject))  # fmt: skip
        if key[0] != target[0]:
            found.append(cmp.found(OPERATION_METHOD_CHANGED, {"op_id": op_id, "old": key[0].upper(),
                                   "new": target[0].upper()}, old[key][0], new[target][0], subject=subject))  # fmt: skip
        cmp.attach(found, ctx)
    for key in gone:
        ptr, op, _item = old[key]
        ctx = _ctx(cmp, key, op, cmp.old.doc)
        cmp.attach([cmp.found(OPERATION_REMOVED, {"op": _opname(key), "op_id": op.get("operationId")}, ptr,
                              subject=Subject("operation", ctx.op_id))], ctx)  # fmt: skip
    for key in came:
        ptr, op, _item = new[key]
        ctx = _ctx(cmp, key, op, cmp.new.doc)
        summary = text(op.get("summary"))
        cmp.attach([cmp.found(OPERATION_ADDED, {"op_id": op.get("operationId"), "summary": f": {summary}" if summary
                              else ""}, "", ptr, subject=Subject("operation", ctx.op_id))], ctx)  # fmt: skip
    for okey, nkey in pairs:
        _operation(cmp, old[okey], new[nkey], nkey)


def _operation(cmp: Comparison, old: tuple[str, dict[str, Any], dict[str, Any]],
               new: tuple[str, dict[str, Any], dict[str, Any]], key: tuple[str, str]) -> None:  # fmt: skip
    optr, oop, oitem = old
    nptr, nop, nitem = new
    ctx = _ctx(cmp, key, nop, cmp.new.doc)
    subject = Subject("operation", ctx.op_id)
    found = []
    old_id, new_id = str(oop.get("operationId")), str(nop.get("operationId"))
    if old_id != new_id:
        found.append(cmp.found(OPERATION_ID_CHANGED, {"old": old_id, "new": new_id}, optr + "/operationId",
                               nptr + "/operationId", subject=Subject("operation", new_id, old_name=old_id)))  # fmt: skip
    if nop.get("deprecated") and not oop.get("deprecated"):
        found.append(cmp.found(OPERATION_DEPRECATED, {"op_id": new_id}, optr, nptr + "/deprecated", subject=subject))
    if oop.get("deprecated") and not nop.get("deprecated"):
        found.append(cmp.found(OPERATION_UNDEPRECATED, {"op_id": new_id}, optr + "/deprecated", nptr, subject=subject))
    otag, ntag = as_list(oop.get("tags"))[:1], as_list(nop.get("tags"))[:1]
    if otag != ntag:
        found.append(cmp.found(OPERATION_TAG_CHANGED, {"old": otag, "new": ntag}, optr + "/tags", nptr + "/tags"))
    for part in ("summary", "description"):
        if text(oop.get(part)) != text(nop.get(part)):
            found.append(cmp.found(OPERATION_DESCRIPTION_CHANGED, {"part": part, "op_id": new_id}, optr + f"/{part}",
                                   nptr + f"/{part}", subject=subject))  # fmt: skip
    found += security.check(cmp, optr, oop, nptr, nop, ctx)
    found += parameters.check(cmp, optr, oop, oitem, nptr, nop, nitem, ctx)
    found += bodies.check(cmp, optr, oop, nptr, nop, ctx)
    found += responses.check(cmp, optr, oop, nptr, nop, ctx)
    cmp.attach(found, ctx)
