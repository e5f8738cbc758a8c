"""The Go client's code for cookbook pages and the docs site (the `Snippets` of the go target).

A page's Go code is the body of one function, read top to bottom. Go refuses a variable that is
declared twice or never read, so the page's setup declares every variable the steps assign
(results, captures, typed-in values) in one `var` block, and marks them used. The cookbook calls
`operation`/`ticket`/`pkce`/`asks` for a page's steps and then `setup` for the same page: the
variables the steps needed are collected on the way and written by `setup`, which starts over.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ...naming import words
from .gotypes import go_string
from .names import exported, local

if TYPE_CHECKING:
    from ...cookbook import Step, Value
    from ...ir import Api, Field, Operation, Parameter

MODULE = "github.com/cloudbase-auth/cloudbase-auth-go"
CHECK = "if err != nil {\n\tlog.Fatal(err)\n}"
_CAPTURE_TYPES = {"string": "string", "integer": "int", "number": "float64", "boolean": "bool"}
_SCALARS = {"string", "integer", "number", "boolean"}
# What a verify step's captures read: the VerifiedToken's fields.
_VERIFIED_FIELDS = {"sub": "Sub", "scope": "Scope", "client_id": "ClientID", "token_type": "TokenType"}
# Where a page's setup ends and its statements begin (tests split a page there).
BODY_MARKER = "// In a function (main, a handler ...):"


def go_var(name: str) -> str:
    """A cookbook variable (camelCase) as a Go local: anonymousUserId -> anonymousUserID."""
    return local(words(name))


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return go_string(value)
    if isinstance(value, int | float):
        return json.dumps(value)
    return go_string(json.dumps(value, ensure_ascii=False))


class GoSnippets:
    label = "Go"
    fence = "go"
    slug = "go"
    install = (
        "The same with the Go client (module `github.com/cloudbase-auth/cloudbase-auth-go` in "
        "`generated/go`, added with a `replace` directive):"
    )

    def __init__(self, api: Api | None = None) -> None:
        # Schema name -> its fields, for nested objects and captures below the top level.
        self.schemas: dict[str, tuple[Field, ...]] = {s.name: s.fields for s in api.schemas} if api else {}
        self._reset()

    def _reset(self) -> None:
        self.declared: dict[str, str] = {}  # variable -> Go type, in order of first use
        self.imports: set[str] = {"context", "log"}
        self.uses_tc3 = False

    def _declare(self, name: str, go_type: str) -> str:
        self.declared.setdefault(name, go_type)
        return name

    # -- the page -------------------------------------------------------------------------

    def setup(self, variables: list[tuple[str, str, str]], uses_ticket: bool) -> str:
        imports = sorted(self.imports)
        lines = ["import ("]
        lines += [f"\t{go_string(i)}" for i in imports]
        lines += ["", f"\tcloudbase {go_string(MODULE)}", ")", "", BODY_MARKER]
        lines += ["ctx := context.Background()", 'env := "your-env-id"']
        used = ["env"]
        for name, value, _doc in variables:
            lines.append(f"{go_var(name)} := {_literal(value)}")
            used.append(go_var(name))
        lines += [
            'baseURL := "" // "": the gateway of env\'s region; or another host, e.g. http://127.0.0.1:8080/auth/v1',
            "var opts []cloudbase.Option",
            'if baseURL != "" {',
            "\topts = append(opts, cloudbase.WithBaseURL(baseURL))",
            "}",
        ]
        if self.uses_tc3:
            lines.append(
                'opts = append(opts, cloudbase.WithTC3Credentials(secretID, secretKey, "")) // the API key pair'
            )
        lines += ["client, err := cloudbase.New(env, opts...)", CHECK]
        declared = [(n, t) for n, t in self.declared.items() if n not in used]
        if declared:
            width = max(len(n) for n, _ in declared)
            lines.append("var (")
            lines += [f"\t{n.ljust(width)} {t}" for n, t in declared]
            lines.append(")")
        names = used + [n for n, _ in declared]
        lines.append(f"_ = []any{{{', '.join(names)}}} // a page may set values it does not read again")
        self._reset()
        return "\n".join(lines)

    # -- one step --------------------------------------------------------------------------

    def _fields_of(self, schema: str) -> tuple[Field, ...]:
        return self.schemas.get(schema, ())

    def _value(self, value: Value, go_type: str, optional: bool, ref: str) -> str:
        if value.members:
            if not ref:  # a free-form object: its keys name no Go field (and may be any text)
                return "map[string]any{}"
            fields = {f.name: f for f in self._fields_of(ref)}
            parts = []
            for key, member in value.members:
                f = fields.get(key)
                kind, nested_ref = (f.type.type, f.type.ref) if f else ("string", "")
                parts.append(
                    f"{exported(words(key))}: "
                    + self._value(member, kind, not (f and f.required), nested_ref)
                )
            text = f"cloudbase.{exported(words(ref))}{{{', '.join(parts)}}}"
            return ("&" + text) if optional else text
        text = go_var(value.variable) if value.variable else _literal(value.literal)
        if optional and go_type in _SCALARS:
            return f"cloudbase.Ptr({text})"
        return text

    def _request_type(self, op: Operation) -> str | None:
        params = [p for p in op.parameters if not p.managed]
        if op.body is not None and op.body.fields:
            return exported(op.body.names.words)
        if op.body is not None or params:
            return exported(op.names.words) + "Request"
        return None

    def operation(self, op: Operation, step: Step, session_token: str | None) -> str:
        request = self._request_type(op)
        by_wire: dict[str, Field | Parameter] = {}
        if op.body is not None:
            by_wire.update({f.name: f for f in op.body.fields})
        by_wire.update({p.name: p for p in op.parameters if not p.managed})
        parts = []
        for item in step.inputs:
            target = by_wire.get(item.name)
            required = bool(target and target.required)
            ref = target.type.ref if target else ""
            kind = target.type.type if target else item.type
            parts.append(f"{exported(words(item.name))}: {self._value(item.value, kind, not required, ref)}")
        args = ["ctx"]
        if request:
            args.append(f"&cloudbase.{request}{{{', '.join(parts)}}}" if parts else "nil")
        if op.auth in ("bearer", "bearer_or_basic") and step.token and step.token != session_token:
            args.append(f"cloudbase.WithBearerToken({go_var(step.token)})")
        lines: list[str] = []
        if op.auth == "tc3":
            self.uses_tc3 = True  # the page's client signs with the API key pair (see setup)
        call = f"client.{exported(op.names.words)}({', '.join(args)})"
        schema = op.success.schema if op.success else None
        has_answer = schema is not None and bool(schema.fields)
        if not has_answer:
            lines += [f"err = {call}", CHECK]
            return "\n".join(lines)
        if not step.captures:
            lines += [f"_, err = {call}", CHECK]
            return "\n".join(lines)
        assert schema is not None
        result = self._declare(local(schema.names.words), f"*cloudbase.{exported(schema.names.words)}")
        lines += [f"{result}, err = {call}", CHECK]
        fields = {f.name: f for f in schema.fields}
        for capture in step.captures:
            path = capture.path[1:].split(".")
            expression, optional, kind = self._capture(result, path, fields)
            go_type = _CAPTURE_TYPES.get(capture.type, "any") if kind in _SCALARS else "any"
            if optional and kind in _SCALARS:
                expression = f"cloudbase.Value({expression})"
            name = self._declare(go_var(capture.variable), go_type)
            lines.append(f"{name} = {expression}")
        return "\n".join(lines)

    def _capture(self, result: str, path: list[str], fields: dict[str, Field]) -> tuple[str, bool, str]:
        """The Go expression of a capture path, whether it is a pointer, its JSON type."""
        first = fields.get(path[0])
        expression = f"{result}.{exported(words(path[0]))}"
        optional = not (first and first.required)
        kind = first.type.type if first else "string"
        ref = first.type.ref if first else ""
        for segment in path[1:]:
            nested = {f.name: f for f in self._fields_of(ref)}
            f = nested.get(segment)
            expression += f".{exported(words(segment))}"
            optional = not (f and f.required)
            kind = f.type.type if f else "string"
            ref = f.type.ref if f else ""
        return expression, optional, kind

    def verify(self, op: Operation, step: Step) -> str:
        """A backend checks the caller's token with the cached Verifier (one per process)."""
        self.imports.add("time")
        verifier = self._declare("verifier", "*cloudbase.Verifier")
        verified = self._declare("verified", "*cloudbase.VerifiedToken")
        token = go_var(step.token or "accessToken")
        lines = [
            "// One Verifier per process, shared by every request: it caches each answer for up to",
            "// the max TTL (a revoked token is refused at most that late).",
            f"{verifier}, err = cloudbase.NewVerifier(client, cloudbase.WithMaxTTL(time.Minute))",
            CHECK,
            "// errors.Is(err, cloudbase.ErrTokenInactive): answer 401; ErrVerificationUnavailable: 503.",
            f"{verified}, err = {verifier}.Verify(ctx, {token})",
            CHECK,
        ]
        for capture in step.captures:
            field = capture.path[1:]
            name = self._declare(go_var(capture.variable), "string")
            if field in _VERIFIED_FIELDS:
                lines.append(f"{name} = {verified}.{_VERIFIED_FIELDS[field]}")
            else:
                self.imports.add("fmt")
                lines.append(f"{name} = fmt.Sprint({verified}.Claims[{go_string(field)}])")
        return "\n".join(lines)

    def ticket(self, step: Step) -> str:
        credentials, uid = (self._value(i.value, "string", False, "") for i in step.inputs)
        target = self._declare(go_var(step.captures[0].variable), "string")
        return "\n".join(
            [
                f"ticketCredentials, err := cloudbase.LoadTicketCredentials({credentials})",
                CHECK,
                f"{target}, err = cloudbase.CreateTicket(ticketCredentials, {uid}, cloudbase.TicketOptions{{EnvID: env}})",
                CHECK,
            ]
        )

    def pkce(self, step: Step) -> str:
        verifier, challenge = (self._declare(go_var(c.variable), "string") for c in step.captures)
        self.imports |= {"crypto/rand", "crypto/sha256", "encoding/base64"}
        return "\n".join(
            [
                "secret := make([]byte, 48)",
                "if _, err := rand.Read(secret); err != nil {\n\tlog.Fatal(err)\n}",
                f"{verifier} = base64.RawURLEncoding.EncodeToString(secret)",
                f"digest := sha256.Sum256([]byte({verifier}))",
                f"{challenge} = base64.RawURLEncoding.EncodeToString(digest[:])",
            ]
        )

    def asks(self, step: Step) -> str:
        if not step.asks:
            return ""
        self.imports.add("fmt")
        lines = []
        for ask in step.asks:
            name = self._declare(go_var(ask.variable), "string")
            lines.append(f"fmt.Print({go_string(ask.prompt + ': ')})")
            lines.append(f"_, _ = fmt.Scanln(&{name}) // an empty line leaves it empty")
        return "\n".join(lines)

    def call_hint(self, op: Operation) -> str:
        return f"client.{exported(op.names.words)}()"

    def error_hint(self, error: str) -> str:
        return f"cloudbase.Err{exported(words(error))}"
