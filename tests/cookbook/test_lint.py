"""Bad cookbooks: a lint error naming the scenario and the step, exit 1, nothing written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import collect_problems, main
from generator.cookbook import load_cookbook
from generator.problems import Level

from .support import ROOT, SPEC, load_api

COOKBOOK_YAML = ROOT / "spec" / "cookbook.yaml"


def _scenario(*steps: Mapping[str, object], variables: dict[str, object] | None = None) -> dict[str, object]:
    return {
        "scenarios": [
            {
                "id": "broken-flow",
                "title": "Broken",
                "summary": "A broken flow.",
                "variables": variables or {"username": {"value": "alice"}, "password": {"value": "pw"}},
                "steps": list(steps),
            }
        ]
    }


SIGN_IN: dict[str, object] = {
    "operation": "signIn",
    "why": "sign in",
    "send": {"username": "$username", "password": "$password"},
    "capture": {"accessToken": ".access_token"},
}

CASES = {
    "unknown-operation": (
        _scenario(SIGN_IN, {"operation": "signInWithMagic", "why": "x"}),
        "cookbook-operation",
        "step 2",
        "unknown operation 'signInWithMagic'",
    ),
    "variable-before-set": (
        _scenario({"operation": "sudo", "why": "x", "send": {"password": "$password"}}, SIGN_IN),
        "cookbook-variable",
        "step 1 (sudo)",
        "$accessToken is used before it is set",
    ),
    "variable-set-later": (
        _scenario(
            {
                "operation": "grantToken",
                "why": "x",
                "send": {"grant_type": "refresh_token", "refresh_token": "$rt"},
            },
            {**SIGN_IN, "capture": {"rt": ".refresh_token"}},
        ),
        "cookbook-variable",
        "step 1 (grantToken)",
        "$rt is used before it is set",
    ),
    "unknown-field": (
        _scenario(
            {**SIGN_IN, "send": {"username": "$username", "password": "$password", "client_secret": "s"}}
        ),
        "cookbook-field",
        "step 1 (signIn)",
        "no field or parameter 'client_secret'",
    ),
    "missing-required": (
        _scenario(SIGN_IN, {"operation": "deleteUserMe", "why": "x"}),
        "cookbook-required",
        "step 2 (deleteUserMe)",
        "'sudo_token' is not sent",
    ),
    "unknown-capture": (
        _scenario({**SIGN_IN, "capture": {"user": ".profile"}}),
        "cookbook-capture",
        "step 1 (signIn)",
        "no field 'profile'",
    ),
    "literal-of-the-wrong-type": (
        _scenario({"operation": "signIn", "why": "x", "send": {"username": 42, "password": "$password"}}),
        "cookbook-field",
        "step 1 (signIn)",
        "username must be a string, not 42",
    ),
    "bad-enum": (
        _scenario(
            {"operation": "sendVerification", "why": "x", "send": {"email": "a@b.c", "target": "EVERYONE"}}
        ),
        "cookbook-field",
        "step 1 (sendVerification)",
        "target must be one of",
    ),
    "name-the-signing-uses": (
        _scenario(
            SIGN_IN,
            variables={"username": {"value": "a"}, "password": {"value": "b"}, "signature": {"value": "c"}},
        ),
        "cookbook-variable",
        "scenario 'broken-flow'",
        "'signature' is not a usable variable name",
    ),
    "tc3-without-key-pair": (
        _scenario(
            {"operation": "getClientCredential", "why": "x", "send": {"grant_type": "client_credentials"}}
        ),
        "cookbook-variable",
        "step 1 (getClientCredential)",
        "needs the page variables secretId and secretKey",
    ),
    "object-for-a-string-field": (
        _scenario(
            {"operation": "signIn", "why": "x", "send": {"username": {"first": "a"}, "password": "$password"}}
        ),
        "cookbook-field",
        "step 1 (signIn)",
        "username is a string, not an object",
    ),
    "object-member-variable-before-set": (
        _scenario(
            {
                "operation": "grantProviderToken",
                "why": "x",
                "send": {
                    "provider_id": "wx1",
                    "provider_params": {"provider_code_type": "phone", "code": "$phoneCode"},
                },
            },
            variables={},
        ),
        "cookbook-variable",
        "step 1 (grantProviderToken)",
        "$phoneCode is used before it is set",
    ),
    "verify-on-another-operation": (
        _scenario({**SIGN_IN, "verify": True}),
        "cookbook-field",
        "step 1 (signIn)",
        "`verify: true` is only for the introspectToken step",
    ),
    "verify-not-a-boolean": (
        _scenario(SIGN_IN, {"operation": "introspectToken", "why": "x", "verify": "yes"}),
        "cookbook-field",
        "step 2 (introspectToken)",
        "`verify: true` is only for",
    ),
}


def _workspace(tmp_path: Path, cookbook: dict[str, object] | str) -> tuple[Path, Path]:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    shutil.copy(SPEC, spec_dir / "auth-v1.yaml")
    text = cookbook if isinstance(cookbook, str) else yaml.safe_dump(cookbook, sort_keys=False)
    (spec_dir / "cookbook.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("untouched\n", encoding="utf-8")
    return spec_dir / "auth-v1.yaml", out


def test_the_real_cookbook_is_clean() -> None:
    scenarios, problems = load_cookbook(COOKBOOK_YAML, load_api())
    assert problems == []
    assert len(scenarios) >= 14
    assert not [p for p in collect_problems(SPEC) if p.rule.startswith("cookbook")]


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_cookbook_is_a_located_error_and_nothing_is_written(case: str, tmp_path: Path) -> None:
    cookbook, rule, step, message = CASES[case]
    spec, out = _workspace(tmp_path, cookbook)
    result = CliRunner().invoke(main, ["generate", "--spec", str(spec), "--out", str(out)])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if f"[{rule}]" in line]
    assert lines, result.output
    assert any("scenario 'broken-flow'" in line and step in line and message in line for line in lines), lines
    assert all("cookbook.yaml:" in line for line in lines), "the problem has a file and line"
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    assert (out / "keep.txt").read_text(encoding="utf-8") == "untouched\n"
    lint = CliRunner().invoke(main, ["lint", "--spec", str(spec)])
    assert lint.exit_code == 1 and f"[{rule}]" in lint.output


def test_problems_point_at_the_line(tmp_path: Path) -> None:
    text = COOKBOOK_YAML.read_text(encoding="utf-8").replace(
        "operation: resetPassword", "operation: resetPasword"
    )
    spec, _out = _workspace(tmp_path, text)
    problems = [p for p in collect_problems(spec) if p.rule == "cookbook-operation"]
    assert len(problems) == 1 and problems[0].level is Level.ERROR
    line = text.splitlines()[problems[0].line - 1]
    assert "resetPasword" in line
    assert "scenario 'reset-password' step 3" in problems[0].message


@pytest.mark.parametrize(
    "text",
    [
        "scenarios: 3\n",
        "- just a list\n",
        "scenarios:\n  - id: Not Kebab\n",
        "scenarios: [{id: x, title: t}]\n",
    ],
)
def test_malformed_cookbooks_are_errors_not_crashes(text: str, tmp_path: Path) -> None:
    spec, out = _workspace(tmp_path, text)
    result = CliRunner().invoke(main, ["generate", "--spec", str(spec), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert "cookbook" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


def test_the_authgen_command_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    """The same through the installed console script, as a maintainer runs it."""
    authgen = shutil.which("authgen", path=str(Path(sys.executable).parent))
    assert authgen, "the authgen console script is not installed next to this Python"
    cookbook, _rule, _step, _message = CASES["unknown-field"]
    spec, out = _workspace(tmp_path, cookbook)
    result = subprocess.run(
        [authgen, "generate", "--spec", str(spec), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "[cookbook-field] scenario 'broken-flow' step 1 (signIn)" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


def test_an_unused_page_variable_is_a_warning(tmp_path: Path) -> None:
    cookbook = _scenario(
        SIGN_IN, variables={"username": {"value": "a"}, "password": {"value": "p"}, "spare": {"value": "x"}}
    )
    spec, _out = _workspace(tmp_path, cookbook)
    problems = [p for p in collect_problems(spec) if p.rule.startswith("cookbook")]
    assert [(p.level, p.rule) for p in problems] == [(Level.WARNING, "cookbook-variable")]
    assert "'spare' is never used" in problems[0].message
