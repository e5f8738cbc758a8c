"""`authgen docs-diff PAGE...`: exit 0 when the pages agree with the spec, 1 when something
differs, 2 when a page or the spec cannot be read (one located line, never a traceback)."""

from __future__ import annotations

from pathlib import Path

import click

from . import FORMATS, PageError, SpecLoadError, compare_page, load_spec, read_page


class InputError(click.ClickException):
    """An input that cannot be read: exit 2, like click's usage errors."""

    exit_code = 2


@click.command("docs-diff")
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))  # read_page says why not
@click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path),  # load_spec says, in one line, why a path is not a spec
    default=Path("spec/auth-v1.yaml"),
    show_default=True,
)
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
def docs_diff_command(pages: tuple[Path, ...], spec_path: Path, fmt: str) -> None:
    """Compare CloudBase API reference pages (saved rendered text in English or Chinese, or the
    page's MDX or Markdown) with the spec: every parameter, field, type, format, required or
    nullable flag, answer, token lifetime or operation that differs, one line each. Sections the
    page does not show as fields are noted "not shown", not compared.

    Exit 0: the pages agree with the spec; 1: something differs; 2: a page or the spec cannot be
    read (the message names the line where reading stopped)."""
    try:
        spec = load_spec(spec_path)
        results = [compare_page(read_page(page), spec) for page in pages]
    except (PageError, SpecLoadError) as exc:
        raise InputError(str(exc)) from None
    click.echo(FORMATS[fmt](results, spec))
    found = sum(len(r.differences) for r in results)
    if found:
        raise click.ClickException(f"{found} difference(s) between {len(pages)} page(s) and {spec.loaded.display}")
