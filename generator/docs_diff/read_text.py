"""The rendered page as text (a browser's "save as text", a reader view, a copy), English or Chinese.

What docs.cloudbase.net's API pages look like once rendered (docusaurus-openapi-docs):

- the method and the path on two lines (`POST` then `/auth/v1/signin/custom`) or joined
  (`POST/auth/v1/signin/anonymously`);
- "Query Parameters" / "Header Parameters" / "Path Parameters", "Body", then "Responses" with
  one block per answer: a status tab list (`- 200`, `- 400`, ...), the answer's description ("A
  successful response.", "An unexpected error response."), "Response Headers", "Schema", the
  fields, "Loading..."; headings stay English on the Chinese site (Chinese ones are read too);
- field lines in the forms of `fieldline`, a description that wraps onto the next line before
  its `(type)`, the flags wrapped onto a line of their own, nested fields indented under an
  `object` or `object[]` field (`Array [` ... `]` around array items);
- a schema with no readable field list (collapsed, or names lost in the copy) shows JSON:
  "Example (from schema)" first, which is read instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .fieldline import FieldLine, bare_type, parse_field_line, valid_name
from .jsonblock import decode_at, fields_from_json
from .lifetimes import context_token, stated
from .model import ERROR, SUCCESS, Fields, Lifetime, Page, PageError, PageField, ResponseBlock
from .types import TYPE_WORDS, flags_only

METHODS = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")
PARAM_HEADINGS = {
    "query parameters": "query", "header parameters": "header", "path parameters": "path",
    "cookie parameters": "cookie", "query 参数": "query", "查询参数": "query", "header 参数": "header",
    "请求头参数": "header", "path 参数": "path", "路径参数": "path", "cookie 参数": "cookie",
}  # fmt: skip
BODY_HEADINGS = {"body", "body required", "request body", "request body required", "请求体", "请求体 必填",
                 "body 参数", "请求体参数"}  # fmt: skip
RESPONSES_HEADINGS = {"responses", "response", "响应", "返回", "响应参数", "返回参数"}
REQUEST_HEADINGS = {"request", "请求", "请求参数"}
SCHEMA_HEADINGS = {"schema", "响应结构"}
RESPONSE_HEADERS = {"response headers", "响应头"}
END_OF_BLOCK = {"loading...", "loading…", "加载中...", "加载中…"}
SUCCESS_WORDS = {"a successful response.", "a successful response", "成功响应"}
DEFAULT_WORDS = {"an unexpected error response.", "an unexpected error response", "异常响应"}
TAB_LABELS = {"application/json", "schema", "example", "example (from schema)", "示例", "示例 (from schema)"}
SCHEMA_MARKERS = {"array [", "]", "oneof", "anyof", "allof", "mod1", "mod2", "mod3", "mod4"}
BULLETS = ("- ", "• ", "* ", "· ")
SENTENCE_END = (".", "。", ":", "：", "!", "！", "?", "？")


def find_endpoint(lines: list[str]) -> tuple[str, str, int] | None:
    """(METHOD, path, line) of the first operation line: `POST/auth/v1/x`, `POST /auth/v1/x`, or
    `POST` alone with the path on one of the next three lines."""
    for i, raw in enumerate(lines):
        text = raw.strip()
        method = next((m for m in METHODS if text.upper().startswith(m)), None)
        if method is None:
            continue
        rest = text[len(method) :].strip()
        if rest:
            if _is_path(rest):
                return method, _path(rest), i + 1
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            following = lines[j].strip()
            if following:
                if _is_path(following):
                    return method, _path(following), i + 1
                break
    return None


def _is_path(text: str) -> bool:
    return (text.startswith("/") or text.startswith(("https://", "http://"))) and not any(c.isspace() for c in text)


def _path(text: str) -> str:
    if text.startswith("/"):
        return text
    rest = text.split("://", 1)[1]
    return "/" + rest.split("/", 1)[1] if "/" in rest else "/"


def _key(text: str) -> str:
    return " ".join(text.rstrip(":：").split()).lower()


def _unbulleted(text: str) -> str:
    for bullet in BULLETS:
        if text.startswith(bullet):
            return text[len(bullet) :].strip()
    return text


def _status(text: str) -> str:
    """"200", "- 400", "default" (a status tab or a status line) -> the status; "" otherwise."""
    word = _unbulleted(text).lower()
    if word == "default":
        return word
    if len(word) == 3 and word.isdigit() and word[0] in "12345":
        return word
    return ""


@dataclass
class _Pending:
    """A line that did not read as a field but may be the first half of a wrapped one."""

    line: int
    text: str
    indent: int
    opens: bool  # after a blank line or a heading: where a field line may start


@dataclass
class TextReader:
    display: str
    text: str
    lines: list[str] = field(init=False)
    page: Page = field(init=False)
    mode: str = ""  # "", "prose", "params", "body", "responses"
    location: str = ""  # of the parameters being read
    target: Fields | None = None  # where field lines go (None: not in a field list)
    stack: list[tuple[int, str, str]] = field(default_factory=list)  # (indent, name, type) for nesting
    current: str = ""  # the field whose description the following lines are
    pending: _Pending | None = None
    tabs: list[str] = field(default_factory=list)
    next_status: str = ""
    next_role: str = ""
    skip_until: int = 0  # lines of a JSON example already read
    after_break: bool = True  # the previous line was blank or a heading
    after_field: bool = False  # the previous line was a field line
    last_was_field: bool = False
    compact: bool = False  # a reader-view copy: no blank lines, a description right under its field
    offsets: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lines = self.text.split("\n")
        blank = sum(1 for line in self.lines if not line.strip())
        self.compact = blank * 10 < len(self.lines)
        position = 0
        for line in self.lines:
            self.offsets.append(position)
            position += len(line) + 1

    def read(self, method: str, path: str, line: int) -> Page:
        self.page = Page(self.display, "text", method, path, line)
        for number, raw in enumerate(self.lines, 1):
            if number <= self.skip_until:
                continue
            self._line(number, raw)
        self._flush()
        return self.page

    # --- one line --------------------------------------------------------------------------

    def _line(self, number: int, raw: str) -> None:
        text = raw.strip()
        self.after_field, self.last_was_field = self.last_was_field, False
        if not text:
            self._flush()
            self.after_break = True
            return
        key = _key(text)
        if self._heading(key, number) or (self.mode == "responses" and self._response_marker(text, key, number)):
            self.after_break = True
            return
        if self.target is not None:
            self._field_list_line(number, raw, text, key)
        else:
            self._description(text, number)
        self.after_break = False

    def _heading(self, key: str, number: int) -> bool:
        if key in REQUEST_HEADINGS:
            self._enter("prose")
        elif key in PARAM_HEADINGS:
            self._enter("params")
            self.location = PARAM_HEADINGS[key]
            self.target = self.page.params.setdefault(self.location, Fields(number))
        elif key in BODY_HEADINGS:
            self._enter("body")
            if self.page.body is None:
                self.page.body = Fields(number)
            self.target = self.page.body
        elif key in RESPONSES_HEADINGS and not self.page.responses:  # a lone "Response" in prose: read again
            self._enter("responses")
            self.page.responses, self.page.responses_line = [], number
        else:
            return False
        return True

    def _enter(self, mode: str) -> None:
        self._flush()
        self.mode, self.target, self.stack, self.current = mode, None, [], ""

    def _response_marker(self, text: str, key: str, number: int) -> bool:
        """Status tabs, answer descriptions, "Response Headers", "Schema": where answers begin."""
        assert self.page.responses is not None
        status = _status(text)
        if status:
            if self.page.responses:
                self.next_status = status
            else:
                self.tabs.append(status)
        elif key in SUCCESS_WORDS:
            self.next_role = SUCCESS
        elif key in DEFAULT_WORDS:
            self.next_role = "default"
        elif key in RESPONSE_HEADERS:
            self._open_block(number)
        elif key in SCHEMA_HEADINGS:
            block = self.page.responses[-1] if self.page.responses else None
            if block is None or self.target is not None or block.fields.shown:
                block = self._open_block(number)
            self._flush()
            self.target, self.stack, self.current = block.fields, [], ""
        elif text != _unbulleted(text) and _key(_unbulleted(text)) in TAB_LABELS:
            pass  # the tabs of one answer: "- application/json", "- Schema", "- Example"
        elif key in END_OF_BLOCK:
            self._flush()
            self.target, self.stack, self.current = None, [], ""
        else:
            return False
        return True

    def _open_block(self, number: int) -> ResponseBlock:
        assert self.page.responses is not None
        index = len(self.page.responses)
        status = self.next_status or (self.tabs[index] if index < len(self.tabs) else "")
        if not status and self.next_role == "default":
            status = "default"
        if status:
            role = SUCCESS if status.startswith("2") else ERROR
        else:
            role = self.next_role or (SUCCESS if index == 0 else ERROR)
        block = ResponseBlock(status, role, Fields(number))
        self.page.responses.append(block)
        self._flush()
        self.next_status, self.next_role = "", ""
        self.target, self.stack, self.current = None, [], ""
        return block

    # --- field lists -----------------------------------------------------------------------

    def _field_list_line(self, number: int, raw: str, text: str, key: str) -> None:
        assert self.target is not None
        if key in END_OF_BLOCK:
            self._flush()
            self.target, self.stack, self.current = None, [], ""
            return
        if key in SCHEMA_MARKERS:
            return
        if text.startswith("{") and self.mode != "params" and self._json(number, raw, text):
            return
        header = self.mode == "params"
        found = parse_field_line(text, header=header)
        pending, self.pending = self.pending, None
        if pending is not None and pending.line == number - 1:
            joined = self._joined(pending, text, found, header=header)
            if joined is not None:
                self._add(joined, pending.line, pending.indent, pending.text + " " + text)
                return
            self._description(pending.text, pending.line)
        elif pending is not None:
            self._description(pending.text, pending.line)
        if found is not None:
            self._add(found, number, len(raw) - len(raw.lstrip()), text)
            return
        flags = flags_only(text)
        if flags is not None and self.current in self.target.fields:
            self._flag(flags)
            return
        if self._may_start_field(text, header=header):
            opens = self.after_break or (self.after_field and not self.compact)
            self.pending = _Pending(number, text, len(raw) - len(raw.lstrip()), opens)
            return
        self._description(text, number)

    def _joined(self, pending: _Pending, text: str, alone: FieldLine | None, *, header: bool) -> FieldLine | None:
        """A field line wrapped in two: `name description...` then `...description (type)`, or
        `name` then `type`. When the second line also reads as a field on its own, the two are
        joined only if the first line stands where a field starts (after a blank line, a heading,
        or, on a page with blank lines, another field: in the compact reader layouts a line right
        after a field is its description), or the second starts with the type, or names a field
        already listed."""
        assert self.target is not None
        if " " not in pending.text:
            found = bare_type(text)
            return FieldLine(pending.text, found, described=False) if found is not None else None
        joined = parse_field_line(pending.text + " " + text, header=header)
        if joined is None or not joined.described or joined.name in self.target.fields:
            return None
        if alone is None or pending.opens or text.startswith("(") or alone.name in self.target.fields:
            return joined
        return None

    def _may_start_field(self, text: str, *, header: bool) -> bool:
        first = text.split(" ", 1)[0]
        return (
            valid_name(first, header=header)
            and first.lower() not in TYPE_WORDS
            and not text.endswith(SENTENCE_END)
        )

    def _add(self, found: FieldLine, number: int, indent: int, text: str) -> None:
        assert self.target is not None
        name = found.name
        if self.mode != "params":
            while self.stack and self.stack[-1][0] >= indent:
                self.stack.pop()
            if self.stack and (self.stack[-1][2] == "object" or self.stack[-1][2].startswith("array")):
                name = f"{self.stack[-1][1]}.{name}"
            self.stack.append((indent, name, found.type.type))
        required = found.type.required if self.mode in ("params", "body") or found.type.required else None
        self.target.add(PageField(name, found.type.type, number, required, found.type.nullable, found.type.format))
        self.current = name
        self.last_was_field = True
        self._lifetimes(text, number)

    def _flag(self, flags: set[str]) -> None:
        assert self.target is not None
        old = self.target.fields[self.current]
        required = True if ("required" in flags or "必填" in flags) else old.required
        nullable = old.nullable or "nullable" in flags or "可为空" in flags
        self.target.fields[self.current] = PageField(old.name, old.type, old.line, required, nullable, old.format)

    def _json(self, number: int, raw: str, text: str) -> bool:
        """Read the JSON example that starts on this line; True when it was read (or skipped).
        When the section shows no fields, the JSON is all there is: it must read, or the page
        cannot be read. A line that only starts with a brace ("{env}.example.com") is text."""
        assert self.target is not None
        what = "the JSON example of the body" if self.mode == "body" else "the JSON example of the answer"
        offset = self.offsets[number - 1] + raw.index("{")
        needed = not self.target.shown and (text == "{" or text.replace(" ", "").startswith('{"'))
        try:
            value, end = decode_at(self.text, offset, number, what)
        except PageError:
            if needed:
                raise
            return False  # an example beside a field list, or not JSON at all: read as text
        if not self.target.shown and isinstance(value, dict):
            self.target.fields.update(fields_from_json(value, number))
            self.target.from_json = self.target.shown
        self._flush()
        self.skip_until = number + self.text.count("\n", offset, end)
        return True

    # --- descriptions and lifetimes ---------------------------------------------------------

    def _flush(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            self._description(pending.text, pending.line)

    def _description(self, text: str, number: int) -> None:
        self._lifetimes(text, number)

    def _lifetimes(self, text: str, number: int) -> None:
        context = context_token(self.current) if self.target is not None and self.current else ""
        for found in stated(text, context):
            self.page.lifetimes.append(Lifetime(found.seconds, found.text, number, found.token, found.candidates))


def read_text(display: str, text: str, endpoint: tuple[str, str, int]) -> Page:
    return TextReader(display, text).read(*endpoint)
