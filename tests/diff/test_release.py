"""Versions and changelogs: `authgen generate` refuses a breaking change without a major version
bump (against spec/released/), `--allow-breaking` overrides it, and the generated package carries
the spec's version and a changelog written from the released specs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from generator import release
from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
SIGN_IN_REQUEST = "    SignInRequest:\n      type: object\n"
VERSION = 'version: "1.0.0"'


def project(tmp_path: Path, *, version: str = "1.0.0", breaking: bool = True, added: bool = False) -> Path:
    """A copy of the real spec and cookbook, released as 1.0.0, then edited."""
    spec_dir = tmp_path / "spec"
    (spec_dir / "released").mkdir(parents=True)
    shutil.copy(ROOT / "spec" / "cookbook.yaml", spec_dir / "cookbook.yaml")
    # whatever the working spec's version is, this project released it as 1.0.0
    text = re.sub(
        r'^  version: "[^"]+"$',
        '  version: "1.0.0"',
        (ROOT / "spec" / "auth-v1.yaml").read_text(encoding="utf-8"),
        count=1,
        flags=re.M,
    )
    assert VERSION in text and SIGN_IN_REQUEST in text
    (spec_dir / "released" / "1.0.0.yaml").write_text(text, encoding="utf-8")
    text = text.replace(VERSION, f'version: "{version}"')
    if breaking:
        text = text.replace(SIGN_IN_REQUEST, SIGN_IN_REQUEST + "      required: [username]\n")
    if added:
        text = text.replace(
            "    TokenResponse:\n      type: object\n",
            "    TokenResponse:\n      type: object\n",
        ).replace(
            "        id_token:\n",
            "        expires_at:\n          type: integer\n          description: When the access token expires (Unix"
            " seconds).\n        id_token:\n",
            1,  # TokenResponse's: the first id_token in the file
        )
    spec = spec_dir / "auth-v1.yaml"
    spec.write_text(text, encoding="utf-8")
    return spec


def generate(spec: Path, out: Path, *extra: str) -> Result:
    return CliRunner().invoke(main, ["generate", "--spec", str(spec), "--out", str(out), *extra])


def test_breaking_change_without_a_major_bump_is_refused(tmp_path: Path) -> None:
    spec = project(tmp_path)
    out = tmp_path / "generated"
    result = generate(spec, out)
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: refusing to generate: 1 breaking change(s) since the released spec 1.0.0")
    assert "raise info.version to 2.0.0" in line and "--allow-breaking" in line
    assert "[request-field-became-required] POST /signin: request field 'username' became required" in line
    assert "CloudBaseAuth.sign_in(..., username=...)" in line
    assert not out.exists(), "nothing was written"


def test_a_lower_version_than_the_release_is_refused(tmp_path: Path) -> None:
    spec = project(tmp_path, version="0.9.0", breaking=False)
    result = generate(spec, tmp_path / "generated")
    assert result.exit_code == 1
    assert "info.version 0.9.0 is lower than the released 1.0.0" in result.stderr


def test_additions_without_a_version_bump_warn_before_writing(tmp_path: Path) -> None:
    spec = project(tmp_path, breaking=False, added=True)
    blocker = tmp_path / "not-generated"
    blocker.mkdir()
    (blocker / "keep.txt").write_text("x")
    result = generate(spec, blocker)  # refused after the guard (not a generated tree): nothing is rendered
    assert result.exit_code == 1 and "not a generated tree" in result.stderr
    assert (
        "warning: the spec changed since the released 1.0.0 (1 change(s)) but info.version is still 1.0.0:"
        in (result.stderr)
    )
    assert "raise it to 1.1.0 before releasing" in result.stderr


def test_allow_breaking_writes_and_says_what_it_allowed(tmp_path: Path) -> None:
    spec = project(tmp_path)
    out = tmp_path / "generated"
    result = generate(spec, out, "--allow-breaking")
    assert result.exit_code == 0, result.output
    assert "warning: --allow-breaking: 1 breaking change(s) since the released spec 1.0.0" in result.stderr
    assert 'version = "1.0.0"' in (out / "python" / "pyproject.toml").read_text()


def test_major_bump_generates_a_versioned_package_with_release_notes(tmp_path: Path) -> None:
    spec = project(tmp_path, version="2.0.0", added=True)
    # an intermediate release: 1.1.0 only reworded a description
    released = spec.parent / "released"
    text = (released / "1.0.0.yaml").read_text(encoding="utf-8")
    reworded = text.replace(VERSION, 'version: "1.1.0"').replace(
        "description: Seconds until the access token expires.",
        "description: Seconds until the access token expires (7200 for a user session).",
    )
    assert reworded.count("7200 for a user session") == 1
    (released / "1.1.0.yaml").write_text(reworded, encoding="utf-8")
    out = tmp_path / "generated"
    result = generate(spec, out)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert 'version = "2.0.0"' in (out / "python" / "pyproject.toml").read_text()
    changelog = (out / "python" / "CHANGELOG.md").read_text()
    sections = [line for line in changelog.splitlines() if line.startswith("## ")]
    assert sections == ["## 2.0.0 (unreleased)", "## 1.1.0", "## 1.0.0"]
    notes_200 = changelog.split("## 2.0.0 (unreleased)")[1].split("## 1.1.0")[0]
    assert "### Breaking changes: what you must change" in notes_200
    assert (
        "- `CloudBaseAuth.sign_in(..., username=...)`: request field 'username' became required (POST /signin)."
        " Its type changes from `str | None` to `str`. **What to change:** always pass the argument." in notes_200
    )
    assert "cookbook/password-sign-in.md" in notes_200
    assert (
        "### Added" in notes_200
        and "`TokenResponse.expires_at`: new response field 'expires_at'" in notes_200
    )
    # the description is back to the 1.0.0 wording in the working spec: a docs change of 2.0.0 too
    assert "### Documentation" in notes_200
    notes_110 = changelog.split("## 1.1.0")[1].split("## 1.0.0")[0]
    assert "### Documentation" in notes_110 and "Breaking" not in notes_110
    doc = yaml.safe_load((released / "1.0.0.yaml").read_text(encoding="utf-8"))
    operations = sum(1 for item in doc["paths"].values() for method in item if method in HTTP_METHODS)
    assert f"First release: {operations} operations." in changelog.split("## 1.0.0")[1]


def test_package_version_adds_the_generator_revision_only_when_raised() -> None:
    assert release.package_version("1.2.0", 0) == "1.2.0"
    assert release.package_version("1.2.0", 3) == "1.2.0.3"


@pytest.mark.parametrize("name", ["notes.yaml", "1.0.yaml"])
def test_files_not_named_after_a_version_are_not_releases(tmp_path: Path, name: str) -> None:
    (tmp_path / "released").mkdir()
    (tmp_path / "released" / name).write_text("openapi: 3.1.0\n")
    assert release.released_specs(tmp_path / "auth-v1.yaml") == []


def test_the_repository_keeps_its_released_spec_and_generated_changelog() -> None:
    released = release.released_specs(ROOT / "spec" / "auth-v1.yaml")
    assert released and released[0][0] == (1, 0, 0)
    changelog = (ROOT / "generated" / "python" / "CHANGELOG.md").read_text()
    assert "## 1.0.0" in changelog


def test_lint_errors_are_reported_before_the_release_guard(tmp_path: Path) -> None:
    spec = project(tmp_path)  # a breaking change ...
    text = spec.read_text(encoding="utf-8")
    assert "operationId: signUp\n" in text
    spec.write_text(
        text.replace("operationId: signUp\n", "operationId: signIn\n"), encoding="utf-8"
    )  # ... and a lint error
    result = generate(spec, tmp_path / "generated")
    assert result.exit_code == 1
    assert "duplicate operationId 'signIn'" in result.output
    assert "refusing to generate" not in result.output


def test_the_guard_and_the_changelog_follow_each_edit_of_the_spec(tmp_path: Path) -> None:
    # generate compares the spec with the released one once for the guard and the changelog;
    # an edit in between (an editor, a second generate in the same process) is seen by both.
    spec = project(tmp_path, version="1.1.0", breaking=False, added=True)
    assert release.verdict(spec).changes
    first = release.changelog(spec)
    assert "## 1.1.0 (unreleased)" in first and "expires_at" in first and "Breaking" not in first
    text = spec.read_text(encoding="utf-8").replace('version: "1.1.0"', 'version: "1.2.0"')
    spec.write_text(text.replace(SIGN_IN_REQUEST, SIGN_IN_REQUEST + "      required: [username]\n"))
    with pytest.raises(release.ReleaseError, match=r"raise info\.version to 2\.0\.0"):
        release.verdict(spec)
    second = release.changelog(spec)
    assert "## 1.2.0 (unreleased)" in second and "### Breaking changes" in second
    spec.write_text((spec.parent / "released" / "1.0.0.yaml").read_text(encoding="utf-8"))  # back to it
    assert not release.verdict(spec).changes
    assert "unreleased" not in release.changelog(spec).lower()
