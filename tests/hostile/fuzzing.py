"""Random spec text for the property-based tests (test_fuzz.py here, test_go_fuzz.py in the
`go` session): a strategy that puts one drawn text into every description and title of the
corpus's base spec, and drawn names into a property, a header, a query parameter and a path,
plus the lint-then-IR step both tests share."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from generator.ir import Api, build_api
from generator.lint import lint_spec
from generator.loader import Loaded
from generator.problems import Problem, has_errors

from .corpus import (
    GO,
    HTML,
    JQ,
    MARKDOWN_ATTRIBUTES,
    MARKDOWN_LINKS,
    PYTHON,
    SHELL,
    SHELL_PATH,
    SHELL_PROPERTY,
    SHELL_TOKEN,
    YAML,
    _every_text,
    _header_name,
    _path,
    _property,
    _query_name,
    base_cookbook,
    base_spec,
)

# Pieces of the payload classes (shell, jq, Go, Python, YAML, HTML, Markdown), mixed into text.
PIECES = [
    piece
    for payload in (SHELL, JQ, GO, PYTHON, YAML, HTML, MARKDOWN_LINKS, MARKDOWN_ATTRIBUTES)
    for piece in payload.replace("\n", " \n ").split(" ")
    if piece
] + [
    "'",
    '"',
    "`",
    "$",
    "\\",
    "{",
    "}",
    "<",
    ">",
    "&",
    "|",
    ";",
    "\n",
    "\n\n",
    "```",
    "~~~",
    "''",
    "``",
    "*/",
    "#",
]

# Any text but what lint refuses anyway (controls, format characters, separators), with newlines
# and tabs; sometimes anything at all.
printable = st.characters(exclude_categories=("Cc", "Cs", "Cf", "Zl", "Zp")) | st.sampled_from("\n\t")
texts = st.one_of(
    st.text(printable, max_size=30),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(printable, max_size=5)), max_size=8).map("".join),
    st.text(max_size=10),
)
# Names the grammars allow (payloads among them): these generate, so their escaping is what is
# tested. `any_names` draws anything, for the test that lint refuses cleanly what it refuses.
header_names = st.one_of(
    st.from_regex(r"\Ax-[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}\Z"), st.sampled_from([SHELL_TOKEN, "x-'$a`b`|&!"])
)
query_names = st.from_regex(r"\A[A-Za-z][A-Za-z0-9!$&'()*+,;=:@/?\[\]._~-]{0,12}\Z")
property_names = st.one_of(
    st.from_regex(r"\A[a-z][A-Za-z0-9!#$%&()*+./:;<=>?@\[\]^_{|}~ -]{0,12}\Z"),
    st.sampled_from([SHELL_PROPERTY]),
)
path_segments = st.one_of(
    st.from_regex(r"\A[A-Za-z0-9!$&'()*+,;=:@._~-]{1,16}\Z"), st.sampled_from([SHELL_PATH])
)
any_names = st.text(max_size=12)


@dataclass(frozen=True)
class Drawn:
    text: str
    header: str
    query: str
    prop: str
    segment: str
    value: str


# "T" first: a summary or description must not be empty (another lint rule, not this test's).
drawn = st.builds(
    Drawn, texts.map("T".__add__), header_names, query_names, property_names, path_segments, texts
)
drawn_anything = st.builds(Drawn, texts, any_names, any_names, any_names, any_names, texts)


# The base spec's own names, which a drawn name must not take (the test would then be about
# a spec that lost a field, not about text).
BASE_NAMES = frozenset(
    {"thing_id", "mode", "x-thing-tag", "name", "secret_note", "kind", "options", "message"}
)


def distinct_names(d: Drawn) -> bool:
    names = [d.header.lower(), d.query.lower(), d.prop.lower()]
    return len(set(names)) == 3 and not set(names) & BASE_NAMES


def spec_and_cookbook(d: Drawn) -> tuple[dict[str, Any], dict[str, Any]]:
    spec, cookbook = base_spec(), base_cookbook()
    _every_text(d.text)(spec, cookbook)
    _header_name(d.header)(spec, cookbook)
    _query_name(d.query)(spec, cookbook)
    _property("name", d.prop)(spec, cookbook)
    _path(f"/things/{d.segment}/{{thing_id}}")(spec, cookbook)
    send = cookbook["scenarios"][0]["steps"]
    send[0]["send"]["message"] = d.value
    send[1]["send"].update({"thing_id": d.value, d.query: d.value, d.header: d.value, d.prop: d.value})
    return spec, copy.deepcopy(cookbook)


def lint_then_ir(spec: dict[str, Any]) -> tuple[list[Problem], Api | None]:
    """Lint (without the OpenAPI structure validation, which is not about text); the IR when
    nothing is an error."""
    problems = lint_spec(Loaded(Path("fuzz.yaml"), "fuzz.yaml", spec), structure=False)
    assert not [p for p in problems if p.rule == "internal"], problems
    for problem in problems:
        assert "\n" not in str(problem)  # one located line each, whatever the text held
    return problems, (None if has_errors(problems) else build_api(spec))
