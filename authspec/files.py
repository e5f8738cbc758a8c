"""Reading a spec file's bytes and text, for the generator's loader and the emulator alike (the
emulator ships without the generator): a FIFO or a device is refused rather than read (the
read would wait for a writer forever, or never end), and text that is not UTF-8 says on which
line. Each caller words the errors in its own way (a lint problem, a one-line start-up error).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

NOT_A_REGULAR_FILE = "not a regular file (a FIFO, socket or device)"


class NotARegularFile(ValueError):
    def __init__(self) -> None:
        super().__init__(NOT_A_REGULAR_FILE)


class NotUtf8(ValueError):
    """`str()` is "not UTF-8 (byte N)"; `line` is the 1-based line the bad byte is on."""

    def __init__(self, line: int, byte: int) -> None:
        super().__init__(f"not UTF-8 (byte {byte})")
        self.line = line


def read_regular_file(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of `path`. Opened without blocking and checked on the open file, so
    it cannot be swapped for a FIFO between a check and the read. Raises NotARegularFile, or
    OSError when the file cannot be opened."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise NotARegularFile()
        return handle.read(limit)


def decode_utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUtf8(raw.count(b"\n", 0, exc.start) + 1, exc.start) from None
