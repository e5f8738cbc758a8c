"""One line of a field list, as docs.cloudbase.net's rendered pages write it:

    client_id string                          name, type
    x-device-id stringrequired                flags glued to the type
    expires_in int32 / groups string[]        formats, arrays
    created_at string<date-time>              a format in angle brackets
    ticket Custom login ticket (string)required   name, description, (type), flags
    grant_type Grant type (string)nullable

Parsed with plain string operations (split, rfind), which take linear time on any line.
"""

from __future__ import annotations

from dataclasses import dataclass

from .types import ParsedType, flag_words, parse_type

NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-$@")
MAX_TYPE_TOKENS = 4  # "string<date-time> required nullable"
NOT_NAMES = frozenset({"a", "an", "the", "any", "one", "each", "every", "some", "its", "this", "that"})


@dataclass(frozen=True)
class FieldLine:
    name: str
    type: ParsedType
    described: bool  # the `name description (type)` form


def valid_name(word: str, *, header: bool = False) -> bool:
    """A field or parameter name: ASCII, starting with a letter, `_`, `$` or `@`. Body and
    response fields start in lower case on this site (an upper-case first word is prose); header
    parameters may not (`Authorization`)."""
    if not word or not set(word) <= NAME_CHARS or word.lower() in NOT_NAMES:
        return False  # "a string", "the object": a description, not a field
    first = word[0]
    if not (first.isalpha() or first in "_$@"):
        return False
    return header or not first.isupper()


def parse_field_line(text: str, *, header: bool = False) -> FieldLine | None:
    text = text.strip()
    tokens = text.split()
    if len(tokens) < 2 or not valid_name(tokens[0], header=header):
        return None
    if len(tokens) <= 1 + MAX_TYPE_TOKENS:
        found = parse_type("".join(tokens[1:]))
        if found is not None:
            return FieldLine(tokens[0], found, described=False)
    return _described(text, tokens[0], header=header)


def _described(text: str, name: str, *, header: bool) -> FieldLine | None:
    close = text.rfind(")")
    if close < 0:
        return None
    tail = flag_words(text[close + 1 :])
    opened = text.rfind("(", 0, close)
    if tail is None or opened <= len(name):
        return None
    inside = parse_type(text[opened + 1 : close])
    if inside is None:
        return None
    merged = ParsedType(
        inside.type,
        inside.format,
        inside.required or "required" in tail or "必填" in tail,
        inside.nullable or "nullable" in tail or "可为空" in tail,
    )
    return FieldLine(name, merged, described=True)


def bare_type(text: str) -> ParsedType | None:
    """A line that is only a type ("string", "string required"): the second line of a field whose
    name stands alone on the line before."""
    tokens = text.split()
    if not tokens or len(tokens) > MAX_TYPE_TOKENS:
        return None
    return parse_type("".join(tokens))
