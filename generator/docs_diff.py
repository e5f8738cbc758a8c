"""`authgen docs-diff`: a CloudBase API reference page, as users save it, against the spec.

Three page layouts are read (anything else is refused with one line, never guessed):

- `text`: the rendered page as a browser saves or copies it (docs.cloudbase.net, e.g.
  `reference/origin/000_4f6bc9cfa0555eff.txt`): the method on its own line and the path on the
  next, then "Query Parameters" / "Header Parameters" / "Path Parameters" (`name type`,
  optionally `required`), "Body" (`name Description (type)required`), "Responses" ... "Schema"
  (`name Description (type)` or `name type`).
- `mdx`: the page's MDX source as docusaurus-openapi-docs writes it: `<MethodEndpoint
  method={"post"} path={"/auth/v1/..."}>`, `<ParamsDetails parameters={[...]}>`,
  `<RequestSchema body={{...}}>`, `<StatusCodes responses={{...}}>` with JSON props.
- `markdown`: a page copied as Markdown: a `` `POST /auth/v1/...` `` line, then tables
  (`| Name | Type | Required | Description |`) under "Query Parameters", "Header Parameters",
  "Path Parameters", "Body" and "Response" headings.

From each page: the operation (method and path), its parameters, body fields and success
response fields with types and required flags where the layout shows them, and the token
lifetimes the prose states ("access_token is valid for 7200 seconds"). The operation is found
in the spec by method and path; each difference is one line, located in the page (line) and in
the spec (JSON pointer).

What the spec knows and no docs page lists (the tracing header x-request-id, fields only older
pages show) is marked in the spec with `x-docs-absent: <why>` on the parameter or property; it is
not reported as missing from the page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from .diff import Spec, _deref, _dict, _list, _md
from .loader import display_path, one_line, pointer_join
from .spec import HTTP_METHODS

MAX_PAGE_BYTES = 2 * 1024 * 1024
METHODS = tuple(m.upper() for m in HTTP_METHODS)
TYPE = r"(?:string|integer|int32|int64|number|float|double|boolean|bool|object|array)(?:\[\])?"
PARAM_SECTIONS = {
    "query parameters": "query",
    "header parameters": "header",
    "path parameters": "path",
    "cookie parameters": "cookie",
}
UNITS = {
    "second": 1,
    "sec": 1,
    "s": 1,
    "minute": 60,
    "min": 60,
    "hour": 3600,
    "h": 3600,
    "day": 86400,
    "d": 86400,
}
DURATION = re.compile(r"(\d[\d,]*)\s*(seconds?|secs?|minutes?|mins?|hours?|days?)\b", re.I)
LIFETIME = re.compile(
    r"\b([A-Za-z][A-Za-z_]*(?:[ _]token)?)\s+(?:is|are)\s+valid\s+for\s+(\d[\d,]*)\s*(seconds?|minutes?|hours?|days?)\b",
    re.I,
)


class PageError(Exception):
    """A page that cannot be read, or in a layout docs-diff does not know; one line."""


@dataclass(frozen=True)
class PageField:
    name: str
    type: str  # JSON type, "array<string>" for arrays with a known item type, "" when not shown
    required: bool | None  # None: the layout does not show it
    line: int


@dataclass(frozen=True)
class Lifetime:
    token: str
    seconds: int
    text: str
    line: int


@dataclass
class Page:
    display: str
    layout: str
    method: str = ""
    path: str = ""
    line: int = 0
    parameters: dict[tuple[str, str], PageField] = field(default_factory=dict)
    body: list[PageField] | None = None
    response: list[PageField] | None = None
    lifetimes: list[Lifetime] = field(default_factory=list)


@dataclass(frozen=True)
class Difference:
    kind: str
    message: str
    line: int  # in the page
    pointer: str  # in the spec ("" when the spec has no such place)


@dataclass
class Result:
    page: Page
    operation: str  # "POST /signin/custom (signInCustom)" or ""
    differences: list[Difference]


# --- types ---------------------------------------------------------------------------------


def page_type(raw: str) -> str:
    raw = raw.strip().lower()
    if raw.endswith("[]"):
        inner = page_type(raw[:-2])
        return f"array<{inner}>" if inner else "array"
    return {
        "int32": "integer",
        "int64": "integer",
        "float": "number",
        "double": "number",
        "bool": "boolean",
    }.get(raw, raw)


def spec_type(doc: dict[str, Any], schema: Any) -> str:
    node, _ptr, _name = _deref(doc, schema, "")
    node = _dict(node)
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind is None:
        kind = "object" if "properties" in node else "array" if "items" in node else ""
    if kind == "array":
        inner = spec_type(doc, node.get("items")) if "items" in node else ""
        return f"array<{inner}>" if inner and not inner.startswith("array") else "array"
    return str(kind)


def _types_agree(page: str, spec: str) -> bool:
    if not page or not spec:
        return True
    if page == "array" and spec.startswith("array"):
        return True  # the page does not show the items
    if page == "object" and spec.startswith("array<object"):
        return False
    return page == spec


# --- reading pages -------------------------------------------------------------------------


def read_page(path: Path) -> Page:
    shown = display_path(path)
    try:
        raw = path.read_bytes()[: MAX_PAGE_BYTES + 1]
    except OSError as exc:
        raise PageError(f"{shown}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_PAGE_BYTES:
        raise PageError(f"{shown}: larger than {MAX_PAGE_BYTES // 1024 // 1024} MiB, not a docs page")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PageError(f"{shown}: not UTF-8 (byte {exc.start})") from None
    text = text.replace("\r\n", "\n")
    if re.search(r"<MethodEndpoint\b", text):
        return _read_mdx(shown, text)
    if re.search(r"^\s*`(?:" + "|".join(METHODS) + r") /\S*`\s*$", text, re.M):
        return _read_markdown(shown, text)
    if _text_endpoint(text.split("\n")) is not None:
        return _read_text(shown, text)
    raise PageError(
        f"{shown}: unknown page layout: no operation found (expected a rendered CloudBase API page with the "
        "method and the /auth/v1 path on their own lines, a docusaurus MDX page with <MethodEndpoint>, or "
        "Markdown with a `POST /auth/v1/...` line)"
    )


def _lifetimes(lines: list[str], first: int = 1) -> list[Lifetime]:
    found = []
    for number, line in enumerate(lines, first):
        for m in LIFETIME.finditer(line):
            token = m[1].strip().replace(" ", "_").lower()
            seconds = int(m[2].replace(",", "")) * _unit(m[3])
            found.append(Lifetime(token, seconds, one_line(m[0]), number))
    return found


def _unit(word: str) -> int:
    word = word.lower().rstrip("s") or "s"
    return UNITS.get(word, UNITS.get(word[:3], 1))


def _text_endpoint(lines: list[str]) -> tuple[str, str, int] | None:
    for i, line in enumerate(lines):
        one = re.match(r"^\s*(" + "|".join(METHODS) + r")\s+(/\S+)\s*$", line)
        if one:
            return one[1], one[2], i + 1
        if re.match(r"^\s*(" + "|".join(METHODS) + r")\s*$", line):
            for j in range(i + 1, min(i + 4, len(lines))):
                if lines[j].strip():
                    if re.match(r"^\s*/\S*\s*$", lines[j]):
                        return line.strip(), lines[j].strip(), i + 1
                    break
    return None


PARAM_LINE = re.compile(rf"^\s*(?P<name>[A-Za-z0-9_.\-]+)\s+(?P<type>{TYPE})\s*(?P<req>required)?\s*$")
DESCRIBED_LINE = re.compile(
    rf"^\s*(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*)\s+(?P<desc>.*?)\s*\((?P<type>{TYPE})\)\s*(?P<req>required)?\s*$"
)


def _field_line(line: str, number: int, show_required: bool) -> PageField | None:
    m = PARAM_LINE.match(line) or DESCRIBED_LINE.match(line)
    if not m:
        return None
    required = bool(m["req"]) if show_required else (True if m["req"] else None)
    return PageField(m["name"], page_type(m["type"]), required, number)


def _read_text(shown: str, text: str) -> Page:
    lines = text.split("\n")
    endpoint = _text_endpoint(lines)
    assert endpoint is not None
    page = Page(shown, "text", endpoint[0].upper(), endpoint[1], endpoint[2])
    section = ""
    top = -1  # the indentation of the section's first field; deeper fields are nested: not compared
    for number, line in enumerate(lines, 1):
        key = line.strip().lower()
        if key in PARAM_SECTIONS or key == "schema" or re.fullmatch(r"(request )?body( required)?", key):
            top = -1
        if key in PARAM_SECTIONS:
            section = PARAM_SECTIONS[key]
            continue
        if re.fullmatch(r"(request )?body( required)?", key):
            section, page.body = "body", []
            continue
        if key in ("responses", "response"):
            section = "responses"
            continue
        if key == "schema" and section == "responses":
            section, page.response = "schema", []
            continue
        if key in ("request", "response headers") or key.startswith("loading"):
            section = "" if key != "response headers" else section
            continue
        if section in PARAM_SECTIONS.values():
            found = _field_line(line, number, show_required=True)
            if found:
                page.parameters[(_param_key(found.name, section), section)] = found
        elif section in ("body", "schema"):
            fields = page.body if section == "body" else page.response
            found = _field_line(line, number, show_required=section == "body")
            indent = len(line) - len(line.lstrip())
            if found and fields is not None and (top < 0 or indent <= top):
                top = indent
                fields.append(found)
    page.lifetimes = _lifetimes(lines)
    return page


def _param_key(name: str, where: str) -> str:
    return name.lower() if where == "header" else name


def _json_prop(text: str, prop: str, start: int = 0) -> tuple[Any, int] | None:
    """The JSON value of a JSX prop `prop={...}` after `start`: (value, offset) or None."""
    m = re.compile(rf"\b{prop}=\{{").search(text, start)
    if not m:
        return None
    try:
        value, _end = json.JSONDecoder().raw_decode(text, m.end())
    except ValueError:
        line = text.count("\n", 0, m.start()) + 1
        raise PageError(f"line {line}: the {prop}={{...}} prop is not JSON") from None
    return value, m.start()


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _schema_fields(schema: Any, line: int, *, show_required: bool = True) -> list[PageField]:
    schema = _dict(schema)
    required = set(map(str, _list(schema.get("required"))))
    out = []
    for name, prop in _dict(schema.get("properties")).items():
        prop = _dict(prop)
        kind = str(prop.get("type", ""))
        if kind == "array":
            inner = str(_dict(prop.get("items")).get("type", ""))
            kind = f"array<{inner}>" if inner else "array"
        out.append(PageField(str(name), page_type(kind) if kind else "", name in required if show_required else None,
                             line))  # fmt: skip
    return out


def _json_content_schema(node: Any) -> Any:
    content = _dict(_dict(node).get("content"))
    for media, value in content.items():
        if media.startswith("application/json"):
            return _dict(value).get("schema")
    return None


def _read_mdx(shown: str, text: str) -> Page:
    try:
        m = re.search(r"<MethodEndpoint\b[^>]*?method=\{\"(\w+)\"\}[^>]*?path=\{\"([^\"]+)\"\}", text)
        if not m:
            raise PageError('<MethodEndpoint> has no method={"..."} and path={"..."} props')
        page = Page(shown, "mdx", m[1].upper(), m[2], _line_at(text, m.start()))
        params = _json_prop(text, "parameters")
        if params is not None:
            value, offset = params
            for p in _list(value):
                p = _dict(p)
                where, name = str(p.get("in", "")), str(p.get("name", ""))
                schema = _dict(p.get("schema"))
                kind = str(schema.get("type", ""))
                if kind == "array":
                    inner = str(_dict(schema.get("items")).get("type", ""))
                    kind = f"array<{inner}>" if inner else kind
                page.parameters[(_param_key(name, where), where)] = PageField(
                    name, page_type(kind) if kind else "", bool(p.get("required")), _line_at(text, offset)
                )
        body = _json_prop(text, "body")
        if body is not None:
            value, offset = body
            page.body = _schema_fields(_json_content_schema(value), _line_at(text, offset))
        responses = _json_prop(text, "responses")
        if responses is not None:
            value, offset = responses
            ok = sorted(str(k) for k in _dict(value) if str(k).startswith("2"))
            if ok:
                page.response = _schema_fields(
                    _json_content_schema(_dict(value)[ok[0]]), _line_at(text, offset)
                )
    except PageError as exc:
        raise PageError(f"{shown}: {exc}") from None
    prose = [re.sub(r"<[A-Z][^>]*>|</[A-Z]\w*>", "", line) for line in text.split("\n")]
    page.lifetimes = _lifetimes(prose)
    return page


TABLE_SECTIONS = {**PARAM_SECTIONS, "body": "body", "request body": "body", "response": "response",
                  "responses": "response"}  # fmt: skip


def _read_markdown(shown: str, text: str) -> Page:
    lines = text.split("\n")
    page = Page(shown, "markdown")
    section = ""
    header: list[str] = []
    for number, line in enumerate(lines, 1):
        m = re.match(r"^\s*`(" + "|".join(METHODS) + r") (/\S*)`\s*$", line)
        if m and not page.method:
            page.method, page.path, page.line = m[1], m[2], number
            continue
        heading = re.match(r"^#{1,6}\s+(.*?)\s*$", line)
        if heading:
            title = re.sub(r"\s*\(.*\)$", "", heading[1].strip().lower())
            section = TABLE_SECTIONS.get(title, "" if not title.isdigit() else section)
            if title.isdigit() and title.startswith("2"):
                section = "response"
            header = []
            if section == "body" and page.body is None:
                page.body = []
            if section == "response" and page.response is None:
                page.response = []
            continue
        if not section or not line.strip().startswith("|"):
            continue
        cells = [c.strip().strip("`").strip() for c in line.strip().strip("|").split("|")]
        if not header:
            header = [c.lower() for c in cells]
            continue
        if all(set(c) <= set("-: ") for c in cells):
            continue
        row = dict(zip(header, cells, strict=False))
        name = row.get("name") or row.get("field") or row.get("parameter") or ""
        if not name:
            continue
        required_cell = row.get("required")
        required = (
            None if required_cell is None else required_cell.lower() in ("yes", "true", "required", "是")
        )
        found = PageField(name, page_type(row.get("type", "")), required, number)
        if section in PARAM_SECTIONS.values():
            page.parameters[(_param_key(name, section), section)] = found
        elif section == "body" and page.body is not None:
            page.body.append(found)
        elif section == "response" and page.response is not None:
            page.response.append(found)
    page.lifetimes = _lifetimes(lines)
    return page


# --- comparing -----------------------------------------------------------------------------


def _path_shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}|:[A-Za-z_]\w*", "{}", path.rstrip("/") or "/")


def _server_prefixes(doc: dict[str, Any]) -> list[str]:
    prefixes = set()
    for server in _list(doc.get("servers")):
        url = str(_dict(server).get("url", ""))
        prefixes.add(urlparse(re.sub(r"\{[^}]+\}", "x", url)).path.rstrip("/"))
    return sorted(prefixes, key=len, reverse=True)


def find_operation(page: Page, doc: dict[str, Any]) -> tuple[str, str, dict[str, Any], dict[str, Any]] | None:
    """(pointer, spec path, path item, operation) for the page's method and path."""
    page_path = page.path
    for prefix in _server_prefixes(doc):
        if prefix and page_path.startswith(prefix + "/"):
            page_path = page_path[len(prefix) :]
            break
    shape = _path_shape(page_path)
    for path, item in _dict(doc.get("paths")).items():
        if _path_shape(str(path)) != shape or not isinstance(item, dict):
            continue
        op = item.get(page.method.lower())
        if isinstance(op, dict):
            return pointer_join("", "paths", path, page.method.lower()), str(path), item, op
    return None


def compare_page(page: Page, spec: Spec) -> Result:
    doc = spec.doc
    found = find_operation(page, doc)
    if found is None:
        diff = Difference(
            "operation-missing",
            f"the spec has no operation {page.method} {page.path} (looked for it under the servers' base paths)",
            page.line,
            "/paths",
        )
        return Result(page, "", [diff])
    ptr, path, item, op = found
    label = f"{page.method} {path} ({op.get('operationId', '?')})"
    out: list[Difference] = []
    out += _compare_parameters(page, doc, ptr, item, op)
    out += _compare_body(page, doc, ptr, op)
    out += _compare_response(page, doc, ptr, op)
    out += _compare_lifetimes(page, doc, ptr, op)
    return Result(page, label, sorted(out, key=lambda d: (d.line, d.kind, d.message)))


def _absent_ok(node: dict[str, Any]) -> bool:
    return bool(node.get("x-docs-absent"))


def _compare_fields(
    kind: str,
    noun: Callable[[str], str],
    page_fields: dict[str, PageField],
    spec_fields: dict[str, tuple[str, dict[str, Any], str, bool]],  # name -> (pointer, flags, type, required)
    page_line: int,
    parent: str,
) -> list[Difference]:
    """`parent`: where in the spec a field the page has and the spec lacks would go."""
    out = []
    for name, pf in page_fields.items():
        if name not in spec_fields:
            message = f"the page has {noun(name)}; the spec does not"
            out.append(Difference(f"{kind}-missing-in-spec", message, pf.line, parent))
            continue
        pointer, _flags, stype, srequired = spec_fields[name]
        if not _types_agree(pf.type, stype):
            out.append(Difference(f"{kind}-type", f"{noun(name)}: the page says {pf.type}, the spec {stype}",
                                  pf.line, pointer))  # fmt: skip
        if pf.required is not None and pf.required != srequired:
            page_says = "required" if pf.required else "optional"
            spec_says = "required" if srequired else "optional"
            out.append(Difference(f"{kind}-required", f"{noun(name)}: {page_says} on the page, {spec_says} in the spec",
                                  pf.line, pointer))  # fmt: skip
    for name, (pointer, flags, _t, _r) in spec_fields.items():
        if name not in page_fields and not _absent_ok(flags):
            out.append(Difference(f"{kind}-missing-in-page", f"the spec has {noun(name)}; the page does not",
                                  page_line, pointer))  # fmt: skip
    return out


def _compare_parameters(
    page: Page, doc: dict[str, Any], ptr: str, item: dict[str, Any], op: dict[str, Any]
) -> list[Difference]:
    spec_params: dict[str, tuple[str, dict[str, Any], str, bool]] = {}
    path_ptr = ptr.rsplit("/", 1)[0]
    for base, raw_list in ((path_ptr, item.get("parameters")), (ptr, op.get("parameters"))):
        for i, raw in enumerate(_list(raw_list)):
            node, pointer, _ = _deref(doc, raw, pointer_join(base, "parameters", i))
            node = _dict(node)
            if "name" not in node:
                continue
            where = str(node.get("in", ""))
            key = f"{where} {_param_key(str(node['name']), where)}"
            schema_node = _dict(node.get("schema"))
            absent = _absent_ok(node) or _absent_ok(schema_node)
            spec_params[key] = (pointer, {"x-docs-absent": absent}, spec_type(doc, schema_node),
                                bool(node.get("required")))  # fmt: skip
    page_params = {f"{where} {name}": pf for (name, where), pf in page.parameters.items()}
    out = []
    auth = page_params.pop("header authorization", None)
    if auth is not None:
        out += _compare_authorization(auth, doc, ptr, op)

    def noun(key: str) -> str:
        where, name = key.split(" ", 1)
        return f"{where} parameter {name!r}"

    return out + _compare_fields("parameter", noun, page_params, spec_params, page.line, ptr + "/parameters")


def _compare_authorization(
    auth: PageField, doc: dict[str, Any], ptr: str, op: dict[str, Any]
) -> list[Difference]:
    """A page lists `Authorization` as a header; the spec says it with `security`."""
    alternatives = [_dict(req) for req in _list(op.get("security", doc.get("security")))]
    anonymous = not alternatives or any(not req for req in alternatives)
    needs = not anonymous
    if auth.required is None or auth.required == needs:
        return []
    if auth.required:
        message = "the page requires the Authorization header; the spec lets the operation be called without credentials"
    else:
        message = "the page makes the Authorization header optional; the spec requires credentials"
    return [Difference("security", message, auth.line, ptr + "/security")]


def _object_fields(
    doc: dict[str, Any], schema: Any, pointer: str
) -> dict[str, tuple[str, dict[str, Any], str, bool]]:
    node, pointer, _ = _deref(doc, schema, pointer)
    node = _dict(node)
    required = set(map(str, _list(node.get("required"))))
    out = {}
    for name, prop in _dict(node.get("properties")).items():
        resolved, _p, _n = _deref(doc, prop, "")
        flags = {"x-docs-absent": _absent_ok(_dict(prop)) or _absent_ok(_dict(resolved))}
        out[str(name)] = (
            pointer_join(pointer, "properties", name),
            flags,
            spec_type(doc, prop),
            name in required,
        )
    return out


def _media_schema(doc: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str] | None:
    node, pointer, _ = _deref(doc, node, pointer)
    for media, value in _dict(_dict(node).get("content")).items():
        if str(media).startswith("application/json"):
            return _dict(value).get("schema"), pointer_join(pointer, "content", media, "schema")
    return None


def _compare_body(page: Page, doc: dict[str, Any], ptr: str, op: dict[str, Any]) -> list[Difference]:
    if page.body is None:
        return []
    media = _media_schema(doc, op.get("requestBody"), ptr + "/requestBody") if "requestBody" in op else None
    spec_fields = _object_fields(doc, media[0], media[1]) if media else {}
    page_fields = {f.name: f for f in page.body}
    parent = media[1] if media else ptr
    return _compare_fields(
        "body-field", lambda n: f"body field {n!r}", page_fields, spec_fields, page.line, parent
    )


def _success(op: dict[str, Any], ptr: str) -> tuple[Any, str] | None:
    responses = {str(k): v for k, v in _dict(op.get("responses")).items()}
    ok = sorted(s for s in responses if s.startswith("2"))
    return (responses[ok[0]], pointer_join(ptr, "responses", ok[0])) if ok else None


def _compare_response(page: Page, doc: dict[str, Any], ptr: str, op: dict[str, Any]) -> list[Difference]:
    if page.response is None:
        return []
    success = _success(op, ptr)
    media = _media_schema(doc, success[0], success[1]) if success else None
    spec_fields = _object_fields(doc, media[0], media[1]) if media else {}
    page_fields = {f.name: f for f in page.response}
    parent = media[1] if media else (success[1] if success else ptr + "/responses")
    return _compare_fields(
        "response-field", lambda n: f"response field {n!r}", page_fields, spec_fields, page.line, parent
    )


# lifetimes


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;])\s+|\n\s*\n", text) if s.strip()]


def _stated(text: str, token: str, others: set[str]) -> list[int]:
    """Durations (seconds) the text states for `token`: within one sentence, a duration belongs to
    the nearest token mentioned before it."""
    names = {
        t: re.compile(rf"\b{re.escape(t)}\b|\b{re.escape(t.replace('_', ' '))}\b", re.I)
        for t in others | {token}
    }
    found = []
    for sentence in _sentences(text):
        mentions = sorted((m.start(), t) for t, rx in names.items() for m in rx.finditer(sentence))
        for d in DURATION.finditer(sentence):
            before = [t for pos, t in mentions if pos < d.start()]
            if before and before[-1] == token:
                found.append(int(d[1].replace(",", "")) * _unit(d[2]))
    return found


def _compare_lifetimes(page: Page, doc: dict[str, Any], ptr: str, op: dict[str, Any]) -> list[Difference]:
    if not page.lifetimes:
        return []
    tokens = {lt.token for lt in page.lifetimes}
    success = _success(op, ptr)
    media = _media_schema(doc, success[0], success[1]) if success else None
    fields = _object_fields(doc, media[0], media[1]) if media else {}
    out = []
    for lt in page.lifetimes:
        sources: list[tuple[str, list[int]]] = []
        description = str(op.get("description", ""))
        stated = _stated(description, lt.token, tokens | {f for f in fields if f.endswith("token")})
        if stated:
            sources.append((ptr + "/description", stated))
        if lt.token in fields:
            fptr, _flags, _t, _r = fields[lt.token]
            prop = _dict(resolve(doc, fptr))
            in_field = [
                int(d[1].replace(",", "")) * _unit(d[2])
                for d in DURATION.finditer(str(prop.get("description", "")))
            ]
            if in_field:
                sources.append((fptr + "/description", in_field))
        if lt.token == "access_token" and success:
            for eptr, value in _response_examples(doc, success[0], success[1]):
                if isinstance(value, dict) and isinstance(value.get("expires_in"), int):
                    sources.append((eptr + "/expires_in", [value["expires_in"]]))
        if not sources:
            out.append(Difference("lifetime-not-in-spec", f"the page says {lt.text!r}; the spec states no lifetime for "
                                  f"{lt.token}", lt.line, ptr + "/description"))  # fmt: skip
        for pointer, values in sources:
            if lt.seconds not in values:
                shown = ", ".join(f"{v} s" for v in sorted(set(values)))
                out.append(Difference("lifetime", f"{lt.token}: the page says {lt.seconds} s ({lt.text!r}), the spec "
                                      f"says {shown}", lt.line, pointer))  # fmt: skip
    return out


def resolve(doc: dict[str, Any], pointer: str) -> Any:
    node: Any = doc
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = _dict(node).get(token)
    return node


def _response_examples(doc: dict[str, Any], response: Any, pointer: str) -> list[tuple[str, Any]]:
    node, pointer, _ = _deref(doc, response, pointer)
    out = []
    for media, value in _dict(_dict(node).get("content")).items():
        mptr = pointer_join(pointer, "content", media)
        value = _dict(value)
        if "example" in value:
            out.append((mptr + "/example", value["example"]))
        for name, example in _dict(value.get("examples")).items():
            if isinstance(example, dict) and "value" in example:
                out.append((pointer_join(mptr, "examples", name, "value"), example["value"]))
    return out


# --- output --------------------------------------------------------------------------------


def _spec_where(spec: Spec, pointer: str) -> str:
    return f"{spec.where(pointer)} #{pointer}" if pointer else "not in the spec"


def format_text(results: list[Result], spec: Spec) -> str:
    lines = []
    for r in results:
        for d in r.differences:
            lines.append(
                f"{r.page.display}:{d.line}: [{d.kind}] {d.message} ({_spec_where(spec, d.pointer)})"
            )
        what = r.operation or f"{r.page.method} {r.page.path}"
        n = len(r.differences)
        lines.append(
            f"{r.page.display} ({r.page.layout}, {what}): "
            + (f"{n} difference(s)" if n else "agrees with the spec")
        )
    return "\n".join(lines)


def as_json(results: list[Result], spec: Spec) -> str:
    return json.dumps(
        [
            {
                "page": r.page.display,
                "layout": r.page.layout,
                "method": r.page.method,
                "path": r.page.path,
                "operation": r.operation,
                "differences": [
                    {
                        "kind": d.kind,
                        "message": d.message,
                        "page_line": d.line,
                        "spec_pointer": d.pointer,
                        "spec_line": spec.loaded.line_of(d.pointer) if d.pointer else None,
                    }
                    for d in r.differences
                ],
            }
            for r in results
        ],
        indent=2,
        ensure_ascii=False,
    )


def format_markdown(results: list[Result], spec: Spec) -> str:
    lines = ["## Docs pages vs the spec", ""]
    for r in results:
        lines += [f"### {r.page.display} ({r.operation or r.page.method + ' ' + r.page.path})", ""]
        if not r.differences:
            lines += ["Agrees with the spec.", ""]
            continue
        lines += ["| Page line | Kind | Difference | Spec |", "|---|---|---|---|"]
        for d in r.differences:
            lines.append(f"| {d.line} | `{d.kind}` | {_md(d.message)} | `{d.pointer or '-'}` |")
        lines.append("")
    return "\n".join(lines)


FORMATS = {"text": format_text, "json": as_json, "markdown": format_markdown}
