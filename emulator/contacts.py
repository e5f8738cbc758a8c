"""Phone numbers in one canonical form, ``+CC NATIONAL`` (``+86 13800000000``).

Every way a user may write the same number maps to the same string, so verification codes, the
per-target rate limit and accounts all key on one value: ``+086 13800000000``,
``+86 013800000000``, ``+86-138-0000-0000``, ``0086 13800000000``, ``8613800000000`` and
``13800000000`` (no country code means +86, as in the SDK) are one number.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-.()/]+")
_COUNTRY_THEN_SEPARATOR = re.compile(r"^\+[\s]*(\d{1,4})[\s\-.()/]+(.+)$")
DEFAULT_COUNTRY = "86"


def canonical_phone(raw: str) -> str:
    """``+CC NATIONAL`` for a phone number written any usual way; ValueError if it is not one.

    Separators (spaces, ``-``, ``.``, brackets) are dropped, ``00`` stands for ``+``, leading
    zeros of the country code and the national trunk prefix ``0`` are dropped. Without a
    separator after ``+CC`` only ``+86`` is recognised (country codes have 1-3 digits)."""
    text = raw.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+"):
        split = _COUNTRY_THEN_SEPARATOR.match(text)
        if split is not None:
            country, national = split.group(1), split.group(2)
        else:
            digits = text[1:].lstrip("0")
            if not digits.startswith(DEFAULT_COUNTRY):
                raise ValueError("put a space after the country code, like +86 13800000000")
            country, national = DEFAULT_COUNTRY, digits[len(DEFAULT_COUNTRY) :]
    else:
        digits = _SEPARATORS.sub("", text)
        # A national number has at most 11 digits: 12 or more starting 86 include the country.
        if digits.startswith(DEFAULT_COUNTRY) and len(digits) >= 12:
            country, national = DEFAULT_COUNTRY, digits[len(DEFAULT_COUNTRY) :]
        else:
            country, national = DEFAULT_COUNTRY, digits
    country = country.lstrip("0")
    national = _SEPARATORS.sub("", national).lstrip("0")
    if not (country.isdigit() and national.isdigit() and national.isascii() and country.isascii()):
        raise ValueError("a phone number has only digits after its country code")
    if not 1 <= len(country) <= 4 or not 5 <= len(national) <= 15:
        raise ValueError("phone number has the wrong number of digits")
    return f"+{country} {national}"


def phone_or_none(raw: str) -> str | None:
    try:
        return canonical_phone(raw)
    except ValueError:
        return None
