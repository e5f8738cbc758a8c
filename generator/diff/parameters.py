"""Parameters (path, query, header), matched by name and location (header names without case).

Headers every generated client and cookbook call sends itself (`x-device-id`, `x-request-id`)
change nothing for their users when the spec adds them or makes them required.
"""

from __future__ import annotations

from typing import Any

from ..ir import MANAGED_PARAMETERS
from ..loader import pointer_join
from . import examples
from .engine import Comparison, OpCtx, Place, as_list, deref, text
from .model import BREAKING, NON_BREAKING, REQUEST, RULES, Finding, Subject, rule
from .schemas import DESCRIPTION_CHANGED, secret_finding

FAMILY = "parameters"

# Headers the generated clients (templates/python/runtime/_base.py, the Go runtime) and every
# cookbook call send on every request. (client_id is not here: the clients send it only on some calls.)
ALWAYS_SENT = frozenset({("x-device-id", "header"), ("x-request-id", "header")})

ADDED_REQUIRED = rule(
    "request-parameter-added-required", BREAKING, FAMILY, "new required {label}", "a new required parameter",
    "pass the new argument", direction=REQUEST,
)  # fmt: skip
ADDED_OPTIONAL = rule(
    "request-parameter-added-optional", NON_BREAKING, FAMILY, "new optional {label}", "a new optional parameter",
    direction=REQUEST,
)  # fmt: skip
REMOVED = rule(
    "request-parameter-removed", BREAKING, FAMILY, "{label} was removed", "a parameter was removed",
    "drop the argument", direction=REQUEST,
)  # fmt: skip
MOVED = rule(
    "request-parameter-moved", BREAKING, FAMILY, "parameter {name!r} moved from {old} to {new}",
    "a parameter moved to another location (query, header, path)",
    "upgrade the client; curl scripts must send it in the new place", direction=REQUEST,
)  # fmt: skip
BECAME_REQUIRED = rule(
    "request-parameter-became-required", BREAKING, FAMILY, "{label} became required",
    "an optional parameter became required", "always pass the argument", direction=REQUEST, retypes=True,
)  # fmt: skip
BECAME_OPTIONAL = rule(
    "request-parameter-became-optional", NON_BREAKING, FAMILY, "{label} became optional",
    "a required parameter became optional", direction=REQUEST, retypes=True,
)  # fmt: skip
CLIENT_MANAGED = rule(
    "request-parameter-client-managed", NON_BREAKING, FAMILY, "{what}",
    "a header the generated clients and the cookbook send on every call (x-device-id, x-request-id) was "
    "added, removed, or became required or optional", direction=REQUEST,
)  # fmt: skip

Params = dict[tuple[str, str], tuple[str, dict[str, Any]]]


def _params(doc: dict[str, Any], ptr: str, op: dict[str, Any], item: dict[str, Any]) -> Params:
    path_ptr = ptr.rsplit("/", 1)[0]
    out: Params = {}
    for base, raw_list in ((path_ptr, item.get("parameters")), (ptr, op.get("parameters"))):
        for i, raw in enumerate(as_list(raw_list)):
            param, pptr, _ = deref(doc, raw, pointer_join(base, "parameters", i))
            if isinstance(param, dict) and "name" in param:
                where = str(param.get("in", ""))
                name = str(param["name"])
                out[(name.lower() if where == "header" else name, where)] = (pptr, param)
    return out


def _label(key: tuple[str, str]) -> str:
    return f"{key[1]} parameter {key[0]!r}"


def check(cmp: Comparison, optr: str, oop: dict[str, Any], oitem: dict[str, Any], nptr: str, nop: dict[str, Any],
          nitem: dict[str, Any], ctx: OpCtx) -> list[Finding]:  # fmt: skip
    old = _params(cmp.old.doc, optr, oop, oitem)
    new = _params(cmp.new.doc, nptr, nop, nitem)
    out: list[Finding] = []

    def subject(key: tuple[str, str]) -> Subject:
        managed = (key[0].lower(), key[1]) in MANAGED_PARAMETERS
        return Subject("parameter", ctx.op_id, key[0], key[1], ctx.body_model, managed=managed)

    def add(name: str, key: tuple[str, str], fields: dict[str, Any], optr_: str, nptr_: str,
            place: Place | None = None) -> None:  # fmt: skip
        if (key[0].lower(), key[1]) in ALWAYS_SENT and name != MOVED:
            fields = {"what": RULES[name].template.format(**fields)}
            name = CLIENT_MANAGED
        out.append(cmp.found(name, fields, optr_, nptr_, place, subject=subject(key)))

    moved = {}
    for name, where in old.keys() - new.keys():
        elsewhere = [k for k in new.keys() - old.keys() if k[0] == name]
        if len(elsewhere) == 1:
            moved[(name, where)] = elsewhere[0]
    for key, target in sorted(moved.items()):
        add(MOVED, target, {"name": key[0], "old": key[1], "new": target[1]}, old[key][0], new[target][0])
    for key in sorted(old.keys() - new.keys() - moved.keys()):
        add(REMOVED, key, {"label": _label(key)}, old[key][0], "")
    for key in sorted(new.keys() - old.keys() - set(moved.values())):
        required = bool(new[key][1].get("required"))
        add(ADDED_REQUIRED if required else ADDED_OPTIONAL, key, {"label": _label(key)}, "", new[key][0])
    for key in sorted(old.keys() & new.keys()):
        (pa, a), (pb, b) = old[key], new[key]
        label = _label(key)
        place = Place(REQUEST, label, subject(key), a.get("schema"), b.get("schema"), bool(a.get("required")),
                      bool(b.get("required")))  # fmt: skip
        if bool(a.get("required")) != bool(b.get("required")):
            name = BECAME_REQUIRED if b.get("required") else BECAME_OPTIONAL
            add(name, key, {"label": label}, pa + "/required", pb + "/required", place)
        if text(a.get("description")) != text(b.get("description")):
            out.append(cmp.found(DESCRIPTION_CHANGED, {"label": label}, pa + "/description", pb + "/description",
                                 subject=subject(key)))  # fmt: skip
        if bool(a.get("x-secret")) != bool(b.get("x-secret")):
            out.append(secret_finding(cmp, label, bool(b.get("x-secret")), pa, pb, subject(key)))
        if a.get("example") != b.get("example"):
            out += examples.check(cmp, {"example": a.get("example")}, pa + "/example", {"example": b.get("example")},
                                  pb + "/example", f"example of {label}")  # fmt: skip
        out += cmp.schema(a.get("schema"), pa + "/schema", b.get("schema"), pb + "/schema", place)
    return out

