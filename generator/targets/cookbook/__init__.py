"""The `cookbook` target: Markdown pages of flows in generated/cookbook (see `build`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .. import BuildContext

if TYPE_CHECKING:
    from ...ir import Api


class CookbookTarget:
    name = "cookbook"
    folder = "cookbook"
    build_cost = 1.2  # seconds of a cold build in a worker (2026-12-07): only the order matters
    comment_styles: Mapping[str, str] = {".md": "<!-- {} -->", ".sh": "# {}"}

    def tool_versions(self) -> Mapping[str, str]:
        return {}

    def build(self, context: BuildContext) -> None:
        if context.scenarios:  # no cookbook next to the spec: nothing to write
            from .build import build

            build(context)

    def format(self, folder: Path) -> None:
        pass  # the pages are written as they are meant to read

    def snippets(self, api: Api) -> None:
        return None


TARGET = CookbookTarget()
