"""What each target's generated code calls the things a change touches, and which type it gives
them: the diff asks every registered target that offers a `diff_surface()` (see
`generator/targets/surface.py`), so a new client target plugs in with one method and its own
module, never with a special case here."""

from __future__ import annotations

from typing import Any

from ..targets.surface import Surface
from .model import Subject


def surfaces() -> tuple[Surface, ...]:
    """The surfaces of the registered targets that have one, in registry order."""
    from ..targets import registry

    out = []
    for target in registry.load():
        make = getattr(target, "diff_surface", None)
        if callable(make):
            surface = make()
            if surface is not None:
                out.append(surface)
    return tuple(out)


def names_of(surface: Surface, subject: Subject, old: dict[str, Any], new: dict[str, Any]) -> tuple[str, ...]:
    """What `surface` calls `subject`. A target whose generated names depend on the whole spec
    (it emits a class only for the schemas its client reads or writes) offers
    `names_within(subject, (old, new))` and gets both specs; any other answers from the subject."""
    within = getattr(surface, "names_within", None)
    if callable(within):
        return tuple(within(subject, (old, new)))
    return surface.names(subject)


def compatible_type(surface: Surface, old: str, new: str, direction: str) -> bool:
    """Does code written against `old` keep working with `new`? The target decides; a target
    that does not say is strict (any change of type breaks)."""
    judge = getattr(surface, "compatible", None)
    return bool(judge(old, new, direction)) if callable(judge) else False


__all__ = ["Surface", "compatible_type", "names_of", "surfaces"]
