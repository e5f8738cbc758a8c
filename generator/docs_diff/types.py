"""Types as pages write them (`string`, `int32`, `string[]`, `string<date-time>`, `(string)nullable`)
and as the spec declares them, and whether the two agree.

Page types are parsed by hand, without regular expressions: a type is a short word at a known
place, and hand parsing cannot backtrack on a hostile line (issue 21, item 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..spec import as_dict, as_list
from .specdoc import deref

# word -> (JSON type, format); longest first, so that "integer" wins over "int" and "int32"
TYPE_WORDS: dict[str, tuple[str, str]] = dict(
    sorted(
        {
            "string": ("string", ""),
            "integer": ("integer", ""),
            "int": ("integer", ""),
            "int32": ("integer", "int32"),
            "int64": ("integer", "int64"),
            "number": ("number", ""),
            "float": ("number", "float"),
            "double": ("number", "double"),
            "boolean": ("boolean", ""),
            "bool": ("boolean", ""),
            "object": ("object", ""),
            "array": ("array", ""),
            "null": ("null", ""),
        }.items(),
        key=lambda kv: -len(kv[0]),
    )
)
FLAG_WORDS = ("required", "nullable", "deprecated", "optional", "必填", "可为空", "可选")
FLAG_NOISE = " ,;()（），；"
MAX_ARRAY_DEPTH = 8  # string[][]... deeper than this is not a type a page shows
MAX_NODES = 500  # schema nodes one type comparison walks: past this, the spec is too big to judge


@dataclass(frozen=True)
class ParsedType:
    type: str  # canonical: "string", "array<string>", "array" (items unknown)
    format: str
    required: bool
    nullable: bool


def parse_type(text: str) -> ParsedType | None:
    """`text` is a type with optional flags after it: "string", "stringrequired", "int32",
    "string[] required", "string<date-time>nullable", "array<integer>". None when it is not."""
    rest = text.strip()
    lowered = rest.lower()
    word = next((w for w in TYPE_WORDS if lowered.startswith(w)), None)
    if word is None:
        return None
    kind, fmt = TYPE_WORDS[word]
    rest = rest[len(word) :]
    if rest.startswith("<"):
        close = rest.rfind(">") if kind == "array" else rest.find(">")  # array<array<string>>
        if close < 0:
            return None
        inside = rest[1:close].strip()
        rest = rest[close + 1 :]
        if kind == "array":
            inner = parse_type(inside) if inside.count("<") < MAX_ARRAY_DEPTH else None
            if inner is None or inner.required or inner.nullable:
                return None
            kind = f"array<{inner.type}>"
        else:
            fmt = inside
    elif kind == "array" and rest.startswith("["):  # "array[string]"
        close = rest.find("]")
        inner = parse_type(rest[1:close]) if close > 1 else None
        if inner is not None:
            kind, rest = f"array<{inner.type}>", rest[close + 1 :]
    while rest.startswith("[]"):
        kind, fmt, rest = f"array<{kind}>", "", rest[2:]
        if kind.count("<") > MAX_ARRAY_DEPTH:
            return None  # no page nests arrays this deep: not a type
    flags = flag_words(rest)
    if flags is None:
        return None
    if kind == "null":
        return ParsedType("", "", "required" in flags, True)
    return ParsedType(kind, fmt, "required" in flags or "必填" in flags, "nullable" in flags or "可为空" in flags)


def flag_words(text: str) -> set[str] | None:
    """The flag words `text` is made of ("required", "nullable", ...), glued or spaced; None when
    anything else is left."""
    found: set[str] = set()
    rest = text.strip(FLAG_NOISE)
    while rest:
        lowered = rest.lower()
        word = next((w for w in FLAG_WORDS if lowered.startswith(w)), None)
        if word is None:
            return None
        found.add(word)
        rest = rest[len(word) :].strip(FLAG_NOISE)
    return found


def flags_only(text: str) -> set[str] | None:
    """A line that holds only flags ("required", "nullable"): a field line's tail wrapped onto
    the next line."""
    found = flag_words(text)
    return found if found else None


def json_type(value: Any, depth: int = 0) -> str:
    """The type a JSON example's value shows. A number from an example can be an integer or a
    number field ("numeric"); null shows nothing."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "numeric"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        inner = json_type(value[0], depth + 1) if value and depth < MAX_ARRAY_DEPTH else ""
        return f"array<{inner}>" if inner else "array"
    return ""


# --- the spec's side -------------------------------------------------------------------------


def _kinds(node: dict[str, Any]) -> set[str]:
    kind = node.get("type")
    if isinstance(kind, list):
        return {str(k) for k in kind if k != "null"}
    if isinstance(kind, str):
        return set() if kind == "null" else {kind}
    if "properties" in node or "additionalProperties" in node:
        return {"object"}
    if "items" in node:
        return {"array"}
    values = as_list(node.get("enum")) + ([node["const"]] if "const" in node else [])
    return {k for k in (_value_kind(v) for v in values) if k}


def _value_kind(value: Any) -> str:
    kind = json_type(value)
    return "integer" if kind == "numeric" else kind.split("<", 1)[0]


def _branches(node: dict[str, Any]) -> list[Any]:
    return as_list(node.get("oneOf")) + as_list(node.get("anyOf"))


def type_matches(doc: dict[str, Any], page_type: str, schema: Any, seen: set[int] | None = None) -> bool:
    """Whether a value of the page's type is one the spec's schema allows (or either is unknown).
    `seen`: the schema nodes already asked (a DAG of $refs is walked once per node)."""
    node = as_dict(deref(doc, schema))
    seen = set() if seen is None else seen
    if not page_type or id(node) in seen or len(seen) > MAX_NODES:
        return True  # already answered on this walk (a False ends it), or the spec is too big to say
    seen.add(id(node))
    branches = _branches(node)
    if branches and "type" not in node:
        return any(type_matches(doc, page_type, b, seen) for b in branches)
    for part in as_list(node.get("allOf")):
        if not type_matches(doc, page_type, part, seen):
            return False
    kinds = _kinds(node)
    if not kinds:
        return True
    if page_type == "numeric":
        return bool(kinds & {"integer", "number"})
    if page_type.startswith("array"):
        if "array" not in kinds:
            return False
        inner = page_type[len("array<") : -1] if page_type.startswith("array<") else ""
        return "items" not in node or type_matches(doc, inner, node.get("items"), set())
    return page_type in kinds


def describe(doc: dict[str, Any], schema: Any, seen: set[int] | None = None) -> str:
    """The spec's type in the page's words, for messages: "array<string>", "string | integer"."""
    node = as_dict(deref(doc, schema))
    seen = set() if seen is None else seen
    if id(node) in seen or len(seen) > MAX_NODES:
        return "..."
    seen.add(id(node))
    branches = _branches(node)
    if branches and "type" not in node:
        return " | ".join(dict.fromkeys(describe(doc, b, seen) for b in branches))
    kinds = sorted(_kinds(node))
    if not kinds:
        return "any"
    shown = []
    for kind in kinds:
        if kind == "array" and "items" in node:
            shown.append(f"array<{describe(doc, node.get('items'), seen)}>")
        else:
            shown.append(kind)
    return " | ".join(shown)


def spec_nullable(doc: dict[str, Any], schema: Any, seen: set[int] | None = None) -> bool:
    node = as_dict(deref(doc, schema))
    seen = set() if seen is None else seen
    if id(node) in seen or len(seen) > MAX_NODES:
        return False
    seen.add(id(node))
    kind = node.get("type")
    if node.get("nullable") is True or kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    if None in as_list(node.get("enum")):
        return True
    return any(spec_nullable(doc, b, seen) for b in _branches(node))


def spec_format(doc: dict[str, Any], schema: Any) -> str:
    value = as_dict(deref(doc, schema)).get("format")
    return value if isinstance(value, str) else ""
