"""The targets `authgen generate` renders, in order: client targets before the cookbook and the
docs, which show the clients' code. A new target is one folder and one line here."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from . import Snippets, Target

if TYPE_CHECKING:
    from ..ir import Api

TARGETS: list[str] = [
    "generator.targets.python",
    "generator.targets.go",
    "generator.targets.php",
    "generator.targets.java",
    "generator.targets.vectors",
    "generator.targets.cookbook",
    "generator.targets.docs",
]


def load(names: list[str] | None = None) -> tuple[Target, ...]:
    """The registered targets (each package's `TARGET`), imported now: some are heavy."""
    return tuple(importlib.import_module(module).TARGET for module in (TARGETS if names is None else names))


def clients(api: Api) -> tuple[Snippets, ...]:
    """The snippet writers of the registered client targets for `api`, in order."""
    return tuple(s for s in (t.snippets(api) for t in load()) if s is not None)
