"""Schemas, node by node: types, properties and their required flags, enums, constraints,
defaults, descriptions and the secret flag, by direction; formats, nullability and composition
are their own families, called from here.

`compare_node` is what `Comparison.schema` runs on a memo miss: it compares one pair of nodes
and recurses (through `Comparison.schema`, so a shared component is compared once) into
properties, items and composition branches.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..loader import pointer_join
from . import composition, formats, nullable
from .engine import Comparison, Place, as_dict, as_list, text
from .model import BREAKING, DOCS, NON_BREAKING, REQUEST, RESPONSE, Finding, Subject, rule

FAMILY = "schemas"

# fields
REQUEST_FIELD_ADDED_REQUIRED = rule(
    "request-field-added-required", BREAKING, FAMILY, "new required {label}",
    "a new required request field", "pass the new argument", direction=REQUEST,
)  # fmt: skip
REQUEST_FIELD_ADDED_OPTIONAL = rule(
    "request-field-added-optional", NON_BREAKING, FAMILY, "new optional {label}",
    "a new optional request field", direction=REQUEST,
)  # fmt: skip
REQUEST_FIELD_REMOVED = rule(
    "request-field-removed", BREAKING, FAMILY, "{label} was removed",
    "a request field was removed", "drop the argument", direction=REQUEST,
)  # fmt: skip
REQUEST_FIELD_BECAME_REQUIRED = rule(
    "request-field-became-required", BREAKING, FAMILY, "{label} became required",
    "an optional request field became required", "always pass the argument", direction=REQUEST, retypes=True,
)  # fmt: skip
REQUEST_FIELD_BECAME_OPTIONAL = rule(
    "request-field-became-optional", NON_BREAKING, FAMILY, "{label} became optional",
    "a required request field became optional", direction=REQUEST, retypes=True,
)  # fmt: skip
RESPONSE_FIELD_ADDED = rule(
    "response-field-added", NON_BREAKING, FAMILY, "new {label}", "a new response field", direction=RESPONSE,
)  # fmt: skip
RESPONSE_FIELD_REMOVED = rule(
    "response-field-removed", BREAKING, FAMILY, "{label} was removed",
    "a response field was removed", "stop reading the attribute", direction=RESPONSE,
)  # fmt: skip
RESPONSE_FIELD_BECAME_OPTIONAL = rule(
    "response-field-became-optional", BREAKING, FAMILY, "{label} became optional",
    "a response field may now be absent", "check the attribute for None (nil) before using it",
    direction=RESPONSE, retypes=True,
)  # fmt: skip
RESPONSE_FIELD_BECAME_REQUIRED = rule(
    "response-field-became-required", NON_BREAKING, FAMILY, "{label} became required",
    "a response field is now always present", direction=RESPONSE, retypes=True,
)  # fmt: skip
# types
REQUEST_TYPE_CHANGED = rule(
    "request-type-changed", BREAKING, FAMILY, "{label}: type {old} -> {new}",
    "a request value's type was narrowed or changed", "send a value of the new type",
    direction=REQUEST, retypes=True,
)  # fmt: skip
REQUEST_TYPE_WIDENED = rule(
    "request-type-widened", NON_BREAKING, FAMILY, "{label}: type {old} -> {new}",
    "a request value accepts more types", direction=REQUEST, retypes=True,
)  # fmt: skip
RESPONSE_TYPE_CHANGED = rule(
    "response-type-changed", BREAKING, FAMILY, "{label}: type {old} -> {new}",
    "a response value's type was widened or changed", "handle values of the new type",
    direction=RESPONSE, retypes=True,
)  # fmt: skip
RESPONSE_TYPE_NARROWED = rule(
    "response-type-narrowed", NON_BREAKING, FAMILY, "{label}: type {old} -> {new}",
    "a response value has fewer possible types", direction=RESPONSE, retypes=True,
)  # fmt: skip
# enums
REQUEST_ENUM_VALUE_REMOVED = rule(
    "request-enum-value-removed", BREAKING, FAMILY, "{label}: enum value {value} removed",
    "a request no longer accepts an enum value", "stop sending the removed value", direction=REQUEST,
)  # fmt: skip
REQUEST_ENUM_VALUE_ADDED = rule(
    "request-enum-value-added", NON_BREAKING, FAMILY, "{label}: enum value {value} added",
    "a request accepts a new enum value", direction=REQUEST,
)  # fmt: skip
RESPONSE_ENUM_VALUE_ADDED = rule(
    "response-enum-value-added", BREAKING, FAMILY, "{label}: enum value {value} added",
    "a response may carry a new enum value", "handle the new value (a match/if chain over the old values misses it)",
    direction=RESPONSE,
)  # fmt: skip
RESPONSE_ENUM_VALUE_REMOVED = rule(
    "response-enum-value-removed", NON_BREAKING, FAMILY, "{label}: enum value {value} removed",
    "a response no longer carries an enum value", direction=RESPONSE,
)  # fmt: skip
RESPONSE_ENUM_REMOVED = rule(
    "response-enum-removed", BREAKING, FAMILY, "{label}: no longer limited to {values}",
    "a response value is no longer limited to a list of values", "handle any value of the type",
    direction=RESPONSE,
)  # fmt: skip
# constraints
REQUEST_CONSTRAINT_TIGHTENED = rule(
    "request-constraint-tightened", BREAKING, FAMILY, "{label}: {what}",
    "a request value is constrained more (a lower maximum or a higher minimum, length, items, pattern, "
    "enum, additionalProperties)", "send values within the new limits", direction=REQUEST,
)  # fmt: skip
REQUEST_CONSTRAINT_RELAXED = rule(
    "request-constraint-relaxed", NON_BREAKING, FAMILY, "{label}: {what}",
    "a request value is constrained less", direction=REQUEST,
)  # fmt: skip
RESPONSE_CONSTRAINT_RELAXED = rule(
    "response-constraint-relaxed", BREAKING, FAMILY, "{label}: {what}",
    "a response value may fall outside its old limits (a higher maximum or a lower minimum, length, items)",
    "handle values outside the old limits", direction=RESPONSE,
)  # fmt: skip
RESPONSE_CONSTRAINT_TIGHTENED = rule(
    "response-constraint-tightened", NON_BREAKING, FAMILY, "{label}: {what}",
    "a response value stays within narrower limits", direction=RESPONSE,
)  # fmt: skip
REQUEST_DEFAULT_CHANGED = rule(
    "request-default-changed", NON_BREAKING, FAMILY, "{label}: default changed{values}",
    "the default of a request value changed", direction=REQUEST,
)  # fmt: skip
# annotations
SECRET_FLAG_CHANGED = rule(
    "secret-flag-changed", NON_BREAKING, FAMILY, "{label} is {state}",
    "a value is redacted in logs and reprs, or no longer is",
)  # fmt: skip
DESCRIPTION_CHANGED = rule("description-changed", DOCS, FAMILY, "description of {label}", "a description changed")

# upper bounds: a smaller value is tighter; lower bounds: a larger value is tighter
UPPER = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
LOWER = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


def types_of(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a node allows, without null (nullability is its own family); {} is any."""
    kind = schema.get("type")
    if isinstance(kind, list):
        return frozenset(str(k) for k in kind if k != "null")
    if kind is None or kind == "null":
        if "properties" in schema:
            return frozenset({"object"})
        if "items" in schema:
            return frozenset({"array"})
        return frozenset()  # any
    return frozenset({str(kind)})


def widens(old: frozenset[str], new: frozenset[str]) -> bool:
    """Does `new` accept everything `old` does? (integer is a number; no type is any)."""
    if not new:
        return True
    if not old:
        return False
    return all(t in new or (t == "integer" and "number" in new) for t in old)


def type_label(types: frozenset[str]) -> str:
    return "|".join(sorted(types)) or "any"


def compare_node(cmp: Comparison, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, place: Place,
                 names: tuple[str, str]) -> list[Finding]:  # fmt: skip
    """Every finding between two resolved schema nodes (names: their component names or "")."""
    findings: list[Finding] = []
    wrapped = composition.wraps(o, n)
    findings += nullable.check(cmp, o, optr, n, nptr, place)
    findings += composition.check(cmp, o, optr, n, nptr, place, names)
    if wrapped:
        return findings  # one side is a composition of the other: its branches were compared
    ot, nt = types_of(o), types_of(n)
    if ot != nt and not (composition.composed(o) or composition.composed(n)):
        if place.request:
            name = REQUEST_TYPE_WIDENED if widens(ot, nt) else REQUEST_TYPE_CHANGED
        else:
            name = RESPONSE_TYPE_NARROWED if widens(nt, ot) else RESPONSE_TYPE_CHANGED
        fields = {"label": place.label, "old": type_label(ot), "new": type_label(nt)}
        findings.append(cmp.found(name, fields, optr + "/type", nptr + "/type", place))
    findings += formats.check(cmp, o, optr, n, nptr, place)
    findings += _enum(cmp, o, optr, n, nptr, place)
    findings += _constraints(cmp, o, optr, n, nptr, place)
    if place.request:
        findings += _default(cmp, o, optr, n, nptr, place)
    if not place.top and text(o.get("description")) != text(n.get("description")):
        findings.append(cmp.found(DESCRIPTION_CHANGED, {"label": place.label}, optr + "/description",
                                  nptr + "/description", place))  # fmt: skip
    if not place.top and bool(o.get("x-secret")) != bool(n.get("x-secret")):
        findings.append(secret_finding(cmp, place.label, bool(n.get("x-secret")), optr, nptr, place.subject))
    if "object" in ot | nt or "properties" in o or "properties" in n:
        findings += _properties(cmp, o, optr, n, nptr, place, names[1] or names[0])
    if "items" in o and "items" in n:
        inner = replace(place, label=f"{place.label}[]", top=False)
        findings += cmp.schema(o["items"], optr + "/items", n["items"], nptr + "/items", inner)
    return findings


def secret_finding(cmp: Comparison, label: str, now: bool, optr: str, nptr: str, subject: Subject | None) -> Finding:
    state = "now redacted (x-secret)" if now else "no longer redacted"
    return cmp.found(SECRET_FLAG_CHANGED, {"label": label, "state": state}, optr, nptr, subject=subject)


def _enum(cmp: Comparison, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, place: Place) -> list[Finding]:
    out: list[Finding] = []
    label = place.label
    if "enum" in o and "enum" in n:
        ov, nv = as_list(o["enum"]), as_list(n["enum"])
        side = "request" if place.request else "response"
        for value in [v for v in ov if v not in nv]:
            out.append(cmp.found(f"{side}-enum-value-removed", {"label": label, "value": repr(value)},
                                 optr + "/enum", nptr + "/enum", place))  # fmt: skip
        for value in [v for v in nv if v not in ov]:
            out.append(cmp.found(f"{side}-enum-value-added", {"label": label, "value": repr(value)},
                                 optr + "/enum", nptr + "/enum", place))  # fmt: skip
    elif "enum" in n and place.request:
        out.append(cmp.found(REQUEST_CONSTRAINT_TIGHTENED, {"label": label, "what": f"now one of {as_list(n['enum'])}"},
                             optr, nptr + "/enum", place))  # fmt: skip
    elif "enum" in o and place.request:
        out.append(cmp.found(REQUEST_CONSTRAINT_RELAXED,
                             {"label": label, "what": f"no longer limited to {as_list(o['enum'])}"},
                             optr + "/enum", nptr, place))  # fmt: skip
    elif "enum" in o:
        out.append(cmp.found(RESPONSE_ENUM_REMOVED, {"label": label, "values": as_list(o["enum"])},
                             optr + "/enum", nptr, place))  # fmt: skip
    elif "enum" in n:
        out.append(cmp.found(RESPONSE_CONSTRAINT_TIGHTENED, {"label": label, "what": f"now one of {as_list(n['enum'])}"},
                             optr, nptr + "/enum", place))  # fmt: skip
    return out


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _constraints(cmp: Comparison, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str,
                 place: Place) -> list[Finding]:  # fmt: skip
    """Bounds by direction: a request that allows less breaks senders, a response that allows
    more breaks readers. A raised lower bound allows less, like a lowered upper bound."""
    out: list[Finding] = []
    side = "request" if place.request else "response"
    for key in (*UPPER, *LOWER):
        a, b = o.get(key), n.get(key)
        if a == b or not all(_number(v) or v is None for v in (a, b)):
            continue
        if a is None:
            narrower = True  # a new bound
        elif b is None:
            narrower = False  # a bound dropped
        else:
            narrower = b < a if key in UPPER else b > a
        name = f"{side}-constraint-{'tightened' if narrower else 'relaxed'}"
        out.append(cmp.found(name, {"label": place.label, "what": f"{key} {a} -> {b}"},
                             optr + (f"/{key}" if a is not None else ""), nptr + (f"/{key}" if b is not None else ""),
                             place))  # fmt: skip
    a, b = o.get("additionalProperties", True), n.get("additionalProperties", True)
    if place.request and a is not b and isinstance(a, bool) and isinstance(b, bool):
        name = REQUEST_CONSTRAINT_RELAXED if b else REQUEST_CONSTRAINT_TIGHTENED
        out.append(cmp.found(name, {"label": place.label, "what": f"additionalProperties {a} -> {b}"}, optr,
                             nptr + "/additionalProperties", place))  # fmt: skip
    a, b = o.get("pattern"), n.get("pattern")
    if a != b:
        narrower = a is None
        if place.request:
            name = REQUEST_CONSTRAINT_TIGHTENED if b is not None else REQUEST_CONSTRAINT_RELAXED
        else:
            name = RESPONSE_CONSTRAINT_TIGHTENED if narrower else RESPONSE_CONSTRAINT_RELAXED
        out.append(cmp.found(name, {"label": place.label, "what": f"pattern {a!r} -> {b!r}"},
                             optr + ("/pattern" if a is not None else ""), nptr + ("/pattern" if b is not None else ""),
                             place))  # fmt: skip
    return out


def _default(cmp: Comparison, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, place: Place) -> list[Finding]:
    if ("default" in o) == ("default" in n) and o.get("default") == n.get("default"):
        return []
    secret = o.get("x-secret") or n.get("x-secret")  # never print a secret's value
    values = "" if secret else f" {o.get('default')!r} -> {n.get('default')!r}"
    return [cmp.found(REQUEST_DEFAULT_CHANGED, {"label": place.label, "values": values}, optr, nptr, place)]


def _properties(cmp: Comparison, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, place: Place,
                component: str) -> list[Finding]:  # fmt: skip
    out: list[Finding] = []
    op_, np_ = as_dict(o.get("properties")), as_dict(n.get("properties"))
    oreq = {str(r) for r in as_list(o.get("required"))}
    nreq = {str(r) for r in as_list(n.get("required"))}
    side = "request" if place.request else "response"
    if component:
        model = component
    elif place.subject is not None and place.subject.kind == "field" and place.subject.model:
        model = f"{place.subject.model}.{place.subject.name}"  # an inline object inside a model
    else:
        model = ""

    def child(prop: str) -> Place:
        subject = Subject("field", name=prop, model=model, location="body" if place.top and place.request else "")
        if place.top:
            label = f"{place.label} field {prop!r}"
        else:
            label = f"{side} field {model}.{prop}" if model else f"{place.label}.{prop}"
        return Place(place.direction, label, subject, op_.get(prop), np_.get(prop), prop in oreq, prop in nreq)

    for prop in [p for p in op_ if p not in np_]:
        at = child(prop)
        out.append(cmp.found(f"{side}-field-removed", {"label": at.label}, pointer_join(optr, "properties", prop),
                             nptr, at))  # fmt: skip
    for prop in [p for p in np_ if p not in op_]:
        at = child(prop)
        if place.request:
            name = REQUEST_FIELD_ADDED_REQUIRED if prop in nreq else REQUEST_FIELD_ADDED_OPTIONAL
        else:
            name = RESPONSE_FIELD_ADDED
        out.append(cmp.found(name, {"label": at.label}, optr, pointer_join(nptr, "properties", prop), at))
    for prop in [p for p in op_ if p in np_]:
        at = child(prop)
        a, b = prop in oreq, prop in nreq
        if a != b:
            name = f"{side}-field-became-{'required' if b else 'optional'}"
            out.append(cmp.found(name, {"label": at.label}, optr + "/required", nptr + "/required", at))
        out += cmp.schema(op_[prop], pointer_join(optr, "properties", prop), np_[prop],
                          pointer_join(nptr, "properties", prop), at)  # fmt: skip
    return out
