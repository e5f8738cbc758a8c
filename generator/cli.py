"""The `authgen` command line: lint the spec, generate the client and cookbook, check drift,
run the emulator."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .lint import lint_spec
from .loader import load_yaml
from .problems import Level, Problem, SpecError

DEFAULT_SPEC = Path("spec/auth-v1.yaml")
DEFAULT_OUT = Path("generated")

spec_option = click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path, dir_okay=True),
    default=DEFAULT_SPEC,
    show_default=True,
    help="The OpenAPI 3.1 document.",
)


def _echo_problems(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(str(problem), err=True)


def collect_problems(spec_path: Path) -> list[Problem]:
    """Every problem of the spec (and of the cookbook next to it, once it has one)."""
    try:
        loaded = load_yaml(spec_path)
    except SpecError as exc:
        return [exc.problem]
    return lint_spec(loaded)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="authgen")
def main() -> None:
    """Generate a typed Python client and a curl cookbook from the CloudBase Auth spec."""


@main.command()
@spec_option
@click.option("--fail-on-warning", is_flag=True, help="Exit 1 on warnings too (for CI).")
def lint(spec_path: Path, fail_on_warning: bool) -> None:
    """Check the spec: OpenAPI 3.1, examples against schemas, then the project's rules."""
    problems = collect_problems(spec_path)
    _echo_problems(problems)
    errors = sum(p.level is Level.ERROR for p in problems)
    warnings = len(problems) - errors
    if errors or (fail_on_warning and warnings):
        raise click.ClickException(f"{errors} error(s), {warnings} warning(s)")
    click.echo(f"{spec_path}: ok ({warnings} warning(s))" if warnings else f"{spec_path}: ok")


def run() -> None:  # pragma: no cover - console entry point wrapper
    sys.exit(main())
