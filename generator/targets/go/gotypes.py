"""The IR's JSON-Schema types as Go types, and Go source text helpers (doc comments, string
literals) written so that the output is already gofmt-clean: `authgen generate` never runs Go.

Optional fields are pointers (`*string`, `*bool`, `*time.Time`, `*Struct`): nil is "not sent" / "absent",
distinct from the zero value (`Ptr(false)` sends false). Slices and maps stay plain: nil is
absent. Required fields are plain values.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from typing import Any

from ...escape import go_string

__all__ = ["base_type", "doc_comment", "field_type", "go_string"]

SCALARS = {"string": "string", "integer": "int", "number": "float64", "boolean": "bool"}

# A doc comment line gofmt would rewrite (lists, headings, code blocks, link definitions).
_SPECIAL_START = re.compile(r"^([-*+>#\[]|\d+[.)](\s|$))")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def base_type(t: Mapping[str, Any], struct_names: Mapping[str, str]) -> str:
    """The Go type of a JSON-Schema type, without the pointer of an optional field."""
    kind = t["type"]
    if t.get("ref"):
        if t["ref"] not in struct_names:
            raise KeyError(t["ref"])
        return struct_names[t["ref"]]
    if kind == "string" and t.get("format") == "date-time":
        return "time.Time"  # RFC 3339 on the wire, as encoding/json writes and reads it
    if kind in SCALARS:
        return SCALARS[kind]
    if kind == "array":
        items = t.get("items")
        return "[]" + (base_type(items, struct_names) if items else "any")
    if kind == "object":
        return "map[string]any"
    return "any"


def field_type(t: Mapping[str, Any], required: bool, struct_names: Mapping[str, str]) -> str:
    """The Go type of a field: optional scalars and structs are pointers."""
    base = base_type(t, struct_names)
    if required or base.startswith(("[]", "map[")) or base == "any":
        return base
    return "*" + base


def _paragraphs(text: str) -> list[str]:
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [_LIST_MARKER.sub("", line).strip() for line in block.splitlines()]
        joined = " ".join(line for line in lines if line)
        joined = re.sub(r"\s+", " ", joined).strip()
        if not joined:
            continue
        if joined[-1] not in ".!?:;)":
            joined += "."  # a paragraph without end punctuation could read as a heading to gofmt
        out.append(joined)
    return out


def _wrap(paragraph: str, width: int) -> list[str]:
    lines = textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False)
    fixed: list[str] = []
    for line in lines:
        while _SPECIAL_START.match(line) and fixed:
            # gofmt would read this line as a list item or heading: keep its first word above.
            word, _, rest = line.partition(" ")
            fixed[-1] += " " + word
            line = rest
            if not line:
                break
        if line:
            if not fixed and _SPECIAL_START.match(line):
                line = line.lstrip("-*+>#[ ")
            fixed.append(line)
    return fixed


# gofmt rewrites these pairs in a doc comment's text as typographic quotes (go/doc/comment);
# written that way here, the comment is already what gofmt would make of it.
_GOFMT_QUOTES = (("``", "\u201c"), ("''", "\u201d"))


def doc_comment(text: str, indent: str = "", width: int = 96) -> list[str]:
    """`text` as `// ` lines, paragraphs separated by `//` lines: plain prose gofmt leaves as it is.
    Spec text cannot leave the comment: every line starts with `// `, and newlines only ever
    start another such line."""
    for pair, quote in _GOFMT_QUOTES:
        text = text.replace(pair, quote)
    out: list[str] = []
    for i, paragraph in enumerate(_paragraphs(text)):
        if i:
            out.append(indent + "//")
        out.extend(indent + "// " + line for line in _wrap(paragraph, width))
    return out
