"""The cookbook target on step inputs the real cookbook does not use today (so generated/cookbook
cannot show them): header inputs, a body field of a non-string type from a variable (jq `--argjson`), an object
member whose literal needs quoting, and query values that are a boolean or need URL-encoding.
The rendered request block runs in bash; what it would send is checked, not the text."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from generator.cookbook import Input, Value
from generator.targets.cookbook import TARGET
from generator.writer import build_context, load_inputs

from .support import SPEC, run_bash


def test_odd_inputs_reach_the_request_as_the_cookbook_wrote_them(tmp_path: Path) -> None:
    context = build_context(load_inputs(SPEC), tmp_path)
    index, flow = next((i, s) for i, s in enumerate(context.scenarios) if s.id == "password-sign-in")
    step = next(s for s in flow.steps if s.operation_id == "signIn")
    odd = (
        Input("retries", "body", "integer", Value("count")),
        Input("extra", "body", "object", Value(None, members=(("note", Value(None, "it's $HOME `x`")),))),
        Input("flag", "query", "boolean", Value(None, True)),
        Input("where", "query", "string", Value(None, "a b/c&d")),
        Input("x-kind", "header", "string", Value(None, "7")),
        Input("x-trace", "header", "string", Value("trace")),
    )
    steps = tuple(replace(s, inputs=s.inputs + odd) if s is step else s for s in flow.steps)
    scenarios = list(context.scenarios)
    scenarios[index] = replace(flow, steps=steps)
    TARGET.build(replace(context, scenarios=tuple(scenarios)))
    page = (tmp_path / "cookbook" / "password-sign-in.md").read_text(encoding="utf-8")
    (body_command,) = re.findall(r'^body="\$\(jq -n \\\n.*?\)"$', page, re.S | re.M)
    run = run_bash(f'username=u password=p count=3\n{body_command}\nprintf "%s" "$body"')
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        "username": "u",
        "password": "p",
        "retries": 3,
        "extra": {"note": "it's $HOME `x`"},
    }
    assert '/signin?client_id=$(urlencode "$clientId")&flag=true&where=a%20b%2Fc%26d"' in page
    assert '  -H "x-kind: 7" \\\n  -H "x-trace: ${trace}" \\\n' in page  # header inputs are sent
