"""The spec's `info.version` as MAJOR.MINOR.PATCH."""

from __future__ import annotations

import re

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def parse_version(text: str) -> tuple[int, int, int] | None:
    m = _SEMVER.match(text.strip())
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def major_raised(old: str, new: str) -> bool:
    """Does `new` raise the major version of `old` (both MAJOR.MINOR.PATCH)?"""
    a, b = parse_version(old), parse_version(new)
    return a is not None and b is not None and b[0] > a[0]
