"""`authgen diff`: every fixture pair (tests/diff/fixtures/<name>/, written from the family
modules of tests/diff/families/) gets exactly its rules and its verdict; every rule has a pair;
the report names the generated code of each target and the cookbook pages; formats, exit codes,
`--rules`, `--base` and `REV:path`."""

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
PAIRS = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["diff", *args])


def run_json(old: Path, new: Path) -> dict:  # type: ignore[type-arg]
    result = run(str(old), str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _pair(name: str) -> tuple[Path, Path]:
    return FIXTURES / name / "old.yaml", FIXTURES / name / "new.yaml"


def _expected(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((FIXTURES / name / "verdict.json").read_text())  # type: ignore[no-any-return]


def _target(change: dict, name: str) -> dict:  # type: ignore[type-arg]
    return next(t for t in change["targets"] if t["target"] == name)  # type: ignore[no-any-return]


def test_at_least_25_pairs_and_every_rule_has_one() -> None:
    assert len(PAIRS) >= 25
    covered = {rule for name in PAIRS for rule in _expected(name)["rules"]}
    assert covered == set(RULES), f"rules without a fixture pair: {sorted(set(RULES) - covered)}"


@pytest.mark.parametrize("name", PAIRS)
def test_pair_gets_exactly_its_rules_and_verdict(name: str) -> None:
    expected = _expected(name)
    report = run_json(*_pair(name))
    changes = report["changes"]
    assert sorted(c["rule"] for c in changes) == expected["rules"]
    worst = min((c["level"] for c in changes), key=[BREAKING, NON_BREAKING, DOCS].index)
    assert worst == expected["verdict"]
    for change in changes:
        assert change["message"]
        assert change["old"] or change["new"]  # located
        assert change["wire_level"] == RULES[change["rule"]].level
        if change["level"] == BREAKING:
            assert change["advice"], "a breaking change says what the user must change"
        if change["level"] != change["wire_level"]:
            assert any(t.get("level") == BREAKING for t in change["targets"]), "only a target raises the level"


@pytest.mark.parametrize("name", PAIRS)
def test_pair_reversed_is_not_silent(name: str) -> None:
    """Swapping old and new finds the change too (a rule that cannot see its own undo is suspicious)."""
    assert run_json(*reversed(_pair(name)))["changes"]


def test_directions_judge_the_same_edit_differently() -> None:
    """The issue's cases: a widened request accepts more, a response that may take a new shape
    breaks readers; a raised lower bound breaks a request's senders, not a response's readers."""
    levels = {name: _expected(name)["verdict"] for name in PAIRS}
    assert RULES["request-alternative-added"].level == NON_BREAKING
    assert RULES["response-alternative-added"].level == BREAKING
    assert levels["request-constraint-tightened-min-length"] == BREAKING
    assert levels["response-constraint-tightened"] == NON_BREAKING
    assert RULES["request-format-widened"].level == NON_BREAKING
    assert RULES["response-format-widened"].level == BREAKING


def test_a_raised_lower_bound_is_tightened_on_a_request_and_not_breaking_on_a_response() -> None:
    request = run_json(*_pair("request-constraint-tightened-min-length"))["changes"]
    assert [(c["rule"], c["level"], c["message"]) for c in request] == [
        ("request-constraint-tightened", BREAKING, "request field 'username': minLength 1 -> 3")
    ]
    response = run_json(*_pair("response-constraint-tightened"))["changes"]
    assert [(c["rule"], c["level"], c["message"]) for c in response] == [
        ("response-constraint-tightened", NON_BREAKING, "response field 'expires_in': minimum 1 -> 60")
    ]


def test_date_time_added_to_a_response_is_breaking_for_the_generated_types() -> None:
    [change] = run_json(*_pair("response-format-date-time-added"))["changes"]
    assert change["wire_level"] == NON_BREAKING and change["level"] == BREAKING
    assert _target(change, "python") == {
        "target": "python", "names": ["User.created_at"], "old_type": "str | None",
        "new_type": "datetime.datetime | None", "level": BREAKING,
    }  # fmt: skip
    assert _target(change, "go") == {
        "target": "go", "names": ["User.CreatedAt"], "old_type": "*string", "new_type": "*time.Time",
        "level": BREAKING,
    }  # fmt: skip


def test_a_target_that_keeps_working_says_so() -> None:
    """python: int -> float for an argument is compatible; go: *int -> *float64 is not."""
    [change] = run_json(*_pair("request-type-widened"))["changes"]
    assert _target(change, "python")["level"] == NON_BREAKING
    assert _target(change, "go")["level"] == BREAKING


def test_error_answers_new_shape_names_the_calls_that_raise_it() -> None:
    [change] = run_json(*_pair("response-alternative-added"))["changes"]
    assert change["message"] == "400 response: anyOf branch GatewayError added"
    assert change["operations"] == ["POST /signin"]
    assert _target(change, "python")["names"] == ["CloudBaseAuth.sign_in() raises cloudbase_auth.APIStatusError"]
    assert _target(change, "go")["names"] == ["Client.SignIn() returns *cloudbase.APIError"]


def test_generated_names_of_a_new_required_field() -> None:
    [change] = run_json(*_pair("request-field-added-required"))["changes"]
    assert _target(change, "python")["names"] == ["CloudBaseAuth.sign_in(..., captcha_token=...)"]
    assert _target(change, "go")["names"] == ["SignInRequest.CaptchaToken"]
    assert change["operations"] == ["POST /signin"]


def test_generated_names_of_a_response_field_an_error_class_and_a_method() -> None:
    [removed] = run_json(*_pair("response-field-removed"))["changes"]
    assert removed["targets"] == [
        {"target": "python", "names": ["TokenResponse.sub"]},
        {"target": "go", "names": ["TokenResponse.Sub"]},
        {"target": "php", "names": ["TokenResponse::$sub"]},
        {"target": "java", "names": ["TokenResponse.sub()"]},
    ]
    [renamed] = run_json(*_pair("error-code-renamed"))["changes"]
    assert _target(renamed, "python")["names"] == ["cloudbase_auth.InvalidGrant -> cloudbase_auth.InvalidTicket"]
    assert _target(renamed, "go")["names"] == ["cloudbase.ErrInvalidGrant -> cloudbase.ErrInvalidTicket"]
    [op] = run_json(*_pair("operation-id-changed"))["changes"]
    assert _target(op, "python")["names"] == ["CloudBaseAuth.get_user_me() -> CloudBaseAuth.get_current_user()"]
    assert _target(op, "go")["names"] == ["Client.GetUserMe() -> Client.GetCurrentUser()"]


def test_text_output_is_one_located_line_per_change_and_a_summary() -> None:
    result = run(*map(str, _pair("request-field-added-required")))
    assert result.exit_code == 0
    first, summary = result.stdout.splitlines()
    assert "new.yaml:" in first
    assert "#/components/schemas/SignInRequest/properties/captcha_token" in first
    assert "breaking [request-field-added-required] POST /signin" in first
    assert "affects python: CloudBaseAuth.sign_in(..., captcha_token=...); go: SignInRequest.CaptchaToken" in first
    assert "to do: pass the new argument" in first
    assert summary.endswith("1 breaking, 0 non-breaking, 0 docs")


def test_text_output_says_when_a_target_raises_the_level() -> None:
    first = run(*map(str, _pair("response-format-date-time-added"))).stdout.splitlines()[0]
    assert "breaking (wire: non-breaking) [response-format-narrowed]" in first
    assert "types python str | None -> datetime.datetime | None (breaking); go *string -> *time.Time (breaking)" in first


def test_removed_things_are_located_in_the_old_spec() -> None:
    first = run(*map(str, _pair("response-field-removed"))).stdout.splitlines()[0]
    assert "old.yaml:" in first and "#/components/schemas/TokenResponse/properties/sub" in first


def test_markdown_output_is_a_table() -> None:
    out = run(*map(str, _pair("operation-removed")), "--format", "markdown").stdout
    assert "| breaking | `operation-removed` | GET /user/me |" in out
    assert "python: `CloudBaseAuth.get_user_me()`; go: `Client.GetUserMe()`" in out
    assert "1 breaking, 0 non-breaking, 0 documentation only." in out


def test_rules_lists_every_rule_with_level_direction_and_family() -> None:
    result = run("--rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[-1] == f"{len(RULES)} rules"
    by_id = {line.split()[0]: line.split()[1:4] for line in lines[1:-1]}
    assert set(by_id) == set(RULES)
    assert by_id["response-alternative-added"] == [BREAKING, "response", "composition"]
    assert by_id["request-format-widened"] == [NON_BREAKING, "request", "formats"]
    table = json.loads(run("--rules", "--format", "json").stdout)
    assert {r["id"] for r in table} == set(RULES)
    assert all(r["advice"] for r in table if r["level"] == BREAKING)
    assert run("--rules", "a.yaml").exit_code == 2  # --rules compares nothing


def test_fail_on_breaking_and_any() -> None:
    breaking = run(*map(str, _pair("operation-removed")), "--fail-on", "breaking")
    assert breaking.exit_code == 1
    assert "1 breaking change(s)" in breaking.stderr and "raise the major of info.version" in breaking.stderr
    additive = _pair("operation-added")
    assert run(*map(str, additive), "--fail-on", "breaking").exit_code == 0
    assert run(*map(str, additive), "--fail-on", "any").exit_code == 1
    same = FIXTURES / "operation-added" / "new.yaml"
    assert run(str(same), str(same), "--fail-on", "any").exit_code == 0


def test_advice_names_the_commands_that_exist() -> None:
    """--allow-breaking is `generate`'s flag: diff's advice never sends a user to it as its own."""
    breaking = run(*map(str, _pair("schema-composition-changed")), "--fail-on", "breaking")
    assert breaking.exit_code == 1
    assert "--allow-breaking" not in breaking.stdout
    assert "authgen generate --allow-breaking" in breaking.stderr
    for rule in RULES.values():
        assert "--allow-breaking" not in rule.advice, rule.id


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


def _repo(tmp_path: Path) -> tuple[Path, Path, list[str]]:
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
    return repo, spec, git


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed for --base")
def test_base_compares_with_a_git_revision_and_names_cookbook_pages(tmp_path: Path) -> None:
    _repo_dir, spec, _git = _repo(tmp_path)
    result = CliRunner().invoke(
        main, ["diff", "--base", "HEAD", "--spec", str(spec), "--fail-on", "breaking", "--format", "json"]
    )
    assert result.exit_code == 1, result.output
    changes = json.loads(result.stdout)["changes"]
    became = [c for c in changes if c["rule"] == "request-field-became-required"]
    assert len(became) == 1
    assert _target(became[0], "python")["names"] == ["CloudBaseAuth.sign_in(..., username=...)"]
    assert "cookbook/password-sign-in.md" in became[0]["cookbook"]
    bad = CliRunner().invoke(main, ["diff", "--base", "no-such-ref", "--spec", str(spec)])
    assert bad.exit_code == 2 and "--base no-such-ref" in bad.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed for REV:path")
def test_rev_path_arguments_read_a_file_at_a_git_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo, _spec, _git = _repo(tmp_path)
    monkeypatch.chdir(repo)
    result = run("HEAD:spec/auth-v1.yaml", "spec/auth-v1.yaml", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["old"]["spec"] == "HEAD:spec/auth-v1.yaml"
    assert [c["rule"] for c in report["changes"]] == ["request-field-became-required"]
    same = run("HEAD:spec/auth-v1.yaml", "HEAD:./spec/auth-v1.yaml", "--fail-on", "any")
    assert same.exit_code == 0, same.output
    missing = run("HEAD:spec/nope.yaml", "spec/auth-v1.yaml")
    assert missing.exit_code == 2 and "HEAD:spec/nope.yaml" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


def test_the_working_spec_has_no_unacknowledged_breaking_change_since_the_release() -> None:
    """What the nox `diff` session runs: green because 2.0.0 raised the major over 1.0.0."""
    result = CliRunner().invoke(
        main, ["diff", "--released", "--spec", str(ROOT / "spec" / "auth-v1.yaml"), "--fail-on", "breaking"]
    )
    assert result.exit_code == 0, result.output
    assert "acknowledged by the major version 1.0.0 -> 2" in result.stderr


def test_the_released_pair_lists_the_error_answers_and_the_date_time_types() -> None:
    report = run_json(ROOT / "spec" / "released" / "1.0.0.yaml", ROOT / "spec" / "auth-v1.yaml")
    changes = report["changes"]
    shapes = [c for c in changes if c["rule"] == "response-alternative-added"]
    assert shapes and all(c["level"] == BREAKING for c in shapes)
    assert any("GatewayError added" in c["message"] for c in shapes)
    assert len({op for c in shapes for op in c["operations"]}) >= 20  # every operation of 1.0.0
    dates = {
        n for c in changes if c["rule"] == "response-format-narrowed" for t in c["targets"] if t["target"] == "python"
        for n in t["names"] if t.get("new_type", "").startswith("datetime.datetime")
    }  # fmt: skip
    assert {"UserProfile.created_at", "UserProfile.updated_at", "UserGroup.expires_at"} <= dates


def test_committed_fixtures_are_what_make_fixtures_writes(tmp_path: Path) -> None:
    from . import make_fixtures

    count = make_fixtures.write(tmp_path)
    assert count == len(PAIRS)
    for name in PAIRS:
        for file in ("old.yaml", "new.yaml", "verdict.json"):
            assert (tmp_path / name / file).read_text() == (FIXTURES / name / file).read_text(), f"{name}/{file}"


class _ToySurface:
    """A target the diff has never heard of: it plugs in through its TARGET's diff_surface()."""

    target = "toy"

    def names(self, subject: object) -> tuple[str, ...]:
        return (f"toy/{subject.kind}/{subject.operation}/{subject.model}/{subject.name}",)  # type: ignore[attr-defined]

    def type_of(self, doc: dict, node: object, *, required: bool, subject: object, direction: str) -> str:  # type: ignore[type-arg]
        return f"Toy<{node.get('format', 'plain') if isinstance(node, dict) else '?'}>"

    def compatible(self, old: str, new: str, direction: str) -> bool:
        return True


class _ToyTarget:
    name = "toy"

    def diff_surface(self) -> _ToySurface:
        return _ToySurface()


class _NoSurfaceTarget:
    name = "cookbook-like"


def test_a_new_target_plugs_in_through_the_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.targets import registry

    monkeypatch.setattr(registry, "load", lambda names=None: (_NoSurfaceTarget(), _ToyTarget()))
    [change] = run_json(*_pair("response-format-date-time-added"))["changes"]
    assert change["targets"] == [
        {"target": "toy", "names": ["toy/field//User/created_at"], "old_type": "Toy<plain>",
         "new_type": "Toy<date-time>", "level": NON_BREAKING},
    ]  # fmt: skip
    assert change["level"] == NON_BREAKING  # this target's code keeps working: the wire's level stands


def test_the_diff_core_names_no_language() -> None:
    """Generated names and types come from the targets' surfaces, never from generator/diff/."""
    for path in (ROOT / "generator" / "diff").glob("*.py"):
        code = path.read_text()
        for word in ("CloudBaseAuth", "cloudbase_auth", "cloudbase.", "targets.python", "targets.go", "snake_case",
                     "pascal_case"):  # fmt: skip
            assert word not in code, f"{path.name} names {word!r}"
