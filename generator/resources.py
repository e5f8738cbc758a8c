"""Where the spec and the templates are, in a checkout and in an installed distribution.

A checkout has them at the top level (`spec/`, `templates/`). A non-editable `pip install .`
ships them inside this package as `generator/_spec` and `generator/_templates` (see
`[tool.setuptools.package-dir]` in pyproject.toml); those win when present, so a stray `spec/`
folder in site-packages can never be mistaken for ours.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def data_dir(name: str) -> Path:
    """The folder `spec` or `templates`: packaged copy first, then the checkout's."""
    for candidate in (_PACKAGE / f"_{name}", _CHECKOUT / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"authgen's {name}/ folder is missing: reinstall authgen (pip install .)")


def bundled_spec() -> Path:
    """The spec this authgen (and its emulator) was written for."""
    return data_dir("spec") / "auth-v1.yaml"
