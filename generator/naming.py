"""Casings of a wire name, computed once, for every target to pick from.

A name on the wire (`signInAnonymously`, `provider_id`, `x-device-id`, `invalid_grant`) is split
into words once; every casing is a join of those words. Which casing a language uses, and how it
escapes its reserved words or initialisms, is the target's business (its `names` module), not this
one's: nothing here knows about any programming language.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[^0-9A-Za-z]+")
_LOWER_UPPER = re.compile(r"([a-z0-9])([A-Z])")
_ACRONYM_WORD = re.compile(r"([A-Z]+)([A-Z][a-z])")


def words(name: str) -> list[str]:
    """`signInWithProvider` -> [sign, in, with, provider]; `x-device-id` -> [x, device, id]."""
    return list(_words(name))


# Every target and the release comparison split the same few hundred names thousands of times
# in one run (naming each parameter, field and method in every snippet): split each once.
@functools.lru_cache(maxsize=8192)
def _words(name: str) -> tuple[str, ...]:
    text = _SEPARATORS.sub("_", name)
    text = _LOWER_UPPER.sub(r"\1_\2", text)
    text = _ACRONYM_WORD.sub(r"\1_\2", text)
    return tuple(w for w in text.lower().split("_") if w)


def snake_case(name: str) -> str:
    return "_".join(_words(name))


def pascal_case(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in _words(name))


def camel_case(name: str) -> str:
    pascal = pascal_case(name)
    return pascal[:1].lower() + pascal[1:]


@dataclass(frozen=True)
class Names:
    """A wire name and its casings."""

    wire: str
    snake: str  # sign_in_anonymously
    camel: str  # signInAnonymously
    pascal: str  # SignInAnonymously
    kebab: str  # sign-in-anonymously
    screaming: str  # SIGN_IN_ANONYMOUSLY
    words: tuple[str, ...]  # (sign, in, anonymously): for a target's own casing rules

    @classmethod
    def of(cls, wire: str) -> Names:
        parts = _words(wire)
        return cls(
            wire=wire,
            snake="_".join(parts),
            camel=camel_case(wire),
            pascal=pascal_case(wire),
            kebab="-".join(parts),
            screaming="_".join(parts).upper(),
            words=tuple(parts),
        )
