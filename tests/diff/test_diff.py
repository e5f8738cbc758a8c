"""`authgen diff`: every named rule fires on its fixture pair (tests/diff/fixtures/<rule>/), alone and
at its level; the report names the generated code and the cookbook pages; formats and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.diff import BREAKING, DOCS, NON_BREAKING, RULES

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
RULE_DIRS = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["diff", *args])


def run_json(old: Path, new: Path) -> dict:  # type: ignore[type-arg]
    result = run(str(old), str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_at_least_25_rules_each_with_a_fixture_pair() -> None:
    assert len(RULES) >= 25
    assert set(RULE_DIRS) == set(RULES), (
        "every rule has tests/diff/fixtures/<rule>/, and nothing else is there"
    )
    for name in RULE_DIRS:
        assert (FIXTURES / name / "old.yaml").is_file() and (FIXTURES / name / "new.yaml").is_file()


@pytest.mark.parametrize("rule", RULE_DIRS)
def test_rule_fixture_reports_exactly_that_rule(rule: str) -> None:
    report = run_json(FIXTURES / rule / "old.yaml", FIXTURES / rule / "new.yaml")
    assert [(c["rule"], c["level"]) for c in report["changes"]] == [(rule, RULES[rule].level)]
    change = report["changes"][0]
    assert change["message"]
    assert change["old"] or change["new"]  # located
    if change["level"] == BREAKING:
        assert change["advice"], "a breaking change says what the user must change"


@pytest.mark.parametrize("rule", RULE_DIRS)
def test_rule_fixture_reversed_is_not_silent(rule: str) -> None:
    """Swapping old and new finds the change too (a rule that cannot see its own undo is suspicious)."""
    report = run_json(FIXTURES / rule / "new.yaml", FIXTURES / rule / "old.yaml")
    assert report["changes"]


def test_levels_cover_the_classes_the_issue_names() -> None:
    breaking = {r for r, rule in RULES.items() if rule.level == BREAKING}
    assert {
        "operation-removed",
        "request-field-removed",
        "response-field-removed",
        "request-field-became-required",
        "request-type-changed",
        "request-enum-value-removed",
        "response-enum-value-added",
        "security-requirement-added",
        "operation-path-changed",
        "operation-method-changed",
        "success-status-changed",
        "error-code-renamed",
    } <= breaking
    assert RULES["request-field-added-optional"].level == NON_BREAKING
    assert RULES["description-changed"].level == DOCS


def test_generated_names_of_a_new_required_field() -> None:
    change = run_json(*_pair("request-field-added-required"))["changes"][0]
    assert change["affects"] == ["CloudBaseAuth.sign_in(..., captcha_token=...)"]
    assert change["operations"] == ["POST /signin"]


def test_generated_names_of_a_response_field_and_an_error_class() -> None:
    assert run_json(*_pair("response-field-removed"))["changes"][0]["affects"] == ["TokenResponse.sub"]
    renamed = run_json(*_pair("error-code-renamed"))["changes"][0]
    assert renamed["affects"] == ["errors.InvalidGrant -> errors.InvalidTicket"]
    assert run_json(*_pair("operation-id-changed"))["changes"][0]["affects"] == [
        "CloudBaseAuth.get_user_me() -> CloudBaseAuth.get_current_user()"
    ]


def _pair(rule: str) -> tuple[Path, Path]:
    return FIXTURES / rule / "old.yaml", FIXTURES / rule / "new.yaml"


def test_text_output_is_one_located_line_per_change_and_a_summary() -> None:
    result = run(*map(str, _pair("request-field-added-required")))
    assert result.exit_code == 0
    first, summary = result.stdout.splitlines()
    assert (
        first.startswith("tests/diff/fixtures/request-field-added-required/new.yaml:") or "new.yaml:" in first
    )
    assert "#/components/schemas/SignInRequest/properties/captcha_token" in first
    assert "breaking [request-field-added-required] POST /signin" in first
    assert "to do: pass the new argument" in first
    assert summary.endswith("1 breaking, 0 non-breaking, 0 docs")


def test_removed_things_are_located_in_the_old_spec() -> None:
    first = run(*map(str, _pair("response-field-removed"))).stdout.splitlines()[0]
    assert "old.yaml:" in first and "#/components/schemas/TokenResponse/properties/sub" in first


def test_markdown_output_is_a_table() -> None:
    out = run(*map(str, _pair("operation-removed")), "--format", "markdown").stdout
    assert "| breaking | `operation-removed` | GET /user/me |" in out
    assert "1 breaking, 0 non-breaking, 0 documentation only." in out


def test_fail_on_breaking_and_any() -> None:
    breaking = run(*map(str, _pair("operation-removed")), "--fail-on", "breaking")
    assert breaking.exit_code == 1
    assert "1 breaking change(s)" in breaking.stderr and "raise the major of info.version" in breaking.stderr
    additive = _pair("operation-added")
    assert run(*map(str, additive), "--fail-on", "breaking").exit_code == 0
    assert run(*map(str, additive), "--fail-on", "any").exit_code == 1
    same = FIXTURES / "operation-added" / "new.yaml"
    assert run(str(same), str(same), "--fail-on", "any").exit_code == 0


def test_a_major_bump_acknowledges_breaking_changes(tmp_path: Path) -> None:
    old, new = _pair("operation-removed")
    bumped = tmp_path / "new.yaml"
    text = new.read_text()
    assert "version: 1.0.0" in text
    bumped.write_text(text.replace("version: 1.0.0", "version: 2.0.0"))
    result = run(str(old), str(bumped), "--fail-on", "breaking")
    assert result.exit_code == 0
    assert "[operation-removed]" in result.stdout  # still listed
    assert "1 breaking change(s), acknowledged by the major version 1.0.0 -> 2.0.0" in result.stderr
    minor = tmp_path / "minor.yaml"
    minor.write_text(text.replace("version: 1.0.0", "version: 1.1.0"))
    assert run(str(old), str(minor), "--fail-on", "breaking").exit_code == 1


def test_unreadable_input_exits_2_with_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [unclosed\n")
    result = run(str(FIXTURES / "operation-added" / "old.yaml"), str(broken))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "broken.yaml" in result.stderr
    assert "Traceback" not in result.output
    missing = run(str(tmp_path / "nope.yaml"), str(broken))
    assert missing.exit_code == 2 and "not found" in missing.stderr
    assert run().exit_code == 2  # neither files nor --base


def test_shared_component_change_is_reported_once_with_every_operation(tmp_path: Path) -> None:
    old, new = _pair("response-field-removed")
    doubled_old, doubled_new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    for src, dst in ((old, doubled_old), (new, doubled_new)):
        text = src.read_text()
        # a second operation answering with the same TokenResponse
        text = text.replace("  /user/me:\n", "  /token:\n" + _token_op() + "  /user/me:\n")
        dst.write_text(text)
    changes = run_json(doubled_old, doubled_new)["changes"]
    assert len(changes) == 1
    assert changes[0]["operations"] == ["POST /signin", "POST /token"]


def _token_op() -> str:
    return (
        "    post:\n      operationId: grantToken\n      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n              schema:\n"
        "                $ref: '#/components/schemas/TokenResponse'\n"
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed for --base")
def test_base_compares_with_a_git_revision_and_names_cookbook_pages(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    spec = repo / "spec" / "auth-v1.yaml"
    shutil.copy(ROOT / "spec" / "auth-v1.yaml", spec)
    shutil.copy(ROOT / "spec" / "cookbook.yaml", repo / "spec" / "cookbook.yaml")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    text = spec.read_text()
    marker = "    SignInRequest:\n      type: object\n"
    assert marker in text
    spec.write_text(text.replace(marker, marker + "      required: [username]\n"))
    result = CliRunner().invoke(
        main, ["diff", "--base", "HEAD", "--spec", str(spec), "--fail-on", "breaking", "--format", "json"]
    )
    assert result.exit_code == 1, result.output
    changes = json.loads(result.stdout)["changes"]
    became = [c for c in changes if c["rule"] == "request-field-became-required"]
    assert len(became) == 1
    assert became[0]["affects"] == ["CloudBaseAuth.sign_in(..., username=...)"]
    assert "cookbook/password-sign-in.md" in became[0]["cookbook"]
    bad = CliRunner().invoke(main, ["diff", "--base", "no-such-ref", "--spec", str(spec)])
    assert bad.exit_code == 2 and "--base no-such-ref" in bad.stderr


def test_the_working_spec_has_no_breaking_change_since_the_release() -> None:
    """What the nox `diff` session runs."""
    result = CliRunner().invoke(
        main, ["diff", "--released", "--spec", str(ROOT / "spec" / "auth-v1.yaml"), "--fail-on", "breaking"]
    )
    assert result.exit_code == 0, result.output


def test_committed_fixtures_are_what_make_fixtures_writes(tmp_path: Path) -> None:
    from . import make_fixtures

    count = make_fixtures.write(tmp_path)
    assert count == len(RULE_DIRS)
    for rule in RULE_DIRS:
        for name in ("old.yaml", "new.yaml"):
            assert (tmp_path / rule / name).read_text() == (FIXTURES / rule / name).read_text(), (
                f"{rule}/{name}"
            )
