"""``authgen emulator``: serve the emulator over HTTP with uvicorn."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys

import click

from .serve import BODY_TIMEOUT, HEADER_TIMEOUT


class StartupError(click.ClickException):
    """A one-line ``Error: ...`` and exit status 2: the emulator cannot run with these options."""

    exit_code = 2


# What a CloudBase environment ID looks like, and what the clients accept when they build the
# gateway URL from it: it becomes part of the tokens' issuer and of the URLs the emulator prints.
ENV_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,62}")


def _env_id(value: str) -> str:
    if not ENV_ID.fullmatch(value):
        raise click.BadParameter(
            f"{value!r}: expected 1-63 letters, digits, '-' or '_', starting with a letter or digit"
        )
    return value


@click.command("emulator")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on."
)
@click.option(
    "--db", "db", default=None, metavar="PATH", help="SQLite file to keep state in (default: in memory)."
)
@click.option(
    "--env-id",
    default="emulator-env",
    show_default=True,
    callback=lambda _ctx, _param, value: _env_id(value),
    help="Environment ID the emulator plays.",
)
@click.option(
    "--no-rate-limit", is_flag=True, help="Allow more than one verification code per target per 60 s."
)
@click.option(
    "--spec",
    "spec_path",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="OpenAPI document to serve, relative to the current directory (default: the spec shipped with the emulator).",
)
@click.option(
    "--threads",
    default=0,
    show_default=True,
    type=click.IntRange(0, 64),
    help="Worker threads for handlers (0: run them on the event loop, usually fastest on 2 CPUs).",
)
@click.option(
    "--signer",
    type=click.Choice(["process", "inline"]),
    default=None,
    help="Sign access tokens in a helper process (on another CPU) or in the server process "
    "(default: process when the machine has more than one CPU).",
)
@click.option(
    "--header-timeout",
    default=HEADER_TIMEOUT,
    show_default=True,
    type=click.FloatRange(0, 3600, min_open=True),
    help="Seconds a connection may take to send its request headers (slow clients are cut off).",
)
@click.option(
    "--body-timeout",
    default=BODY_TIMEOUT,
    show_default=True,
    type=click.FloatRange(0, 3600, min_open=True),
    help="Seconds a request may take to send its body (then 408).",
)
@click.option(
    "--secret-id", default=None, help="SecretId of an API key pair that may sign token/clientCredential."
)
@click.option(
    "--secret-key",
    default=None,
    envvar="AUTHGEN_EMULATOR_SECRET_KEY",
    help="Its SecretKey (or set AUTHGEN_EMULATOR_SECRET_KEY, which keeps it out of the process list).",
)
@click.option(
    "--access-key",
    default=None,
    envvar="AUTHGEN_EMULATOR_ACCESS_KEY",
    help="An access key token/clientCredential accepts as Bearer (or AUTHGEN_EMULATOR_ACCESS_KEY).",
)
@click.option(
    "--strict/--no-strict",
    default=False,
    show_default=True,
    help="Check every response against the spec (a violation becomes a 500 and a logged traceback).",
)
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Answer CORS for this browser origin, e.g. the docs site's http://127.0.0.1:8000 (repeatable).",
)
def emulator_command(
    host: str,
    port: int,
    db: str | None,
    env_id: str,
    no_rate_limit: bool,
    spec_path: str | None,
    strict: bool,
    threads: int,
    header_timeout: float,
    body_timeout: float,
    cors_origins: tuple[str, ...],
    signer: str | None = None,
    secret_id: str | None = None,
    secret_key: str | None = None,
    access_key: str | None = None,
) -> None:
    """Run a local CloudBase Auth emulator (API under /auth/v1, control API under /emulator/v1)."""
    import uvicorn

    from .app import create_app
    from .control import is_loopback
    from .serve import base_url, http_stack, listening_socket, uvicorn_options
    from .store import StoreUnavailable

    try:
        app = create_app(
            spec_path=spec_path,
            env_id=env_id,
            db=db or ":memory:",
            rate_limit=not no_rate_limit,
            validate_responses=strict,
            handler_threads=threads,
            control_hosts=[host],
            body_timeout=body_timeout,
            cors_origins=cors_origins,
            sign_in_process=(signer or ("process" if (os.cpu_count() or 1) > 1 else "inline")) == "process",
        )
        from .control_admin import configure

        configure(app.state.emulator, secret_id=secret_id, secret_key=secret_key, access_key=access_key)
    except StoreUnavailable as exc:
        raise StartupError(f"--db: {exc}") from exc
    except (OSError, ValueError, sqlite3.Error) as exc:
        raise click.ClickException(str(exc).splitlines()[0] if str(exc) else repr(exc)) from exc
    # Bound before the first line is printed (which gives the real address), after the options
    # that need no network are known good.
    try:
        sock = listening_socket(host, port)
    except OSError as exc:
        app.state.emulator.store.close()
        raise StartupError(f"--host/--port: cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    if not is_loopback(host):
        click.echo(
            f"WARNING: the emulator is listening on {host}, not a loopback address: anyone who can "
            "reach this machine can sign in as any emulated user and use its control API "
            "(/emulator/v1: reset, faults, the custom-login private key). Use --host 127.0.0.1 "
            "unless this network is trusted.",
            err=True,
        )
    if threads:
        # Hand the GIL over sooner (default 5 ms): a thread that has just signed a token gets it
        # back without waiting out the event loop's slice. This process runs only the emulator.
        sys.setswitchinterval(float(os.environ.get("AUTHGEN_EMULATOR_SWITCH", "0.0002")))
    parser, loop = http_stack()
    signing = "signing process" if app.state.emulator.signer is not None else "signing inline"
    # The bound socket's address: with --port 0 the port the system picked (a test harness reads it).
    click.echo(
        f"CloudBase Auth emulator for env {env_id!r}: {base_url(sock)}/auth/v1 ({parser}, {loop}, {signing})",
        err=True,
    )
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, **uvicorn_options(header_timeout=header_timeout))
    )
    # Ctrl-C: uvicorn shuts down cleanly, then raises KeyboardInterrupt again (uvicorn.run swallows it too)
    with sock, contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    if not server.started:
        sys.exit(3)  # what uvicorn.run does when the server could not start


def main() -> None:
    """The ``cloudbase-auth-emulator`` console script: the same options as ``authgen emulator``."""
    emulator_command(prog_name="cloudbase-auth-emulator")
