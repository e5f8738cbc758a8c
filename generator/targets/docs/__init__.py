"""The `docs` target: the sources of the HTML docs site in generated/docs (see `build`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .. import BuildContext

if TYPE_CHECKING:
    from ...ir import Api


class DocsTarget:
    name = "docs"
    folder = "docs"
    build_cost = 2.6  # seconds of a cold build in a worker (2026-12-07): only the order matters
    comment_styles: Mapping[str, str] = {".md": "<!-- {} -->"}

    def tool_versions(self) -> Mapping[str, str]:
        return {}

    def build(self, context: BuildContext) -> None:
        if context.scenarios:
            from .build import build

            build(context)

    def format(self, folder: Path) -> None:
        pass

    def snippets(self, api: Api) -> None:
        return None


TARGET = DocsTarget()
