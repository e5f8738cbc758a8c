"""Read a YAML document safely and remember where every value came from.

PyYAML builds objects that share aliased nodes, so a "billion laughs" file is small in memory
but explodes when anything walks it. We compose the node graph first, measure its expanded
size with a memo, and refuse it before constructing Python objects.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Level, Problem, SpecError

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_EXPANDED_NODES = 200_000  # the real spec has a few thousand


@dataclass(frozen=True)
class Loaded:
    """A parsed YAML document plus a JSON-pointer -> line index."""

    path: Path
    display: str  # the path as shown in messages (relative when possible)
    data: Any
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, pointer: str) -> int:
        """The line of `pointer`, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return 0
            pointer = pointer.rsplit("/", 1)[0]

    def problem(self, pointer: str, rule: str, message: str, level: Level = Level.ERROR) -> Problem:
        return Problem(self.display, self.line_of(pointer), pointer, level, rule, message)


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_join(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape(str(t)) for t in tokens)


def display_path(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def _fail(display: str, rule: str, message: str, line: int = 0) -> SpecError:
    return SpecError(Problem(display, line, "", Level.ERROR, rule, message))


def load_yaml(path: str | os.PathLike[str], *, kind: str = "spec") -> Loaded:
    """Load `path` or raise SpecError with a one-line, located message."""
    p = Path(path)
    shown = display_path(p)
    if not p.exists():
        raise _fail(shown, "file", f"{kind} file not found")
    if p.is_dir():
        raise _fail(shown, "file", f"is a directory, expected a {kind} file")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise _fail(shown, "file", f"cannot read: {exc.strerror}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _fail(shown, "file", f"file is larger than {MAX_FILE_BYTES // 1024 // 1024} MiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _fail(shown, "encoding", f"not UTF-8 (byte {exc.start})", line) from None
    if not text.strip():
        raise _fail(shown, "empty", f"{kind} file is empty")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        reason = exc.problem or exc.context or "invalid YAML"
        raise _fail(shown, "yaml", f"YAML syntax error: {reason}", line) from None
    except yaml.YAMLError as exc:
        raise _fail(shown, "yaml", f"YAML error: {exc}") from None
    if node is None:
        raise _fail(shown, "empty", f"{kind} file is empty")
    size = _expanded_size(node, {})
    if size > MAX_EXPANDED_NODES:
        raise _fail(
            shown, "yaml-aliases", f"YAML aliases expand to more than {MAX_EXPANDED_NODES} nodes (alias bomb?)"
        )
    lines: dict[str, int] = {}
    duplicate = _index(node, "", lines)
    if duplicate is not None:
        pointer, line = duplicate
        raise SpecError(Problem(shown, line, pointer, Level.ERROR, "yaml-duplicate-key", "duplicate key"))
    try:
        data = yaml.SafeLoader(text).get_single_data()  # same text: safe, no custom tags
    except yaml.YAMLError as exc:  # e.g. an unknown tag only the constructor notices
        raise _fail(shown, "yaml", f"YAML error: {str(exc).splitlines()[0]}") from None
    return Loaded(p, shown, data, lines)


def _expanded_size(node: yaml.Node, memo: dict[int, int], visiting: set[int] | None = None) -> int:
    """Nodes after alias expansion, or MAX_EXPANDED_NODES + 1 for a cycle (a recursive alias)."""
    visiting = set() if visiting is None else visiting
    key = id(node)
    if key in memo:
        return memo[key]
    if key in visiting:
        return MAX_EXPANDED_NODES + 1
    visiting.add(key)
    total = 1
    children: list[yaml.Node] = []
    if isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    elif isinstance(node, yaml.MappingNode):
        children = [n for pair in node.value for n in pair]
    for child in children:
        total += _expanded_size(child, memo, visiting)
        if total > MAX_EXPANDED_NODES:
            break
    visiting.discard(key)
    memo[key] = total
    return total


def _index(node: yaml.Node, pointer: str, lines: dict[str, int]) -> tuple[str, int] | None:
    """Record each pointer's line; return the first duplicate mapping key, if any."""
    if pointer in lines:  # an alias already indexed through another path
        return None
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value in node.value:
            key = str(key_node.value)
            child = pointer_join(pointer, key)
            if key in seen:
                return child, key_node.start_mark.line + 1
            seen.add(key)
            found = _index(value, child, lines)
            if found:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            found = _index(value, pointer_join(pointer, i), lines)
            if found:
                return found
    return None
