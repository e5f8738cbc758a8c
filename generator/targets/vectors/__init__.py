"""The `vectors` target: shared request/response test cases in generated/vectors.

One JSON file per operation plus `index.json` (see `generator/vectors.py` for what a case holds
and `generator/vectors_schema.json` for the format). Each client's own tests run them natively:
the Python runner is tests/vectors/. JSON has no comments: the "generated" notice is each file's
`$comment` member, as in generated/ir.json.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .. import BuildContext

if TYPE_CHECKING:
    from ...ir import Api


class VectorsTarget:
    name = "vectors"
    folder = "vectors"
    build_cost = 0.2  # seconds of a cold build in a worker (2026-12-07): only the order matters
    comment_styles: Mapping[str, str] = {}  # JSON only: the notice is in `$comment`

    def tool_versions(self) -> Mapping[str, str]:
        return {}

    def build(self, context: BuildContext) -> None:
        folder = context.out_dir / self.folder
        folder.mkdir(parents=True, exist_ok=True)
        from ...vectors import build_vectors, dumps

        for name, document in build_vectors(context.api, context.header).items():
            (folder / name).write_text(dumps(document), encoding="utf-8")

    def format(self, folder: Path) -> None:
        pass  # written in their final form

    def snippets(self, api: Api) -> None:
        return None


TARGET = VectorsTarget()
