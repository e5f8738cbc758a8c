"""PHP names for the IR's wire names: classes, enum cases, methods and variables.

The IR gives every name its words once (`names.words`); PHP casing joins them: classes and enum
cases in PascalCase (`TokenResponse`, `NoAuthLogin`), methods and arguments in camelCase
(`getUserMe`, `$phoneNumber`). Every identifier is validated before it reaches PHP source; a
name PHP reserves gets a suffix instead of breaking the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .. import TargetError

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# Names PHP refuses as class (or enum) names, in lower case: keywords and reserved type names.
RESERVED_CLASS_NAMES = frozenset(
    {
        "abstract", "and", "array", "as", "bool", "break", "callable", "case", "catch", "class", "clone",
        "const", "continue", "declare", "default", "do", "echo", "else", "elseif", "empty", "enddeclare",
        "endfor", "endforeach", "endif", "endswitch", "endwhile", "enum", "eval", "exit", "extends", "false",
        "final", "finally", "float", "fn", "for", "foreach", "function", "global", "goto", "if", "implements",
        "include", "include_once", "instanceof", "insteadof", "int", "interface", "isset", "iterable", "list",
        "match", "mixed", "namespace", "never", "new", "null", "numeric", "object", "or", "parent", "print",
        "private", "protected", "public", "readonly", "require", "require_once", "resource", "return", "self",
        "static", "string", "switch", "throw", "trait", "true", "try", "unset", "use", "var", "void", "while",
        "xor", "yield",
    }
)  # fmt: skip

# Variables PHP gives a meaning of its own: never a parameter name.
RESERVED_VARIABLES = frozenset(
    {"this", "GLOBALS", "_SERVER", "_GET", "_POST", "_FILES", "_COOKIE", "_SESSION", "_REQUEST", "_ENV"}
)


def _pascal_word(word: str) -> str:
    return word[:1].upper() + word[1:]


def _valid(name: str, what: str) -> str:
    if not IDENTIFIER.match(name):
        raise TargetError(f"php: {what} {name!r} is not a PHP identifier; rename it in the spec")
    return name


def pascal(words: Iterable[str], what: str = "name") -> str:
    """`[token, response]` -> `TokenResponse`; a leading digit gets an `X`."""
    name = "".join(_pascal_word(w) for w in words)
    if not name:
        raise TargetError(f"php: an empty {what} has no PHP name")
    if name[0].isdigit():
        name = "X" + name
    return _valid(name, what)


def camel(words: Iterable[str], what: str = "name") -> str:
    """`[phone, number]` -> `phoneNumber`; a leading digit gets a `v`."""
    parts = [w for w in words if w]
    if not parts:
        raise TargetError(f"php: an empty {what} has no PHP name")
    name = parts[0][:1].lower() + parts[0][1:] + "".join(_pascal_word(w) for w in parts[1:])
    if name[0].isdigit():
        name = "v" + name
    return _valid(name, what)


def class_name(item: Mapping[str, Any], suffix: str = "") -> str:
    """The class name of an IR item that carries `names`: its words in PascalCase, plus
    `suffix`; a name PHP reserves (`Empty`, `List`) gets `Model` added."""
    name = pascal(item["names"]["words"], "class name") + suffix
    if name.lower() in RESERVED_CLASS_NAMES:
        name += "Model"
    return name


def variable(words: Iterable[str]) -> str:
    """A parameter or local variable (without `$`): camelCase, never `$this`."""
    name = camel(words, "argument name")
    if name in RESERVED_VARIABLES:
        name += "Value"
    return name


def enum_case(value: str) -> str:
    """An enum case for a wire value: `NO_AUTH_LOGIN` -> `NoAuthLogin`, `S256` -> `S256`,
    `urn:ietf:params:oauth:grant-type:device_code` -> `UrnIetfParamsOauthGrantTypeDeviceCode`,
    `""` -> `Blank`."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", value) if w]
    if not words:
        return "Blank"
    parts = []
    for word in words:
        # Keep runs like S256 and camelCase humps; lower an ALL-CAPS word first.
        parts.append(
            _pascal_word(
                word.lower()
                if word.isupper() and len(word) > 1 and not any(c.isdigit() for c in word)
                else word
            )
        )
    name = "".join(parts)
    if name[0].isdigit():
        name = "V" + name
    if name.lower() == "class":
        name += "Value"
    return _valid(name, "enum case")
