"""PHP source text from spec data: every spec string reaches PHP only through these.

- `php_string`: a single-quoted literal (`\\` and `'` escaped; nothing else is special there,
  so `$`, `{`, newlines and `?>` stay inert data);
- `doc_lines`: PHPDoc text, wrapped, with `*/` neutralised (it would end the comment) and a
  line-leading `@` escaped (it would start a tag);
- identifiers come from `names`, which validates them.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any


def php_string(text: str) -> str:
    """`text` as a PHP single-quoted string literal."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def php_value(value: Any) -> str:
    """A JSON value (from the spec) as a PHP literal: strings quoted, lists and objects as arrays."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return php_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = json.dumps(value)
        return text if any(c in text for c in ".eE") else text + ".0"
    if isinstance(value, list):
        return "[" + ", ".join(php_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "[" + ", ".join(f"{php_string(str(k))} => {php_value(v)}" for k, v in value.items()) + "]"
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def _safe(text: str) -> str:
    text = text.replace("*/", "*\u2215")  # the division slash: looks the same, ends nothing
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    return text


def doc_text(text: str) -> str:
    """One line of PHPDoc (a @param's description): whitespace collapsed, made safe."""
    return _safe(" ".join(text.split()))


def doc_lines(text: str, indent: str = "", width: int = 100) -> list[str]:
    """`text` as the body lines of a `/** ... */` block (` * ...`), paragraphs kept apart."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        joined = " ".join(block.split())
        if not joined:
            continue
        if out:
            out.append(indent + " *")
        for line in textwrap.wrap(_safe(joined), width=width, break_long_words=False, break_on_hyphens=False):
            if line.startswith("@"):
                line = "\\" + line  # not a tag
            out.append(indent + " * " + line)
    return out
