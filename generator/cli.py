"""The `authgen` command line: lint the spec, generate every target, check drift, diff specs,
build the docs site, run the emulator."""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, NoReturn

import click

from authspec.files import NOT_A_REGULAR_FILE

from . import freshness
from .problems import Level, Problem

# The commands import what they need when they run: `authgen check` on an up-to-date tree
# answers from the manifest alone (generator/freshness.py), without loading the generator.
if TYPE_CHECKING:
    from .writer import GenerateError

DEFAULT_SPEC = Path("spec/auth-v1.yaml")
DEFAULT_OUT = Path("generated")

def _not_a_pipe(_ctx: click.Context, _param: click.Parameter, value: Path) -> Path:
    """Refuse a FIFO or a device as --spec before any command reads it: its read would block
    forever. The loader refuses one too, but `check` hashes the spec files before anything
    loads them. A missing file or a directory is left to the loader, whose line says where."""
    if value.exists() and not value.is_dir() and not value.is_file():
        raise click.BadParameter(f"{value} is {NOT_A_REGULAR_FILE}")
    return value


spec_option = click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path, dir_okay=True),
    callback=_not_a_pipe,
    default=DEFAULT_SPEC,
    show_default=True,
    help="The OpenAPI 3.1 document.",
)


def _echo_problems(problems: list[Problem]) -> None:
    for problem in problems:
        click.echo(str(problem), err=True)


def collect_problems(spec_path: Path) -> list[Problem]:
    """Every problem of the spec (and of the cookbook next to it, once it has one)."""
    from . import writer

    return writer.load_and_lint(spec_path).problems


# Set by a command whose process is worth ending quickly (`generate`): its heap holds the
# parsed spec, the IR, openapi-python-client, pydantic and jsonschema, and freeing all of it
# object by object at interpreter exit took about 0.15 s of a 1.5 s cold run.
_EXIT_WITHOUT_TEARDOWN = False
# True in the `authgen` program (`run`), False when code calls `main` and keeps its process.
_PROGRAM = False


def run() -> NoReturn:
    """The `authgen` program (its console script): `main`, ended by `exit_now` when the command
    asked for it. `main` itself ends as any click program does (`sys.exit`), so code that
    calls it (a test's CliRunner, a script catching SystemExit) keeps its process."""
    global _PROGRAM
    _PROGRAM = True
    try:
        main()
    except SystemExit as exc:
        if _EXIT_WITHOUT_TEARDOWN:
            exit_now(exc.code)
        raise
    raise SystemExit(0)  # not reached: click's standalone `main` always exits


def exit_now(code: object) -> NoReturn:
    """End the process as `sys.exit(code)` would, minus the interpreter's teardown: the exit
    handlers run (multiprocessing stops its workers, weakref finalizers remove temporary
    folders, logging flushes), the standard streams are flushed, then `os._exit`. mypy ends the
    same way for the same reason."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): printed, status 1
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # a closed pipe: the interpreter would say 120
            status = status or 120
    os._exit(status)


class LazyGroup(click.Group):
    """Commands that live in other modules, imported only when asked for (or listed by --help),
    so that one command's start-up does not pay for every other's imports."""

    LAZY: ClassVar[dict[str, str]] = {
        "conformance": "generator.conformance.command:conformance_command",
        "diff": "generator.cli_diff:diff_command",
        "docs-diff": "generator.docs_diff.cli:docs_diff_command",
        "emulator": "emulator.cli:emulator_command",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.LAZY])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY:
            module, attribute = self.LAZY[cmd_name].split(":")
            command: click.Command = getattr(importlib.import_module(module), attribute)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="authgen")
def main() -> None:
    """Generate typed Python and Go clients, a curl cookbook, shared test vectors and a docs site
    from the CloudBase Auth spec."""


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


out_option = click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_OUT,
    show_default=True,
    help="Where generated files go (replaced as a whole).",
)


def _fail_generate(exc: GenerateError) -> NoReturn:
    _echo_problems(exc.problems)
    raise click.ClickException(str(exc))


@main.command()
@spec_option
@out_option
@click.option(
    "--allow-breaking", is_flag=True, help="Write even if a breaking change has no major version bump."
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Compute everything; neither read nor write the cache (in ~/.cache/authgen, or "
    "AUTHGEN_CACHE_DIR). AUTHGEN_NO_CACHE=1 does the same.",
)
def generate(spec_path: Path, out_dir: Path, allow_breaking: bool, no_cache: bool) -> None:
    """Lint the spec, then write the IR and every target (registry) into --out atomically."""
    global _EXIT_WITHOUT_TEARDOWN
    _EXIT_WITHOUT_TEARDOWN = True
    if _PROGRAM:
        # The process ends with this command, so no cyclic garbage collection from here on (the
        # workers forked below inherit that). `writer.generate` runs without it anyway, and
        # turning it back on afterwards cost one walk of every object the run made (~0.04 s,
        # at the very end of a cold run). Code that calls `main` keeps its collector.
        gc.disable()
    from . import precompile
    from .cache import Cache

    cache = None if no_cache else Cache.from_environment()
    # First, before the imports below: the templates compile on a CPU that would wait meanwhile.
    compiling = None if cache is None else precompile.start(cache.folder)
    from . import writer
    from .targets import TargetError
    from .templating import TemplateRenderError
    from .writer import GenerateError

    try:
        inputs = writer.generate(
            spec_path,
            out_dir,
            cache=cache,
            guard=True,  # vs spec/released/: a breaking change needs a major version bump
            allow_breaking=allow_breaking,
            warn=lambda line: click.echo(line, err=True),
        )
    except GenerateError as exc:
        _fail_generate(exc)
    except (TemplateRenderError, TargetError) as exc:
        raise click.ClickException(f"{exc}; {out_dir} is unchanged") from None
    except OSError as exc:  # the path that failed (the output, or a target's scratch folder)
        where = exc.filename or out_dir
        raise click.ClickException(
            f"cannot write {where}: {exc.strerror or exc}; {out_dir} is unchanged"
        ) from None
    finally:
        if compiling is not None:
            compiling.cancel()  # done long ago, or no longer of use
    _echo_problems(inputs.problems)  # warnings only: errors stop before writing
    click.echo(f"wrote {out_dir}/ from {inputs.spec_label} ({len(inputs.api.operations)} operations)")


@main.command()
@spec_option
@out_option
@click.option(
    "--full", is_flag=True, help="Always regenerate and diff, even when the manifest says nothing changed."
)
def check(spec_path: Path, out_dir: Path, full: bool) -> None:
    """Exit 1 (with a diff) when --out is not exactly what `generate` would write now."""
    manifest, edits = freshness.fast_check(spec_path, out_dir)
    if not full and freshness.is_current(spec_path, manifest, edits):
        click.echo(f"{out_dir}/ is up to date")
        return
    from . import writer
    from .targets import TargetError
    from .templating import TemplateRenderError
    from .writer import GenerateError

    try:
        result = writer.check(spec_path, out_dir, full=full)
    except GenerateError as exc:
        _fail_generate(exc)
    except (TemplateRenderError, TargetError) as exc:
        raise click.ClickException(str(exc)) from None
    if not result.ok:
        click.echo(result.report, err=True)
        fix = "authgen generate" + ("" if spec_path == DEFAULT_SPEC else f" --spec {spec_path}")
        fix += "" if out_dir == DEFAULT_OUT else f" --out {out_dir}"
        raise click.ClickException(f"{out_dir}/ is out of date; run: {fix}")
    click.echo(f"{out_dir}/ is up to date")


@main.command()
@spec_option
@click.option(
    "--generated",
    "generated_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_OUT,
    show_default=True,
    help="The generated tree whose docs/ holds the site's sources.",
)
@click.option(
    "--out",
    "site_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("site"),
    show_default=True,
    help="Where the HTML goes (replaced as a whole).",
)
@click.option("--serve", is_flag=True, help="Then serve it over HTTP until interrupted.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to serve on.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to serve on."
)
def docs(spec_path: Path, generated_dir: Path, site_dir: Path, serve: bool, host: str, port: int) -> None:
    """Build the HTML docs site (flows, reference, try-it) from --generated/docs with mkdocs."""
    from . import site

    if site.stale(generated_dir, spec_path):
        click.echo(
            f"warning: {generated_dir}/ is older than {spec_path} or the templates; run `authgen generate` first to see your changes",
            err=True,
        )
    try:
        pages = site.build(generated_dir / "docs", site_dir)
        click.echo(f"built {site_dir}/ ({pages} pages)")
        if serve:
            httpd = site.server(site_dir, host, port)
    except site.SiteError as exc:
        raise click.ClickException(str(exc)) from None
    if serve:
        click.echo(f"serving http://{host}:{httpd.server_address[1]}/ (Ctrl-C stops)")
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            httpd.server_close()
