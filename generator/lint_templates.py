"""The names lint reads from our templates, as one value a run can remember apart from lint.

Some lint rules guard names the generated code already uses: the Python client's runtime
methods and module names, the keyword arguments of every facade method, the Go runtime's
identifiers, the Python package's imports. Those are read from the templates (`lint.py`,
`lint_representable.py`), so a new runtime name is guarded without anyone updating a list.

A lint that read them itself would depend on every file of templates/python and templates/go:
a comment added to one client template would run lint again (0.25 s of a warm run). So
`steps.lint` reads them in a step of their own (`read`, remembered with the templates it read),
puts their value in lint's cache key, and hands them to lint (`given`): lint depends on the
names, not on the files they were read from. A template edit that changes a name changes the
key; one that does not leaves lint's answer where it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class TemplateNames:
    client_runtime: frozenset[str]  # what CloudBaseAuth gets from the runtime (lint.client_runtime_names)
    client_module: frozenset[str]  # what _client.py binds besides the models (lint.client_module_names)
    method_reserved: frozenset[str]  # every facade method's own arguments and locals
    go_package: frozenset[str]  # the Go runtime's package-level identifiers
    go_methods: frozenset[str]  # the Go Client's methods
    python_package: frozenset[str]  # what cloudbase_auth/__init__.py imports

    def plain(self) -> dict[str, list[str]]:
        """As JSON data (sorted lists): for a cache key and a cache entry."""
        return {f.name: sorted(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_plain(cls, value: Any) -> TemplateNames | None:
        """`plain()` read back; None for anything else (a damaged entry)."""
        names = [f.name for f in fields(cls)]
        if not isinstance(value, dict) or sorted(value) != sorted(names):
            return None
        if not all(isinstance(v, list) and all(isinstance(n, str) for n in v) for v in value.values()):
            return None
        return cls(**{name: frozenset(value[name]) for name in names})


_GIVEN: TemplateNames | None = None  # set by `given` for the lint it wraps


def read() -> TemplateNames:
    """The names, read from the templates now (what `names` answers when nothing is given)."""
    from .lint import client_module_names, client_runtime_names, method_reserved_names
    from .lint_representable import go_runtime_identifiers, python_package_names

    go_package, go_methods = go_runtime_identifiers()
    return TemplateNames(
        client_runtime=client_runtime_names(),
        client_module=client_module_names(),
        method_reserved=method_reserved_names(),
        go_package=go_package,
        go_methods=go_methods,
        python_package=python_package_names(),
    )


def names() -> TemplateNames:
    """What lint's rules use: the names `given` to this lint, else read from the templates."""
    return _GIVEN if _GIVEN is not None else read()


@contextlib.contextmanager
def given(value: TemplateNames) -> Iterator[None]:
    """Lint inside the block uses `value` and reads no template."""
    global _GIVEN
    previous, _GIVEN = _GIVEN, value
    try:
        yield
    finally:
        _GIVEN = previous
