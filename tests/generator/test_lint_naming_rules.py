"""Lint's naming rules (generator/lint.py, `_naming_rules` and the functions it calls), through
`lint_spec` on specs a maintainer could write: every problem's level, rule, pointer line and
message, so a rule that reports the wrong thing, at the wrong place, or not at all fails here.
Mutation run of brief M8 (TESTING.md, issue 28 item 10)."""

from __future__ import annotations
