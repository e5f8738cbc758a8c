"""The `java` target: the Maven project in generated/java (package `io.github.cloudbaseauth`).

The runtime is plain Java in templates/java/runtime (a Maven project of its own there, built and
tested where it lives) and is copied as it is; `build` renders the rest from the IR's data only.
Nothing here runs Java: `authgen generate` needs no JDK (tests/java compiles and tests the output
with Maven).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...ir import Api
    from .. import BuildContext
    from .snippets import JavaSnippets
    from .surface import JavaSurface


class JavaTarget:
    name = "java"
    folder = "java"
    build_cost = 0.7  # seconds of a cold build in a worker (2026-12-07): only the order matters
    comment_styles: Mapping[str, str] = {
        ".java": "// {}",
        ".xml": "<!-- {} -->",
        ".md": "<!-- {} -->",
    }

    def tool_versions(self) -> Mapping[str, str]:
        return {}  # no tool formats or writes the Java output

    def build(self, context: BuildContext) -> None:
        from .build import build

        build(context, self.folder)

    def format(self, folder: Path) -> None:
        """Nothing to do: the templates write the layout themselves."""

    def snippets(self, api: Api) -> JavaSnippets:
        from .snippets import JavaSnippets  # the cookbook's code writers: not needed to fingerprint

        return JavaSnippets(api)

    def diff_surface(self) -> JavaSurface:
        """What `authgen diff` asks: the Java names and types a change touches."""
        from .surface import SURFACE

        return SURFACE


TARGET = JavaTarget()
