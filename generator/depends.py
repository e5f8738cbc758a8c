"""What a step of `authgen generate` read: the files and folders its result depends on.

A cached result may be reused only while everything it was made from is unchanged. Some inputs
are known before a step runs and go into its key (the spec files, the generator's source, the
installed tools: see `generator/memo.py`). The rest (which templates a target renders, which
runtime files it copies, what lint reads from the client's templates) is found by watching the
step run: Python raises an audit event (PEP 578) for every file it opens and every folder it
lists, and the recorder keeps those of the step's thread. Nothing has to be declared, so a
template a target starts reading tomorrow is a dependency tomorrow, without anyone updating a
list.

What the recorder sees and what it cannot:

- every `open()`, `os.open()`, `shutil.copyfile`, folder listing (`os.listdir`, `os.scandir`,
  so `Path.glob`, `rglob`, `iterdir`) of the step's thread in this process;
- a write outside the step's own output (bytecode the import system caches in `__pycache__`
  aside), or a program started from outside the Python installation, makes the step's result
  not reusable (`Recording.reusable` is False): the cache could not replay it;
- the folders on `sys.path` are listed by the import system looking for modules, and the
  Python installation is read by imports: both are the environment, which every key
  fingerprints (`memo.environment_fingerprint`), so they are not dependencies;
- a step that decides something from `os.stat` alone (`Path.exists()`, `is_file()`) without
  opening or listing is not seen. Templates are therefore depended on by whole top-level
  folder (`templates/docs/`): reading any file of it makes every file of it a dependency, so
  `{% include ... ignore missing %}` or an `exists()` check inside a template folder is covered.
- memoised reads (a `functools.cache` that read a file in an earlier step) happen before the
  recording: `forget_memoised_reads` clears the generator's own caches before a recorded step.
"""

from __future__ import annotations

import functools
import os
import sys
import sysconfig
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_LISTINGS = frozenset({"os.listdir", "os.scandir"})


@dataclass
class Recording:
    """The raw observations of one step (absolute paths, as the step named them)."""

    thread: int
    outputs: tuple[str, ...]  # folders the step may write to (its staging folder)
    read: set[str] = field(default_factory=set)
    listed: set[str] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)  # why its result cannot be reused
    started: float = field(default_factory=time.time)  # a file changed after this was not what it read

    @property
    def reusable(self) -> bool:
        return not self.refused

    def _is_output(self, path: str) -> bool:
        return any(path == root or path.startswith(root + os.sep) for root in self.outputs)


_active: Recording | None = None
_installed = False


def _path_of(value: object) -> str | None:
    if isinstance(value, int):  # a descriptor: os.scandir(fd), open(fd); nothing new is read
        return None
    if not isinstance(value, (str, bytes, os.PathLike)):
        return None
    text = os.fsdecode(os.fspath(value))
    return os.path.abspath(text)


def _writes(mode: object, flags: object) -> bool:
    if isinstance(mode, str):
        return any(c in mode for c in "wax+")
    return isinstance(flags, int) and bool(flags & _WRITE_FLAGS)


# Folders of compiled templates (`templating.compiled_templates`): like `__pycache__`, a cache
# of code a step compiled, not something it made.
CODE_CACHES: set[str] = set()


def _bytecode(path: str) -> bool:
    """A file the import system writes next to a module it compiled (`__pycache__/x.pyc` and
    its temporary name), or jinja's compiled template: a cache of code, not something a step made."""
    folder = os.path.dirname(path)
    return os.path.basename(folder) == "__pycache__" or folder in CODE_CACHES


def _hook(event: str, args: tuple[object, ...]) -> None:
    recording = _active
    if recording is None or threading.get_ident() != recording.thread:
        return
    if event == "open":
        path = _path_of(args[0])
        if path is None:
            return
        if _writes(args[1] if len(args) > 1 else None, args[2] if len(args) > 2 else None):
            if not recording._is_output(path) and not _bytecode(path):
                recording.refused.append(f"wrote {path}")
        elif not recording._is_output(path):
            recording.read.add(path)
    elif event in _LISTINGS:
        path = _path_of(args[0] if args else ".")
        if path is not None and not recording._is_output(path):
            recording.listed.add(path)
    elif event == "subprocess.Popen":
        executable = _path_of(args[0]) or ""
        if not any(executable.startswith(root + os.sep) for root in python_installation()):
            recording.refused.append(f"ran {args[0]!r}")
    elif event in ("os.rename", "os.remove", "os.rmdir", "shutil.rmtree", "os.symlink", "os.link"):
        path = _path_of(args[0]) if args else None
        if path is None or not (recording._is_output(path) or _bytecode(path)):
            recording.refused.append(f"{event} {args[0] if args else ''}")


@contextmanager
def recording(outputs: Iterable[os.PathLike[str] | str] = ()) -> Iterator[Recording]:
    """Record what the calling thread reads until the block ends (one recording at a time)."""
    global _active, _installed
    if not _installed:
        sys.addaudithook(_hook)  # once per process (a hook cannot be removed); idle between steps
        _installed = True
    if _active is not None:
        raise RuntimeError("a recording is already running")
    roots = tuple(os.path.abspath(os.fspath(p)) for p in outputs)
    record = Recording(threading.get_ident(), roots)
    _active = record
    try:
        yield record
    finally:
        _active = None


def observe(work: Callable[[], T], outputs: Iterable[os.PathLike[str] | str] = ()) -> tuple[T, Recording]:
    """`work()` and what it read (see `recording`), with the generator's memos cleared first.
    Picklable out, so a worker process can send both back."""
    forget_memoised_reads()
    with recording(outputs) as record:
        value = work()
    return value, record


def forget_memoised_reads() -> None:
    """Clear every `functools.cache`/`lru_cache` of the generator's modules, so that a recorded
    step reads again what an earlier step of this process read and memoised (lint reads the
    client's templates once per process, for example). Cheap: they refill in milliseconds."""
    for name, module in list(sys.modules.items()):
        if name != "generator" and not name.startswith("generator."):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and isinstance(value, functools._lru_cache_wrapper):
                clear()


@functools.cache
def python_installation() -> tuple[str, ...]:
    """The folders of the running Python and its packages: what the environment fingerprint
    (`memo.environment_fingerprint`) stands for, so reads there are not dependencies."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    for name in ("stdlib", "platstdlib", "purelib", "platlib", "scripts", "data"):
        path = sysconfig.get_paths().get(name)
        if path:
            roots.add(path)
    return tuple(sorted({os.path.abspath(r) for r in roots}, key=len, reverse=True))
