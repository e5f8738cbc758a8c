"""A page copied as Markdown (the docs site's "copy page", or an exported page), English or
Chinese:

    `POST /auth/v1/token`
    ### Query Parameters / ### Body / ## Responses / ### 200 / ### 400 Bad Request
    | Name | Type | Required | Description |       (or 参数名 | 类型 | 必填 | 说明)
    | refresh_token | string | no | ... |
    ```json  {...}  ```                              (an answer shown only as JSON)

Nested fields are dotted names in the table (`meta.from`, `items[].id`). `<details>` and
`<summary>` lines (collapsed sections) are only markup: their content is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .jsonblock import decode_at, fields_from_json
from .lifetimes import context_token, stated
from .model import ERROR, SUCCESS, Fields, Lifetime, Page, PageField, ResponseBlock
from .read_text import BODY_HEADINGS, METHODS, PARAM_HEADINGS, REQUEST_HEADINGS, RESPONSES_HEADINGS
from .types import parse_type

NAME_COLUMNS = ("name", "field", "parameter", "参数名", "参数", "字段", "名称", "字段名")
TYPE_COLUMNS = ("type", "类型", "参数类型")
REQUIRED_COLUMNS = ("required", "必填", "是否必填", "必选", "是否必选")
DESCRIPTION_COLUMNS = ("description", "说明", "描述", "备注")
YES = ("yes", "true", "required", "y", "是", "必填", "必选", "✓", "✔")
NO = ("no", "false", "optional", "n", "否", "选填", "可选", "", "-")
MARKUP = ("<details", "</details", "<summary", "</summary")


def find_endpoint(lines: list[str]) -> tuple[str, str, int] | None:
    """A line that is only `` `POST /auth/v1/...` `` (or `` `POST/auth/v1/...` ``)."""
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if len(text) < 4 or not (text.startswith("`") and text.endswith("`")):
            continue
        inner = text.strip("`").strip()
        method = next((m for m in METHODS if inner.upper().startswith(m)), None)
        if method is None:
            continue
        path = inner[len(method) :].strip()
        if path.startswith("/") and not any(c.isspace() for c in path):
            return method, path, number
    return None


def _heading(text: str) -> str | None:
    """The text of a Markdown heading line, lower case; None when the line is not one."""
    level = len(text) - len(text.lstrip("#"))
    if not 1 <= level <= 6 or not text[level:].startswith(" "):
        return None
    return " ".join(text[level:].split()).rstrip(":：").lower()


def _status_of(title: str) -> str:
    """"200", "400 bad request", "response 400", "状态码 200", "default" -> the status; else ""."""
    for word in title.replace("：", " ").replace(":", " ").split():
        if word == "default" or (len(word) == 3 and word.isdigit() and word[0] in "12345"):
            return word
    return ""


def _required(cell: str) -> bool | None:
    value = cell.strip().strip("*`").lower()
    if value in YES:
        return True
    return False if value in NO else None


def _column(header: list[str], names: tuple[str, ...]) -> int:
    return next((i for i, cell in enumerate(header) if cell in names), -1)


@dataclass
class MarkdownReader:
    display: str
    text: str
    page: Page = field(init=False)
    mode: str = ""
    target: Fields | None = None
    location: str = ""
    header: list[str] = field(default_factory=list)
    skip_until: int = 0

    def read(self, method: str, path: str, line: int) -> Page:
        self.page = Page(self.display, "markdown", method, path, line)
        offset = 0
        for number, raw in enumerate(self.text.split("\n"), 1):
            start, offset = offset, offset + len(raw) + 1
            if number > self.skip_until:
                self._line(number, raw, start)
        return self.page

    def _line(self, number: int, raw: str, offset: int) -> None:
        text = raw.strip()
        if text.startswith(MARKUP):
            return
        title = _heading(text)
        if title is not None:
            self._section(title, number)
            return
        if self.mode == "responses" and self.target is None and text.startswith(("|", "```")):
            self._implicit_block(number)
        if text.startswith("|") and self.target is not None:
            self._row(text, number)
            return
        self.header = []
        if text.startswith("```") and self.target is not None and not self.target.shown:
            self._code_block(number, offset)
            return
        for found in stated(text):
            self.page.lifetimes.append(Lifetime(found.seconds, found.text, number, found.token, found.candidates))

    def _section(self, title: str, number: int) -> None:
        self.header = []
        bare = title.split(" (", 1)[0]
        if bare in PARAM_HEADINGS:
            self.mode, self.target = "params", self.page.params.setdefault(PARAM_HEADINGS[bare], Fields(number))
            self.location = PARAM_HEADINGS[bare]
        elif bare in BODY_HEADINGS:
            self.mode = "body"
            self.page.body = self.page.body or Fields(number)
            self.target = self.page.body
        elif bare in RESPONSES_HEADINGS and not self.page.responses:
            self.mode, self.target = "responses", None
            self.page.responses, self.page.responses_line = [], number
        elif self.mode == "responses" and _status_of(title):
            assert self.page.responses is not None
            status = _status_of(title)
            block = ResponseBlock(status, SUCCESS if status.startswith("2") else ERROR, Fields(number))
            self.page.responses.append(block)
            self.target = block.fields
        elif bare in REQUEST_HEADINGS or self.mode != "responses":
            self.mode, self.target = "prose", None  # any other heading ends a table section

    def _implicit_block(self, number: int) -> None:
        """A table or JSON under "Responses" with no status heading: the first is the success
        answer, any later one an error answer."""
        assert self.page.responses is not None
        role = SUCCESS if not self.page.responses else ERROR
        block = ResponseBlock("", role, Fields(number))
        self.page.responses.append(block)
        self.target = block.fields

    def _row(self, text: str, number: int) -> None:
        assert self.target is not None
        cells = [c.strip().strip("`").strip() for c in text.strip("|").split("|")]
        if not self.header:
            self.header = [c.lower() for c in cells]
            return
        if all(set(c) <= set("-: ") for c in cells):
            return
        name_at = _column(self.header, NAME_COLUMNS)
        if name_at < 0 or name_at >= len(cells) or not cells[name_at]:
            return
        name = cells[name_at].replace("[]", "")
        type_at = _column(self.header, TYPE_COLUMNS)
        parsed = parse_type(cells[type_at]) if 0 <= type_at < len(cells) else None
        required_at = _column(self.header, REQUIRED_COLUMNS)
        required = _required(cells[required_at]) if 0 <= required_at < len(cells) else None
        if parsed is not None and parsed.required:
            required = True
        self.target.add(
            PageField(name, parsed.type if parsed else "", number, required, bool(parsed and parsed.nullable),
                      parsed.format if parsed else "")
        )  # fmt: skip
        description_at = _column(self.header, DESCRIPTION_COLUMNS)
        if 0 <= description_at < len(cells):
            for found in stated(cells[description_at], context_token(name)):
                self.page.lifetimes.append(Lifetime(found.seconds, found.text, number, found.token, found.candidates))

    def _code_block(self, number: int, offset: int) -> None:
        """A fenced JSON block in a section that shows no table: the section's fields."""
        assert self.target is not None
        brace = self.text.find("{", offset)
        fence_end = self.text.find("```", offset + 3)
        if brace < 0 or (0 <= fence_end < brace):
            return
        what = "the JSON example of the body" if self.mode == "body" else "the JSON example of the answer"
        value, end = decode_at(self.text, brace, number + self.text.count("\n", offset, brace), what)
        if isinstance(value, dict):
            self.target.fields.update(fields_from_json(value, number))
            self.target.from_json = self.target.shown
        closing = self.text.find("```", end)
        self.skip_until = number + self.text.count("\n", offset, closing if closing >= 0 else end)


def read_markdown(display: str, text: str, endpoint: tuple[str, str, int]) -> Page:
    return MarkdownReader(display, text).read(*endpoint)

