"""The PHP client's code for cookbook pages and the docs site (the `Snippets` of the php target):
one script per page, read top to bottom, variables in camelCase."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...naming import words
from .names import variable
from .phpsource import php_string, php_value

if TYPE_CHECKING:
    from ...cookbook import Step, Value
    from ...ir import Api, Operation

BEARER_KINDS = frozenset({"bearer", "bearer_or_basic"})
# VerifiedToken's properties by introspection field; any other field is read from its claims.
VERIFIED_FIELDS = {"sub": "sub", "scope": "scope", "client_id": "clientId", "token_type": "tokenType"}


def php_var(name: str) -> str:
    """A cookbook variable (camelCase) as a PHP variable: anonymousUserId -> $anonymousUserId."""
    return "$" + variable(words(name))


class PhpSnippets:
    label = "PHP"
    fence = "php"
    slug = "php"
    install = (
        "The same with the PHP client (`generated/php`: a Composer path repository, or "
        "`require 'generated/php/autoload.php'`):"
    )

    def __init__(self, api: Api | None = None) -> None:
        self.api = api

    def _value(self, value: Value) -> str:
        if value.members:
            return (
                "["
                + ", ".join(f"{php_string(key)} => {self._value(member)}" for key, member in value.members)
                + "]"
            )
        if value.variable:
            return php_var(value.variable)
        return php_value(value.literal)

    def setup(self, variables: list[tuple[str, str, str]], uses_ticket: bool) -> str:
        lines = [
            "<?php",
            "",
            "require 'vendor/autoload.php'; // or generated/php/autoload.php",
            "",
            "use CloudBase\\Auth\\CloudBaseAuth;",
        ]
        if uses_ticket:
            lines.append("use CloudBase\\Auth\\Ticket;")
        lines += [
            "",
            "$env = 'your-env-id';",
            "$baseUrl = null; // null: the gateway of $env's region; or another host, e.g. http://127.0.0.1:8080/auth/v1",
            "$options = $baseUrl === null ? [] : ['baseUrl' => $baseUrl];",
        ]
        for name, value, _doc in variables:
            lines.append(f"{php_var(name)} = {php_value(value)};")
        lines.append("$auth = new CloudBaseAuth(envId: $env, options: $options);")
        return "\n".join(lines)

    def operation(self, op: Operation, step: Step, session_token: str | None) -> str:
        args = [f"{variable(words(i.name))}: {self._value(i.value)}" for i in step.inputs]
        if op.auth == "tc3":
            args += ["secretId: $secretId", "secretKey: $secretKey"]  # the page's API key pair
        if op.auth in BEARER_KINDS and step.token and step.token != session_token:
            args.append(f"extraHeaders: ['Authorization' => 'Bearer ' . {php_var(step.token)}]")
        call = f"$auth->{variable(op.names.words)}({', '.join(args)})"
        schema = op.success.schema if op.success else None
        if not step.captures or schema is None or not schema.fields:
            return call + ";"
        result = "$" + variable(schema.names.words)
        lines = [f"{result} = {call};"]
        for capture in step.captures:
            path = capture.path[1:].split(".")
            expression = result + "".join(f"->{variable(words(segment))}" for segment in path)
            if not capture.required:
                expression = f"{expression} ?? {php_value(_empty(capture.type))}"
            lines.append(f"{php_var(capture.variable)} = {expression};")
        return "\n".join(lines)

    def verify(self, op: Operation, step: Step) -> str:
        """A backend checks the caller's token with the cached TokenVerifier."""
        token = php_var(step.token or "accessToken")
        lines = [
            "// One verifier for the whole app (give it a shared cache, Cache\\FileCache, under PHP-FPM):",
            "// it caches each answer for up to maxTtl seconds (a revoked token is refused at most that late).",
            "$verifier = new \\CloudBase\\Auth\\TokenVerifier($auth, maxTtl: 60);",
            "// Throws TokenInactiveException (answer 401) or VerificationUnavailableException (answer 503);",
            "// in a web request, $verifier->requireBearer($_SERVER) reads the header and answers those itself.",
            f"$verified = $verifier->verify({token});",
        ]
        for capture in step.captures:
            field = capture.path[1:]
            if field in VERIFIED_FIELDS:
                value = f"$verified->{VERIFIED_FIELDS[field]}"
            else:
                value = f"$verified->claims[{php_string(field)}] ?? null"
            lines.append(f"{php_var(capture.variable)} = {value};")
        return "\n".join(lines)

    def ticket(self, step: Step) -> str:
        credentials, uid = (self._value(i.value) for i in step.inputs)
        target = php_var(step.captures[0].variable)
        return f"{target} = Ticket::create({credentials}, {uid}, envId: $env);"

    def pkce(self, step: Step) -> str:
        verifier, challenge = (php_var(c.variable) for c in step.captures)
        return "\n".join(
            [
                f"{verifier} = rtrim(strtr(base64_encode(random_bytes(48)), '+/', '-_'), '=');",
                f"{challenge} = rtrim(strtr(base64_encode(hash('sha256', {verifier}, true)), '+/', '-_'), '=');",
            ]
        )

    def asks(self, step: Step) -> str:
        lines = []
        for ask in step.asks:
            lines.append(f"echo {php_string(ask.prompt + ': ')};")
            lines.append(f"{php_var(ask.variable)} = trim((string) fgets(STDIN));")
        return "\n".join(lines)

    def call_hint(self, op: Operation) -> str:
        return f"$auth->{variable(op.names.words)}()"

    def error_hint(self, error: str) -> str:
        return (
            "CloudBase\\Auth\\Exception\\"
            + "".join(w[:1].upper() + w[1:] for w in words(error))
            + "Exception"
        )


def _empty(kind: str) -> Any:
    return {"string": "", "integer": 0, "number": 0.0, "boolean": False}.get(kind)
