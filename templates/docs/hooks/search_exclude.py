"""A mkdocs hook: the row of tab labels (curl, Python, Go, Java, PHP) above each set of code tabs
is left out of the search index, so a result's snippet reads the page's words, not
"curlPythonGoJavaPHP". The labels stay on the page: mkdocs-material's search skips any element
carrying `data-search-exclude`, and the hook adds that attribute to the labels' container
(pymdownx.tabbed's `tabbed-labels` div) before the search plugin reads the page. No spec text is
in this file."""

from __future__ import annotations

import re
from typing import Any

_LABELS = re.compile(r'<div class="tabbed-labels"(?=[\s>])')


def on_page_content(html: str, **_: Any) -> str:
    return _LABELS.sub('<div class="tabbed-labels" data-search-exclude', html)
