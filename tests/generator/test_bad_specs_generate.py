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
