"""Fixtures for the docs site: the inputs (spec, cookbook) and one built site per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.writer import Inputs, load_inputs

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "auth-v1.yaml"
GENERATED = ROOT / "generated"


@pytest.fixture(scope="session")
def inputs() -> Inputs:
    return load_inputs(SPEC)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as `authgen docs --out DIR` builds it from the committed generated/docs."""
    out = tmp_path_factory.mktemp("docs") / "site"
    result = CliRunner().invoke(main, ["docs", "--generated", str(GENERATED), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out
