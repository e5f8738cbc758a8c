"""The Python client's code for cookbook pages and the docs site (the `Snippets` of the
python target): one script per page, read top to bottom, variables in snake_case."""

from __future__ import annotations

from typing import Any

from ...cookbook import BEARER_KINDS, Step, Value
from ...escape import py_string
from ...ir import Operation
from ...naming import pascal_case, snake_case
from .names import identifier, name_of


def _var(name: str) -> str:
    """A page variable (camelCase in the cookbook) as a Python variable."""
    return snake_case(name)


def _py_literal(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str):
        return py_string(value)
    return repr(value)


def _py_value(value: Value) -> str:
    if value.members:
        return (
            "{" + ", ".join(f"{py_string(key)}: {_py_value(member)}" for key, member in value.members) + "}"
        )
    return _var(value.variable) if value.variable else _py_literal(value.literal)


_PY_TYPES = {
    "string": ("str", '""'),
    "integer": ("int", "0"),
    "number": ("float", "0.0"),
    "boolean": ("bool", "False"),
}


def python_for_operation(op: Operation, step: Step, session_token: str | None) -> str:
    lines: list[str] = []
    kwargs = [f"{identifier(i.name)}={_py_value(i.value)}" for i in step.inputs]
    if op.auth == "tc3":
        kwargs[:0] = ["secret_id=secret_id", "secret_key=secret_key"]
    if op.auth in BEARER_KINDS and step.token and step.token != session_token:
        kwargs.append(f'extra_headers={{"Authorization": f"Bearer {{{_var(step.token)}}}"}}')
    call = f"auth.{name_of(op)}({', '.join(kwargs)})"
    if not step.captures:
        lines.append(call)
        return "\n".join(lines)
    result = snake_case(op.success.schema.name) if op.success.schema else "result"
    lines.append(f"{result} = {call}")
    for capture in step.captures:
        attribute = f"{result}.{capture.path[1:]}"
        if capture.required or capture.type not in _PY_TYPES:
            lines.append(f"{_var(capture.variable)} = {attribute}")
        else:
            kind, default = _PY_TYPES[capture.type]
            lines.append(
                f"{_var(capture.variable)} = {attribute} if isinstance({attribute}, {kind}) else {default}"
            )
    return "\n".join(lines)


# What a verify step's captures read: the VerifiedToken's attributes of the same name.
_VERIFIED_ATTRIBUTES = frozenset({"sub", "scope", "client_id", "token_type"})


def python_for_verify(step: Step) -> str:
    """A backend checks the caller's token with the cached verifier (one per process)."""
    token = _var(step.token or "accessToken")
    lines = [
        "from cloudbase_auth import TokenVerifier",
        "",
        "# One verifier per process, shared by every request: it caches each answer for up to",
        "# max_ttl seconds (a revoked token is refused at most that late).",
        "verifier = TokenVerifier(auth, max_ttl=60)",
        "# Raises TokenInactive (answer 401) or VerificationUnavailable (answer 503).",
        f"verified = verifier.verify({token})",
    ]
    for capture in step.captures:
        field = capture.path[1:]
        value = f"verified.{field}" if field in _VERIFIED_ATTRIBUTES else f"verified.claims.get({py_string(field)})"
        lines.append(f"{_var(capture.variable)} = {value}")
    return "\n".join(lines)


def python_for_ticket(step: Step) -> str:
    credentials, uid = (_py_value(i.value) for i in step.inputs)
    return f"{_var(step.captures[0].variable)} = create_ticket({credentials}, {uid}, env_id=env)"


def python_for_pkce(step: Step) -> str:
    verifier, challenge = (_var(c.variable) for c in step.captures)
    return "\n".join(
        [
            "import base64, hashlib, secrets",
            "",
            f"{verifier} = secrets.token_urlsafe(48)",
            f'{challenge} = base64.urlsafe_b64encode(hashlib.sha256({verifier}.encode()).digest()).rstrip(b"=").decode()',
        ]
    )


def python_for_asks(step: Step) -> str:
    return "\n".join(f"{_var(a.variable)} = input({py_string(a.prompt + ': ')})" for a in step.asks)


def setup_python(variables: list[tuple[str, str, str]], ticket: bool) -> str:
    imports = "CloudBaseAuth, create_ticket" if ticket else "CloudBaseAuth"
    lines = [f"from cloudbase_auth import {imports}", "", 'env = "your-env-id"']
    lines.append("base_url: str | None = None  # None: the gateway of env's region; or another host")
    lines.append("auth = CloudBaseAuth(env, base_url=base_url)")
    for name, value, _doc in variables:
        lines.append(f"{_var(name)} = {_py_literal(value)}")
    return "\n".join(lines)


class PythonSnippets:
    label = "Python"
    fence = "python"
    slug = "python"
    install = "The same with the Python client (`pip install ./generated/python`):"

    def setup(self, variables: list[tuple[str, str, str]], uses_ticket: bool) -> str:
        return setup_python(variables, uses_ticket)

    def operation(self, op: Operation, step: Step, session_token: str | None) -> str:
        return python_for_operation(op, step, session_token)

    def ticket(self, step: Step) -> str:
        return python_for_ticket(step)

    def verify(self, op: Operation, step: Step) -> str:
        return python_for_verify(step)

    def pkce(self, step: Step) -> str:
        return python_for_pkce(step)

    def asks(self, step: Step) -> str:
        return python_for_asks(step)

    def call_hint(self, op: Operation) -> str:
        return f"auth.{name_of(op)}()"

    def error_hint(self, error: str) -> str:
        return f"cloudbase_auth.{pascal_case(error)}"
