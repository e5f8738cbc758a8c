"""`authgen diff` (`authgen docs-diff` lives in `generator/docs_diff/cli.py`; the release guard
of `authgen generate` in `generator/steps.py`, which remembers its verdict in the cache).

Exit codes:
  0  nothing at the --fail-on level, or no --fail-on
  1  a change at the --fail-on level (`breaking`: a breaking change that NEW's info.version does
     not acknowledge by raising OLD's major)
  2  the input cannot be read: a missing or broken spec, a bad --base revision or REV:path, a
     bad option
"""

from __future__ import annotations

from pathlib import Path

import click

from . import diff, release

FORMAT_CHOICE = click.Choice(["text", "json", "markdown"])


class InputError(click.ClickException):
    """An input that cannot be read: exit 2, like click's usage errors."""

    exit_code = 2


def released_baseline(spec_path: Path) -> Path | None:
    found = release.released_specs(spec_path)
    return found[-1][1] if found else None


@click.command("diff")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--base", "base_ref", metavar="REF", help="Compare the spec with its version at git revision REF."
)
@click.option(
    "--released",
    is_flag=True,
    help="Compare the spec with the newest released one (spec/released/<version>.yaml).",
)
@click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path),  # a directory or a FIFO is refused by diff.load_spec, in one line
    default=Path("spec/auth-v1.yaml"),
    show_default=True,
    help="The working spec (with --base or --released).",
)
@click.option("--format", "fmt", type=FORMAT_CHOICE, default="text", show_default=True)
@click.option(
    "--fail-on",
    type=click.Choice(["breaking", "any"]),
    default=None,
    help="Exit 1 on any change (any), or on a breaking change that NEW's info.version does not "
    "acknowledge with a raised major version (breaking).",
)
@click.option("--rules", "list_rules", is_flag=True, help="List every rule (id, level, direction, family) and exit.")
def diff_command(
    files: tuple[Path, ...],
    base_ref: str | None,
    released: bool,
    spec_path: Path,
    fmt: str,
    fail_on: str | None,
    list_rules: bool,
) -> None:
    """What changed between two versions of the spec, classified for the users of the generated
    clients: breaking, non-breaking, docs, and the names and types each client target changes.
    Give OLD NEW (files, or REV:path for a file at a git revision), or --base REF, or --released.

    Exit 0: nothing at the --fail-on level; 1: something is (for `breaking`: a breaking change
    while NEW's major version is not above OLD's); 2: an input cannot be read."""
    if list_rules:
        if files or base_ref is not None or released:
            raise InputError("--rules lists the rules: give it no specs to compare")
        click.echo(diff.rules_table(fmt))
        return
    modes = sum([bool(files), base_ref is not None, released])
    if modes != 1 or (files and len(files) != 2):
        raise InputError("give two files OLD NEW (or REV:path), or --base REF, or --released (exactly one of them)")
    try:
        if files:
            old = diff.load_argument(files[0], with_pages=False)
            new = diff.load_argument(files[1], with_pages=True)
        elif base_ref is not None:
            new = diff.load_spec(spec_path)
            old = diff.load_at_revision(base_ref, spec_path)
        else:
            new = diff.load_spec(spec_path)
            baseline = released_baseline(spec_path)
            if baseline is None:
                raise InputError(f"no released spec in {release.released_dir(spec_path)} (<version>.yaml)")
            old = diff.load_spec(baseline, with_pages=False)
        changes = diff.compare(old, new)
    except diff.DiffError as exc:
        raise InputError(str(exc)) from None
    click.echo(diff.FORMATS[fmt](changes, old, new))
    if fail_on == "any" and changes:
        raise click.ClickException(
            f"{len(changes)} change(s) from {old.loaded.display} to {new.loaded.display}"
        )
    breaking = sum(c.level == diff.BREAKING for c in changes)
    if fail_on == "breaking" and breaking:
        if diff.major_raised(old.version, new.version):
            click.echo(f"{breaking} breaking change(s), acknowledged by the major version {old.version} -> "
                       f"{new.version}", err=True)  # fmt: skip
            return
        raise click.ClickException(
            f"{breaking} breaking change(s) from {old.loaded.display} ({old.version}) to {new.loaded.display} "
            f"({new.version}): raise the major of info.version (a bump acknowledges them), or revert them "
            "(inside a major not yet released, `authgen generate --allow-breaking` writes the clients anyway)"
        )

