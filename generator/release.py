"""Releases: the released specs, the generated packages' version, the guard `authgen generate`
runs, and the changelog users read (`generated/python/CHANGELOG.md`).

Every released spec is kept next to the spec as `released/<info.version>.yaml` (the newest is
the baseline). The generated package's version is the spec's `info.version`, plus a fourth
component when the generator changed the generated code on its own (GENERATOR_REVISION; see
CONTRIBUTING.md, "Versions"). A breaking change since the newest released spec needs a raised
major version; `generate` refuses otherwise (`--allow-breaking` for the deliberate case).
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import diff
from .diff import BREAKING, DOCS, NON_BREAKING, Change, DiffError, Spec, parse_version

RELEASED_DIR = "released"
# Raised (never reset) when a generator change alters what the generated code does in a
# compatible way while the spec's version stays the same: the package version becomes
# `<info.version>.<GENERATOR_REVISION>` (PEP 440 orders 1.1.0 < 1.1.0.1 < 1.1.1). 0 adds nothing.
GENERATOR_REVISION = 0


class ReleaseError(Exception):
    """generate must not write; the message is one line that says what to do."""


def released_dir(spec_path: Path) -> Path:
    return spec_path.parent / RELEASED_DIR


def released_specs(spec_path: Path) -> list[tuple[tuple[int, int, int], Path]]:
    """(version, file) of every released spec, oldest first; files not named X.Y.Z.yaml are ignored."""
    directory = released_dir(spec_path)
    if not directory.is_dir():
        return []
    found = []
    for path in directory.glob("*.yaml"):
        version = parse_version(path.stem)
        if version is not None:
            found.append((version, path))
    return sorted(found)


def package_version(spec_version: str, revision: int = GENERATOR_REVISION) -> str:
    return spec_version if revision == 0 else f"{spec_version}.{revision}"


def _label(version: tuple[int, int, int]) -> str:
    return ".".join(map(str, version))


@dataclass(frozen=True)
class Verdict:
    baseline: str  # the released version compared with, "" when nothing was released
    version: str  # the spec's info.version
    changes: list[Change]
    warnings: list[str]


def _compare_latest(spec_path: Path, baseline: Path) -> tuple[Spec, Spec, tuple[Change, ...]]:
    """The newest released spec, the working spec (with its cookbook pages) and the changes
    between them. `authgen generate` needs them twice (the guard, then the changelog): they are
    computed once per content of the files they come from (and working directory: the labels)."""
    from .cookbook import cookbook_path

    digest = hashlib.sha256(os.getcwd().encode())
    for path in (baseline, spec_path, cookbook_path(spec_path)):
        digest.update(b"\0" + str(path.resolve()).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:  # no cookbook; an unreadable spec fails in load_spec, located
            digest.update(b"\1")
    return _compared(digest.hexdigest(), spec_path, baseline)


@functools.lru_cache(maxsize=4)
def _compared(_key: str, spec_path: Path, baseline: Path) -> tuple[Spec, Spec, tuple[Change, ...]]:
    old, new = diff.load_spec(baseline, with_pages=False), diff.load_spec(spec_path)
    return old, new, tuple(diff.compare(old, new))


def _describe(change: Change) -> str:
    ops = f"{', '.join(change.operations)}: " if change.operations else ""
    affects = f" ({', '.join(change.affects)})" if change.affects else ""
    return f"[{change.rule}] {ops}{change.message}{affects}"


# The changelog written here is the Python package's (generated/python/CHANGELOG.md): its names,
# types and levels are the python target's, as `authgen diff` reports them per target.
CHANGELOG_TARGET = "python"


def verdict(spec_path: Path, *, allow_breaking: bool = False) -> Verdict:
    """Compare the spec with the newest released one; ReleaseError when generate must refuse."""
    released = released_specs(spec_path)
    if not released:
        return Verdict("", "", [], [])
    base_version, base_path = released[-1]
    try:
        _old, new, found = _compare_latest(spec_path, base_path)
        changes = list(found)
    except DiffError as exc:
        raise ReleaseError(f"cannot compare with the released spec: {exc}") from None
    base = _label(base_version)
    current = parse_version(new.version)
    if current is None:
        raise ReleaseError(f"{new.loaded.display}: info.version {new.version!r} is not MAJOR.MINOR.PATCH")
    warnings: list[str] = []
    breaking = [c for c in changes if c.level == BREAKING]
    if current < base_version:
        raise ReleaseError(f"info.version {new.version} is lower than the released {base}")
    if breaking and current[0] <= base_version[0]:
        bump = f"{base_version[0] + 1}.0.0"
        message = (
            f"{len(breaking)} breaking change(s) since the released spec {base} but info.version is "
            f"{new.version}: raise info.version to {bump} in {new.loaded.display} (or pass --allow-breaking); "
            f"first: {_describe(breaking[0])}"
        )
        if not allow_breaking:
            raise ReleaseError(message)
        warnings.append(f"warning: --allow-breaking: {message}")
    elif current == base_version and changes:
        additive = any(c.level == NON_BREAKING for c in changes)
        major, minor, patch = base_version
        bump = f"{major}.{minor + 1}.0" if additive else f"{major}.{minor}.{patch + 1}"
        warnings.append(
            f"warning: the spec changed since the released {base} ({len(changes)} change(s)) but info.version "
            f"is still {new.version}: raise it to {bump} before releasing"
        )
    return Verdict(base, new.version, changes, warnings)


# --- the changelog -------------------------------------------------------------------------


def _code(name: str) -> str:
    return f"`{name}`"


def _bullet(change: Change, *, advice: bool = False, target: str = CHANGELOG_TARGET) -> str:
    where = f" ({', '.join(change.operations)})" if change.operations else ""
    generated = change.names(target)
    names = ", ".join(_code(a) for a in generated[:MAX_NAMES]) + (
        f" and {len(generated) - MAX_NAMES} more" if len(generated) > MAX_NAMES else ""
    )
    head = f"{names}: " if names else ""
    text = f"- {head}{change.message}{where}."
    retype = change.retype(target)
    if retype is not None:
        text += f" Its type changes from {_code(retype.old_type)} to {_code(retype.new_type)}."
    if advice and change.advice:
        text += f" **What to change:** {change.advice}."
    if change.pages:
        more = len(change.pages) - MAX_PAGES
        shown = ", ".join(change.pages[:MAX_PAGES]) + (f" and {more} more" if more > 0 else "")
        text += f" Cookbook: {shown}."
    return text


# What a release note lists under "Added", in this order (new calls first).
ADDED_RULES = (
    "operation-added",
    "request-parameter-added-optional",
    "request-body-added-optional",
    "request-field-added-optional",
    "request-enum-value-added",
    "response-field-added",
    "error-code-added",
    "server-added",
    "security-alternative-added",
)
MAX_PAGES = 3
MAX_NAMES = 4


def release_notes(title: str, changes: list[Change], target: str = CHANGELOG_TARGET) -> list[str]:
    """One release's section: breaking first (with what to change), then added, changed, docs;
    each change at the level `target`'s users feel it."""
    lines = [f"## {title}", ""]
    if not changes:
        return [*lines, "No changes to the API.", ""]
    level = {id(c): c.level_for(target) for c in changes}
    groups: list[tuple[str, list[Change], bool]] = [
        ("Breaking changes: what you must change", [c for c in changes if level[id(c)] == BREAKING], True),
        (
            "Added",
            sorted(
                (c for c in changes if c.rule in ADDED_RULES and level[id(c)] != BREAKING),
                key=lambda c: ADDED_RULES.index(c.rule),
            ),
            False,
        ),
        (
            "Changed",
            [c for c in changes if level[id(c)] == NON_BREAKING and c.rule not in ADDED_RULES],
            False,
        ),
        ("Documentation", [c for c in changes if level[id(c)] == DOCS], False),
    ]
    for heading, items, advice in groups:
        if not items:
            continue
        lines += [f"### {heading}", ""]
        if heading == "Documentation":
            lines += _docs_summary(items)
        else:
            lines += [_bullet(c, advice=advice) for c in items]
        lines.append("")
    return lines


def _docs_summary(changes: list[Change]) -> list[str]:
    """Docs-only changes, one line per operation (or part of the spec): what was reworded."""
    by_place: dict[str, dict[str, int]] = {}
    for change in changes:
        place = ", ".join(change.operations) or "the API"
        counts = by_place.setdefault(place, {"operation": 0, "description": 0, "example": 0, "tag": 0})
        kind = {
            "operation-description-changed": "operation",
            "example-changed": "example",
            "operation-tag-changed": "tag",
        }.get(change.rule, "description")
        counts[kind] += 1
    lines = []
    for place, counts in by_place.items():
        parts = []
        if counts["operation"]:
            parts.append("the operation's description")
        if counts["description"]:
            parts.append(_plural(counts["description"], "field description"))
        if counts["example"]:
            parts.append(_plural(counts["example"], "example"))
        if counts["tag"]:
            parts.append("its tag")
        lines.append(f"- {place}: updated {', '.join(parts)}.")
    return lines


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def changelog(spec_path: Path) -> str:
    """The package changelog: the unreleased changes (if any), then every release, newest first."""
    released = released_specs(spec_path)
    lines = [
        "# Changelog of cloudbase-auth",
        "",
        "Written by `authgen generate` from the differences between the released versions of the",
        "CloudBase Auth spec (`spec/released/`); the version is the spec's `info.version`.",
        "",
    ]
    if not released:
        return "\n".join([*lines, "Nothing released yet.", ""])
    try:
        newest, current, found = _compare_latest(spec_path, released[-1][1])
        specs = [*(diff.load_spec(path, with_pages=False) for _v, path in released[:-1]), newest]
    except DiffError as exc:
        return "\n".join([*lines, f"The changelog could not be written: {exc}", ""])
    base_version = released[-1][0]
    changes = list(found)
    if changes or parse_version(current.version) != base_version:
        version = parse_version(current.version)
        title = (
            f"{package_version(current.version)} (unreleased)"
            if version is not None and version > base_version
            else f"Unreleased (info.version is still {current.version})"
        )
        lines += release_notes(title, changes)
    for index in range(len(specs) - 1, 0, -1):
        lines += release_notes(_label(released[index][0]), diff.compare(specs[index - 1], specs[index]))
    first = specs[0]
    operations = diff.operation_count(first)
    lines += [f"## {_label(released[0][0])}", "", f"First release: {operations} operations.", ""]
    return "\n".join(lines)


def extras(spec_path: Path, doc: dict[str, Any]) -> dict[str, str]:
    """What the templates read from `api.extras`: the package version and the changelog."""
    version = str((doc.get("info") or {}).get("version", ""))
    return {"package_version": package_version(version), "changelog": changelog(spec_path)}
