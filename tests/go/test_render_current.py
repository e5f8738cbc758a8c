"""The Go target renders, from the real spec, exactly the module generated/go holds (so every
Go test of the committed module, vet, race and the emulator runs, is a test of the target)."""

from __future__ import annotations

from collections.abc import Callable

from generator.targets.go import TARGET


def test_the_go_target_renders_what_generated_go_holds(stale_target_files: Callable[..., list[str]]) -> None:
    assert stale_target_files("go", TARGET.build) == []
