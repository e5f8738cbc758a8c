"""A page against the spec: the operation, its parameters, its body, each answer the page shows
(each with its own schema: the 2xx block with the success answer, each error block with the
spec's answer for that status, else `default`), and the token lifetimes the page states.

A section the page has but does not show as fields gives one "not shown" note, never a "missing"
line per spec field. Nested fields (`a.b`) are compared where the page opens the parent; a spec
field inside a free-form object (no declared properties) cannot be missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from ..loader import pointer_join
from ..spec import HTTP_METHODS, as_dict, as_list
from .lifetimes import context_token, durations, stated
from .model import SUCCESS, Difference, Fields, Page, PageField, ResponseBlock, Result
from .specdoc import SpecField, SpecFields, SpecLike, deref, deref_at, examples, json_schema, schema_fields
from .types import describe, spec_format, spec_nullable, type_matches

PARAM_LOCATIONS = ("path", "query", "header", "cookie")


def _param_key(name: str, where: str) -> str:
    return name.lower() if where == "header" else name


def _path_shape(path: str) -> str:
    return re.sub(r"\{[^{}/]{1,200}\}|:[A-Za-z_]\w{0,100}", "{}", path.rstrip("/") or "/")


def _server_prefixes(doc: dict[str, Any]) -> list[str]:
    prefixes = set()
    for server in as_list(doc.get("servers")):
        url = str(as_dict(server).get("url", ""))
        prefixes.add(urlparse(re.sub(r"\{[^{}]{1,200}\}", "x", url)).path.rstrip("/"))
    return sorted(prefixes, key=len, reverse=True)


def find_operation(page: Page, doc: dict[str, Any]) -> tuple[str, str, dict[str, Any], dict[str, Any]] | None:
    """(pointer, spec path, path item, operation) for the page's method and path."""
    page_path = page.path.split("?", 1)[0]
    for prefix in _server_prefixes(doc):
        if prefix and page_path.startswith(prefix + "/"):
            page_path = page_path[len(prefix) :]
            break
    shape = _path_shape(page_path)
    method = page.method.lower()
    if method not in HTTP_METHODS:
        return None
    for path, item in as_dict(doc.get("paths")).items():
        if not isinstance(item, dict) or _path_shape(str(path)) != shape:
            continue
        op = item.get(method)
        if isinstance(op, dict):
            return pointer_join("", "paths", path, method), str(path), item, op
    return None


def compare_page(page: Page, spec: SpecLike) -> Result:
    doc = spec.doc
    found = find_operation(page, doc)
    if found is None:
        message = f"the spec has no operation {page.method} {page.path} (looked for it under the servers' base paths)"
        return Result(page, "", [Difference("operation-missing", message, page.line, "/paths")])
    ptr, path, item, op = found
    comparison = _Comparison(doc, page, ptr, item, op)
    comparison.parameters()
    comparison.body()
    comparison.responses()
    comparison.lifetimes()
    label = f"{page.method} {path} ({op.get('operationId', '?')})"
    return Result(
        page,
        label,
        sorted(comparison.differences, key=lambda d: (d.line, d.kind, d.message, d.pointer)),
        sorted(comparison.notes, key=lambda d: (d.line, d.kind, d.message, d.pointer)),
    )


@dataclass
class _SpecParam:
    name: str
    pointer: str
    schema: Any
    required: bool
    absent_ok: bool


@dataclass
class _Comparison:
    doc: dict[str, Any]
    page: Page
    ptr: str
    item: dict[str, Any]
    op: dict[str, Any]
    differences: list[Difference] = field(default_factory=list)
    notes: list[Difference] = field(default_factory=list)

    def differ(self, kind: str, message: str, line: int, pointer: str) -> None:
        self.differences.append(Difference(kind, message, line, pointer))

    def note(self, kind: str, message: str, line: int, pointer: str) -> None:
        self.notes.append(Difference(kind, message, line, pointer))

    # --- parameters ------------------------------------------------------------------------

    def _spec_parameters(self) -> dict[tuple[str, str], _SpecParam]:
        out: dict[tuple[str, str], _SpecParam] = {}
        path_ptr = self.ptr.rsplit("/", 1)[0]
        for base, raw_list in ((path_ptr, self.item.get("parameters")), (self.ptr, self.op.get("parameters"))):
            for i, raw in enumerate(as_list(raw_list)):
                node, pointer = deref_at(self.doc, raw, pointer_join(base, "parameters", i))
                node = as_dict(node)
                name, where = node.get("name"), node.get("in")
                if not isinstance(name, str) or not isinstance(where, str):
                    continue
                schema = node.get("schema", {})
                absent = bool(node.get("x-docs-absent") or as_dict(deref(self.doc, schema)).get("x-docs-absent"))
                out[(where, _param_key(name, where))] = _SpecParam(
                    name, pointer, schema, node.get("required") is True, absent
                )
        return out

    def parameters(self) -> None:
        spec_params = self._spec_parameters()
        if not self.page.params:
            if any(not p.absent_ok for p in spec_params.values()):
                self.note("parameters-not-shown", "the page has no parameter section: the spec's parameters are not "
                          "compared", self.page.line, self.ptr + "/parameters")  # fmt: skip
            return
        shown: dict[tuple[str, str], PageField] = {}
        for where, section in self.page.params.items():
            if not section.shown:
                self.note("parameters-not-shown", f"the {where} parameters are not shown as a list on the page "
                          "(collapsed, or their names are missing): not compared", section.line,
                          self.ptr + "/parameters")  # fmt: skip
            for name, pf in section.fields.items():
                shown[(where, _param_key(name, where))] = pf
        auth = shown.pop(("header", "authorization"), None)
        if auth is not None:
            self._authorization(auth)
        for (where, key), pf in shown.items():
            sp = spec_params.get((where, key))
            noun = f"{where} parameter {pf.name!r}"
            if sp is None:
                self.differ("parameter-missing-in-spec", f"the page has {noun}; the spec does not", pf.line,
                            self.ptr + "/parameters")  # fmt: skip
                continue
            self._field_details("parameter", noun, pf, sp.schema, sp.required, sp.pointer)
        for (where, key), sp in spec_params.items():
            listed = self.page.params.get(where)
            if (where, key) in shown or sp.absent_ok or (listed is not None and not listed.shown):
                continue
            if where == "header" and key == "authorization":
                continue
            self.differ("parameter-missing-in-page", f"the spec has {where} parameter {sp.name!r}; the page does not",
                        listed.line if listed else self.page.line, sp.pointer)  # fmt: skip

    def _authorization(self, auth: PageField) -> None:
        """A page lists `Authorization` as a header; the spec says it with `security`."""
        alternatives = [as_dict(req) for req in as_list(self.op.get("security", self.doc.get("security")))]
        needs = bool(alternatives) and all(alternatives)
        if auth.required is None or auth.required == needs:
            return
        if auth.required:
            message = "the page requires the Authorization header; the spec lets the operation be called without credentials"
        else:
            message = "the page makes the Authorization header optional; the spec requires credentials"
        self.differ("security", message, auth.line, self.ptr + "/security")

    # --- body ------------------------------------------------------------------------------

    def body(self) -> None:
        media = json_schema(self.doc, self.op.get("requestBody"), self.ptr + "/requestBody") if "requestBody" in self.op else None
        spec = schema_fields(self.doc, media[0], media[1]) if media else SpecFields(self.ptr, [{}])
        has_fields = any(spec.alternatives)
        body = self.page.body
        if body is None:
            if has_fields:
                self.note("body-not-shown", "the page has no body section: the spec's body is not compared",
                          self.page.line, media[1] if media else self.ptr)  # fmt: skip
            return
        if not body.shown:
            if has_fields:
                self.note("body-not-shown", "the body's fields are not shown on the page (collapsed, an object "
                          "without its properties, or their names are missing): not compared", body.line,
                          media[1] if media else self.ptr)  # fmt: skip
            return
        self._fields("body-field", lambda n: f"body field {n!r}", body, spec)

    # --- responses -------------------------------------------------------------------------

    def _responses(self) -> dict[str, Any]:
        return {str(k): v for k, v in as_dict(self.op.get("responses")).items()}

    def _spec_status(self, block: ResponseBlock) -> str | None:
        """The spec's answer a page block is compared with: the same status, else its class
        (`4XX`), else `default` for an error; the first 2xx for a success block of unknown status."""
        responses = self._responses()
        by_upper = {k.upper(): k for k in responses}
        ok = sorted(k for k in responses if k.startswith("2"))
        status = block.status
        if status:
            if status in responses:
                return status
            if status != "default" and f"{status[0]}XX" in by_upper:
                return by_upper[f"{status[0]}XX"]
            if not status.startswith("2") and "default" in responses:
                return "default"
            return None
        if block.role == SUCCESS:
            return ok[0] if ok else None
        if "default" in responses:
            return "default"
        errors = sorted(k for k in responses if not k.startswith("2"))
        return errors[0] if errors else None

    def _success(self) -> tuple[Any, str] | None:
        responses = self._responses()
        ok = sorted(k for k in responses if k.startswith("2"))
        return (responses[ok[0]], pointer_join(self.ptr, "responses", ok[0])) if ok else None

    def responses(self) -> None:
        blocks = self.page.responses
        if not blocks:
            success = self._success()
            media = json_schema(self.doc, success[0], success[1]) if success else None
            if media and any(schema_fields(self.doc, *media).alternatives):
                what = "no responses section" if blocks is None else "a responses section that shows no answer"
                self.note("response-not-shown", f"the page has {what}: the spec's answers are not compared",
                          self.page.responses_line or self.page.line, self.ptr + "/responses")  # fmt: skip
            return
        for block in blocks:
            status = self._spec_status(block)
            if status is None:
                said = f"a {block.status} answer" if block.status else f"an {block.label}"
                self.differ("response-missing-in-spec", f"the page documents {said}; the spec has no such answer",
                            block.fields.line, self.ptr + "/responses")  # fmt: skip
                continue
            label = f"{status} answer"
            response_ptr = pointer_join(self.ptr, "responses", status)
            media = json_schema(self.doc, self._responses()[status], response_ptr)
            spec = schema_fields(self.doc, *media) if media else SpecFields(response_ptr, [{}])
            if not block.fields.shown:
                self.note("response-not-shown", f"the {label}'s fields are not shown on the page (collapsed, or "
                          "their names are missing): not compared", block.fields.line, response_ptr)  # fmt: skip
                continue
            self._fields("response-field", _response_noun(label), block.fields, spec)

    # --- fields ----------------------------------------------------------------------------

    def _fields(self, kind: str, noun: Callable[[str], str], page: Fields, spec: SpecFields) -> None:
        alternative = min(spec.alternatives, key=lambda alt: _distance(page, alt))
        opened = {name.rsplit(".", 1)[0] for name in page.fields if "." in name}
        for name, pf in page.fields.items():
            sf = alternative.get(name) or spec.known(name)
            if sf is None:
                parent = name.rsplit(".", 1)[0] if "." in name else ""
                where = spec.pointer
                if parent:
                    parent_field = alternative.get(parent) or spec.known(parent)
                    if parent_field is None or not parent_field.children_known:
                        continue  # the parent is reported, or the spec leaves its content open
                    where = parent_field.pointer
                self.differ(f"{kind}-missing-in-spec", f"the page has {noun(name)}; the spec does not", pf.line, where)
                continue
            self._field_details(kind, noun(name), pf, sf.schema, sf.required, sf.pointer)
        for name, sf in alternative.items():
            if name in page.fields or _absent(alternative, name):
                continue
            if "." in name and name.rsplit(".", 1)[0] not in opened:
                continue  # the page does not open the parent: its content is not shown
            self.differ(f"{kind}-missing-in-page", f"the spec has {noun(name)}; the page does not", page.line,
                        sf.pointer)  # fmt: skip

    def _field_details(self, kind: str, noun: str, pf: PageField, schema: Any, required: bool, pointer: str) -> None:
        if pf.type and not type_matches(self.doc, pf.type, schema):
            shown = "number" if pf.type == "numeric" else pf.type
            self.differ(f"{kind}-type", f"{noun}: the page says {shown}, the spec {describe(self.doc, schema)}",
                        pf.line, pointer)  # fmt: skip
        if pf.format and pf.format != spec_format(self.doc, schema):
            spec_says = spec_format(self.doc, schema) or "no format"
            self.differ(f"{kind}-format", f"{noun}: the page says format {pf.format}, the spec {spec_says}",
                        pf.line, pointer)  # fmt: skip
        if pf.nullable and not spec_nullable(self.doc, schema):
            self.differ(f"{kind}-nullable", f"{noun}: the page says it may be null; the spec does not allow null",
                        pf.line, pointer)  # fmt: skip
        if pf.required is not None and pf.required != required:
            page_says = "required" if pf.required else "optional"
            spec_says = "required" if required else "optional"
            self.differ(f"{kind}-required", f"{noun}: {page_says} on the page, {spec_says} in the spec", pf.line,
                        pointer)  # fmt: skip

    # --- lifetimes -------------------------------------------------------------------------

    def _spec_lifetimes(self) -> dict[str, list[tuple[str, set[int]]]]:
        """token -> [(pointer, seconds the spec states there)]: the operation's description (its
        sentences, like a page's), the success answer's token fields' descriptions (any
        duration), and the success examples' `expires_in` (the access token's)."""
        found: dict[str, dict[str, set[int]]] = {}

        def add(token: str, pointer: str, seconds: int) -> None:
            found.setdefault(token, {}).setdefault(pointer, set()).add(seconds)

        for key in ("summary", "description"):
            for said in stated(str(self.op.get(key, ""))):
                if said.token:
                    add(said.token, f"{self.ptr}/{key}", said.seconds)
        success = self._success()
        media = json_schema(self.doc, success[0], success[1]) if success else None
        if success and media:
            spec = schema_fields(self.doc, *media)
            for name, sf in (spec.alternatives[0] if spec.alternatives else {}).items():
                token = context_token(name) if "." not in name else ""
                description = as_dict(deref(self.doc, sf.schema)).get("description", "")
                for seconds in durations(str(description)) if token else []:
                    add(token, sf.pointer + "/description", seconds)
            for pointer, value in examples(self.doc, success[0], success[1]):
                expires = as_dict(value).get("expires_in")
                if isinstance(expires, int) and not isinstance(expires, bool):
                    add("access_token", pointer + "/expires_in", expires)
        return {token: sorted(places.items()) for token, places in found.items()}

    def lifetimes(self) -> None:
        if not self.page.lifetimes:
            return
        spec = self._spec_lifetimes()
        for lt in self.page.lifetimes:
            said = f"{lt.seconds} s ({lt.text!r})"
            if lt.token:
                sources = spec.get(lt.token)
                if not sources:
                    self.differ("lifetime-not-in-spec", f"{lt.token}: the page says {said}; the spec states no "
                                "lifetime for it", lt.line, self.ptr + "/description")  # fmt: skip
                for pointer, values in sources or []:
                    if lt.seconds not in values:
                        self.differ("lifetime", f"{lt.token}: the page says {said}, the spec says {_seconds(values)}",
                                    lt.line, pointer)  # fmt: skip
                continue
            candidates = [token for token in lt.candidates if token in spec]
            allowed = {v for token in candidates for _p, values in spec[token] for v in values}
            if not candidates or lt.seconds in allowed:
                continue
            stated_in_spec = "; ".join(
                f"{token} {_seconds({v for _p, values in spec[token] for v in values})}" for token in candidates
            )
            self.differ("lifetime", f"the page says {said} without naming the token (it mentions "
                        f"{', '.join(lt.candidates)}); the spec says {stated_in_spec}", lt.line,
                        spec[candidates[0]][0][0])  # fmt: skip


def _response_noun(label: str) -> Callable[[str], str]:
    return lambda name: f"field {name!r} of the {label}"


def _seconds(values: set[int]) -> str:
    return ", ".join(f"{v} s" for v in sorted(values))


def _absent(fields: dict[str, SpecField], name: str) -> bool:
    """x-docs-absent on the field or on any field it is nested in."""
    parts = name.split(".")
    return any(fields.get(".".join(parts[: i + 1]), _NOT_ABSENT).absent_ok for i in range(len(parts)))


_NOT_ABSENT = SpecField("", "", {}, False, False, False)


def _distance(page: Fields, alternative: dict[str, SpecField]) -> int:
    """How far a oneOf/anyOf alternative is from what the page shows (fields either lacks)."""
    extra = sum(1 for name in page.fields if name not in alternative)
    missing = sum(1 for name, sf in alternative.items() if "." not in name and not sf.absent_ok and name not in page.fields)
    return extra + missing
