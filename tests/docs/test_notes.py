"""A "Differs from ..." paragraph written in the cookbook (a flow's summary or a step's why)
reaches the docs site's differences page, with the flow and step it sits in and a link to the
flow's page. The real cookbook has none today, so the committed site cannot show it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from generator.targets.docs import build as docs_target
from generator.writer import build_context

from .conftest import SPEC


def test_a_cookbook_note_reaches_the_differences_page(tmp_path: Path) -> None:
    from generator.writer import load_inputs

    context = build_context(load_inputs(SPEC), tmp_path)
    index, flow = next((i, s) for i, s in enumerate(context.scenarios) if len(s.steps) > 1)
    second = replace(
        flow.steps[1], why=flow.steps[1].why + "\n\nDiffers from the docs: the service\n   answers 200 here."
    )
    flow = replace(
        flow,
        summary=flow.summary + "\n\nDiffers from older guides: no code is needed.\n\nAn unrelated paragraph.",
        steps=(flow.steps[0], second, *flow.steps[2:]),
    )
    scenarios = list(context.scenarios)
    scenarios[index] = flow
    docs_target.build(replace(context, scenarios=tuple(scenarios)))
    page = (tmp_path / "docs" / "docs" / "differences.md").read_text(encoding="utf-8")
    link = f"flows/{flow.id}.md"
    assert f"- **[{flow.title} (summary)]({link})** (differs from older guides): no code is needed.\n" in page
    assert (
        f"- **[{flow.title} (step 2)]({link})** (differs from the docs): the service answers 200 here.\n"
        in page
    )
    assert "An unrelated paragraph" not in page
