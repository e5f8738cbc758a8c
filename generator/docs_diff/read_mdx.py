"""The page's MDX source as docusaurus-openapi-docs writes it:

    <MethodEndpoint method={"post"} path={"/auth/v1/signin/custom"} ...>
    <ParamsDetails parameters={[...]}>          (or parameters={undefined})
    <RequestSchema title={"Body"} body={{...}}>
    <StatusCodes ... responses={{"200": {...}, "400": {...}, "default": {...}}}>

The props are JSON. Every answer in `responses` is its own block; an answer without a schema
(or with a schema of no properties and no example) is "not shown". Descriptions inside the
schemas are read for lifetimes with the field they describe as context; the prose between the
tags is read too.
"""

from __future__ import annotations

import re
from typing import Any

from ..spec import as_dict, as_list
from .jsonblock import decode_at, fields_from_json
from .lifetimes import context_token, stated
from .model import ERROR, SUCCESS, Fields, Lifetime, Page, PageError, PageField, ResponseBlock
from .types import parse_type

ENDPOINT = re.compile(r"<MethodEndpoint\b")
PROP_VALUE = re.compile(r'\s*(?:"([^"\n]{0,2000})"|([A-Za-z]{1,20}))')
NESTED_LEVELS = 3


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _tag_end(text: str, start: int) -> int:
    end = text.find(">", start)
    return len(text) if end < 0 else end


def _string_prop(text: str, start: int, end: int, prop: str) -> str:
    """A JSX prop written `prop={"value"}` between start and end; "" when absent."""
    at = text.find(f"{prop}={{", start, end)
    if at < 0:
        return ""
    m = PROP_VALUE.match(text, at + len(prop) + 2)
    return (m[1] or "") if m else ""


def _json_prop(text: str, prop: str) -> tuple[Any, int] | None:
    """The JSON value of a JSX prop `prop={...}`: (value, line); None when absent or `undefined`."""
    at = text.find(f" {prop}={{")
    if at < 0:
        return None
    start = at + len(prop) + 3
    line = _line_at(text, at)
    if text.startswith("undefined}", start) or text.startswith("null}", start):
        return None
    value, _end = decode_at(text, start, line, f"the {prop}={{...}} prop")
    return value, line


def read_mdx(display: str, text: str) -> Page:
    m = ENDPOINT.search(text)
    assert m is not None
    end = _tag_end(text, m.start())
    method = _string_prop(text, m.start(), end, "method")
    path = _string_prop(text, m.start(), end, "path")
    line = _line_at(text, m.start())
    if not method or not path:
        raise PageError(f'line {line}: <MethodEndpoint> has no method={{"..."}} and path={{"..."}} props')
    page = Page(display, "mdx", method.upper(), path, line)
    _parameters(page, _json_prop(text, "parameters"))
    body = _json_prop(text, "body")
    if body is not None:
        value, line = body
        page.body = _schema_block(page, _json_schema(value), line, required_shown=True)
    responses = _json_prop(text, "responses")
    if responses is not None:
        value, line = responses
        page.responses, page.responses_line = [], line
        for status, answer in as_dict(value).items():
            status = str(status)
            answer = as_dict(answer)
            schema = _json_schema(answer)
            fields = _schema_block(page, schema, line, required_shown=False)
            if not fields.shown:
                fields = _example_block(answer, line)
            page.responses.append(ResponseBlock(status, SUCCESS if status.startswith("2") else ERROR, fields))
    _prose(page, text)
    return page


def _parameters(page: Page, found: tuple[Any, int] | None) -> None:
    if found is None:
        return
    value, line = found
    for p in as_list(value):
        p = as_dict(p)
        where, name = str(p.get("in", "")), str(p.get("name", ""))
        if not where or not name:
            continue
        schema = as_dict(p.get("schema"))
        kind, fmt = _type_of(schema)
        section = page.params.setdefault(where, Fields(line))
        section.add(PageField(name, kind, line, bool(p.get("required")), _nullable(schema), fmt))
        _describe(page, str(p.get("description", "")), line, name)


def _json_schema(node: Any) -> Any:
    for media, value in as_dict(as_dict(node).get("content")).items():
        if str(media).startswith("application/json"):
            return as_dict(value).get("schema")
    return None


def _schema_block(page: Page, schema: Any, line: int, *, required_shown: bool) -> Fields:
    fields = Fields(line)
    _walk(page, as_dict(schema), "", line, fields, 0, required_shown)
    return fields


def _walk(page: Page, schema: dict[str, Any], prefix: str, line: int, out: Fields, depth: int,
          required_shown: bool) -> None:  # fmt: skip
    if depth >= NESTED_LEVELS:
        return
    if schema.get("type") == "array" or ("items" in schema and "properties" not in schema):
        schema = as_dict(schema.get("items"))
    parts = [schema, *(as_dict(p) for p in as_list(schema.get("allOf")))]
    for part in parts:
        required = {str(r) for r in as_list(part.get("required"))}
        for name, prop in as_dict(part.get("properties")).items():
            prop = as_dict(prop)
            full = prefix + str(name)
            kind, fmt = _type_of(prop)
            is_required = (str(name) in required) if required_shown else (True if str(name) in required else None)
            out.add(PageField(full, kind, line, is_required, _nullable(prop), fmt))
            _describe(page, str(prop.get("description", "")), line, full)
            _walk(page, prop, full + ".", line, out, depth + 1, required_shown)


def _type_of(schema: dict[str, Any]) -> tuple[str, str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [str(k) for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if not isinstance(kind, str):
        return "", ""
    if kind == "array":
        items = as_dict(schema.get("items"))
        inner, _fmt = _type_of(items) if items else ("", "")
        return (f"array<{inner}>" if inner else "array"), ""
    parsed = parse_type(kind)
    fmt = schema.get("format")
    return (parsed.type if parsed else ""), (fmt if isinstance(fmt, str) else "")


def _nullable(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return schema.get("nullable") is True or (isinstance(kind, list) and "null" in kind)


def _example_block(answer: dict[str, Any], line: int) -> Fields:
    """An answer whose schema shows no fields: its JSON example, when it has one."""
    fields = Fields(line)
    for media, value in as_dict(answer.get("content")).items():
        value = as_dict(value)
        if not str(media).startswith("application/json"):
            continue
        examples = [value["example"]] if "example" in value else []
        examples += [as_dict(e).get("value") for e in as_dict(value.get("examples")).values()]
        for example in examples:
            if isinstance(example, dict) and example:
                fields.fields.update(fields_from_json(example, line))
                fields.from_json = True
                return fields
    return fields


def _describe(page: Page, description: str, line: int, field_name: str) -> None:
    for found in stated(description, context_token(field_name)):
        page.lifetimes.append(Lifetime(found.seconds, found.text, line, found.token, found.candidates))


def _prose(page: Page, text: str) -> None:
    """Lifetimes stated in the page's prose: every line outside the components' tags (whose JSON
    props were read above, with their fields as context) and the front matter."""
    lines = _without_components(text).split("\n")
    front_matter = bool(lines) and lines[0].strip() == "---"
    for number, line in enumerate(lines, 1):
        if front_matter:
            front_matter = not (number > 1 and line.strip() == "---")
            continue
        for found in stated(line):
            page.lifetimes.append(Lifetime(found.seconds, found.text, number, found.token, found.candidates))


def _without_components(text: str) -> str:
    """`text` with every `<Component ...>` / `</Component>` tag blanked out (newlines kept): a
    tag ends at the first `>` outside its `{...}` props and their strings. One pass."""
    out, i, n = [], 0, len(text)
    while i < n:
        start = text.find("<", i)
        if start < 0 or start + 1 >= n:
            break
        following = text[start + 2] if text[start + 1] == "/" and start + 2 < n else text[start + 1]
        if not ("A" <= following <= "Z"):
            out.append(text[i : start + 1])
            i = start + 1
            continue
        out.append(text[i:start])
        end = _component_end(text, start)
        out.append("".join(c if c == "\n" else " " for c in text[start:end]))
        i = end
    out.append(text[i:])
    return "".join(out)


def _component_end(text: str, start: int) -> int:
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        char = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"' and depth:
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth = max(0, depth - 1)
        elif char == ">" and not depth:
            return i + 1
    return len(text)
