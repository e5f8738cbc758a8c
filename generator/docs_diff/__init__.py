"""`authgen docs-diff`: a CloudBase API reference page, as users save it, against the spec.

The page is read in whichever layout it comes in (rendered text in English or Chinese with the
method and path joined or on two lines, docusaurus MDX, Markdown tables; see the `read_*`
modules) into one `Page`; `compare` holds it against the spec; `report` prints the differences,
each one line located in the page (line) and in the spec (JSON pointer).

What the spec knows and no docs page lists (the tracing header x-request-id, fields only older
pages show) is marked in the spec with `x-docs-absent: <why>` on the parameter or property; it is
not reported as missing from the page.
"""

from __future__ import annotations

from .compare import compare_page, find_operation
from .model import Difference, Fields, Lifetime, Page, PageError, PageField, ResponseBlock, Result
from .reader import read_page, read_text_of
from .report import FORMATS, as_json, format_markdown, format_text
from .specdoc import SpecDoc, SpecLoadError, load_spec

__all__ = [
    "FORMATS",
    "Difference",
    "Fields",
    "Lifetime",
    "Page",
    "PageError",
    "PageField",
    "ResponseBlock",
    "Result",
    "SpecDoc",
    "SpecLoadError",
    "as_json",
    "compare_page",
    "find_operation",
    "format_markdown",
    "format_text",
    "load_spec",
    "read_page",
    "read_text_of",
]
