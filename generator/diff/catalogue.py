"""The error catalogue (`x-error-codes`): one exception class (Python) or sentinel (Go) per
entry, matched by `error` name; a removed name whose status and number reappear under exactly
one new name is a rename."""

from __future__ import annotations

from typing import Any

from ..loader import pointer_join
from .engine import Comparison, as_list, text
from .model import BREAKING, NON_BREAKING, Finding, Subject, rule
from .schemas import DESCRIPTION_CHANGED

FAMILY = "catalogue"

ERROR_CODE_ADDED = rule("error-code-added", NON_BREAKING, FAMILY, "new error {name!r}",
                        "a new error code (a new exception class)")  # fmt: skip
ERROR_CODE_REMOVED = rule("error-code-removed", BREAKING, FAMILY, "error {name!r} was removed",
                          "an error code was removed (its exception class is gone)",
                          "stop catching the exception class")  # fmt: skip
ERROR_CODE_RENAMED = rule("error-code-renamed", BREAKING, FAMILY, "error {old!r} is now {new!r}",
                          "an error code was renamed (its exception class too)",
                          "catch the exception under its new name")  # fmt: skip
ERROR_CODE_STATUS_CHANGED = rule("error-code-status-changed", BREAKING, FAMILY,
                                 "error {name!r}: HTTP {old} -> {new}",
                                 "an error code's HTTP status changed (its base class too)",
                                 "catch it under its new status class")  # fmt: skip


def _catalogue(doc: dict[str, Any]) -> dict[str, tuple[int, dict[str, Any]]]:
    return {
        str(e["error"]): (i, e)
        for i, e in enumerate(as_list(doc.get("x-error-codes")))
        if isinstance(e, dict) and "error" in e
    }


def _ptr(i: int) -> str:
    return pointer_join("", "x-error-codes", i)


def check(cmp: Comparison) -> None:
    old, new = _catalogue(cmp.old.doc), _catalogue(cmp.new.doc)
    found: list[Finding] = []
    removed = sorted(old.keys() - new.keys())
    added = sorted(new.keys() - old.keys())
    signature = {name: (new[name][1].get("status"), new[name][1].get("error_code")) for name in added}
    for name in removed:
        i, entry = old[name]
        same = [a for a in added if signature[a] == (entry.get("status"), entry.get("error_code"))]
        if len(same) == 1:
            target = same[0]
            added.remove(target)
            found.append(cmp.found(ERROR_CODE_RENAMED, {"old": name, "new": target}, _ptr(i), _ptr(new[target][0]),
                                   subject=Subject("error-code", name=target, old_name=name)))  # fmt: skip
        else:
            found.append(cmp.found(ERROR_CODE_REMOVED, {"name": name}, _ptr(i),
                                   subject=Subject("error-code", name=name)))  # fmt: skip
    for name in added:
        found.append(cmp.found(ERROR_CODE_ADDED, {"name": name}, "", _ptr(new[name][0]),
                               subject=Subject("error-code", name=name)))  # fmt: skip
    for name in sorted(old.keys() & new.keys()):
        (i, a), (j, b) = old[name], new[name]
        subject = Subject("error-code", name=name)
        if a.get("status") != b.get("status"):
            found.append(cmp.found(ERROR_CODE_STATUS_CHANGED, {"name": name, "old": a.get("status"),
                                   "new": b.get("status")}, _ptr(i) + "/status", _ptr(j) + "/status",
                                   subject=subject))  # fmt: skip
        if text(a.get("description")) != text(b.get("description")):
            found.append(cmp.found(DESCRIPTION_CHANGED, {"label": f"error {name!r}"}, _ptr(i) + "/description",
                                   _ptr(j) + "/description", subject=subject))  # fmt: skip
    cmp.attach(found, None)
