"""The docs page "Check the spec against your environment" (issue 24): reachable from the nav,
it lists every call `authgen conformance` can make, with its effect and the options it needs, and
every operation it never calls. Expectations come from the spec and from what a run really
sends (a recording of `--plan --format json`), not from the page's own source."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.writer import Inputs

from .conftest import ROOT
from .test_site import article_text


def _plan(*args: str) -> dict[str, object]:
    result = CliRunner().invoke(main, ["conformance", "--env", "e", "--plan", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    plan: dict[str, object] = json.loads(result.stdout)
    return plan


def test_the_page_lists_every_call_and_every_operation_never_called(built_site: Path, inputs: Inputs) -> None:
    page = built_site / "conformance.html"
    text = article_text(page)
    assert text.startswith("Check the spec against your environment")
    everything = _plan(
        "--credentials",
        "k.json",
        "--secret-id",
        "i",
        "--secret-key",
        "k",
        "--allow-writes",
        "--email",
        "a@b.c",
    )
    steps = everything["steps"]
    assert isinstance(steps, list) and all(s["runs"] for s in steps)
    for step in steps:
        row = re.search(
            rf"{re.escape(step['id'])} {re.escape(step['method'] + ' ' + step['path'])} {step['effect']} (\S+)",
            text,
        )
        assert row, step["id"]
    bare = _plan()["steps"]
    assert isinstance(bare, list)
    for step in bare:  # what runs without options says "always"; the rest names its options
        row = re.search(rf"{re.escape(step['id'])} \S+ \S+ \S+ (always|--)", text)
        assert row and (row.group(1) == "always") == step["runs"], step["id"]
    never = [
        op.operation_id
        for op in inputs.api.operations
        if op.operation_id not in {s["operation"] for s in steps}
    ]
    assert never == everything["never_called"]
    section = text[text.index("What it never calls") : text.index("What it checks")]
    for op_id in never:
        assert op_id in section
    for step in steps:
        assert f"{step['operation']}:" not in section
    assert 'href="reference/' in page.read_text(encoding="utf-8")


def test_the_page_is_in_the_nav(built_site: Path) -> None:
    index = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="conformance.html"' in index and "Check the spec against your environment" in index


def test_the_readme_says_what_it_calls_and_never_calls() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Check the spec against your environment") :]
    end = section.find("\n## ", 1)  # up to the next section, if there is one
    section = section if end < 0 else section[:end]
    for needed in ("authgen conformance", "--allow-writes", "--plan", "never calls", "[REDACTED]"):
        assert needed in section, needed
