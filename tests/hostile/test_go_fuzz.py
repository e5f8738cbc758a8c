"""Property-based, Go's half (the `go` session: it needs gofmt): the random spec text of
test_fuzz.py through the Go target. Whatever lint lets through is Go that parses and that gofmt
leaves as it is (`gofmt -e -l`: no syntax error, no file to reformat): text never leaves its
string literal, struct tag or `//` comment. Derandomized, like test_fuzz.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, event, given, settings

from generator.ir_file import ir_document
from generator.targets import BuildContext
from generator.targets.go.build import build

from .fuzzing import Drawn, distinct_names, drawn, lint_then_ir, spec_and_cookbook

EXAMPLES = int(os.environ.get("HOSTILE_FUZZ_EXAMPLES", "40"))


def _gofmt() -> str:
    for candidate in ("gofmt", "/usr/local/go/bin/gofmt"):
        found = shutil.which(candidate)
        if found:
            return found
    pytest.fail("gofmt is not installed: the go session needs Go 1.22 or newer")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(drawn)
def test_random_spec_text_makes_go_that_parses_and_is_gofmt_clean(d: Drawn) -> None:
    gofmt = _gofmt()
    assume(distinct_names(d))
    spec, _cookbook = spec_and_cookbook(d)
    _problems, api = lint_then_ir(spec)
    event("refused by lint" if api is None else "generated")
    if api is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        header = "generated from fuzz.yaml by authgen, do not edit"
        context = BuildContext(api, ir_document(api, header), out, header, (), (), out / "fuzz.yaml", spec)
        build(context, "go")
        generated = sorted(str(p) for p in (out / "go").glob("*_gen*.go"))
        assert generated
        done = subprocess.run([gofmt, "-e", "-l", *generated], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and done.stdout == "" and done.stderr == "", done.stdout + done.stderr
