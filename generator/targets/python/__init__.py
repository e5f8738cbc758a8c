"""The `python` target: the `cloudbase_auth` package in generated/python.

openapi-python-client writes the models (its own client layer is not emitted); the runtime
(templates/python/runtime/, plain source) and our templates (templates/python/) add the rest:
the facade, sessions, errors, retries, tickets. This
package owns the target's Python naming (`names`), its build (`build`, which imports
openapi-python-client, so only when building) and its cookbook code (`snippets`).
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from .. import BuildContext, TargetError

if TYPE_CHECKING:
    from ...ir import Api
    from .snippets import PythonSnippets
    from .surface import PythonSurface

# The tools whose versions decide this target's bytes (each pinned == in pyproject.toml).
TOOLS = ("openapi-python-client", "ruff")


class PythonTarget:
    name = "python"
    folder = "python"
    build_cost = 3.8  # seconds of a cold build in a worker (2026-12-07): only the order matters
    comment_styles: Mapping[str, str] = {
        ".py": "# {}",
        ".toml": "# {}",
        ".md": "<!-- {} -->",
        ".typed": "# {}",
        ".gitignore": "# {}",
    }

    def tool_versions(self) -> Mapping[str, str]:
        return {tool: version(tool) for tool in TOOLS}

    def build(self, context: BuildContext) -> None:
        from .build import build  # openapi-python-client is heavy: only when building

        build(context)

    def format(self, folder: Path) -> None:
        # The generated pyproject.toml carries the ruff settings, so the result does not depend
        # on any configuration of the machine or of the repository around it.
        _ruff("check", "--fix-only", "--exit-zero", "--quiet", "--no-cache", ".", cwd=folder)
        _ruff("format", "--quiet", "--no-cache", ".", cwd=folder)

    def snippets(self, api: Api) -> PythonSnippets:
        from .snippets import PythonSnippets  # the cookbook's code writers: not needed to fingerprint

        return PythonSnippets()

    def diff_surface(self) -> PythonSurface:
        """What `authgen diff` asks: the Python names and types a change touches."""
        from .surface import SURFACE

        return SURFACE


def _ruff(*args: str, cwd: Path) -> None:
    # The pinned ruff, found through the running interpreter: PATH may hold another one.
    from ruff.__main__ import find_ruff_bin

    result = subprocess.run([find_ruff_bin(), *args], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise TargetError(
            f"ruff {args[0]} failed on the generated code: {detail[0] if detail else result.returncode}"
        )


TARGET = PythonTarget()
