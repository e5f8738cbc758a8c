"""`authgen lint` on the bad-spec corpus (tests/bad_specs/), on the real spec, and on ~200 seeded
mutations of the real spec: every bad input gives short, located, one-line problems and exit 1;
nothing ever raises or prints a traceback; nothing touches the spec file."""

from __future__ import annotations

import copy
import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from generator import loader as loader_module
from generator.cli import main
from generator.lint import lint_spec
from generator.loader import Loaded, load_yaml
from generator.problems import Level, Problem, SpecError, has_errors

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "bad_specs"
REAL_SPEC = ROOT / "spec" / "auth-v1.yaml"
EXPECTED: dict[str, dict[str, list[str]]] = yaml.safe_load(
    (BAD / "expected.yaml").read_text(encoding="utf-8")
)

# `file[:line]: level [rule] message[ (at /pointer)]`, and the summary click prints on exit 1
PROBLEM_LINE = re.compile(r"^[^\s:][^:]*(:\d+)?: (error|warning) \[[a-z0-9-]+\] \S.*$")
SUMMARY_LINE = re.compile(r"^Error: \d+ error\(s\), \d+ warning\(s\)$")
OK_LINE = re.compile(r"^\S.*: ok( \(\d+ warning\(s\)\))?$")


def run_lint(*args: str) -> Result:
    return CliRunner().invoke(main, ["lint", *args])


def snapshot(path: Path) -> bytes | list[str] | None:
    """What must not change: a file's bytes, a directory's listing, or absence."""
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    return path.read_bytes() if path.exists() else None


def problem_lines(result: Result) -> list[str]:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.output.splitlines()
    for line in lines:
        assert PROBLEM_LINE.match(line) or SUMMARY_LINE.match(line) or OK_LINE.match(line), line
    return [line for line in lines if PROBLEM_LINE.match(line)]


def check_case(name: str, expected: list[str]) -> None:
    path = Path(name)
    before = snapshot(path)
    result = run_lint("--spec", name)
    lines = problem_lines(result)
    assert result.exit_code == 1, result.output
    assert len(lines) == len(expected), result.output
    for line, want in zip(lines, expected, strict=True):
        assert want in line, f"expected {want!r} in {line!r}"
    assert snapshot(path) == before, "lint changed the spec"


# --- committed cases -----------------------------------------------------------------------


def test_corpus_is_big_enough() -> None:
    assert len(EXPECTED["files"]) + len(EXPECTED["generated"]) >= 18
    on_disk = {p.name for p in BAD.glob("*.yaml")} - {"base.yaml", "expected.yaml", "warning_only.yaml"}
    assert on_disk == set(EXPECTED["files"]), "every case file needs an entry in expected.yaml, and back"


@pytest.mark.parametrize("name", sorted(EXPECTED["files"]))
def test_bad_spec_file(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAD)
    check_case(name, EXPECTED["files"][name])


def test_base_spec_is_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAD)
    result = run_lint("--spec", "base.yaml", "--fail-on-warning")
    assert result.exit_code == 0, result.output
    assert problem_lines(result) == []


def test_warning_only_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAD)
    before = snapshot(Path("warning_only.yaml"))
    relaxed = run_lint("--spec", "warning_only.yaml")
    assert relaxed.exit_code == 0, relaxed.output
    lines = problem_lines(relaxed)
    assert len(lines) == 1
    assert "warning_only.yaml:83: warning [tag] tag 'profile' is not declared" in lines[0]
    strict = run_lint("--spec", "warning_only.yaml", "--fail-on-warning")
    assert strict.exit_code == 1, strict.output
    assert problem_lines(strict) == lines
    assert snapshot(Path("warning_only.yaml")) == before


def test_real_spec_is_clean() -> None:
    result = run_lint("--spec", str(REAL_SPEC), "--fail-on-warning")
    assert result.exit_code == 0, result.output
    assert problem_lines(result) == []


# --- generated cases -----------------------------------------------------------------------


def _base_text() -> str:
    return (BAD / "base.yaml").read_text(encoding="utf-8")


def _latin1(path: Path) -> None:
    text = _base_text().replace("title: Minimal", "title: Caf\u00e9 minimal", 1)
    path.write_bytes(text.encode("latin-1"))


def _deep(levels: int) -> Callable[[Path], None]:
    return lambda path: path.write_text("a: " + "[" * levels + "]" * levels + "\n")


def _deep_lines(levels: int) -> Callable[[Path], None]:
    """One "[" per line: the yaml-depth line then says where the nesting goes too deep."""
    return lambda path: path.write_text("a:\n" + "  [\n" * levels + "  " + "]" * levels + "\n")


def _wide_alias_bomb(path: Path) -> None:
    lines = ["x0: &x0 [" + ", ".join(["lol"] * 50) + "]"]
    lines += [f"x{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 50) + "]" for i in range(1, 40)]
    path.write_text("\n".join(lines) + "\n")


def _alias_chain(path: Path) -> None:
    lines = ["a0: &a0 [x]"] + [f"a{i}: &a{i} [*a{i - 1}]" for i in range(1, 300)]
    path.write_text("\n".join(lines) + "\n")


def _odd_path_key(path: Path) -> None:
    """A path key with a newline, "%" and "#": messages stay one line, example checks still work."""
    text = _base_text().replace("  /user/me:\n", '  "/user/me\\n%41#x":\n', 1)
    path.write_text(text.replace("      summary: Read the signed-in user's profile\n", "", 1))


GENERATORS: dict[str, Callable[[Path], None]] = {
    "missing.yaml": lambda path: None,
    "a_directory.yaml": lambda path: path.mkdir(),
    "latin1.yaml": _latin1,
    "utf16.yaml": lambda path: path.write_text(_base_text(), encoding="utf-16"),
    "nul_byte.yaml": lambda path: path.write_bytes(b'openapi: 3.1.0\ninfo: {title: "a\x00b"}\n'),
    "too_big.yaml": lambda path: path.write_bytes(b"# padding\n" * (2 * 1024 * 1024 // 10)),
    "too_deep.yaml": _deep(100),
    "very_deep.yaml": _deep(5000),
    "very_deep_lines.yaml": _deep_lines(5000),
    "wide_alias_bomb.yaml": _wide_alias_bomb,
    "alias_chain.yaml": _alias_chain,
    "odd_path_key.yaml": _odd_path_key,
    "python_tag.yaml": lambda path: path.write_text("openapi: 3.1.0\ninfo: !!python/object:os.system {}\n"),
    "unhashable_key.yaml": lambda path: path.write_text("openapi: 3.1.0\n? [a, b]\n: c\n"),
}


def test_every_generated_case_has_a_generator() -> None:
    assert set(GENERATORS) == set(EXPECTED["generated"])


@pytest.mark.parametrize("name", sorted(EXPECTED["generated"]))
def test_bad_spec_generated(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    GENERATORS[name](tmp_path / name)
    check_case(name, EXPECTED["generated"][name])


@pytest.mark.parametrize("name", ["billion_laughs.yaml", "recursive_alias.yaml", "wide_alias_bomb.yaml"])
def test_alias_bombs_do_not_hang(name: str, tmp_path: Path) -> None:
    """In a real process with a timeout: a bomb that gets past the guard would hang or eat memory."""
    spec = BAD / name
    if name in GENERATORS:
        spec = tmp_path / name
        GENERATORS[name](spec)
    proc = subprocess.run(
        [sys.executable, "-c", "from generator.cli import main; main()", "lint", "--spec", str(spec)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert "error [yaml-aliases]" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


# --- lint never raises ---------------------------------------------------------------------

REPLACEMENTS: list[Any] = [None, 1, -1, 0.5, True, [], {}, "x", "", [None], {"x": None}]


def _containers(node: Any) -> Iterator[tuple[dict[Any, Any] | list[Any], Any]]:
    """(container, key) for every value in the document."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key
            yield from _containers(value)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield node, i
            yield from _containers(value)


def _mutate(doc: dict[str, Any], rng: random.Random) -> str:
    slots = list(_containers(doc))
    container, key = rng.choice(slots)
    if rng.random() < 0.3:
        del container[key]
        return f"delete {key!r}"
    value = rng.choice(REPLACEMENTS)
    container[key] = copy.deepcopy(value)
    return f"{key!r} = {value!r}"


def _mutations(count: int, seed: int) -> Iterator[tuple[str, dict[str, Any]]]:
    original = load_yaml(REAL_SPEC).data
    rng = random.Random(seed)
    for i in range(count):
        doc = copy.deepcopy(original)
        steps = [_mutate(doc, rng) for _ in range(1 + i % 3)]  # one, two or three defects
        yield "; ".join(steps), doc


# Thousands of mutations of the real spec (the odd-document property test runs by default): `nox -s full`.
@pytest.mark.full
def test_lint_never_raises_on_mutations_of_the_real_spec() -> None:
    """And what lint lets through (no errors), the generator's IR can build: `authgen lint`
    itself runs build_api when a cookbook sits next to the spec."""
    from generator.ir import build_api

    real = load_yaml(REAL_SPEC)
    found_something = 0
    for what, doc in _mutations(200, seed=20261122):
        mutated = Loaded(real.path, real.display, doc, real.lines)
        problems = lint_spec(mutated)  # must not raise
        assert all(isinstance(p, Problem) for p in problems), what
        for problem in problems:
            assert problem.rule != "internal", f"{what}: {problem}"  # the safety net caught a crash
            assert "\n" not in str(problem), what
        found_something += bool(problems)
        if not has_errors(problems):
            build_api(doc)  # must not raise either
    assert found_something > 100  # most mutations break something


@pytest.mark.parametrize(
    "data",
    [
        None,
        1,
        "x",
        [],
        {},
        {"openapi": None},
        {"openapi": "3.1.0"},
        {"openapi": "3.1.0", "paths": []},
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": None}},
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {1: {}}},
        {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "components": {"schemas": {"A": {"$ref": "#/components/schemas/A"}}},
        },
    ],
)
def test_lint_never_raises_on_odd_documents(data: Any) -> None:
    loaded = Loaded(Path("odd.yaml"), "odd.yaml", data, {"": 1})
    problems = lint_spec(loaded)
    assert all(p.rule != "internal" for p in problems), problems


def test_self_referencing_schema_with_example(tmp_path: Path) -> None:
    """A schema whose $ref points at itself: the example check must not recurse forever."""
    text = _base_text().replace(
        "    Empty:\n      type: object\n", '    Empty:\n      $ref: "#/components/schemas/Empty"\n', 1
    )
    spec = tmp_path / "loop.yaml"
    spec.write_text(text)
    problems = lint_spec(load_yaml(spec))
    assert problems, "a schema that is only a reference to itself is not a schema"
    assert all(p.rule != "internal" for p in problems), problems
    assert all(p.level is Level.ERROR or p.level is Level.WARNING for p in problems)


def test_load_yaml_raises_only_spec_error(tmp_path: Path) -> None:
    for name, generate in GENERATORS.items():
        if name == "odd_path_key.yaml":  # loads fine; the problem is lint's
            continue
        path = tmp_path / name
        generate(path)
        with pytest.raises(SpecError) as info:
            load_yaml(path)
        assert "\n" not in str(info.value.problem)


# --- yaml-depth keeps its line whatever the parser -------------------------------------------

DEPTH_CASES = ["too_deep.yaml", "very_deep.yaml", "very_deep_lines.yaml", "alias_chain.yaml"]


@pytest.mark.parametrize("name", DEPTH_CASES)
def test_yaml_depth_line_without_libyaml(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without libyaml: the pure-Python composer overflows Python's stack instead."""
    monkeypatch.setattr(loader_module, "FAST_LOADER", yaml.SafeLoader)
    monkeypatch.chdir(tmp_path)
    GENERATORS[name](tmp_path / name)
    check_case(name, EXPECTED["generated"][name])


class _ParserWithNewWording(yaml.SafeLoader):
    """A parser with a nesting limit of its own, lower than lint's, and its own wording and
    marks (as libyaml 0.2.5 in PyYAML 6.0.4 stops at 1000 with "exceeded maximum nesting
    depth"), when composing and when parsing events: the yaml-depth line must not depend on it."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._levels = 0

    def get_event(self) -> Any:
        event = super().get_event()
        if isinstance(event, yaml.CollectionStartEvent):
            self._levels += 1
            if self._levels > 10:
                raise yaml.scanner.ScannerError(problem="nesting is too deep for me")
        elif isinstance(event, yaml.CollectionEndEvent):
            self._levels -= 1
        return event


@pytest.mark.parametrize("name", DEPTH_CASES)
def test_yaml_depth_line_does_not_depend_on_the_parsers_wording(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader_module, "FAST_LOADER", _ParserWithNewWording)
    monkeypatch.chdir(tmp_path)
    GENERATORS[name](tmp_path / name)
    check_case(name, EXPECTED["generated"][name])


# --- parameter examples (issue 16, item 2) ---------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (  # a named example of an operation's parameter
            "          example: github\n",
            "          examples:\n            fine:\n              value: github\n            broken:\n"
            "              value: 42\n",
            "spec.yaml:117: error [example-schema] example does not match its schema: 42 is not of type "
            "'string' (at /paths/~1user~1provider~1{provider_id}/delete/parameters/0/examples/broken/value)",
        ),
        (  # a shared parameter: reported once, where it is written
            "      example: 0f1e2d3c\n",
            '      example: ""\n',
            "spec.yaml:142: error [example-schema] example does not match its schema: '' should be non-empty "
            "(at /components/parameters/DeviceIdRequired/example)",
        ),
    ],
)
def test_parameter_examples_are_checked_against_their_schema(
    old: str, new: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _base_text()
    assert old in text
    (tmp_path / "spec.yaml").write_text(text.replace(old, new, 1))
    monkeypatch.chdir(tmp_path)
    result = run_lint("--spec", "spec.yaml")
    assert result.exit_code == 1, result.output
    assert problem_lines(result) == [expected]


def test_a_parameter_or_property_without_description_is_a_located_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _base_text()
    for described, bare in (
        (
            "          {type: string, description: The user name.}\n",
            "          type: string\n",
        ),
        (
            "            {type: string, description: The provider ID.}\n",
            "            type: string\n",
        ),
    ):
        assert described in text
        text = text.replace(described, bare)
    (tmp_path / "spec.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    relaxed = run_lint("--spec", "spec.yaml")
    assert relaxed.exit_code == 0, relaxed.output
    assert problem_lines(relaxed) == [
        "spec.yaml:108: warning [description] parameter 'provider_id' has no description: the "
        "client's docstring would show only its name (at /paths/~1user~1provider~1{provider_id}/delete/parameters/0)",
        "spec.yaml:168: warning [description] property 'username' has no description: the "
        "client's docstring would show only its name (at /components/schemas/SignInRequest/properties/username)",
    ]
    assert run_lint("--spec", "spec.yaml", "--fail-on-warning").exit_code == 1
