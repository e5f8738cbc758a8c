"""The Java client's code for cookbook pages and the docs site (the `Snippets` of the java target).

A page's Java code is the body of one method, read top to bottom. Java refuses a local declared
twice, so (as for Go) the page's setup declares every variable the steps assign (results,
captures, typed-in values), each initialised to null: the cookbook calls `operation`/`ticket`/
`pkce`/`asks` for a page's steps and then `setup` for the same page, which writes what the
steps collected and starts over. Spec text reaches the code only through `java_string`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ...naming import words
from .build import PACKAGE, java_type
from .javatext import java_string
from .names import local, member, pascal

if TYPE_CHECKING:
    from ...cookbook import Step, Value
    from ...ir import Api, Field, Operation, Parameter, TypeRef

# VerifiedToken's accessors of the introspection answer's fields (a capture of any other field
# reads the whole answer, `claims()`).
_VERIFIED_FIELDS = {
    "sub": "sub()",
    "scope": "scope()",
    "client_id": "clientId().orElse(null)",
    "token_type": "tokenType().orElse(null)",
}
# Where a page's setup ends and its statements begin (tests split a page there).
BODY_MARKER = "// In a method (main, a handler ...) that may throw Exception:"
_CAPTURE_TYPES = {"string": "String", "integer": "Long", "number": "Double", "boolean": "Boolean"}


def java_var(name: str) -> str:
    """A cookbook variable (camelCase) as a Java local: anonymousUserId -> anonymousUserId."""
    return local(words(name))


def _type_data(t: TypeRef | None) -> dict[str, Any]:
    if t is None:
        return {"type": "string", "format": "", "enum": [], "items": None, "ref": ""}
    return {
        "type": t.type,
        "format": t.format,
        "enum": list(t.enum),
        "items": _type_data(t.items) if t.items is not None else None,
        "ref": t.ref,
    }


class JavaSnippets:
    label = "Java"
    fence = "java"
    slug = "java"
    install = (
        "The same with the Java client (`io.github.cloudbaseauth:cloudbase-auth` in `generated/java`, "
        "installed with `mvn install`):"
    )

    def __init__(self, api: Api | None = None) -> None:
        # Schema name -> its fields, for nested objects and captures below the top level.
        self.schemas: dict[str, tuple[Field, ...]] = {s.name: s.fields for s in api.schemas} if api else {}
        self.models = {s.name: pascal(s.names.words) for s in api.schemas} if api else {}
        self._reset()

    def _reset(self) -> None:
        self.declared: dict[str, str] = {}  # variable -> Java type, in order of first use
        self.imports: set[str] = set()
        self.uses_tc3 = False
        self.uses_stdin = False

    def _declare(self, name: str, java: str) -> str:
        self.declared.setdefault(name, java)
        return name

    def _java(self, t: TypeRef | None) -> str:
        """The Java (boxed) type of an IR type, as the generated models hold it."""
        return java_type(_type_data(t), self.models).java if t is not None else "String"

    # -- the page ---------------------------------------------------------------------------

    def setup(self, variables: list[tuple[str, str, str]], uses_ticket: bool) -> str:
        imports = {f"{PACKAGE}.*", f"{PACKAGE}.model.*", *self.imports}
        types = " ".join(self.declared.values())
        for word, module in (
            ("List<", "java.util.List"),
            ("Map<", "java.util.Map"),
            ("OffsetDateTime", "java.time.OffsetDateTime"),
        ):
            if word in types:
                imports.add(module)
        if self.uses_stdin:
            imports |= {
                "java.io.BufferedReader",
                "java.io.InputStreamReader",
                "java.nio.charset.StandardCharsets",
            }
        lines = [f"import {i};" for i in sorted(imports)]
        lines += ["", BODY_MARKER, 'String env = "your-env-id";']
        used = {"env"}
        for name, value, _doc in variables:
            lines.append(f"String {java_var(name)} = {java_string(value)};")
            used.add(java_var(name))
        lines += [
            "String baseUrl = null; // null: the gateway of env's region; or another host, e.g. http://127.0.0.1:8080/auth/v1",
            "ClientBuilder<CloudBaseAuth> builder = CloudBaseAuth.builder().envId(env);",
            "if (baseUrl != null) {",
            "    builder.baseUrl(baseUrl);",
            "}",
        ]
        if self.uses_tc3:
            lines.append(
                "builder.tc3Credentials(Tc3Credentials.of(secretId, secretKey)); // the API key pair"
            )
        lines.append("CloudBaseAuth client = builder.build();")
        if self.uses_stdin:
            lines.append(
                "BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));"
            )
        for name, java in self.declared.items():
            if name not in used:
                lines.append(f"{java} {name} = null;")
        self._reset()
        return "\n".join(lines)

    # -- one step ------------------------------------------------------------------------------

    def _fields_of(self, schema: str) -> tuple[Field, ...]:
        return self.schemas.get(schema, ())

    def _literal(self, value: Any, java: str) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str):
            return java_string(value)
        if isinstance(value, int):
            return f"{value}L" if java == "Long" else str(value)
        if isinstance(value, float):
            return repr(value)
        if isinstance(value, list):
            return "List.of(" + ", ".join(self._literal(v, "Object") for v in value) + ")"
        return java_string(json.dumps(value, ensure_ascii=False))

    def _value(self, value: Value, t: TypeRef | None) -> str:
        if value.members:
            ref = t.ref if t is not None else ""
            fields = {f.name: f for f in self._fields_of(ref)}
            if ref and ref in self.models:
                parts = [f"{self.models[ref]}.builder()"]
                for key, item in value.members:
                    f = fields.get(key)
                    parts.append(f".{member(words(key))}({self._value(item, f.type if f else None)})")
                return "".join(parts) + ".build()"
            entries = ", ".join(f"{java_string(k)}, {self._value(v, None)}" for k, v in value.members)
            self.imports.add("java.util.Map")
            return f"Map.of({entries})"
        if value.variable:
            return java_var(value.variable)
        java = self._java(t)
        if java.startswith("List<"):
            self.imports.add("java.util.List")
        return self._literal(value.literal, java)

    def _request_type(self, op: Operation) -> str | None:
        params = [p for p in op.parameters if not p.managed]
        if op.body is not None and op.body.fields:
            return pascal(op.body.names.words)
        if op.body is not None or params:
            return pascal(op.names.words) + "Request"
        return None

    def operation(self, op: Operation, step: Step, session_token: str | None) -> str:
        request = self._request_type(op)
        by_wire: dict[str, Field | Parameter] = {}
        if op.body is not None:
            by_wire.update({f.name: f for f in op.body.fields})
        params = {p.name: p for p in op.parameters if not p.managed}
        body_names = {member(f.names.words) for f in op.body.fields} if op.body is not None else set()
        by_wire.update(params)
        args: list[str] = []
        if request:
            built = [f"{request}.builder()"]
            for item in step.inputs:
                target = by_wire.get(item.name)
                name = member(words(item.name))
                if item.name in params and op.body is not None and name in body_names:
                    name += (
                        item.location.capitalize()
                    )  # the parameter's field (updatePassword's sudoTokenQuery)
                built.append(f".{name}({self._value(item.value, target.type if target else None)})")
            args.append("".join(built) + ".build()")
        if op.auth in ("bearer", "bearer_or_basic") and step.token and step.token != session_token:
            args.append(f"RequestOptions.builder().bearerToken({java_var(step.token)}).build()")
        if op.auth == "tc3":
            self.uses_tc3 = True  # the page's client signs with the API key pair (see setup)
        call = f"client.{member(op.names.words)}({', '.join(args)})"
        schema = op.success.schema if op.success else None
        if schema is None or not schema.fields or not step.captures:
            return call + ";"
        model = pascal(schema.names.words)
        result = self._declare(local(schema.names.words), model)
        lines = [f"{result} = {call};"]
        for capture in step.captures:
            expression, java = self._capture(result, capture.path[1:].split("."), schema.name)
            name = self._declare(java_var(capture.variable), java)
            lines.append(f"{name} = {expression};")
        return "\n".join(lines)

    def _capture(self, result: str, path: list[str], schema: str) -> tuple[str, str]:
        """The Java expression of a capture path (null when absent) and its Java type."""
        expression = result
        optional = False
        java = "Object"
        for i, segment in enumerate(path):
            f = {x.name: x for x in self._fields_of(schema)}.get(segment)
            getter = member(words(segment))
            java = self._java(f.type) if f else "String"
            kind = f.type.type if f else "string"
            present = bool(f and f.required) or (kind in ("array", "object") and not (f and f.type.ref))
            if optional:
                expression += f".{'map' if present else 'flatMap'}(v{i} -> v{i}.{getter}())"
            else:
                expression += f".{getter}()"
                optional = not present
            schema = f.type.ref if f else ""
        if optional:
            expression += ".orElse(null)"
        return expression, java

    def verify(self, op: Operation, step: Step) -> str:
        """A backend checks the caller's token with the cached TokenVerifier (one per process)."""
        self.imports.add("java.time.Duration")
        verifier = self._declare("verifier", "TokenVerifier")
        verified = self._declare("verified", "VerifiedToken")
        token = java_var(step.token or "accessToken")
        lines = [
            "// One verifier per process, shared by every request: it caches each answer for up to",
            "// maxTtl (a revoked token is refused at most that late).",
            f"{verifier} = TokenVerifier.builder(client).maxTtl(Duration.ofMinutes(1)).build();",
            "// Throws TokenInactiveException (answer 401) or VerificationUnavailableException (answer 503).",
            f"{verified} = {verifier}.verify({token});",
        ]
        for capture in step.captures:
            field = capture.path[1:]
            name = self._declare(java_var(capture.variable), "String")
            if field in _VERIFIED_FIELDS:
                lines.append(f"{name} = {verified}.{_VERIFIED_FIELDS[field]};")
            else:
                self.imports.add("java.util.Objects")
                lines.append(
                    f"{name} = Objects.toString({verified}.claims().get({java_string(field)}), null);"
                )
        return "\n".join(lines)

    def ticket(self, step: Step) -> str:
        credentials, uid = (self._value(i.value, None) for i in step.inputs)
        target = self._declare(java_var(step.captures[0].variable), "String")
        creds = self._declare("ticketCredentials", "TicketCredentials")
        self.imports.add("java.nio.file.Path")
        return "\n".join(
            [
                f"{creds} = TicketCredentials.load(Path.of({credentials}));",
                f"{target} = CustomLoginTicket.create({creds}, {uid}, CustomLoginTicket.Options.builder().envId(env).build());",
            ]
        )

    def pkce(self, step: Step) -> str:
        verifier, challenge = (self._declare(java_var(c.variable), "String") for c in step.captures)
        secret = self._declare("pkceSecret", "byte[]")
        self.imports |= {"java.security.MessageDigest", "java.security.SecureRandom", "java.util.Base64"}
        return "\n".join(
            [
                f"{secret} = new byte[48];",
                f"new SecureRandom().nextBytes({secret});",
                f"{verifier} = Base64.getUrlEncoder().withoutPadding().encodeToString({secret});",
                f"{challenge} = Base64.getUrlEncoder().withoutPadding().encodeToString(",
                f'        MessageDigest.getInstance("SHA-256").digest({verifier}.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));',
            ]
        )

    def asks(self, step: Step) -> str:
        if not step.asks:
            return ""
        self.uses_stdin = True
        lines = []
        for ask in step.asks:
            name = self._declare(java_var(ask.variable), "String")
            lines.append(f"System.out.print({java_string(ask.prompt + ': ')});")
            lines.append("System.out.flush();")
            lines.append(f"{name} = stdin.readLine(); // an empty line leaves it empty")
        return "\n".join(lines)

    def call_hint(self, op: Operation) -> str:
        return f"client.{member(op.names.words)}()"

    def error_hint(self, error: str) -> str:
        return f"io.github.cloudbaseauth.errors.{pascal(words(error))}Exception"
