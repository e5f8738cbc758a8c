"""The cookbook target alone: deterministic, and generated/cookbook is what it renders now."""

from __future__ import annotations

from pathlib import Path

from generator.targets import BuildContext, registry
from generator.targets.cookbook import build as cookbook_target

from .support import COOKBOOK, load_api, load_scenarios


def _render(out: Path) -> dict[str, bytes]:
    api = load_api()
    out.mkdir()
    scenarios = load_scenarios(api)
    cookbook_target.build(BuildContext(api, {}, out, "", scenarios, registry.load(), COOKBOOK, {}))
    return {p.name: p.read_bytes() for p in sorted((out / "cookbook").iterdir())}


def test_rendering_twice_gives_identical_bytes(tmp_path: Path) -> None:
    assert _render(tmp_path / "a") == _render(tmp_path / "b")


def test_generated_cookbook_is_current(tmp_path: Path) -> None:
    fresh = _render(tmp_path / "fresh")
    committed = {p.name: p.read_bytes() for p in sorted(COOKBOOK.iterdir())}
    assert sorted(fresh) == sorted(committed)
    for name, text in fresh.items():
        header, _, body = committed[name].partition(b"\n")
        assert header.startswith(b"<!-- generated from spec/auth-v1.yaml by authgen"), name
        assert body == text, f"generated/cookbook/{name} is stale: run authgen generate"
    for text in fresh.values():
        assert b"/tmp/" not in text and b"/work/" not in text, "no absolute paths"


def test_a_client_target_without_the_verify_hook_shows_the_plain_introspection() -> None:
    """`Snippets.verify` is optional: a client target written before it (Java, PHP) still
    renders the verify page, with its ordinary introspection call carrying the caller's token."""
    from generator.targets import verify_code
    from generator.targets.python.snippets import PythonSnippets

    class Older(PythonSnippets):
        verify = None  # type: ignore[assignment]  # as if the hook did not exist

    api = load_api()
    scenario = next(s for s in load_scenarios(api) if s.id == "verify-caller-token")
    step = next(s for s in scenario.steps if s.verify)
    op = api.operation(step.operation_id)
    assert "TokenVerifier" in verify_code(PythonSnippets(), op, step)
    plain = verify_code(Older(), op, step)
    assert plain.startswith("introspect_response = auth.introspect_token(")
    assert 'extra_headers={"Authorization": f"Bearer {caller_token}"}' in plain
