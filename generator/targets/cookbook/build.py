"""The `cookbook` target: Markdown pages from templates/cookbook/.

One page per scenario of spec/cookbook.yaml, README.md (setup, scenario list, operation table)
and operations.md (one section per operation). The shell and Python of each step are built
here, from the IR, so that every template only lays out text: quoting is decided in one place.

Shell rules (each page runs top to bottom in one `bash -euo pipefail`):
- spec text (paths, names, example values) reaches the shell only through `generator.escape`:
  `bash_word` (a single-quoted word), `bash_in_double_quotes` (inside "..."), and in jq
  programs `jq_key`, `jq_ref` and `jq_string`; the jq program itself is one `bash_word`;
- JSON bodies are built with `jq -n --arg`, so any value is quoted safely;
- path and query values go through `urlencode` (jq's @uri);
- `x-device-id` and a fresh `x-request-id` on every call, `client_id` on calls without a
  Bearer token, `Authorization: Bearer` only on bearer operations;
- a TC3-signed operation (the administrator token) is signed in the shell with openssl, over
  the exact body and host it sends (`tc3_shell`);
- `curl -sS --fail-with-body`: on an HTTP error the body is printed to stderr and the step fails.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass

from ...cookbook import BEARER_KINDS, COMMON_VARIABLES, PRECONDITIONS, Capture, Input, Scenario, Step, Value
from ...emulator_notes import EmulatorNote, notes_for
from ...escape import bash_in_double_quotes, bash_word, jq_key, jq_ref, jq_string
from ...ir import Api, Operation
from ...templating import TEMPLATES, markdown_environment, render
from .. import BuildContext, Snippets, verify_code

FOLDER = "cookbook"

SAFE_LITERAL = re.compile(r"^[A-Za-z0-9_.:@+ -]*$")
HELPERS = (
    "new_request_id() { od -An -N16 -tx1 /dev/urandom | tr -d ' \\n'; }",
    "urlencode() { jq -rn --arg v \"$1\" '$v|@uri'; }",
)
READ_ONLY_METHODS = frozenset({"GET", "DELETE", "HEAD"})


@dataclass(frozen=True)
class ClientCode:
    """One client language's code for a step (or a page's setup), from its target's snippets."""

    client: Snippets
    code: str
    ask: str = ""  # read the values a person types in ("" when none)


@dataclass(frozen=True)
class RenderedStep:
    number: int
    title: str
    why: str
    operation: Operation | None
    shell: str
    ask_shell: str  # `read` the values a person types in ("" when none)
    clients: tuple[ClientCode, ...]
    # What the local emulator stands in for in this step (generator/emulator_notes.py).
    emulator: tuple[EmulatorNote, ...] = ()


@dataclass(frozen=True)
class RenderedPage:
    scenario: Scenario
    setup_shell: str
    setups: tuple[ClientCode, ...]  # each client's setup, in registry order
    steps: tuple[RenderedStep, ...]
    given: tuple[str, ...]


def scenario_file(scenario: Scenario) -> str:
    return f"{scenario.id}.md"


def anchor(op: Operation) -> str:
    return op.operation_id.lower()


# --- shell ---------------------------------------------------------------------------------


def _shell_ref(name: str) -> str:
    return f'"${name}"'


def _url_value(value: Value) -> str:
    """A path or query value inside a double-quoted shell string."""
    if value.variable is not None:
        return f'$(urlencode "${value.variable}")'
    literal = value.literal
    if isinstance(literal, bool):
        literal = "true" if literal else "false"
    return urllib.parse.quote(str(literal), safe="")


def _body_command(inputs: tuple[Input, ...]) -> str:
    body = [i for i in inputs if i.location == "body"]
    if not body:
        return "body='{}'"
    args: list[str] = []
    members: list[str] = []

    def argument(flag: str, name: str, value: str) -> str:
        """`--arg name value` for the shell, and how the jq program reads it back."""
        args.append(f"{flag} {bash_word(name)} {value}")
        return jq_ref(name)

    for item in body:
        value = item.value
        if value.variable is not None:
            flag = "--arg" if item.type == "string" else "--argjson"
            members.append(f"{jq_key(item.name)}: {argument(flag, item.name, _shell_ref(value.variable))}")
        elif value.members:
            inner: list[str] = []
            for key, member in value.members:
                arg = f"{item.name}_{key}"
                if member.variable is not None:
                    inner.append(f"{jq_key(key)}: {argument('--arg', arg, _shell_ref(member.variable))}")
                elif isinstance(member.literal, str) and not SAFE_LITERAL.match(member.literal):
                    inner.append(f"{jq_key(key)}: {argument('--arg', arg, bash_word(member.literal))}")
                else:
                    inner.append(f"{jq_key(key)}: {jq_string(member.literal)}")
            members.append(f"{jq_key(item.name)}: {{{', '.join(inner)}}}")
        elif isinstance(value.literal, str) and not SAFE_LITERAL.match(value.literal):
            members.append(f"{jq_key(item.name)}: {argument('--arg', item.name, bash_word(value.literal))}")
        else:
            members.append(f"{jq_key(item.name)}: {jq_string(value.literal)}")
    program = bash_word("{" + ", ".join(members) + "}")
    if not args:
        return f'body="$(jq -n {program})"'
    lines = ['body="$(jq -n \\'] + [f"  {a} \\" for a in args] + [f'  {program})"']
    return "\n".join(lines)


def _shell_path(path: str) -> str:
    """The path of `op` inside the double-quoted URL, its `{name}`s kept for `_url_value`."""
    return re.sub(r"[^{}]+", lambda m: bash_in_double_quotes(m.group(0)), path)


def tc3_shell(op: Operation, query: str) -> list[str]:
    """Sign the request in `$body` with TC3-HMAC-SHA256 (service tcb), as @cloudbase/node-sdk
    signs it: content-type and host signed, timestamp one second in the past."""
    return [
        "# TC3-HMAC-SHA256 signature of this request, with the API key pair (as node-sdk signs it)",
        "sha256_hex() { openssl dgst -sha256 -hex | sed 's/^.*= //'; }",
        "hmac_hex() { openssl dgst -sha256 -mac HMAC -macopt \"hexkey:$1\" -hex | sed 's/^.*= //'; }",
        "host=\"$(sed -E 's#^[a-zA-Z]+://([^/]+).*#\\1#' <<<\"$base\" | tr '[:upper:]' '[:lower:]')\"",
        f'path="$(sed -E \'s#^[a-zA-Z]+://[^/]+##\' <<<"$base"){bash_in_double_quotes(op.path)}"',
        'timestamp="$(($(date +%s) - 1))"',
        'day="$(jq -rn --argjson t "$timestamp" \'$t | strftime("%Y-%m-%d")\')"',
        "canonical=\"$(printf '%s\\n%s\\n%s\\ncontent-type:application/json\\nhost:%s\\n\\ncontent-type;host\\n%s' \\",
        f'  {op.method} "$path" "{query}" "$host" "$(printf \'%s\' "$body" | sha256_hex)")"',
        'secret_date="$(printf \'%s\' "$day" | openssl dgst -sha256 -mac HMAC -macopt "key:TC3${secretKey}" -hex | sed \'s/^.*= //\')"',
        'secret_signing="$(printf tc3_request | hmac_hex "$(printf tcb | hmac_hex "$secret_date")")"',
        "string_to_sign=\"$(printf 'TC3-HMAC-SHA256\\n%s\\n%s/tcb/tc3_request\\n%s' \\",
        '  "$timestamp" "$day" "$(printf \'%s\' "$canonical" | sha256_hex)")"',
        'signature="$(printf \'%s\' "$string_to_sign" | hmac_hex "$secret_signing")"',
        'authorization="TC3-HMAC-SHA256 Credential=${secretId}/${day}/tcb/tc3_request, '
        'SignedHeaders=content-type;host, Signature=${signature}, Timestamp=${timestamp}"',
    ]


def shell_for_operation(op: Operation, step: Step) -> str:
    lines: list[str] = []
    has_body = op.body is not None and op.method not in READ_ONLY_METHODS
    if has_body:
        lines.append(_body_command(step.inputs))
    path = _shell_path(op.path)
    for item in step.inputs:
        if item.location == "path":
            path = path.replace("{" + item.name + "}", _url_value(item.value))
    # client_id whenever no Bearer token is sent (`sends_client_id`: never on the TC3-signed
    # call, as node-sdk; a signed query would need signing too)
    sends_bearer = op.auth in BEARER_KINDS
    query = ['client_id=$(urlencode "$clientId")'] if op.security.sends_client_id and not sends_bearer else []
    # names too: `query[action]` unencoded would be a curl glob range
    query += [
        f"{urllib.parse.quote(i.name, safe='')}={_url_value(i.value)}"
        for i in step.inputs
        if i.location == "query"
    ]
    url = "${base}" + path + ("?" + "&".join(query) if query else "")
    if op.auth == "tc3":
        lines.extend(tc3_shell(op, "&".join(query)))
    curl = [f'response="$(curl -sS --fail-with-body -X {op.method} "{url}"']
    if has_body:
        curl.append('-H "content-type: application/json"')
    if op.auth in BEARER_KINDS and step.token:
        curl.append(f'-H "Authorization: Bearer ${{{step.token}}}"')
    if op.auth == "tc3":
        curl.append('-H "Authorization: ${authorization}"')
    curl.append('-H "x-device-id: ${deviceId}"')
    curl.append('-H "x-request-id: $(new_request_id)"')
    for item in step.inputs:
        if item.location == "header":
            value = (
                f"${{{item.value.variable}}}"
                if item.value.variable
                else bash_in_double_quotes(str(item.value.literal))
            )
            curl.append(f'-H "{bash_in_double_quotes(item.name)}: {value}"')
    if has_body:
        curl.append('--data-raw "$body"')
    curl[-1] += ')" || { echo "$response" >&2; false; }'
    lines.append(" \\\n  ".join(curl))
    lines.append('jq . <<<"$response"')
    for capture in step.captures:
        lines.append(f'{capture.variable}="$(jq -r {bash_word(_jq_capture(capture))} <<<"$response")"')
    if step.verify:
        # An inactive token answers 200 `{}`: the backend refuses the request itself.
        lines.append(
            """[ -n "$(jq -r '.sub // empty' <<<"$response")" ] """
            """|| { echo "401: the caller's token is not active" >&2; false; }"""
        )
    return "\n".join(lines)


def _jq_capture(capture: Capture) -> str:
    # An optional field that is absent gives "" rather than the string "null".
    if capture.required or capture.type == "boolean":
        return capture.path
    return f"{capture.path} // empty"


def shell_for_ticket(step: Step) -> str:
    """The custom-login ticket in plain shell (jq, openssl, date), so an integrator in any language
    can mint it: the same bytes as `create_ticket` and node-sdk's `createTicket` for the same
    second (header and claims in node-sdk's order, milliseconds, RS256 is deterministic). The
    private key goes to openssl through a pipe, never a file."""
    credentials, uid = (_shell_arg(i.value) for i in step.inputs)
    target = step.captures[0].variable
    return "\n".join(
        [
            "b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }",
            f'[ "$(jq -r .env_id {credentials})" = "$env" ] || {{ echo "the key file is not for env $env" >&2; false; }}',
            "nowMs=$(( $(date +%s) * 1000 ))",
            'claims="$(jq -cn --arg env "$env" --arg uid ' + uid + ' --argjson iat "$nowMs" \\',
            '  \'{alg: "RS256", env: $env, iat: $iat, exp: ($iat + 600000), uid: $uid, refresh: 3600000, expire: ($iat + 604800000)}\')"',
            'signed="$(printf \'%s\' \'{"alg":"RS256","typ":"JWT"}\' | b64url).$(printf \'%s\' "$claims" | b64url)"',
            'signature="$(printf \'%s\' "$signed" | openssl dgst -sha256 -sign <(jq -r .private_key '
            + credentials
            + ') | b64url)"',
            f'{target}="$(jq -r .private_key_id {credentials})/@@/${{signed}}.${{signature}}"',
        ]
    )


def shell_for_pkce(step: Step) -> str:
    """RFC 7636 S256 with openssl: 48 random bytes as base64url (64 characters), then
    BASE64URL(SHA256(verifier)) without padding."""
    verifier, challenge = (c.variable for c in step.captures)
    return "\n".join(
        [
            f"{verifier}=\"$(openssl rand -base64 48 | tr -d '\\n=' | tr '+/' '-_')\"",
            f'{challenge}="$(printf \'%s\' "${verifier}" | openssl dgst -sha256 -binary'
            " | openssl base64 -A | tr -d '=' | tr '+/' '-_')\"",
        ]
    )


def shell_for_asks(step: Step) -> str:
    """Values a person types in: a block of their own, so that pasting the request block into
    a terminal never feeds its lines to `read`."""
    return "\n".join(f"read -r -p {bash_word(a.prompt + ': ')} {a.variable}" for a in step.asks)


def _shell_arg(value: Value) -> str:
    return _shell_ref(value.variable) if value.variable else bash_word(str(value.literal))


def setup_shell(variables: list[tuple[str, str, str]]) -> str:
    lines = ["# Set once: see README.md"]
    for name, value, _doc in COMMON_VARIABLES:
        lines.append(f'{name}="{value}"')
    if variables:
        lines.append("# This page's values")
        for name, value, _doc in variables:
            lines.append(f"{name}={_shell_value(value)}")
    lines.append("# Helpers: a fresh request ID; URL-encode a path or query value")
    lines.extend(HELPERS)
    return "\n".join(lines)


def common_shell() -> str:
    """The variables every page sets, as the README shows them."""
    return "\n".join(f'{name}="{value}"' for name, value, _doc in COMMON_VARIABLES)


def _shell_value(value: str) -> str:
    return f'"{value}"' if SAFE_LITERAL.match(value) else bash_word(value)


# --- pages ---------------------------------------------------------------------------------


def render_page(api: Api, scenario: Scenario, clients: tuple[Snippets, ...]) -> RenderedPage:
    steps = []
    session_token: str | None = None
    for step in scenario.steps:
        ask_shell = shell_for_asks(step)
        if step.kind in ("pkce", "create_ticket"):
            pkce = step.kind == "pkce"
            steps.append(
                RenderedStep(
                    step.number,
                    "Make a PKCE code verifier and its S256 challenge (app side)"
                    if pkce
                    else "Mint a custom-login ticket (server side)",
                    step.why,
                    None,
                    shell_for_pkce(step) if pkce else shell_for_ticket(step),
                    ask_shell,
                    tuple(
                        ClientCode(c, c.pkce(step) if pkce else c.ticket(step), c.asks(step)) for c in clients
                    ),
                    notes_for(api, scenario, step),
                )
            )
            continue
        op = api.operation(step.operation_id)
        if step.verify:
            code = tuple(ClientCode(c, verify_code(c, op, step), c.asks(step)) for c in clients)
        else:
            code = tuple(ClientCode(c, c.operation(op, step, session_token), c.asks(step)) for c in clients)
        if op.stores_session:
            session_token = next((c.variable for c in step.captures if c.path == ".access_token"), "")
        elif op.clears_session:
            session_token = None
        title = "Verify the caller's token (in your backend)" if step.verify else op.summary
        steps.append(
            RenderedStep(
                step.number,
                title,
                step.why,
                op,
                shell_for_operation(op, step),
                ask_shell,
                code,
                notes_for(api, scenario, step),
            )
        )
    variables = [(v.name, v.value, v.description) for v in scenario.variables]
    ticket = any(s.kind == "create_ticket" for s in scenario.steps)
    return RenderedPage(
        scenario=scenario,
        setup_shell=setup_shell(variables),
        # after the steps: see `Snippets.setup` (Go declares there what the steps assign)
        setups=tuple(ClientCode(c, c.setup(variables, ticket)) for c in clients),
        steps=tuple(steps),
        given=tuple(PRECONDITIONS[g] for g in scenario.given),
    )


def reference_step(op: Operation) -> Step:
    """A step that calls `op` with the spec's own example values (literals only)."""
    example = op.request_examples[0].value if op.request_examples else {}
    fields = {f.name: f for f in op.body.fields} if op.body else {}
    inputs = [
        Input(p.name, p.location, "string", Value(None, p.example))
        for p in op.parameters
        if not p.managed and p.required and p.location in ("path", "query")
    ]
    taken = {i.name for i in inputs}
    for name, value in (example or {}).items():
        if name not in fields or name in taken or isinstance(value, list):
            continue
        if isinstance(value, dict):
            # an object of scalars (such as provider_params) is sent as it is in the example
            if any(isinstance(v, dict | list) for v in value.values()):
                continue
            members = tuple((str(k), Value(None, v)) for k, v in value.items())
            inputs.append(Input(name, "body", fields[name].type.type, Value(None, None, members)))
            continue
        inputs.append(Input(name, "body", fields[name].type.type, Value(None, value)))
    token = "accessToken" if op.auth in BEARER_KINDS else None
    return Step(1, "operation", op.operation_id, op.summary, (), token, tuple(inputs), ())


@dataclass(frozen=True)
class Reference:
    """operations.md: one shared setup, then every operation called with the spec's examples."""

    setup_shell: str
    setups: tuple[ClientCode, ...]
    entries: tuple[tuple[Operation, str, tuple[ClientCode, ...]], ...]  # (op, shell, clients)


def render_reference(api: Api, clients: tuple[Snippets, ...]) -> Reference:
    entries = []
    for op in api.operations:
        step = reference_step(op)
        code = tuple(ClientCode(c, c.operation(op, step, "accessToken")) for c in clients)
        entries.append((op, shell_for_operation(op, step), code))
    variables = [("accessToken", "your-access-token", "An access token from a sign-in.")]
    if any(op.auth == "tc3" for op in api.operations):
        variables += [
            ("secretId", "your-secret-id", "The SecretId of the API key pair (TC3-signed calls)."),
            ("secretKey", "your-secret-key", "Its SecretKey (server side only)."),
        ]
    setups = tuple(ClientCode(c, c.setup(variables[1:], False)) for c in clients)  # after the calls
    return Reference(setup_shell(variables), setups, tuple(entries))


def build(context: BuildContext) -> None:
    api, scenarios, clients = context.api, context.scenarios, context.clients()
    root = context.out_dir / FOLDER
    root.mkdir(parents=True, exist_ok=True)
    env = markdown_environment(TEMPLATES / "cookbook", github=True)
    pages = [render_page(api, s, clients) for s in scenarios]
    common = {
        "api": api,
        # an error's own description (two codes answered with one status share the response's)
        "error_descriptions": {code.error: code.description for code in api.error_codes if code.description},
        "common_variables": COMMON_VARIABLES,
        "common_shell": common_shell(),
        "scenarios": scenarios,
        "scenario_file": scenario_file,
        "anchor": anchor,
        "clients": clients,
    }
    (root / "README.md").write_text(
        render(env, "README.md.jinja", **common, helpers="\n".join(HELPERS)), encoding="utf-8"
    )
    for page in pages:
        text = render(env, "scenario.md.jinja", **common, page=page)
        (root / scenario_file(page.scenario)).write_text(text, encoding="utf-8")
    text = render(env, "operations.md.jinja", **common, reference=render_reference(api, clients))
    (root / "operations.md").write_text(text, encoding="utf-8")
