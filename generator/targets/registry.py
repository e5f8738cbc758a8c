"""The targets `authgen generate` renders, in order: client targets before the cookbook and the
docs, which show the clients' code. A new target is one folder and one line here."""

from __future__ import annotations

import importlib

from . import Snippets, Target

TARGETS: list[str] = [
    "generator.targets.python",
    "generator.targets.go",
    "generator.targets.vectors",
    "generator.targets.cookbook",
    "generator.targets.docs",
]


def load(names: list[str] | None = None) -> tuple[Target, ...]:
    """The registered targets (each package's `TARGET`), imported now: some are heavy."""
    return tuple(importlib.import_module(module).TARGET for module in (TARGETS if names is None else names))


def clients() -> tuple[Snippets, ...]:
    """The snippet writers of the registered client targets, in order."""
    return tuple(s for s in (t.snippets() for t in load()) if s is not None)
