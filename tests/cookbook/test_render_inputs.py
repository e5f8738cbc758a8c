"""The cookbook target on step inputs the real cookbook does not use today (so generated/cookbook
cannot show them): header inputs, a body field of a non-string type from a variable (jq `--argjson`), an object
member whose literal needs quoting, and query values that are a boolean or need URL-encoding.
The rendered request block runs in bash; what it would send is checked, not the text."""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import replace
from pathlib import Path

from generator.cookbook import Ask, Capture, Input, Value
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


def test_optional_captures_and_two_asks_in_one_step(tmp_path: Path) -> None:
    """An optional boolean field that answers `false` is captured as `false` (jq's `// empty`
    would drop it), an absent optional string as "", and a step asking for two values reads
    both, one `read` each. The real cookbook captures no optional boolean and asks for one value
    a step, so generated/cookbook cannot show either."""
    context = build_context(load_inputs(SPEC), tmp_path)
    index, flow = next((i, s) for i, s in enumerate(context.scenarios) if s.id == "password-sign-in")
    step = next(s for s in flow.steps if s.operation_id == "signIn")
    odd = replace(
        step,
        asks=(Ask("first", "First value"), Ask("second", "Second value")),
        captures=(
            *step.captures,
            Capture("isNew", ".is_new", "boolean", False),
            Capture("note", ".note", "string", False),
        ),
    )
    scenarios = list(context.scenarios)
    scenarios[index] = replace(flow, steps=tuple(odd if s is step else s for s in flow.steps))
    TARGET.build(replace(context, scenarios=tuple(scenarios)))
    page = (tmp_path / "cookbook" / "password-sign-in.md").read_text(encoding="utf-8")
    captures = re.findall(r'^(?:isNew|note)="\$\(jq -r .*<<<"\$response"\)"$', page, re.M)
    assert len(captures) == 2, page
    response = json.dumps({"access_token": "a", "refresh_token": "r", "is_new": False})
    run = run_bash(
        f"response={shlex.quote(response)}\n" + "\n".join(captures) + '\nprintf "%s|%s" "$isNew" "$note"'
    )
    assert (run.returncode, run.stdout) == (0, "false|"), run.stderr
    (asks,) = re.findall(r"feeds its lines to `read`\):\n\n```bash\n(.*?)\n```", page, re.S)
    typed = iter(["one", "two"])
    run = run_bash(asks + '\nprintf "%s|%s" "$first" "$second"', answers=lambda: list(typed))
    assert (run.returncode, run.stdout) == (0, "one|two"), run.stderr
