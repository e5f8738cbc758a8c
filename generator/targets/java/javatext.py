"""Spec text into Java source, only through these functions: string literals, Javadoc text.

A Java compiler translates `\\uXXXX` escapes before it reads anything else, in comments as in
code, so both functions make sure no backslash of the spec's text can start one: in a literal
every backslash is doubled (`\\\\u` is no escape), in a comment it becomes an HTML entity.
"""

from __future__ import annotations

import html
import re
import textwrap

_NAMED = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def java_string(text: str) -> str:
    """A Java string literal of `text`: printable ASCII as it is, `"`, `\\` and the control
    characters Java names escaped by name, everything else as `\\uXXXX` UTF-16 units (never a
    line terminator, quote or backslash, which a `\\u` escape would turn into code)."""
    out = ['"']
    for ch in text:
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            data = ch.encode("utf-16-be", "surrogatepass")
            out.extend(f"\\u{data[i]:02X}{data[i + 1]:02X}" for i in range(0, len(data), 2))
    out.append('"')
    return "".join(out)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def javadoc_text(text: str) -> str:
    """Spec prose as Javadoc text: HTML-escaped (`<`, `>`, `&`), with `@` (a block tag),
    `*/` (the comment's end) and `\\` (a `\\u` escape) as entities, control characters dropped,
    and `{@code ...}` for Markdown code spans."""
    text = _CONTROL.sub(" ", text)
    text = html.escape(text, quote=False)
    text = text.replace("\\", "&#92;").replace("@", "&#64;").replace("*/", "*&#47;").replace("/*", "&#47;*")
    # Markdown `code` -> <code>code</code> (already escaped inside).
    return re.sub(r"`([^`\n]+)`", r"<code>\1</code>", text)


def _paragraphs(text: str) -> list[str]:
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        joined = " ".join(line.strip() for line in block.splitlines() if line.strip())
        joined = re.sub(r"\s+", " ", joined).strip()
        if joined:
            out.append(joined)
    return out


def javadoc(text: str, indent: str = "", width: int = 100) -> list[str]:
    """`text` as the lines of a `/** ... */` comment, paragraphs separated by `<p>`."""
    lines = [indent + "/**"]
    for i, paragraph in enumerate(_paragraphs(text)):
        escaped = javadoc_text(paragraph)
        if i:
            lines.append(indent + " *")
            escaped = "<p>" + escaped
        lines.extend(
            indent + " * " + line
            for line in textwrap.wrap(escaped, width=width, break_long_words=False, break_on_hyphens=False)
        )
    if len(lines) == 1:
        lines.append(indent + " * (no description)")
    lines.append(indent + " */")
    return lines
