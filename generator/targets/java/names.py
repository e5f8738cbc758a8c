"""Java names for the IR's wire names: classes in PascalCase, members in camelCase, and the words
Java (or the generated classes' own members) already use, refused or suffixed.

The IR gives every name its words once (`names.words`); a Java name is a join of those words.
Every name that reaches Java source passes `identifier`, which refuses anything that is not a
plain Java identifier (spec text never becomes code)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .. import TargetError

# JLS 3.9 keywords, the literals, and the contextual words a field must not be named.
KEYWORDS = frozenset(
    {
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
        "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
        "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
        "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
        "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
        "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
        "_",
    }
)  # fmt: skip

# Members every generated model (and java.lang.Object) has: a field must not take one.
MODEL_MEMBERS = frozenset(
    {
        "toJson", "fromJson", "builder", "toBuilder", "build", "toString", "hashCode", "equals",
        "getClass", "notify", "notifyAll", "wait", "clone", "finalize",
    }
)  # fmt: skip

# Locals a snippet declares for itself: a page variable must not shadow them (`env` and
# `baseUrl` are the page values of those names, declared by the setup).
RESERVED_LOCALS = frozenset({"client", "args", "builder", "stdin"})

_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def identifier(name: str, what: str) -> str:
    """`name` when it is a plain Java identifier and no keyword; a TargetError otherwise."""
    if not _IDENTIFIER.fullmatch(name) or name in KEYWORDS:
        raise TargetError(
            f"java: {what} would be named {name!r}, which is not a Java identifier; rename it in the spec"
        )
    return name


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def pascal(words: Iterable[str]) -> str:
    """`[provider, id]` -> `ProviderId`; a name starting with a digit gets an `X` in front."""
    name = "".join(_cap(w) for w in words)
    if not name:
        raise TargetError("java: an empty name has no Java identifier")
    return name if not name[0].isdigit() else "X" + name


def camel(words: Iterable[str]) -> str:
    """`[anonymous, token]` -> `anonymousToken`; keywords and digits get a suffix or prefix."""
    parts = list(words)
    if not parts:
        raise TargetError("java: an empty name has no Java identifier")
    name = parts[0] + "".join(_cap(w) for w in parts[1:])
    if name[0].isdigit():
        name = "v" + name
    if name in KEYWORDS:
        name += "Value"
    return name


def member(words: Iterable[str]) -> str:
    """A model's field/getter name: camelCase, never one of the model's own members."""
    name = camel(words)
    if name in MODEL_MEMBERS:
        name += "Value"
    return name


def class_of(item: Mapping[str, Any]) -> str:
    return pascal(item["names"]["words"])


def member_of(item: Mapping[str, Any]) -> str:
    return member(item["names"]["words"])


def local(words: Iterable[str]) -> str:
    """A snippet's local variable: camelCase, never one the snippet declares itself."""
    name = camel(words)
    if name in RESERVED_LOCALS:
        name += "Value"
    return name
