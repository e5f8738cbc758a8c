"""The cookbook target, through the entry point `authgen generate` calls (its TARGET), renders
exactly the pages generated/cookbook holds."""

from __future__ import annotations

from collections.abc import Callable

from generator.targets.cookbook import TARGET


def test_the_cookbook_target_renders_what_generated_cookbook_holds(
    stale_target_files: Callable[..., list[str]],
) -> None:
    assert stale_target_files("cookbook", TARGET.build) == []
