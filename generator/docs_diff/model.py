"""What docs-diff reads from a page, whatever its layout, and what it reports.

Every reader (text, MDX, Markdown) fills the same `Page`; the comparison never looks at the
layout. A section the page has but does not show as fields (collapsed, names missing, an object
without properties) is kept with no fields, so that the comparison can say "not shown" instead
of reporting every spec field missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SUCCESS = "success"  # a response block the page marks as the successful answer
ERROR = "error"  # a response block the page marks as an error answer, status unknown


class PageError(Exception):
    """A page that cannot be read; the message is one line that names where reading stopped."""


@dataclass(frozen=True)
class PageField:
    """One field (parameter, body field, response field) as the page shows it."""

    name: str  # nested fields are dotted: "meta.from"
    type: str  # "string", "integer", "array<string>", "array" (items not shown), "numeric" (a JSON
    # example's number: integer or number), "" (not shown)
    line: int
    required: bool | None = None  # None: the layout does not say
    nullable: bool = False  # the page says the value may be null
    format: str = ""  # "int32", "date-time", ... when the page shows one


@dataclass
class Fields:
    """A section of fields: the parameters of one location, the body, or one response block."""

    line: int  # where the section starts
    fields: dict[str, PageField] = field(default_factory=dict)
    from_json: bool = False  # read from a JSON example because no field list was readable

    @property
    def shown(self) -> bool:
        return bool(self.fields)

    def add(self, found: PageField) -> None:
        # The first mention wins: a field listed twice (a wrapped line read twice) is one field.
        self.fields.setdefault(found.name, found)


@dataclass
class ResponseBlock:
    """One answer of the operation: its status as the page gives it, and its fields."""

    status: str  # "200", "400", "default", or "" when the page does not say
    role: str  # SUCCESS, ERROR, or "" when neither the status nor the page's words say
    fields: Fields

    @property
    def label(self) -> str:
        if self.status:
            return f"{self.status} answer"
        return "success answer" if self.role == SUCCESS else "error answer"


@dataclass(frozen=True)
class Lifetime:
    """A token lifetime the page states, in seconds."""

    seconds: int
    text: str  # the words that state it, one line
    line: int
    token: str  # "refresh_token"; "" when the page does not say which token
    candidates: tuple[str, ...] = ()  # tokens the sentence mentions, when `token` is ""


@dataclass
class Page:
    display: str
    layout: str
    method: str = ""
    path: str = ""
    line: int = 0
    params: dict[str, Fields] = field(default_factory=dict)  # "query" / "header" / "path" / "cookie"
    body: Fields | None = None  # None: the page has no body section
    responses: list[ResponseBlock] | None = None  # None: the page has no responses section
    responses_line: int = 0
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
    notes: list[Difference] = field(default_factory=list)  # sections not shown: not compared
