"""The docs target on inputs the real spec and cookbook do not have today (so the committed
site cannot show them): "Differs from ..." notes and page links written in the cookbook, and an
operation that sends no body on its method."""

from __future__ import annotations

import html
import json
import re
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


def test_cookbook_links_point_at_the_sites_pages(tmp_path: Path) -> None:
    """A cookbook text links to the cookbook's own pages (`<flow>.md`, `operations.md#<opid>`,
    `README.md`); on the site those are the flow page, the operation's reference page and the
    home page, from the flow page one folder down. Other links are left as written."""
    from generator.writer import load_inputs

    context = build_context(load_inputs(SPEC), tmp_path)
    index, flow = next((i, s) for i, s in enumerate(context.scenarios) if len(s.steps) > 1)
    other = next(s for s in context.scenarios if s.id != flow.id)
    op = context.api.operations[-1]
    links = (
        f"[the other flow]({other.id}.md#step-2), [the operation](operations.md#{op.operation_id.lower()}), "
        "[an unknown one](operations.md#nosuchoperation), [setup](README.md#setup) and [elsewhere](notes.md)"
    )
    scenarios = list(context.scenarios)
    scenarios[index] = replace(flow, steps=(replace(flow.steps[0], why=f"See {links}."), *flow.steps[1:]))
    docs_target.build(replace(context, scenarios=tuple(scenarios)))
    page = (tmp_path / "docs" / "docs" / "flows" / f"{flow.id}.md").read_text(encoding="utf-8")
    assert (
        f"See [the other flow](../flows/{other.id}.md#step-2), "
        f"[the operation](../reference/{op.operation_id}.md), "
        "[an unknown one](operations.md#nosuchoperation), [setup](../index.md#setup) and [elsewhere](notes.md)."
    ) in page


def test_try_it_sends_no_body_on_a_delete_even_when_the_operation_has_one(tmp_path: Path) -> None:
    """Try it sends the request example as the body, except on GET, DELETE and HEAD (the
    cookbook's curl does the same: READ_ONLY_METHODS); an operation without a body sends none."""
    from generator.writer import load_inputs

    context = build_context(load_inputs(SPEC), tmp_path)
    posted = next(op for op in context.api.operations if op.request_examples)
    bodiless = next(op for op in context.api.operations if op.body is None)
    as_delete = replace(posted, method="DELETE")
    operations = tuple(as_delete if op is posted else op for op in context.api.operations)
    docs_target.build(replace(context, api=replace(context.api, operations=operations)))

    def body(op_id: str) -> str:
        page = (tmp_path / "docs" / "docs" / "reference" / f"{op_id}.md").read_text(encoding="utf-8")
        (attribute,) = re.findall(r'<div class="tryit" data-op="([^"]*)"></div>', page)
        sent: str = json.loads(html.unescape(attribute))["body"]
        return sent

    assert body(posted.operation_id) == ""
    assert body(bodiless.operation_id) == ""
    untouched = next(op for op in operations if op.request_examples and op.method == "POST")
    assert json.loads(body(untouched.operation_id)) == json.loads(untouched.request_examples[0].json)


def test_an_undeclared_tag_gets_its_capitalised_name_in_the_navigation(tmp_path: Path) -> None:
    """An operation's tag missing from the top-level tags is only a lint warning: the site's
    Reference navigation then titles its group with the tag's name, capitalised."""
    import yaml

    from generator.writer import load_inputs

    context = build_context(load_inputs(SPEC), tmp_path)
    dropped, *kept = context.api.tags
    docs_target.build(replace(context, api=replace(context.api, tags=tuple(kept))))
    config = yaml.safe_load((tmp_path / "docs" / "mkdocs.yml").read_text(encoding="utf-8"))
    (reference,) = [item["Reference"] for item in config["nav"] if "Reference" in item]
    titles = [next(iter(group)) for group in reference[1:]]
    declared = {tag.name: tag.title for tag in kept}
    in_order = dict.fromkeys(op.tag for op in context.api.operations)
    assert titles == [declared.get(tag, tag.capitalize()) for tag in in_order]
    assert dropped.name.capitalize() in titles


def test_a_header_that_closes_a_jinja_comment_stays_a_comment_in_the_theme(tmp_path: Path) -> None:
    """The header names the spec file (`authgen generate --spec PATH`), and the theme override is
    a Jinja template that mkdocs renders: the header sits in a `{# ... #}` comment there, so a
    `#}` in it must not end the comment and let the rest run as template code."""
    import jinja2

    from generator.writer import load_inputs

    context = build_context(load_inputs(SPEC), tmp_path)
    docs_target.build(replace(context, header="generated from odd#}{{ 6 * 7 }}.yaml by authgen"))
    theme = (tmp_path / "docs" / "overrides" / "main.html").read_text(encoding="utf-8")
    first = theme.splitlines()[0]
    assert "odd" in first
    assert jinja2.Environment().from_string(first).render() == ""
