"""Examples of parameters, request bodies and answers: documentation only."""

from __future__ import annotations

from typing import Any

from .engine import Comparison
from .model import DOCS, Finding, rule

FAMILY = "examples"

EXAMPLE_CHANGED = rule("example-changed", DOCS, FAMILY, "{what}", "an example changed")


def check(cmp: Comparison, om: dict[str, Any], omp: str, nm: dict[str, Any], nmp: str, what: str) -> list[Finding]:
    if om.get("example") != nm.get("example") or om.get("examples") != nm.get("examples"):
        return [cmp.found(EXAMPLE_CHANGED, {"what": what}, omp, nmp)]
    return []
