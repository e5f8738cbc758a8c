"""Read a YAML document safely and remember where every value came from.

PyYAML builds objects that share aliased nodes, so a "billion laughs" file is small in memory
but explodes when anything walks it. We compose the node graph first, measure its expanded
size with a memo, and refuse it before constructing Python objects.
"""

from __future__ import annotations

import copy
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from authspec.files import NotARegularFile, NotUtf8, decode_utf8, read_regular_file
from authspec.reading import escape as escape
from authspec.reading import pointer_join as pointer_join

from .problems import Level, Problem, SpecError

MAX_FILE_BYTES = 1024 * 1024  # the real spec is ~70 KiB; pure-Python YAML needs ~2 s per MiB
MAX_EXPANDED_NODES = 200_000  # the real spec has a few thousand
MAX_DEPTH = 64  # the real spec nests ~15 deep; deeper input would exhaust Python's stack later
MAX_MESSAGE = 300


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
            if "/" not in pointer:  # the root (""), or not a JSON pointer at all: no line known
                return self.lines.get("", 0) if pointer else 0
            pointer = pointer.rsplit("/", 1)[0]

    def problem(self, pointer: str, rule: str, message: str, level: Level = Level.ERROR) -> Problem:
        return Problem(
            self.display, self.line_of(pointer), printable(pointer), level, rule, one_line(message)
        )


def printable(pointer: str) -> str:
    """A pointer built from YAML keys may hold newlines or other control characters: escape them."""
    if pointer.isprintable():
        return pointer
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in pointer)


def one_line(message: str, limit: int = MAX_MESSAGE) -> str:
    """Collapse whitespace (a problem is exactly one output line) and cap the length."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def display_path(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def _fail(display: str, rule: str, message: str, line: int = 0, pointer: str = "") -> SpecError:
    return SpecError(Problem(display, line, pointer, Level.ERROR, rule, one_line(message)))


FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: str | os.PathLike[str], *, kind: str = "spec") -> Loaded:
    """Load `path` or raise SpecError with a one-line, located message. Never raises anything else."""
    p = Path(path)
    shown = display_path(p)
    try:
        return _load(p, shown, kind)
    except SpecError:
        raise
    except RecursionError:
        raise _fail(shown, "yaml-depth", f"YAML nesting is deeper than {MAX_DEPTH} levels") from None
    except Exception as exc:  # a last resort: the user gets a line, never a traceback
        raise _fail(shown, "internal", f"cannot load {kind}: {type(exc).__name__}: {exc}") from None


def _load(p: Path, shown: str, kind: str) -> Loaded:
    try:
        if not p.exists():
            raise _fail(shown, "file", f"{kind} file not found")
        if p.is_dir():
            raise _fail(shown, "file", f"is a directory, expected a {kind} file")
        if p.stat().st_size > MAX_FILE_BYTES:  # before reading: /dev/zero-like or huge files
            raise _fail(shown, "file", f"file is larger than {MAX_FILE_BYTES // 1024} KiB")
        raw = read_regular_file(p, MAX_FILE_BYTES + 1)
    except NotARegularFile as exc:
        raise _fail(shown, "file", f"{exc}, expected a {kind} file") from None
    except OSError as exc:
        raise _fail(shown, "file", f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _fail(shown, "file", f"file is larger than {MAX_FILE_BYTES // 1024} KiB")
    key = (str(p.resolve()), shown, kind)
    with _PARSED_LOCK:
        remembered = _PARSED.get(key)
    if remembered is not None and remembered[0] == raw:
        return _copy(remembered[1], p)
    loaded = _parse(p, shown, kind, raw)
    with _PARSED_LOCK:
        _PARSED[key] = (raw, loaded)
        while len(_PARSED) > _PARSED_KEPT:
            _PARSED.popitem(last=False)
    return _copy(loaded, p)


# The documents this process parsed, by file, with the bytes they were parsed from: a file read
# again with the same bytes is not parsed again. `authgen generate` parses the spec in one process
# before forking the validation and release-comparison workers, which then only compare bytes.
# The file is still read every time (a change is never missed, and the cache's dependency
# recording sees the read); each caller gets its own copy of the data (callers may change it).
_PARSED: OrderedDict[tuple[str, str, str], tuple[bytes, Loaded]] = OrderedDict()
_PARSED_KEPT = 8
_PARSED_LOCK = threading.Lock()  # a threaded host (a test server) may load from several threads


def _copy(loaded: Loaded, path: Path) -> Loaded:
    return Loaded(path, loaded.display, copy.deepcopy(loaded.data), dict(loaded.lines))


def _parse(p: Path, shown: str, kind: str, raw: bytes) -> Loaded:
    try:
        text = decode_utf8(raw)
    except NotUtf8 as exc:
        raise _fail(shown, "encoding", str(exc), exc.line) from None
    if not text.strip():
        raise _fail(shown, "empty", f"{kind} file is empty")
    # libyaml parses ~10x faster; the pure-Python parser only runs again to word an error the
    # same way on every machine (with or without libyaml).
    loader = FAST_LOADER(text)
    try:
        node = loader.get_single_node()
    except (yaml.YAMLError, RecursionError):
        # Too deep for a parser's own nesting limit (libyaml >= 0.2.5 stops at 1000, with a
        # wording of its own) or for Python's stack (the pure-Python composer recurses): say
        # where the nesting goes too deep, from the event stream, before anything else.
        loader.dispose()
        _check_depth(shown, text, FAST_LOADER)
        node = _compose_slowly(shown, text)  # raises the located error
        loader = yaml.SafeLoader(text)
    if node is None:
        loader.dispose()
        raise _fail(shown, "empty", f"{kind} file is empty")
    _check_size(node, shown)
    lines: dict[str, int] = {}
    duplicate = _index(node, "", lines)
    if duplicate is not None:
        pointer, line, key = duplicate
        raise _fail(shown, "yaml-duplicate-key", f"duplicate key {key!r}", line, pointer)
    try:
        data = loader.construct_document(node)  # the checked node graph itself: safe, no custom tags
    except yaml.YAMLError:  # e.g. an unknown tag or an unhashable key: only the constructor notices
        try:
            yaml.SafeLoader(text).get_single_data()
        except yaml.YAMLError as exc:
            raise _yaml_fail(shown, "YAML error", exc, text) from None
        raise  # pragma: no cover - the two parsers disagree
    finally:
        loader.dispose()
    return Loaded(p, shown, data, lines)


def _check_depth(shown: str, text: str, loader: type[yaml.SafeLoader]) -> None:
    """Raise yaml-depth at the first node nested deeper than MAX_DEPTH, if `loader` can parse
    that far: a syntax error (or the parser's own nesting limit) first ends the scan quietly.

    Parsing into events keeps an explicit stack (no recursion), so this works on text of any
    depth and locates the problem itself, whatever the parser's own limits and messages are.
    The depth is counted as `_check_size` counts it (the root is at depth 0)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent, yaml.CollectionStartEvent)):
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else 0
                    raise _fail(shown, "yaml-depth", f"YAML nesting is deeper than {MAX_DEPTH} levels", line)
                if isinstance(event, yaml.CollectionStartEvent):
                    depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return


def _compose_slowly(shown: str, text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _yaml_fail(shown, "YAML syntax error", exc, text) from None
    except RecursionError:
        # libyaml's scanner looks ahead (up to 1024 characters on a line) and may stop at its own
        # nesting limit before the scan above reached MAX_DEPTH; the pure-Python one has no limit
        _check_depth(shown, text, yaml.SafeLoader)
        raise _fail(shown, "yaml-depth", f"YAML nesting is deeper than {MAX_DEPTH} levels") from None


def _yaml_fail(shown: str, what: str, exc: yaml.YAMLError, text: str) -> SpecError:
    """A one-line message with the line of a PyYAML error (marked or not)."""
    line = 0
    reason: str | None = None
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        reason = exc.problem or exc.context
        if exc.problem and exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            # e.g. an unclosed bracket: PyYAML notices lines later; say where the construct began
            reason = f"{exc.problem} ({exc.context} at line {exc.context_mark.line + 1})"
    elif isinstance(exc, yaml.reader.ReaderError):  # a control character, e.g. NUL
        line = text[: exc.position].count("\n") + 1
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or " ")
        reason = f"control character U+{code:04X} is not allowed in YAML"
    if not reason:
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
    return _fail(shown, "yaml", f"{what}: {reason}", line)


def _check_size(root: yaml.Node, shown: str) -> None:
    """Refuse alias bombs, recursive aliases, and documents too big or too deep to walk."""
    memo: dict[int, tuple[int, int]] = {}  # node -> (expanded size, height)
    on_path: set[int] = set()
    aliased = False

    def too_deep(node: yaml.Node) -> SpecError:
        line = node.start_mark.line + 1
        return _fail(shown, "yaml-depth", f"YAML nesting is deeper than {MAX_DEPTH} levels", line)

    def size(node: yaml.Node, depth: int) -> tuple[int, int]:
        nonlocal aliased
        key = id(node)
        if key in on_path:
            line = node.start_mark.line + 1
            raise _fail(
                shown, "yaml-aliases", f"recursive YAML alias: the node at line {line} contains itself", line
            )
        if key in memo:
            aliased = True
            if depth + memo[key][1] > MAX_DEPTH:  # a chain of aliases can nest deeper than the text
                raise too_deep(node)
            return memo[key]
        if depth > MAX_DEPTH:
            raise too_deep(node)
        on_path.add(key)
        total = 1
        height = 0
        children: list[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        for child in children:
            child_size, child_height = size(child, depth + 1)
            total += child_size
            height = max(height, child_height + 1)
            if total > MAX_EXPANDED_NODES:
                line = node.start_mark.line + 1
                if aliased:
                    raise _fail(
                        shown,
                        "yaml-aliases",
                        f"YAML aliases expand the node at line {line} to more than {MAX_EXPANDED_NODES} nodes"
                        " (alias bomb?)",
                        line,
                    )
                raise _fail(
                    shown, "yaml-size", f"the document has more than {MAX_EXPANDED_NODES} nodes", line
                )
        on_path.discard(key)
        memo[key] = (total, height)
        return memo[key]

    size(root, 0)


def _index(node: yaml.Node, pointer: str, lines: dict[str, int]) -> tuple[str, int, str] | None:
    """Record each pointer's line; return the first duplicate mapping key (pointer, line, key), if any."""
    if pointer in lines:  # an alias already indexed through another path
        return None
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[tuple[str, str]] = set()
        for key_node, value in node.value:
            key = str(key_node.value)
            child = pointer_join(pointer, key)
            # `1:` and `"1":` are different keys; `<<` merge keys may repeat
            identity = (key_node.tag, key)
            if identity in seen and key_node.tag != "tag:yaml.org,2002:merge":
                return child, key_node.start_mark.line + 1, key
            seen.add(identity)
            found = _index(value, child, lines)
            if found:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            found = _index(value, pointer_join(pointer, i), lines)
            if found:
                return found
    return None
