"""`authgen diff`: what changed between two versions of the spec, classified for the users of
what we generate.

Every change is one named rule (RULES) with one level:

- breaking: code written against the old generated client, or a curl line of the old cookbook,
  can stop working (a removed operation or field, a field a request now requires, a narrowed
  type, an enum value a response may now send, a new security requirement, ...);
- non-breaking: new things to use, old code keeps working;
- docs: descriptions and examples only.

The comparison is generic over the document: operations are matched by method and path (then
by operationId, to see a moved operation), parameters by name and location, schemas field by
field through `$ref`s, the error catalogue (`x-error-codes`) by error name. Each change names
the generated code it touches (`CloudBaseAuth.sign_in(..., captcha_token=...)`,
`TokenResponse.refresh_token`, `errors.InvalidGrant`) and the cookbook pages that call the
operation. A change reached through a shared component (TokenResponse) is reported once, with
every operation that uses it.
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .ir import MANAGED_PARAMETERS as COMMON_PARAMETERS
from .loader import Loaded, load_yaml, one_line, pointer_join
from .naming import pascal_case, snake_case
from .problems import SpecError
from .spec import HTTP_METHODS, resolve_pointer
from .targets.python.names import identifier as python_identifier

# Headers the generated client (templates/python/runtime/_base.py) and every cookbook call send on
# every request: whether the spec requires them changes nothing for their users. (client_id is not
# here: the client sends it only on calls without a Bearer token.)
ALWAYS_SENT = frozenset({("x-device-id", "header"), ("x-request-id", "header")})

BREAKING = "breaking"
NON_BREAKING = "non-breaking"
DOCS = "docs"
LEVELS = (BREAKING, NON_BREAKING, DOCS)  # most severe first


@dataclass(frozen=True)
class Rule:
    name: str
    level: str
    meaning: str  # what the rule detects
    advice: str = ""  # what a user of the generated client must do (breaking rules)


def _rules(*rules: Rule) -> dict[str, Rule]:
    return {r.name: r for r in rules}


RULES = _rules(
    # operations
    Rule("operation-added", NON_BREAKING, "a new operation"),
    Rule("operation-removed", BREAKING, "an operation was removed", "stop calling the method"),
    Rule("operation-id-changed", BREAKING, "an operation's operationId (its method name) changed",
         "call the method by its new name"),
    Rule("operation-path-changed", BREAKING, "an operation moved to another path",
         "upgrade the client; curl scripts must use the new path"),
    Rule("operation-method-changed", BREAKING, "an operation's HTTP method changed",
         "upgrade the client; curl scripts must use the new method"),
    Rule("operation-deprecated", NON_BREAKING, "an operation is now deprecated"),
    Rule("operation-undeprecated", NON_BREAKING, "an operation is no longer deprecated"),
    Rule("operation-tag-changed", DOCS, "an operation moved to another tag (docs grouping)"),
    Rule("operation-description-changed", DOCS, "an operation's summary or description changed"),
    # security
    Rule("security-requirement-added", BREAKING, "an operation callable without credentials now needs them",
         "sign in (or configure client credentials) before calling"),
    Rule("security-alternative-removed", BREAKING, "a way to authenticate an operation was removed",
         "authenticate with one of the remaining schemes"),
    Rule("security-alternative-added", NON_BREAKING, "an operation accepts another way to authenticate"),
    # parameters
    Rule("request-parameter-added-required", BREAKING, "a new required parameter", "pass the new argument"),
    Rule("request-parameter-added-optional", NON_BREAKING, "a new optional parameter"),
    Rule("request-parameter-removed", BREAKING, "a parameter was removed", "drop the argument"),
    Rule("request-parameter-moved", BREAKING, "a parameter moved to another location (query, header, path)",
         "upgrade the client; curl scripts must send it in the new place"),
    Rule("request-parameter-became-required", BREAKING, "an optional parameter became required",
         "always pass the argument"),
    Rule("request-parameter-became-optional", NON_BREAKING, "a required parameter became optional"),
    Rule("request-parameter-client-managed", NON_BREAKING,
         "a header the generated client and the cookbook send on every call (x-device-id, x-request-id) was "
         "added, removed, or became required or optional"),
    # request body
    Rule("request-body-added-required", BREAKING, "an operation now requires a request body",
         "pass the body fields"),
    Rule("request-body-added-optional", NON_BREAKING, "an operation accepts an optional request body"),
    Rule("request-body-removed", BREAKING, "an operation's request body was removed", "drop the body arguments"),
    Rule("request-body-became-required", BREAKING, "an optional request body became required",
         "pass the body fields"),
    Rule("request-body-became-optional", NON_BREAKING, "a required request body became optional"),
    Rule("request-field-added-required", BREAKING, "a new required request field", "pass the new argument"),
    Rule("request-field-added-optional", NON_BREAKING, "a new optional request field"),
    Rule("request-field-removed", BREAKING, "a request field was removed", "drop the argument"),
    Rule("request-field-became-required", BREAKING, "an optional request field became required",
         "always pass the argument"),
    Rule("request-field-became-optional", NON_BREAKING, "a required request field became optional"),
    Rule("request-type-changed", BREAKING, "a request value's type was narrowed or changed",
         "send a value of the new type"),
    Rule("request-type-widened", NON_BREAKING, "a request value accepts more types"),
    Rule("request-enum-value-removed", BREAKING, "a request no longer accepts an enum value",
         "stop sending the removed value"),
    Rule("request-enum-value-added", NON_BREAKING, "a request accepts a new enum value"),
    Rule("request-constraint-tightened", BREAKING,
         "a request value is constrained more (length, range, pattern, enum, format)",
         "send values within the new limits"),
    Rule("request-constraint-relaxed", NON_BREAKING, "a request value is constrained less"),
    Rule("request-default-changed", NON_BREAKING, "the default of a request value changed"),
    # responses
    Rule("response-field-added", NON_BREAKING, "a new response field"),
    Rule("response-field-removed", BREAKING, "a response field was removed", "stop reading the attribute"),
    Rule("response-field-became-optional", BREAKING, "a response field may now be absent",
         "check the attribute for None before using it"),
    Rule("response-field-became-required", NON_BREAKING, "a response field is now always present"),
    Rule("response-type-changed", BREAKING, "a response value's type was widened or changed",
         "handle values of the new type"),
    Rule("response-type-narrowed", NON_BREAKING, "a response value has fewer possible types"),
    Rule("response-enum-value-added", BREAKING, "a response may carry a new enum value",
         "handle the new value (a match/if chain over the old values misses it)"),
    Rule("response-enum-value-removed", NON_BREAKING, "a response no longer carries an enum value"),
    Rule("success-status-changed", BREAKING, "an operation's success status changed",
         "upgrade the client; code that checks the status must expect the new one"),
    Rule("error-response-added", NON_BREAKING, "an operation documents a new error status"),
    Rule("error-response-removed", NON_BREAKING, "an operation no longer documents an error status"),
    # error catalogue
    Rule("error-code-added", NON_BREAKING, "a new error code (a new exception class)"),
    Rule("error-code-removed", BREAKING, "an error code was removed (its exception class is gone)",
         "stop catching the exception class"),
    Rule("error-code-renamed", BREAKING, "an error code was renamed (its exception class too)",
         "catch the exception under its new name"),
    Rule("error-code-status-changed", BREAKING, "an error code's HTTP status changed (its base class too)",
         "catch it under its new status class"),
    # servers
    Rule("server-added", NON_BREAKING, "a new server"),
    Rule("server-removed", BREAKING, "a server was removed", "use another base URL"),
    Rule("server-url-changed", BREAKING, "a server's URL changed", "use the new base URL"),
    # anywhere
    Rule("schema-composition-changed", BREAKING,
         "an allOf / oneOf / anyOf / not changed: diff does not classify these, so it assumes the worst",
         "review the change by hand; if it is compatible, acknowledge it with --allow-breaking"),
    Rule("secret-flag-changed", NON_BREAKING, "a value is redacted in logs and reprs, or no longer is"),
    Rule("description-changed", DOCS, "a description changed"),
    Rule("example-changed", DOCS, "an example changed"),
)  # fmt: skip


@dataclass(frozen=True)
class Change:
    rule: str
    message: str
    old_pointer: str = ""
    new_pointer: str = ""
    operations: tuple[str, ...] = ()  # "POST /signin" of every operation the change reaches
    affects: tuple[str, ...] = ()  # generated names
    pages: tuple[str, ...] = ()  # cookbook pages

    @property
    def level(self) -> str:
        return RULES[self.rule].level

    @property
    def advice(self) -> str:
        return RULES[self.rule].advice


@dataclass(frozen=True)
class Spec:
    """A loaded spec plus the cookbook pages each operationId appears in."""

    loaded: Loaded
    pages: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def doc(self) -> dict[str, Any]:
        data = self.loaded.data
        return data if isinstance(data, dict) else {}

    @property
    def version(self) -> str:
        return str(_dict(self.doc.get("info")).get("version", ""))

    def where(self, pointer: str) -> str:
        line = self.loaded.line_of(pointer)
        return f"{self.loaded.display}:{line}" if line else self.loaded.display


class DiffError(Exception):
    """A spec cannot be read or compared; the message is one line."""


# --- loading -------------------------------------------------------------------------------


def load_spec(path: Path, *, display: str | None = None, with_pages: bool = True) -> Spec:
    try:
        loaded = load_yaml(path)
    except SpecError as exc:
        raise DiffError(str(exc.problem)) from None
    if display:
        loaded = replace(loaded, display=display)
    if not isinstance(loaded.data, dict) or not isinstance(loaded.data.get("paths", {}), dict):
        raise DiffError(f"{loaded.display}: not an OpenAPI document (no `paths` mapping)")
    return Spec(loaded, cookbook_pages(path, loaded.data) if with_pages else {})


def cookbook_pages(spec_path: Path, doc: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """operationId -> the cookbook pages (`cookbook/<scenario>.md`) that call it; {} when there
    is no cookbook next to the spec or either does not lint."""
    from .cookbook import cookbook_path, load_cookbook
    from .ir import build_api
    from .targets.cookbook.build import scenario_file

    path = cookbook_path(spec_path)
    if not path.is_file():
        return {}
    try:
        scenarios, _problems = load_cookbook(path, build_api(doc))
    except Exception:  # a spec the IR cannot build (an old revision): no page names, still a diff
        return {}
    pages: dict[str, list[str]] = {}
    for scenario in scenarios:
        for op_id in scenario.operation_ids:
            pages.setdefault(op_id, [])
            page = f"cookbook/{scenario_file(scenario)}"
            if page not in pages[op_id]:
                pages[op_id].append(page)
    return {k: tuple(v) for k, v in pages.items()}


def load_at_revision(ref: str, spec_path: Path) -> Spec:
    """The spec file as it was at git revision `ref` (`git show REF:./<file>` next to it)."""
    directory = spec_path.resolve().parent
    try:
        result = subprocess.run(
            ["git", "show", f"{ref}:./{spec_path.name}"],
            cwd=directory,
            capture_output=True,
            check=False,
        )
    except OSError as exc:
        raise DiffError(f"cannot run git: {exc.strerror or exc}") from None
    if result.returncode != 0:
        reason = (result.stderr.decode(errors="replace").strip().splitlines() or ["git show failed"])[0]
        raise DiffError(f"--base {ref}: {one_line(reason)}")
    with tempfile.TemporaryDirectory(prefix="authgen-diff-") as tmp:
        old = Path(tmp) / spec_path.name
        old.write_bytes(result.stdout)
        return load_spec(old, display=f"{ref}:{spec_path.as_posix()}", with_pages=False)


# --- comparing -----------------------------------------------------------------------------


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _deref(doc: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str, str]:
    """(resolved node, its pointer, the component name of the last $ref followed or "")."""
    name = ""
    for _ in range(20):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        ref = node["$ref"]
        if not ref.startswith("#/"):
            break
        try:
            node = resolve_pointer(doc, ref)
        except Exception:
            return {}, pointer, name
        pointer = ref[1:]
        if ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
    return node, pointer, name


def _types(schema: dict[str, Any]) -> frozenset[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return frozenset(str(k) for k in kind)
    if kind is None:
        if "properties" in schema:
            return frozenset({"object"})
        if "items" in schema:
            return frozenset({"array"})
        return frozenset()  # any
    return frozenset({str(kind)})


def _widens(old: frozenset[str], new: frozenset[str]) -> bool:
    """Does `new` accept everything `old` does? (integer is a number; no type is any)."""
    if not new:
        return True
    if not old:
        return False
    return all(t in new or (t == "integer" and "number" in new) for t in old)


COMPOSITION = ("allOf", "oneOf", "anyOf", "not")
# upper bounds: a smaller value is tighter; lower bounds: a larger value is tighter
UPPER = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
LOWER = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


@dataclass
class _Ctx:
    """Where the schema walk is: which operation, request or response, what it maps to."""

    op: str  # "POST /signin"
    op_id: str
    direction: str  # request | response
    method_name: str  # sign_in
    model: str  # the model class the current object maps to ("" for the facade's arguments)


class Differ:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []

    # -- helpers --

    def add(self, rule: str, message: str, old_ptr: str = "", new_ptr: str = "", *,
            ctx: _Ctx | None = None, affects: tuple[str, ...] = (), op_id: str = "", op: str = "") -> None:  # fmt: skip
        assert rule in RULES, rule
        op = ctx.op if ctx else op
        op_id = ctx.op_id if ctx else op_id
        pages = self.new.pages.get(op_id) or self.old.pages.get(op_id) or ()
        self.changes.append(
            Change(rule, one_line(message, 400), old_ptr, new_ptr, (op,) if op else (), affects, pages)
        )

    # -- top level --

    def run(self) -> list[Change]:
        self.servers()
        self.error_codes()
        self.operations()
        return merge(self.changes)

    def servers(self) -> None:
        def keyed(doc: dict[str, Any]) -> dict[str, tuple[int, str]]:
            out = {}
            for i, s in enumerate(_list(doc.get("servers"))):
                s = _dict(s)
                out[str(s.get("x-role") or s.get("url"))] = (i, str(s.get("url", "")))
            return out

        old, new = keyed(self.old.doc), keyed(self.new.doc)
        for key in old.keys() - new.keys():
            i, url = old[key]
            self.add("server-removed", f"server {url} was removed", pointer_join("", "servers", i))
        for key in new.keys() - old.keys():
            i, url = new[key]
            self.add("server-added", f"new server {url}", "", pointer_join("", "servers", i))
        for key in sorted(old.keys() & new.keys()):
            (i, a), (j, b) = old[key], new[key]
            if a != b:
                self.add("server-url-changed", f"server {key}: {a} -> {b}",
                         pointer_join("", "servers", i), pointer_join("", "servers", j))  # fmt: skip

    def error_codes(self) -> None:
        def catalogue(doc: dict[str, Any]) -> dict[str, tuple[int, dict[str, Any]]]:
            return {
                str(e["error"]): (i, e)
                for i, e in enumerate(_list(doc.get("x-error-codes")))
                if isinstance(e, dict) and "error" in e
            }

        old, new = catalogue(self.old.doc), catalogue(self.new.doc)

        def ptr(i: int) -> str:
            return pointer_join("", "x-error-codes", i)

        def cls(name: str) -> str:
            return f"errors.{pascal_case(name)}"

        removed = sorted(old.keys() - new.keys())
        added = sorted(new.keys() - old.keys())
        signature = {name: (new[name][1].get("status"), new[name][1].get("error_code")) for name in added}
        for name in removed:
            i, entry = old[name]
            same = [a for a in added if signature[a] == (entry.get("status"), entry.get("error_code"))]
            if len(same) == 1:
                target = same[0]
                added.remove(target)
                self.add("error-code-renamed", f"error {name!r} is now {target!r}", ptr(i), ptr(new[target][0]),
                         affects=(f"{cls(name)} -> {cls(target)}",))  # fmt: skip
            else:
                self.add("error-code-removed", f"error {name!r} was removed", ptr(i), affects=(cls(name),))
        for name in added:
            self.add("error-code-added", f"new error {name!r}", "", ptr(new[name][0]), affects=(cls(name),))
        for name in sorted(old.keys() & new.keys()):
            (i, a), (j, b) = old[name], new[name]
            if a.get("status") != b.get("status"):
                self.add("error-code-status-changed", f"error {name!r}: HTTP {a.get('status')} -> {b.get('status')}",
                         ptr(i) + "/status", ptr(j) + "/status", affects=(cls(name),))  # fmt: skip
            if _text(a.get("description")) != _text(b.get("description")):
                self.add("description-changed", f"description of error {name!r}",
                         ptr(i) + "/description", ptr(j) + "/description", affects=(cls(name),))  # fmt: skip

    @staticmethod
    def _operations(doc: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]]:
        out = {}
        for path, item in _dict(doc.get("paths")).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    out[(method, str(path))] = (pointer_join("", "paths", path, method), op, item)
        return out

    def operations(self) -> None:
        old, new = self._operations(self.old.doc), self._operations(self.new.doc)
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
            name = snake_case(op_id)
            ctx = self._ctx(target, new[target][1], "request")
            if key[1] != target[1]:
                self.add("operation-path-changed", f"{op_id} moved from {key[1]} to {target[1]}",
                         old[key][0], new[target][0], ctx=ctx, affects=(f"CloudBaseAuth.{name}()",))  # fmt: skip
            if key[0] != target[0]:
                self.add("operation-method-changed",
                         f"{op_id}: {key[0].upper()} -> {target[0].upper()}", old[key][0], new[target][0], ctx=ctx,
                         affects=(f"CloudBaseAuth.{name}()",))  # fmt: skip
        for key in gone:
            ptr, op, _item = old[key]
            ctx = self._ctx(key, op, "request")
            self.add("operation-removed", f"{_opname(key)} ({op.get('operationId')}) was removed", ptr, ctx=ctx,
                     affects=(f"CloudBaseAuth.{ctx.method_name}()",))  # fmt: skip
        for key in came:
            ptr, op, _item = new[key]
            ctx = self._ctx(key, op, "request")
            summary = _text(op.get("summary"))
            self.add("operation-added", f"new operation {op.get('operationId')}" + (f": {summary}" if summary else ""),
                     "", ptr, ctx=ctx, affects=(f"CloudBaseAuth.{ctx.method_name}()",))  # fmt: skip
        for okey, nkey in pairs:
            self.operation(old[okey], new[nkey], nkey)

    def _ctx(self, key: tuple[str, str], op: dict[str, Any], direction: str) -> _Ctx:
        op_id = str(op.get("operationId") or "")
        return _Ctx(_opname(key), op_id, direction, snake_case(op_id) if op_id else "?", "")

    def operation(self, old: tuple[str, dict[str, Any], dict[str, Any]],
                  new: tuple[str, dict[str, Any], dict[str, Any]], key: tuple[str, str]) -> None:  # fmt: skip
        optr, oop, oitem = old
        nptr, nop, nitem = new
        ctx = self._ctx(key, nop, "request")
        call = f"CloudBaseAuth.{ctx.method_name}()"
        old_id, new_id = str(oop.get("operationId")), str(nop.get("operationId"))
        if old_id != new_id:
            self.add("operation-id-changed", f"operationId {old_id} -> {new_id}", optr + "/operationId",
                     nptr + "/operationId", ctx=ctx,
                     affects=(f"CloudBaseAuth.{snake_case(old_id)}() -> {call}",))  # fmt: skip
        if nop.get("deprecated") and not oop.get("deprecated"):
            self.add("operation-deprecated", f"{new_id} is deprecated", optr, nptr + "/deprecated", ctx=ctx,
                     affects=(call,))  # fmt: skip
        if oop.get("deprecated") and not nop.get("deprecated"):
            self.add("operation-undeprecated", f"{new_id} is no longer deprecated", optr + "/deprecated", nptr,
                     ctx=ctx, affects=(call,))  # fmt: skip
        if _list(oop.get("tags"))[:1] != _list(nop.get("tags"))[:1]:
            self.add("operation-tag-changed", f"tag {_list(oop.get('tags'))[:1]} -> {_list(nop.get('tags'))[:1]}",
                     optr + "/tags", nptr + "/tags", ctx=ctx)  # fmt: skip
        for part in ("summary", "description"):
            if _text(oop.get(part)) != _text(nop.get(part)):
                self.add("operation-description-changed", f"{part} of {new_id}", optr + f"/{part}",
                         nptr + f"/{part}", ctx=ctx, affects=(call,))  # fmt: skip
        self.security(optr, oop, nptr, nop, ctx, call)
        self.parameters(optr, oop, oitem, nptr, nop, nitem, ctx)
        self.request_body(optr, oop, nptr, nop, ctx)
        self.responses(optr, oop, nptr, nop, ctx)

    def security(self, optr: str, oop: dict[str, Any], nptr: str, nop: dict[str, Any], ctx: _Ctx,
                 call: str) -> None:  # fmt: skip
        def alternatives(doc: dict[str, Any], op: dict[str, Any]) -> set[tuple[str, ...]]:
            raw = op.get("security", doc.get("security"))
            return {tuple(sorted(_dict(req))) for req in _list(raw)} or {()}

        old, new = alternatives(self.old.doc, oop), alternatives(self.new.doc, nop)

        def label(alt: tuple[str, ...]) -> str:
            return " + ".join(alt) if alt else "no credentials"

        for alt in sorted(old - new):
            rule = "security-requirement-added" if alt == () else "security-alternative-removed"
            msg = (
                f"{ctx.op_id} now needs {' or '.join(label(a) for a in sorted(new))}"
                if alt == ()
                else f"{ctx.op_id} no longer accepts {label(alt)}"
            )
            self.add(rule, msg, optr + "/security", nptr + "/security", ctx=ctx, affects=(call,))
        for alt in sorted(new - old):
            if alt == () or not old - new:
                self.add("security-alternative-added", f"{ctx.op_id} also accepts {label(alt)}", optr + "/security",
                         nptr + "/security", ctx=ctx, affects=(call,))  # fmt: skip

    def _params(self, doc: dict[str, Any], ptr: str, op: dict[str, Any], item: dict[str, Any]
                ) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:  # fmt: skip
        path_ptr = ptr.rsplit("/", 1)[0]
        out: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for base, raw_list in ((path_ptr, item.get("parameters")), (ptr, op.get("parameters"))):
            for i, raw in enumerate(_list(raw_list)):
                param, pptr, _ = _deref(doc, raw, pointer_join(base, "parameters", i))
                if isinstance(param, dict) and "name" in param:
                    where = str(param.get("in", ""))
                    name = str(param["name"])
                    out[(name.lower() if where == "header" else name, where)] = (pptr, param)
        return out

    def parameters(self, optr: str, oop: dict[str, Any], oitem: dict[str, Any], nptr: str,
                   nop: dict[str, Any], nitem: dict[str, Any], ctx: _Ctx) -> None:  # fmt: skip
        old = self._params(self.old.doc, optr, oop, oitem)
        new = self._params(self.new.doc, nptr, nop, nitem)

        def rule_for(rule: str, key: tuple[str, str]) -> str:
            return "request-parameter-client-managed" if (key[0].lower(), key[1]) in ALWAYS_SENT else rule

        def arg(name: str, where: str) -> tuple[str, ...]:
            if (name.lower(), where) in COMMON_PARAMETERS:
                return (f"CloudBaseAuth.{ctx.method_name}() (sent by the client itself: {name})",)
            return (f"CloudBaseAuth.{ctx.method_name}(..., {python_identifier(name)}=...)",)

        moved = {}
        for name, where in old.keys() - new.keys():
            elsewhere = [k for k in new.keys() - old.keys() if k[0] == name]
            if len(elsewhere) == 1:
                moved[(name, where)] = elsewhere[0]
        for (name, where), target in sorted(moved.items()):
            self.add("request-parameter-moved", f"parameter {name!r} moved from {where} to {target[1]}",
                     old[(name, where)][0], new[target][0], ctx=ctx, affects=arg(name, target[1]))  # fmt: skip
        for key in sorted(old.keys() - new.keys() - moved.keys()):
            self.add(rule_for("request-parameter-removed", key), f"{key[1]} parameter {key[0]!r} was removed",
                     old[key][0], ctx=ctx, affects=arg(*key))  # fmt: skip
        for key in sorted(new.keys() - old.keys() - set(moved.values())):
            required = bool(new[key][1].get("required"))
            rule = "request-parameter-added-required" if required else "request-parameter-added-optional"
            kind = "required" if required else "optional"
            self.add(rule_for(rule, key), f"new {kind} {key[1]} parameter {key[0]!r}", "", new[key][0], ctx=ctx,
                     affects=arg(*key))  # fmt: skip
        for key in sorted(old.keys() & new.keys()):
            (op_, a), (np_, b) = old[key], new[key]
            what = f"{key[1]} parameter {key[0]!r}"
            if bool(a.get("required")) != bool(b.get("required")):
                rule = (
                    "request-parameter-became-required"
                    if b.get("required")
                    else "request-parameter-became-optional"
                )
                self.add(rule_for(rule, key), f"{what} became {'required' if b.get('required') else 'optional'}",
                         op_ + "/required", np_ + "/required", ctx=ctx, affects=arg(*key))  # fmt: skip
            if _text(a.get("description")) != _text(b.get("description")):
                self.add("description-changed", f"description of {what}", op_ + "/description",
                         np_ + "/description", ctx=ctx, affects=arg(*key))  # fmt: skip
            if bool(a.get("x-secret")) != bool(b.get("x-secret")):
                self.secret(what, bool(b.get("x-secret")), op_, np_, ctx, arg(*key))
            if a.get("example") != b.get("example"):
                self.add("example-changed", f"example of {what}", op_ + "/example", np_ + "/example", ctx=ctx)
            self.schema(a.get("schema"), op_ + "/schema", b.get("schema"), np_ + "/schema", ctx, what,
                        arg(*key), set())  # fmt: skip

    def secret(self, what: str, now: bool, optr: str, nptr: str, ctx: _Ctx, affects: tuple[str, ...]) -> None:
        state = "now redacted (x-secret)" if now else "no longer redacted"
        self.add("secret-flag-changed", f"{what} is {state}", optr, nptr, ctx=ctx, affects=affects)

    @staticmethod
    def _json(doc: dict[str, Any], node: Any, ptr: str) -> tuple[dict[str, Any] | None, str]:
        node, ptr, _ = _deref(doc, node, ptr)
        content = _dict(_dict(node).get("content"))
        for media, value in content.items():
            if media.split(";")[0].strip() in ("application/json",) or media.endswith("+json"):
                return _dict(value), pointer_join(ptr, "content", media)
        return None, ptr

    def request_body(self, optr: str, oop: dict[str, Any], nptr: str, nop: dict[str, Any], ctx: _Ctx) -> None:
        call = (f"CloudBaseAuth.{ctx.method_name}()",)
        ob, obp, _ = _deref(self.old.doc, oop.get("requestBody"), optr + "/requestBody")
        nb, nbp, _ = _deref(self.new.doc, nop.get("requestBody"), nptr + "/requestBody")
        if "requestBody" in oop and "requestBody" not in nop:
            self.add(
                "request-body-removed", f"{ctx.op_id} no longer takes a body", obp, ctx=ctx, affects=call
            )
            return
        if "requestBody" not in oop and "requestBody" in nop:
            required = bool(_dict(nb).get("required"))
            rule = "request-body-added-required" if required else "request-body-added-optional"
            self.add(rule, f"{ctx.op_id} takes a {'required' if required else 'optional'} body", "", nbp, ctx=ctx,
                     affects=call)  # fmt: skip
            return
        if "requestBody" not in oop:
            return
        if not _dict(ob).get("required") and _dict(nb).get("required"):
            self.add("request-body-became-required", f"{ctx.op_id}'s body became required", obp + "/required",
                     nbp + "/required", ctx=ctx, affects=call)  # fmt: skip
        if _dict(ob).get("required") and not _dict(nb).get("required"):
            self.add("request-body-became-optional", f"{ctx.op_id}'s body became optional", obp + "/required",
                     nbp + "/required", ctx=ctx, affects=call)  # fmt: skip
        om, omp = self._json(self.old.doc, ob, obp)
        nm, nmp = self._json(self.new.doc, nb, nbp)
        if om is None or nm is None:
            return
        self.examples(om, omp, nm, nmp, ctx, "request example")
        self.schema(om.get("schema"), omp + "/schema", nm.get("schema"), nmp + "/schema", ctx, "request body",
                    call, set(), top=True)  # fmt: skip

    def examples(
        self, om: dict[str, Any], omp: str, nm: dict[str, Any], nmp: str, ctx: _Ctx, what: str
    ) -> None:
        if om.get("example") != nm.get("example") or om.get("examples") != nm.get("examples"):
            self.add("example-changed", f"{what} of {ctx.op_id}", omp, nmp, ctx=ctx)

    def responses(self, optr: str, oop: dict[str, Any], nptr: str, nop: dict[str, Any], ctx: _Ctx) -> None:
        old = {str(k): v for k, v in _dict(oop.get("responses")).items()}
        new = {str(k): v for k, v in _dict(nop.get("responses")).items()}
        rctx = replace(ctx, direction="response")
        call = (f"CloudBaseAuth.{ctx.method_name}()",)
        osucc = sorted(str(s) for s in old if str(s).startswith("2"))
        nsucc = sorted(str(s) for s in new if str(s).startswith("2"))
        if osucc != nsucc:
            self.add("success-status-changed", f"{ctx.op_id} answers {'/'.join(nsucc) or 'no success status'} "
                     f"instead of {'/'.join(osucc) or 'nothing'}", optr + "/responses", nptr + "/responses", ctx=ctx,
                     affects=call)  # fmt: skip
        for status in sorted(set(map(str, old)) - set(map(str, new))):
            if not status.startswith("2"):
                self.add("error-response-removed", f"{ctx.op_id} no longer documents a {status} answer",
                         pointer_join(optr, "responses", status), ctx=ctx)  # fmt: skip
        for status in sorted(set(map(str, new)) - set(map(str, old))):
            if not status.startswith("2"):
                self.add("error-response-added", f"{ctx.op_id} may answer {status} (now documented)", "",
                         pointer_join(nptr, "responses", status), ctx=ctx)  # fmt: skip
        for status in sorted(set(map(str, old)) & set(map(str, new))):
            orp, nrp = pointer_join(optr, "responses", status), pointer_join(nptr, "responses", status)
            o, orp2, _ = _deref(self.old.doc, old.get(status), orp)
            n, nrp2, _ = _deref(self.new.doc, new.get(status), nrp)
            if _text(_dict(o).get("description")) != _text(_dict(n).get("description")):
                self.add("description-changed", f"description of {ctx.op_id}'s {status} response",
                         orp2 + "/description", nrp2 + "/description", ctx=ctx)  # fmt: skip
            om, omp = self._json(self.old.doc, o, orp2)
            nm, nmp = self._json(self.new.doc, n, nrp2)
            if om is None or nm is None:
                continue
            self.examples(om, omp, nm, nmp, ctx, f"{status} response example")
            if status.startswith("2"):
                self.schema(om.get("schema"), omp + "/schema", nm.get("schema"), nmp + "/schema", rctx,
                            f"{status} response", call, set(), top=True)  # fmt: skip

    # -- schemas --

    def schema(self, old: Any, optr: str, new: Any, nptr: str, ctx: _Ctx, what: str,
               affects: tuple[str, ...], seen: set[tuple[str, str]], *, top: bool = False) -> None:  # fmt: skip
        o, optr, _ = _deref(self.old.doc, old, optr)
        n, nptr, nname = _deref(self.new.doc, new, nptr)
        o, n = _dict(o), _dict(n)
        if (optr, nptr) in seen or len(seen) > 200:
            return
        seen = seen | {(optr, nptr)}
        if nname:
            ctx = replace(ctx, model=pascal_case(nname))
        request = ctx.direction == "request"
        ot, nt = _types(o), _types(n)
        composed = any(k in o or k in n for k in COMPOSITION)  # its type is in the parts: reported below
        if ot != nt and not composed:
            if request:
                rule = "request-type-widened" if _widens(ot, nt) else "request-type-changed"
            else:
                rule = "response-type-narrowed" if _widens(nt, ot) else "response-type-changed"
            self.add(rule, f"{what}: type {_tlabel(ot)} -> {_tlabel(nt)}", optr + "/type", nptr + "/type", ctx=ctx,
                     affects=affects)  # fmt: skip
        self.enum(o, optr, n, nptr, ctx, what, affects)
        for key in COMPOSITION:
            if o.get(key) != n.get(key):
                self.add(
                    "schema-composition-changed",
                    f"{what}: {key} changed",
                    optr,
                    nptr,
                    ctx=ctx,
                    affects=affects,
                )
        if request:
            self.constraints(o, optr, n, nptr, ctx, what, affects)
            if ("default" in o and "default" in n and o["default"] != n["default"]) or ("default" in o) != (
                "default" in n
            ):
                secret = o.get("x-secret") or n.get("x-secret")  # never print a secret's value
                values = "" if secret else f" {o.get('default')!r} -> {n.get('default')!r}"
                self.add("request-default-changed", f"{what}: default changed{values}", optr, nptr, ctx=ctx,
                         affects=affects)  # fmt: skip
        if not top and _text(o.get("description")) != _text(n.get("description")):
            self.add("description-changed", f"description of {what}", optr + "/description", nptr + "/description",
                     ctx=ctx, affects=affects)  # fmt: skip
        if not top and bool(o.get("x-secret")) != bool(n.get("x-secret")):
            self.secret(what, bool(n.get("x-secret")), optr, nptr, ctx, affects)
        if "object" in ot | nt or "properties" in o or "properties" in n:
            self.properties(o, optr, n, nptr, ctx, what, affects, seen, top)
        if "items" in o and "items" in n:
            self.schema(
                o["items"], optr + "/items", n["items"], nptr + "/items", ctx, f"{what}[]", affects, seen
            )

    def enum(self, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, ctx: _Ctx, what: str,
             affects: tuple[str, ...]) -> None:  # fmt: skip
        request = ctx.direction == "request"
        if "enum" in o and "enum" in n:
            ov, nv = _list(o["enum"]), _list(n["enum"])
            for value in [v for v in ov if v not in nv]:
                rule = "request-enum-value-removed" if request else "response-enum-value-removed"
                self.add(rule, f"{what}: enum value {value!r} removed", optr + "/enum", nptr + "/enum", ctx=ctx,
                         affects=affects)  # fmt: skip
            for value in [v for v in nv if v not in ov]:
                rule = "request-enum-value-added" if request else "response-enum-value-added"
                self.add(rule, f"{what}: enum value {value!r} added", optr + "/enum", nptr + "/enum", ctx=ctx,
                         affects=affects)  # fmt: skip
        elif "enum" in n and request:
            self.add("request-constraint-tightened", f"{what}: now one of {_list(n['enum'])}", optr,
                     nptr + "/enum", ctx=ctx, affects=affects)  # fmt: skip
        elif "enum" in o and request:
            self.add("request-constraint-relaxed", f"{what}: no longer limited to {_list(o['enum'])}",
                     optr + "/enum", nptr, ctx=ctx, affects=affects)  # fmt: skip
        elif "enum" in o and not request:
            self.add("response-type-changed", f"{what}: no longer limited to {_list(o['enum'])}",
                     optr + "/enum", nptr, ctx=ctx, affects=affects)  # fmt: skip

    def constraints(self, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, ctx: _Ctx, what: str,
                    affects: tuple[str, ...]) -> None:  # fmt: skip
        for key in (*UPPER, *LOWER):
            a, b = o.get(key), n.get(key)
            if a == b or not all(isinstance(v, (int, float)) or v is None for v in (a, b)):
                continue
            if a is None:
                tighter = True
            elif b is None:
                tighter = False
            else:
                tighter = b < a if key in UPPER else b > a
            rule = "request-constraint-tightened" if tighter else "request-constraint-relaxed"
            self.add(
                rule,
                f"{what}: {key} {a} -> {b}",
                optr + f"/{key}",
                nptr + f"/{key}",
                ctx=ctx,
                affects=affects,
            )
        a, b = o.get("additionalProperties", True), n.get("additionalProperties", True)
        if a is not b and isinstance(a, bool) and isinstance(b, bool):
            rule = "request-constraint-relaxed" if b else "request-constraint-tightened"
            self.add(rule, f"{what}: additionalProperties {a} -> {b}", optr, nptr + "/additionalProperties", ctx=ctx,
                     affects=affects)  # fmt: skip
        for key in ("pattern", "format"):
            a, b = o.get(key), n.get(key)
            if a != b:
                rule = "request-constraint-relaxed" if b is None else "request-constraint-tightened"
                self.add(rule, f"{what}: {key} {a!r} -> {b!r}", optr + f"/{key}", nptr + f"/{key}", ctx=ctx,
                         affects=affects)  # fmt: skip

    def properties(self, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, ctx: _Ctx, what: str,
                   affects: tuple[str, ...], seen: set[tuple[str, str]], top: bool) -> None:  # fmt: skip
        op_, np_ = _dict(o.get("properties")), _dict(n.get("properties"))
        oreq, nreq = set(map(str, _list(o.get("required")))), set(map(str, _list(n.get("required"))))
        request = ctx.direction == "request"
        side = "request" if request else "response"

        def names(prop: str) -> tuple[str, ...]:
            ident = python_identifier(prop)
            if request:
                if top:
                    return (f"CloudBaseAuth.{ctx.method_name}(..., {ident}=...)",)
                return affects
            owner = ctx.model or f"CloudBaseAuth.{ctx.method_name}() result"
            return (f"{owner}.{ident}",)

        def label(prop: str) -> str:
            return f"{side} field {prop!r}" if top else f"{what}.{prop}"

        for prop in [p for p in op_ if p not in np_]:
            self.add(f"{side}-field-removed", f"{label(prop)} was removed", pointer_join(optr, "properties", prop),
                     nptr, ctx=ctx, affects=names(prop))  # fmt: skip
        for prop in [p for p in np_ if p not in op_]:
            if request:
                required = prop in nreq
                rule = "request-field-added-required" if required else "request-field-added-optional"
                msg = f"new {'required' if required else 'optional'} {label(prop)}"
            else:
                rule, msg = "response-field-added", f"new {label(prop)}"
            self.add(rule, msg, optr, pointer_join(nptr, "properties", prop), ctx=ctx, affects=names(prop))
        for prop in [p for p in op_ if p in np_]:
            a, b = prop in oreq, prop in nreq
            if a != b:
                rule = f"{side}-field-became-{'required' if b else 'optional'}"
                self.add(rule, f"{label(prop)} became {'required' if b else 'optional'}", optr + "/required",
                         nptr + "/required", ctx=ctx, affects=names(prop))  # fmt: skip
            self.schema(op_[prop], pointer_join(optr, "properties", prop), np_[prop],
                        pointer_join(nptr, "properties", prop), ctx, label(prop), names(prop), seen)  # fmt: skip


def _opname(key: tuple[str, str]) -> str:
    return f"{key[0].upper()} {key[1]}"


def _tlabel(types: frozenset[str]) -> str:
    return "|".join(sorted(types)) or "any"


def merge(changes: list[Change]) -> list[Change]:
    """One change per (rule, place, message): a shared component changed once is reported once,
    with every operation it reaches. Sorted most severe first, then by place."""
    merged: dict[tuple[str, str, str, str], Change] = {}
    for change in changes:
        key = (change.rule, change.old_pointer, change.new_pointer, change.message)
        if key in merged:
            prev = merged[key]
            merged[key] = replace(
                prev,
                operations=_union(prev.operations, change.operations),
                affects=_union(prev.affects, change.affects),
                pages=_union(prev.pages, change.pages),
            )
        else:
            merged[key] = change
    return sorted(merged.values(), key=lambda c: (LEVELS.index(c.level), c.operations[:1], c.rule, c.message))


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return a + tuple(x for x in b if x not in a)


def compare(old: Spec, new: Spec) -> list[Change]:
    """Every change from `old` to `new`; DiffError (one line) if either cannot be compared."""
    try:
        return Differ(old, new).run()
    except RecursionError:
        raise DiffError("the specs nest too deeply to compare") from None


# --- output --------------------------------------------------------------------------------


def counts(changes: list[Change]) -> dict[str, int]:
    return {level: sum(c.level == level for c in changes) for level in LEVELS}


def _located(spec: Spec, pointer: str) -> str:
    return f"{spec.where(pointer)} #{pointer}"


def format_text(changes: list[Change], old: Spec, new: Spec) -> str:
    lines = []
    for c in changes:
        use_old = c.old_pointer and (not c.new_pointer or c.rule.endswith("-removed"))
        where = _located(old, c.old_pointer) if use_old else _located(new, c.new_pointer)
        ops = f"{', '.join(c.operations)}: " if c.operations else ""
        line = f"{where}: {c.level} [{c.rule}] {ops}{c.message}"
        if c.affects:
            line += f"; affects {', '.join(c.affects)}"
        if c.pages:
            line += f"; cookbook {', '.join(c.pages)}"
        if c.advice:
            line += f"; to do: {c.advice}"
        lines.append(line)
    n = counts(changes)
    lines.append(
        f"{old.loaded.display} ({old.version}) -> {new.loaded.display} ({new.version}): "
        f"{n[BREAKING]} breaking, {n[NON_BREAKING]} non-breaking, {n[DOCS]} docs"
    )
    return "\n".join(lines)


def as_json(changes: list[Change], old: Spec, new: Spec) -> str:
    out = {
        "old": {"spec": old.loaded.display, "version": old.version},
        "new": {"spec": new.loaded.display, "version": new.version},
        "counts": counts(changes),
        "changes": [
            {
                "rule": c.rule,
                "level": c.level,
                "message": c.message,
                "operations": list(c.operations),
                "old": {"pointer": c.old_pointer, "line": old.loaded.line_of(c.old_pointer)}
                if c.old_pointer
                else None,
                "new": {"pointer": c.new_pointer, "line": new.loaded.line_of(c.new_pointer)}
                if c.new_pointer
                else None,
                "affects": list(c.affects),
                "cookbook": list(c.pages),
                "advice": c.advice,
            }
            for c in changes
        ],
    }
    return json.dumps(out, indent=2, ensure_ascii=False)


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def format_markdown(changes: list[Change], old: Spec, new: Spec) -> str:
    n = counts(changes)
    lines = [
        f"## Spec changes {old.version or '?'} -> {new.version or '?'}",
        "",
        f"{n[BREAKING]} breaking, {n[NON_BREAKING]} non-breaking, {n[DOCS]} documentation only.",
        "",
    ]
    if changes:
        lines += ["| Level | Rule | Operation | Change | Affects | To do |", "|---|---|---|---|---|---|"]
        for c in changes:
            affects = ", ".join(f"`{a}`" for a in c.affects)
            lines.append(
                f"| {c.level} | `{c.rule}` | {_md(', '.join(c.operations))} | {_md(c.message)} | {_md(affects)} "
                f"| {_md(c.advice)} |"
            )
    return "\n".join(lines)


FORMATS = {"text": format_text, "json": as_json, "markdown": format_markdown}


def major_raised(old: str, new: str) -> bool:
    """Does `new` raise the major version of `old` (both MAJOR.MINOR.PATCH)?"""
    a, b = parse_version(old), parse_version(new)
    return a is not None and b is not None and b[0] > a[0]


_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def parse_version(text: str) -> tuple[int, int, int] | None:
    m = _SEMVER.match(text.strip())
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def iter_levels(changes: list[Change], level: str) -> Iterator[Change]:
    return (c for c in changes if c.level == level)
