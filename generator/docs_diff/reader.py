"""Reading a saved page: its bytes, its layout, then the layout's reader.

Layouts, tried in this order: MDX (a `<MethodEndpoint>` tag), Markdown (a `` `POST /auth/v1/...` ``
line), rendered text (the method and the path, joined or on two lines). Every failure is a
PageError whose message names the page and the line where reading stopped.
"""

from __future__ import annotations

from pathlib import Path

from ..loader import display_path, one_line
from . import read_markdown, read_mdx, read_text
from .model import Page, PageError

MAX_PAGE_BYTES = 2 * 1024 * 1024


def read_page(path: Path) -> Page:
    shown = display_path(path)
    try:
        # A pipe is read too (`authgen docs-diff <(curl ...)`), like any file: up to the cap.
        with path.open("rb") as handle:
            raw = handle.read(MAX_PAGE_BYTES + 1)  # never more: a huge file is refused, not loaded
    except OSError as exc:
        raise PageError(f"{shown}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_PAGE_BYTES:
        raise PageError(f"{shown}: larger than {MAX_PAGE_BYTES // 1024 // 1024} MiB, not a docs page (nothing read)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise PageError(f"{shown}:{line}: not UTF-8 (byte {exc.start}); reading stopped here") from None
    return read_text_of(shown, text.replace("\r\n", "\n").lstrip("\ufeff"))


def read_text_of(shown: str, text: str) -> Page:
    """The page in `text`, shown in messages as `shown`."""
    try:
        return _read(shown, text)
    except PageError as exc:
        message = str(exc)
        if message.startswith("line "):  # "line 12: ..." from a reader: "page.txt:12: ..."
            number, _, rest = message[len("line ") :].partition(": ")
            message = f"{shown}:{number}: {rest}"
        raise PageError(one_line(message)) from None
    except RecursionError:
        raise PageError(f"{shown}: nests too deeply to read") from None


def _read(shown: str, text: str) -> Page:
    if "<MethodEndpoint" in text:
        return read_mdx.read_mdx(shown, text)
    lines = text.split("\n")
    endpoint = read_markdown.find_endpoint(lines)
    if endpoint is not None:
        return read_markdown.read_markdown(shown, text, endpoint)
    endpoint = read_text.find_endpoint(lines)
    if endpoint is not None:
        return read_text.read_text(shown, text, endpoint)
    raise PageError(
        f"line {len(text.splitlines()) or 1}: unknown page layout: no operation found by the end of the page (looked for a "
        "method and path, as POST/auth/v1/x or on two lines; an MDX <MethodEndpoint>; a Markdown `POST /x` line)"
    )
