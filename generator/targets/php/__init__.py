"""The `php` target: the Composer package in generated/php (namespace `CloudBase\\Auth`).

The runtime is plain PHP in templates/php/runtime (`php -l` and its own phpunit tests where it
lives) and is copied as it is; `build` renders the rest from the IR's data only. Nothing here
runs PHP: `authgen generate` needs no PHP (tests/php runs php -l, phpunit and the type check).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...ir import Api
    from .. import BuildContext
    from .snippets import PhpSnippets
    from .surface import PhpSurface


class PhpTarget:
    name = "php"
    folder = "php"
    build_cost = 0.3  # seconds of a cold build in a worker (2026-12-07): only the order matters
    comment_styles: Mapping[str, str] = {
        # Every PHP file opens with <?php: the header is the first line after it (the runtime's
        # files and the templates leave their own <?php line out).
        ".php": "<?php\n// {}",
        ".md": "<!-- {} -->",
        ".xml": "<!-- {} -->",
    }

    def tool_versions(self) -> Mapping[str, str]:
        return {}  # no tool formats or writes the PHP output

    def build(self, context: BuildContext) -> None:
        from .build import build

        build(context, self.folder)

    def format(self, folder: Path) -> None:
        """Nothing to do: the templates write the layout themselves."""

    def snippets(self, api: Api) -> PhpSnippets:
        from .snippets import PhpSnippets  # the cookbook's code writers: not needed to fingerprint

        return PhpSnippets(api)

    def diff_surface(self) -> PhpSurface:
        """What `authgen diff` asks: the PHP names and types a change touches."""
        from .surface import SURFACE

        return SURFACE


TARGET = PhpTarget()
