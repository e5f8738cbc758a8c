"""The `go` target: the Go module in generated/go (package `cloudbase`).

The runtime is plain Go in templates/go/runtime (a module of its own there, vetted and tested
where it lives) and is copied as it is; `build` renders the rest from the IR's data only.
Nothing here runs Go: the rendered files are gofmt-clean by construction, so `authgen
generate` needs no Go toolchain (tests/go checks `gofmt -l` and runs `go vet`, `go test -race`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...ir import Api
    from .. import BuildContext
    from .snippets import GoSnippets
    from .surface import GoSurface


class GoTarget:
    name = "go"
    folder = "go"
    build_cost = 0.4  # seconds of a cold build in a worker (2026-12-07): only the order matters
    comment_styles: Mapping[str, str] = {
        # Go's convention for generated files (`^// Code generated .* DO NOT EDIT\.$`, which
        # linters and reviewers' tools recognise), carrying the project's header text; a blank
        # line after it so it does not become the package's doc comment.
        ".go": "// Code {}: DO NOT EDIT.\n",
        ".mod": "// {}",
        ".md": "<!-- {} -->",
    }

    def tool_versions(self) -> Mapping[str, str]:
        return {}  # no tool formats or writes the Go output

    def build(self, context: BuildContext) -> None:
        from .build import build

        build(context, self.folder)

    def format(self, folder: Path) -> None:
        """Nothing to do: the templates write gofmt's layout themselves."""

    def snippets(self, api: Api) -> GoSnippets:
        from .snippets import GoSnippets  # the cookbook's code writers: not needed to fingerprint

        return GoSnippets(api)

    def diff_surface(self) -> GoSurface:
        """What `authgen diff` asks: the Go names and types a change touches."""
        from .surface import SURFACE

        return SURFACE


TARGET = GoTarget()
