"""The Java client's code for cookbook pages and the docs site (placeholder, filled below)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...ir import Api


class JavaSnippets:
    def __init__(self, api: Api | None = None) -> None:
        self.api = api
