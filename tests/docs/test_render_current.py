"""The docs target renders, from the real spec, exactly the site sources generated/docs holds
(so every test of the committed site is a test of the target as it is now)."""

from __future__ import annotations

from collections.abc import Callable

from generator.targets.docs import TARGET


def test_the_docs_target_renders_what_generated_docs_holds(
    stale_target_files: Callable[..., list[str]],
) -> None:
    assert stale_target_files("docs", TARGET.build) == []
