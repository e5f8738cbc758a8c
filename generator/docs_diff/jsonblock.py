"""Fields from a JSON example: what a page shows when its schema is collapsed, or shown only as
"Example (from schema)". Names and nesting are exact; types are what the values show (a number
example fits an integer or a number field); required flags are not shown."""

from __future__ import annotations

import json
from typing import Any

from .model import PageError, PageField
from .types import json_type

NESTED_LEVELS = 3


def decode_at(text: str, offset: int, line: int, what: str) -> tuple[Any, int]:
    """The JSON value starting at `offset` of `text` (whose first line is page line `line`), and
    the offset after it; PageError naming the line where the JSON stops being JSON."""
    try:
        return json.JSONDecoder().raw_decode(text, offset)
    except json.JSONDecodeError as exc:
        where = line + text.count("\n", offset, exc.pos)
        raise PageError(f"line {where}: {what} is not JSON ({exc.msg})") from None
    except RecursionError:
        raise PageError(f"line {line}: {what} nests too deeply to read") from None


def fields_from_json(value: Any, line: int) -> dict[str, PageField]:
    out: dict[str, PageField] = {}
    _walk(value, "", line, out, 0)
    return out


def _walk(value: Any, prefix: str, line: int, out: dict[str, PageField], depth: int) -> None:
    if isinstance(value, list):
        value = value[0] if value else None  # an array of objects: its items' fields
    if not isinstance(value, dict) or depth >= NESTED_LEVELS:
        return
    for name, item in value.items():
        full = prefix + str(name)
        out.setdefault(full, PageField(full, json_type(item), line))
        _walk(item, full + ".", line, out, depth + 1)
