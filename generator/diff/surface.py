"""What each target's generated code calls the things a change touches, and which type it gives
them: the diff asks every registered target that offers a `diff_surface()` (see
`generator/targets/surface.py`), so a new client target plugs in with one method and its own
module, never with a special case here."""

from __future__ import annotations

from ..targets.surface import Surface


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


def compatible_type(surface: Surface, old: str, new: str, direction: str) -> bool:
    """Does code written against `old` keep working with `new`? The target decides; a target
    that does not say is strict (any change of type breaks)."""
    judge = getattr(surface, "compatible", None)
    return bool(judge(old, new, direction)) if callable(judge) else False


__all__ = ["Surface", "compatible_type", "surfaces"]
