"""The READMEs a reader lands on: every relative link resolves, and the top of the project's
README tells a client user what to run for each language, the same command that language's
getting-started page prints (and its test runs)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from generator.targets.docs.build import languages_of
from generator.writer import build_context, load_inputs

from .first_call import ROOT, blocks, section

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCED = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)


def readmes() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "*README.md"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [ROOT / name for name in listed]


def broken_links(page: Path) -> list[str]:
    text = FENCED.sub("", page.read_text(encoding="utf-8"))
    broken = []
    for target in LINK.findall(text):
        if re.match(r"[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            continue  # another host, or a place on the same page
        path = target.split("#", 1)[0]
        if not (page.parent / path).exists():
            broken.append(target)
    return broken


def test_every_relative_link_in_every_readme_resolves() -> None:
    found = readmes()
    assert ROOT / "README.md" in found and ROOT / "emulator" / "README.md" in found
    assert {path: broken_links(path) for path in found if broken_links(path)} == {}


def test_the_link_check_catches_a_missing_file(tmp_path: Path) -> None:
    page = tmp_path / "README.md"
    (tmp_path / "there.md").write_text("x", encoding="utf-8")
    page.write_text("[a](there.md#x) [b](missing.md) [c](https://example.com/x) [d](#top)\n", encoding="utf-8")
    assert broken_links(page) == ["missing.md"]


def test_the_readme_top_says_what_a_client_user_runs_for_each_language() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    top = readme[: readme.index("\n## Work on the project")]
    inputs = load_inputs(ROOT / "spec" / "auth-v1.yaml")
    for language in languages_of(build_context(inputs, Path()).clients()):
        if language.slug == "curl":
            continue
        assert f"| {language.label} " in top, language.label
        # the getting-started page's install command (its first-call test runs that page)
        printed = blocks(language.slug, "Install", "bash") or blocks(language.slug, "Install", "php")
        assert printed or "Install" in section(language.slug, "Install"), language.label
        commands = [line.rstrip(" \\") for block in printed for line in block.splitlines()]
        assert any(command and command.split(" -")[0] in top for command in commands if "init" not in command), (
            language.label,
            commands,
        )
        assert f"getting-started/{language.slug}.md" in top, language.label
    setup = " ".join(readme[: readme.index("\n## What is here")].split())
    for reaches in ("PyPI", "npm", "Go module proxy", "Maven Central"):
        assert reaches in setup, reaches
    assert re.search(r"`nox` run (takes about|stays under) \d+ minutes on 2 CPU cores", setup)
    assert "nox -s full" in setup  # and says how to run everything


def test_the_emulator_readme_shows_one_create_app_signature_the_real_one() -> None:
    import inspect

    from emulator.app import create_app

    text = (ROOT / "emulator" / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"create_app\(\*, (.*?)\)` returns", text, re.S)
    assert len(shown) == 1, "one signature"
    names = [part.split("=")[0].strip() for part in " ".join(shown[0].split()).split(",")]
    assert names == list(inspect.signature(create_app).parameters)
    usage = re.findall(r"^authgen emulator ", text, re.M)
    assert len(usage) == 1, "one usage line"
