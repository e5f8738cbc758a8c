"""The `authgen conformance` command (see `generator/conformance/__init__.py`).

Exit codes: 0 nothing deviates; 1 something deviates (or the Python client failed on an answer
that conforms); 2 nothing deviates but a step could not run to the end, or the run could not
start (a bad option or file).
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from authspec.files import NOT_A_REGULAR_FILE

from ..problems import SpecError
from ..resources import bundled_spec

FORMATS = click.Choice(["text", "json", "markdown"])


class InputError(click.ClickException):
    """The run cannot start: exit 2, like click's usage errors."""

    exit_code = 2


@click.command("conformance")
@click.option("--env", "env_id", required=True, metavar="ENV_ID", help="The CloudBase environment ID.")
@click.option(
    "--base-url",
    metavar="URL",
    help="The Auth API's base URL, ending in /auth/v1 (default: the environment's gateway for --region).",
)
@click.option(
    "--region", default="ap-shanghai", show_default=True, help="The environment's region (picks the gateway)."
)
@click.option("--client-id", metavar="ID", help="The app's client ID, if it is not the environment ID.")
@click.option(
    "--credentials",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The custom-login key file (tcb_custom_login.json): adds the custom-login steps.",
)
@click.option(
    "--secret-id", envvar="AUTHGEN_SECRET_ID", metavar="ID",
    help="SecretId of the environment's API key pair (or $AUTHGEN_SECRET_ID): adds the admin steps.",
)  # fmt: skip
@click.option(
    "--secret-key", envvar="AUTHGEN_SECRET_KEY", metavar="KEY",
    help="SecretKey of that pair; prefer $AUTHGEN_SECRET_KEY to the command line, which others may see.",
)  # fmt: skip
@click.option(
    "--allow-writes",
    is_flag=True,
    help="Also run the steps that create, change or delete an account or send a code (each is listed in the report).",
)
@click.option(
    "--email", metavar="ADDRESS", help="With --allow-writes: an address of yours for a throw-away account."
)
@click.option(
    "--phone-number",
    metavar="NUMBER",
    help="With --allow-writes: a number of yours ('+86 13800000000') instead.",
)
@click.option(
    "--custom-uid",
    default="authgen-conformance",
    show_default=True,
    help="The custom-login user the run signs in.",
)
@click.option(
    "--rate",
    type=click.FloatRange(min=0),
    default=4.0,
    show_default=True,
    help="Requests per second at most (0: no limit, for a local emulator).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    help="Seconds per request.",
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option(
    "--out", type=click.Path(path_type=Path, dir_okay=False), help="Write the report here instead of stdout."
)
@click.option("--plan", "plan_only", is_flag=True, help="Print what a run would call, and call nothing.")
@click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path),
    default=None,
    help="The spec to check against (default: the one this authgen and its client were made from).",
)
@click.option("-v", "--verbose", is_flag=True, help="Print each step as it runs (on stderr).")
@click.pass_context
def conformance_command(
    ctx: click.Context,
    env_id: str,
    base_url: str | None,
    region: str,
    client_id: str | None,
    credentials: Path | None,
    secret_id: str | None,
    secret_key: str | None,
    allow_writes: bool,
    email: str | None,
    phone_number: str | None,
    custom_uid: str,
    rate: float,
    timeout: float,
    fmt: str,
    out: Path | None,
    plan_only: bool,
    spec_path: Path | None,
    verbose: bool,
) -> None:
    """Check the spec against a live environment: run calls from the cookbook flows through the
    Python client and report every answer that differs from the spec, located in the spec.

    Without --allow-writes it only reads and opens and ends sessions of its own users (an
    anonymous user of a new device; the --custom-uid user with --credentials; an administrator
    token with a key pair). --plan lists the calls and makes none.
    """
    from . import runner
    from .contract import load_contract

    if (secret_id is None) != (secret_key is None):
        raise InputError("give --secret-id and --secret-key together")
    if email and phone_number:
        raise InputError("give --email or --phone-number, not both")
    if credentials is not None and not plan_only and not credentials.is_file():
        what = NOT_A_REGULAR_FILE if credentials.exists() else "no such file"
        raise InputError(f"--credentials {credentials}: {what}")
    try:
        contract = load_contract(spec_path or bundled_spec())
    except SpecError as exc:
        raise InputError(str(exc.problem)) from None
    options = runner.Options(
        env_id=env_id, base_url=base_url, region=region, client_id=client_id, credentials=credentials,
        secret_id=secret_id, secret_key=secret_key, allow_writes=allow_writes, email=email,
        phone_number=phone_number, custom_uid=custom_uid, rate=rate, timeout=timeout,
    )  # fmt: skip
    try:
        import cloudbase_auth  # noqa: F401
    except ImportError:
        raise InputError(
            "the run calls the service through the generated Python client: "
            "pip install -e generated/python (in this repository)"
        ) from None
    if plan_only:
        try:  # the plan of a run that would not start is no plan: the same one line, exit 2
            # (a plan reads no key file: --credentials may name one that is not there yet)
            runner.Run(contract, replace(options, credentials=None), codes=_ask_code).check_options()
        except (runner.SetupError, ValueError) as exc:
            raise InputError(str(exc)) from None
        _emit(render_plan(runner.plan(options), contract, fmt, rate), out)
        return
    handler = _log_to_stderr() if verbose else None
    try:
        report = runner.Run(contract, options, codes=_ask_code).execute()
    except (runner.SetupError, ValueError) as exc:
        raise InputError(str(exc)) from None
    finally:
        if handler is not None:
            logging.getLogger("authgen.conformance").removeHandler(handler)
    _emit(report.render(fmt), out)
    if out is not None:
        summary = report.data["summary"]
        click.echo(f"wrote {out}: {summary['verdict']}, {summary['deviations']} deviation(s)", err=True)
    ctx.exit(report.exit_code)


def _ask_code(address: str) -> str:
    """The code the service sent: typed by the person running the check (not echoed)."""
    return str(click.prompt(f"Verification code sent to {address}", hide_input=True, err=True))


def _log_to_stderr() -> logging.Handler:
    logger = logging.getLogger("authgen.conformance")
    handler = logging.StreamHandler(sys.stderr)  # looked up now: the stream click gives the command
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        click.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"--out {out}: cannot write: {exc.strerror or exc}") from None


def plan_data(planned: list[Any], contract: Any, rate: float) -> dict[str, Any]:
    steps = []
    for item in planned:
        step = item.step
        op = contract.operations.get(step.operation)
        steps.append(
            {
                "id": step.id,
                "operation": step.operation,
                "method": op.method if op else "",
                "path": op.path if op else "",
                "effect": step.effect.value,
                "flow": step.flow,
                "runs": item.runs,
                "reason": item.reason,
                "why": step.why,
            }
        )
    planned_ops = {item.step.operation for item in planned}
    never = [op_id for op_id in contract.operations if op_id not in planned_ops]
    return {"rate": rate, "steps": steps, "never_called": never}


def render_plan(planned: list[Any], contract: Any, fmt: str, rate: float) -> str:
    data = plan_data(planned, contract, rate)
    if fmt == "json":
        return json.dumps(data, indent=2) + "\n"
    runs = [s for s in data["steps"] if s["runs"]]
    writes = [s["id"] for s in runs if s["effect"] == "write"]
    lines = [
        f"authgen conformance --plan: {len(runs)} of {len(data['steps'])} steps would run, at most "
        f"{rate:g} requests a second{' (no limit)' if not rate else ''}; nothing is called now",
        "",
    ]
    for s in data["steps"]:
        mark = "run " if s["runs"] else "skip"
        call = f"{s['method']} {s['path']}"
        lines.append(f"{mark}  {s['id']:<34} {s['effect']:<8} {call:<34} {s['reason'] or s['why']}")
    lines += ["", "writes: " + (", ".join(writes) or "none (they need --allow-writes)")]
    lines += ["never called: " + ", ".join(data["never_called"])]
    text = "\n".join(lines) + "\n"
    if fmt == "markdown":
        from .report import md_block

        return md_block(text.rstrip("\n")) + "\n"
    return text
