"""The spec the emulator serves by default, in a checkout and in an installed distribution.

Both distributions that carry the emulator ship the spec inside this package, as the data
package `emulator._spec` (mapped from the top-level `spec/` folder by `pyproject.toml` and
`packages/emulator/pyproject.toml`); a checkout has it at `spec/` beside `emulator/`. The
packaged copy wins, so a stray `spec/` folder in site-packages is never mistaken for ours.
The emulator never imports the generator for this: it ships without it.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
SPEC_NAME = "auth-v1.yaml"


def bundled_spec() -> Path:
    """The spec this emulator implements."""
    for candidate in (_PACKAGE / "_spec" / SPEC_NAME, _PACKAGE.parent / "spec" / SPEC_NAME):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"the emulator's bundled {SPEC_NAME} is missing: reinstall it (pip install cloudbase-auth-emulator)"
    )
