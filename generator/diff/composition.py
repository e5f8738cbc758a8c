"""`oneOf` / `anyOf` / `allOf` branches added or removed, by direction, and the branches that
stayed compared like any schema.

A request that accepts a new alternative accepts more (compatible); a response that can take a
new shape gives old readers something they do not know (breaking). `allOf` is the other way
round: one more part is one more thing a request must satisfy and a response guarantees.
A plain schema that becomes a composition (`Error` -> `anyOf: [Error, GatewayError]`) is
compared as a composition of one branch: its own shape, matched by its component name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..loader import pointer_join
from .engine import Comparison, Place, as_dict, as_list
from .model import BREAKING, NON_BREAKING, REQUEST, RESPONSE, Finding, rule

FAMILY = "composition"
ALTERNATIVES = ("oneOf", "anyOf")

REQUEST_ALTERNATIVE_ADDED = rule(
    "request-alternative-added", NON_BREAKING, FAMILY, "{label}: {keyword} branch {branch} added",
    "a request accepts another oneOf/anyOf shape", direction=REQUEST, retypes=True,
)  # fmt: skip
REQUEST_ALTERNATIVE_REMOVED = rule(
    "request-alternative-removed", BREAKING, FAMILY, "{label}: {keyword} branch {branch} removed",
    "a request no longer accepts a oneOf/anyOf shape", "send one of the remaining shapes",
    direction=REQUEST, retypes=True,
)  # fmt: skip
RESPONSE_ALTERNATIVE_ADDED = rule(
    "response-alternative-added", BREAKING, FAMILY, "{label}: {keyword} branch {branch} added",
    "a response may take another oneOf/anyOf shape", "handle the new shape where the answer is read",
    direction=RESPONSE, retypes=True,
)  # fmt: skip
RESPONSE_ALTERNATIVE_REMOVED = rule(
    "response-alternative-removed", NON_BREAKING, FAMILY, "{label}: {keyword} branch {branch} removed",
    "a response no longer takes a oneOf/anyOf shape", direction=RESPONSE, retypes=True,
)  # fmt: skip
REQUEST_ALL_OF_ADDED = rule(
    "request-all-of-added", BREAKING, FAMILY, "{label}: allOf part {branch} added",
    "a request must satisfy another allOf part", "send values that satisfy the new part",
    direction=REQUEST, retypes=True,
)  # fmt: skip
REQUEST_ALL_OF_REMOVED = rule(
    "request-all-of-removed", NON_BREAKING, FAMILY, "{label}: allOf part {branch} removed",
    "a request no longer has to satisfy an allOf part", direction=REQUEST, retypes=True,
)  # fmt: skip
RESPONSE_ALL_OF_ADDED = rule(
    "response-all-of-added", NON_BREAKING, FAMILY, "{label}: allOf part {branch} added",
    "a response satisfies another allOf part", direction=RESPONSE, retypes=True,
)  # fmt: skip
RESPONSE_ALL_OF_REMOVED = rule(
    "response-all-of-removed", BREAKING, FAMILY, "{label}: allOf part {branch} removed",
    "a response no longer guarantees an allOf part", "stop relying on what the removed part promised",
    direction=RESPONSE, retypes=True,
)  # fmt: skip
COMPOSITION_CHANGED = rule(
    "schema-composition-changed", BREAKING, FAMILY, "{label}: {what}",
    "a `not` changed, or oneOf became anyOf (or back): diff does not classify these, so it assumes the worst",
    "review the change by hand; a major version bump of info.version acknowledges it",
    retypes=True,
)  # fmt: skip


def alternatives_key(schema: dict[str, Any]) -> str:
    return next((k for k in ALTERNATIVES if isinstance(schema.get(k), list)), "")


def wraps(o: dict[str, Any], n: dict[str, Any]) -> bool:
    """Exactly one side is a composition: the other is compared as one of its branches, not
    as an object or a type of its own."""
    return any(bool(isinstance(o.get(k), list)) != bool(isinstance(n.get(k), list)) for k in (*ALTERNATIVES, "allOf"))


def composed(schema: dict[str, Any]) -> bool:
    return any(isinstance(schema.get(k), list) for k in (*ALTERNATIVES, "allOf"))


def _branch_key(node: Any, index: int) -> tuple[str, str]:
    """(how branches are matched, how messages call it): a $ref by its component name, an
    inline branch by its type and position."""
    node = as_dict(node)
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        return f"ref:{ref}", name
    kind = node.get("type")
    label = "|".join(map(str, kind)) if isinstance(kind, list) else str(kind or "inline")
    return f"inline:{label}", f"#{index} ({label})"


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null"  # nullable's business


def _branches(schema: dict[str, Any], key: str, ptr: str, self_ref: str) -> list[tuple[str, str, Any, str]]:
    """(match key, message name, node, pointer) of each branch; a plain schema is one branch."""
    if isinstance(schema.get(key), list):
        out = []
        for i, node in enumerate(as_list(schema[key])):
            if _is_null(node):
                continue
            match, name = _branch_key(node, i)
            out.append((match, name, node, pointer_join(ptr, key, i)))
        return out
    # the plain side of a wrap: its own shape; its description stays with the composition
    plain = {k: v for k, v in schema.items() if k != "description"}
    if self_ref:
        return [(f"ref:#/components/schemas/{self_ref}", self_ref, plain, ptr)]
    match, name = _branch_key(schema, 0)
    return [(match, name, plain, ptr)]


def _pair(old: list[tuple[str, str, Any, str]], new: list[tuple[str, str, Any, str]]) -> tuple[
    list[tuple[tuple[str, str, Any, str], tuple[str, str, Any, str]]], list[tuple[str, str, Any, str]],
    list[tuple[str, str, Any, str]],
]:  # fmt: skip
    """Matched pairs, removed (old only) and added (new only): refs by name, then inline
    branches in order among those of the same type."""
    left, right = list(old), list(new)
    pairs = []
    for item in list(left):
        found = next((r for r in right if r[0] == item[0]), None)
        if found is not None:
            pairs.append((item, found))
            left.remove(item)
            right.remove(found)
    return pairs, left, right


def check(cmp: Comparison, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, place: Place,
          names: tuple[str, str]) -> list[Finding]:  # fmt: skip
    findings: list[Finding] = []
    oname, nname = names
    ok, nk = alternatives_key(o), alternatives_key(n)
    if ok or nk:
        if ok and nk and ok != nk:
            findings.append(cmp.found(COMPOSITION_CHANGED, {"label": place.label, "what": f"{ok} -> {nk}"},
                                      pointer_join(optr, ok), pointer_join(nptr, nk), place))  # fmt: skip
        keyword = nk or ok
        findings += _compare(cmp, _branches(o, ok or nk, optr, oname), _branches(n, nk or ok, nptr, nname),
                             place, keyword)  # fmt: skip
    if isinstance(o.get("allOf"), list) or isinstance(n.get("allOf"), list):
        findings += _compare(cmp, _branches(o, "allOf", optr, oname), _branches(n, "allOf", nptr, nname),
                             place, "allOf")  # fmt: skip
    if o.get("not") != n.get("not"):
        findings.append(cmp.found(COMPOSITION_CHANGED, {"label": place.label, "what": "`not` changed"},
                                  optr, nptr, place))  # fmt: skip
    return findings


def _compare(cmp: Comparison, old: list[tuple[str, str, Any, str]], new: list[tuple[str, str, Any, str]],
             place: Place, keyword: str) -> list[Finding]:  # fmt: skip
    findings: list[Finding] = []
    pairs, removed, added = _pair(old, new)
    side = "request" if place.request else "response"
    kind = "all-of" if keyword == "allOf" else "alternative"
    for _match, name, _node, ptr in removed:
        fields = {"label": place.label, "keyword": keyword, "branch": name}
        findings.append(cmp.found(f"{side}-{kind}-removed", fields, ptr, "", place))
    for _match, name, _node, ptr in added:
        fields = {"label": place.label, "keyword": keyword, "branch": name}
        findings.append(cmp.found(f"{side}-{kind}-added", fields, "", ptr, place))
    for (_m, name, onode, optr), (_n, _name, nnode, nptr) in pairs:
        inner = replace(place, label=f"{place.label} ({keyword} {name})", top=False)
        findings += cmp.schema(onode, optr, nnode, nptr, inner)
    return findings
