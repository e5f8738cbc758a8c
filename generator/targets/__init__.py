"""Targets turn the IR into files; this module says what a target is.

A target is an object with the `Target` protocol, exposed as `TARGET` by its package
(`generator/targets/<name>/__init__.py`), and listed once in `registry.py`. The writer loops
over the registry: each target builds into its own folder of the staging directory, then formats
it; the writer stamps the "generated" header with the target's comment styles, records the
target's tool versions in the manifest and swaps the tree in. A client target (one that makes a
library) also offers `snippets(api)`: how to write each cookbook step in its language, which the
cookbook and the docs site show beside curl.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ..cookbook import Scenario, Step
    from ..ir import Api, Operation


class TargetError(Exception):
    """A target cannot render a spec that lint let through. The message is one line, without a
    traceback: the CLI prints it and the output directory stays as it was."""


@dataclass(frozen=True)
class BuildContext:
    """What a target builds from."""

    api: Api  # the IR
    ir: dict[str, Any]  # the same IR as plain data, exactly as written to generated/ir.json
    out_dir: Path  # the staging root: a target writes below out_dir / target.folder
    header: str  # the "generated, do not edit" text, without comment markers
    scenarios: tuple[Scenario, ...]  # the cookbook's (empty without a cookbook)
    targets: tuple[Target, ...]  # every registered target, for the ones that show the others' code
    spec_path: Path
    # The OpenAPI document, for a target that hands it to a tool which reads OpenAPI itself
    # (openapi-python-client); a target's own code reads the IR.
    spec_doc: dict[str, Any]

    def clients(self) -> tuple[Snippets, ...]:
        """The snippet writers of the client targets, in registry order."""
        return tuple(s for s in (t.snippets(self.api) for t in self.targets) if s is not None)


class Snippets(Protocol):
    """How a client target writes the code of a cookbook page (a script read top to bottom)."""

    label: str  # the language as a tab title: "Python"
    fence: str  # the Markdown code fence: "python"
    slug: str  # a file-name-safe id: "python"
    install: str  # one sentence: how a reader gets the client

    def setup(self, variables: list[tuple[str, str, str]], uses_ticket: bool) -> str:
        """The page's setup: imports, the client, one variable per (name, value, meaning).

        Called once per page AFTER every step of that page was written (the cookbook's
        `render_page` and `render_reference` keep that order), so a language that declares its
        variables up front (Go) declares there what the steps assign, and starts the next page
        afresh."""

    def operation(self, op: Operation, step: Step, session_token: str | None) -> str:
        """One call; `session_token` is the variable that holds the client's own session token."""

    def ticket(self, step: Step) -> str: ...

    def pkce(self, step: Step) -> str: ...

    def asks(self, step: Step) -> str:
        """Read the values a person types in ("" when the step asks for none)."""

    def call_hint(self, op: Operation) -> str:
        """How a reader calls `op`, for tables: `auth.sign_in()`."""

    def error_hint(self, error: str) -> str:
        """What an error code becomes, for tables: `cloudbase_auth.InvalidGrant`."""

    # Optional (see `verify_code`): a client target without it shows the plain introspection.
    # def verify(self, op: Operation, step: Step) -> str:
    #     """A backend verifying the caller's token of a `verify: true` step with the client's
    #     cached verifier; the step's captures read the verified token's fields."""


def verify_code(client: Snippets, op: Operation, step: Step) -> str:
    """A client's code for a `verify: true` step: its `verify` hook when it has one (Python,
    Go), else the plain introspection call with the caller's token (the default, so that a
    client target written before the hook still renders every page)."""
    hook = getattr(client, "verify", None)
    if callable(hook):
        return str(hook(op, step))
    return client.operation(op, step, None)


class Target(Protocol):
    name: str  # the registry's key
    folder: str  # its output folder below generated/
    comment_styles: Mapping[str, str]  # file suffix (or name) -> header format, "# {}"

    def tool_versions(self) -> Mapping[str, str]:
        """The tools whose versions decide this target's bytes (recorded in the manifest)."""

    def build(self, context: BuildContext) -> None:
        """Write the target's files below context.out_dir / self.folder."""

    def format(self, folder: Path) -> None:
        """Format what build wrote (pinned tools only), in place."""

    def snippets(self, api: Api) -> Snippets | None:
        """For a client target, how to write cookbook code for `api` in its language (the whole
        IR: a call may need the schemas its operation refers to); None otherwise."""
