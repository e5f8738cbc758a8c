"""`authgen generate` on every case of the bad-spec corpus (tests/bad_specs/): exit 1, the same
located problems `authgen lint` prints, and the output tree left byte for byte as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main

BAD = Path(__file__).resolve().parents[1] / "bad_specs"
EXPECTED: dict[str, dict[str, list[str]]] = yaml.safe_load((BAD / "expected.yaml").read_text("utf-8"))


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", sorted(EXPECTED["files"]))
def test_generate_refuses_the_case_and_leaves_the_output_untouched(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "generated"
    (out / "python").mkdir(parents=True)
    (out / "MANIFEST.json").write_text('{"files": {}}\n')  # a generated tree: generate may replace it
    (out / "python" / "client.py").write_text("# the previous, good client\n")
    before = _tree(tmp_path)
    monkeypatch.chdir(BAD)
    result = CliRunner().invoke(main, ["generate", "--spec", name, "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    for want in EXPECTED["files"][name]:
        assert want in result.output
    assert "nothing was written" in result.output or "cannot be loaded" in result.output
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"]  # no staging directory left


def _fake_tree(out: Path) -> None:
    (out / "python").mkdir(parents=True)
    (out / "MANIFEST.json").write_text('{"files": {}}\n')
    (out / "python" / "client.py").write_text("# the previous, good client\n")


def test_a_spec_openapi_python_client_crashes_on_gives_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever lint does not foresee, openapi-python-client crashing on it (as it did with a
    ValueError on colliding enum members) is one line and leaves the output as it was."""
    from openapi_python_client.parser import GeneratorData

    def crash(*args: object, **kwargs: object) -> None:
        raise ValueError("Duplicate key A_B in enum\nsecond line")

    monkeypatch.setattr(GeneratorData, "from_dict", crash)
    out = tmp_path / "generated"
    _fake_tree(out)
    before = _tree(tmp_path)
    result = CliRunner().invoke(main, ["generate", "--spec", str(BAD / "base.yaml"), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.output.splitlines() == [
        f"Error: openapi-python-client failed: ValueError: Duplicate key A_B in enum second line; {out} is unchanged"
    ]
    assert _tree(tmp_path) == before


def test_a_spec_openapi_python_client_refuses_gives_one_line_naming_the_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openapi-python-client's own refusal (lint is bypassed here to reach it): the cause, not
    the warnings about what it dropped because of it."""
    from generator import writer

    monkeypatch.setattr(writer, "lint_spec", lambda loaded, **kw: [])  # the spec is valid OpenAPI
    out = tmp_path / "generated"
    _fake_tree(out)
    before = _tree(tmp_path)
    spec = BAD / "inline_model_name_collision.yaml"
    # --no-cache: a lint replaced in this process must not be remembered for the next test
    result = CliRunner().invoke(main, ["generate", "--no-cache", "--spec", str(spec), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        "Error: openapi-python-client: Unable to process schema /components/schemas/User: Found conflicting "
        f"enums named UserName with incompatible values; {out} is unchanged"
    ]
    assert _tree(tmp_path) == before
