"""`load_yaml` keeps what it parsed, by the file's bytes (so `authgen generate` parses the spec
once before its workers fork): a file read again must still give what it holds now, each
caller its own data, and a file that became broken its error."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.loader import load_yaml
from generator.problems import SpecError

SPEC = "openapi: 3.1.0\ninfo:\n  title: first\n  version: '1'\npaths: {}\n"


def test_a_file_changed_between_two_loads_is_parsed_again(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    assert load_yaml(spec).data["info"]["title"] == "first"
    # the same size, written within the same second: only the bytes tell the two apart
    spec.write_text(SPEC.replace("first", "other"), encoding="utf-8")
    again = load_yaml(spec)
    assert again.data["info"]["title"] == "other"
    assert again.line_of("/info/title") == 3


def test_each_caller_gets_its_own_data(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    first = load_yaml(spec)
    first.data["info"]["title"] = "changed by a caller"
    first.data["paths"]["/x"] = {}
    second = load_yaml(spec)
    assert second.data == {"openapi": "3.1.0", "info": {"title": "first", "version": "1"}, "paths": {}}
    assert second.path == spec


def test_a_file_that_became_broken_reports_its_error(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    load_yaml(spec)
    spec.write_text(SPEC + "info: twice\n", encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        load_yaml(spec)
    assert raised.value.problem.rule == "yaml-duplicate-key"
    assert raised.value.problem.line == 6
