"""The cookbook target on step inputs the real cookbook does not use today (so generated/cookbook
cannot show them): header inputs, a body field of a non-string type from a variable (jq `--argjson`), an object
member whose literal needs quoting, and query values that are a boolean or need URL-encoding.
The rendered request block runs in bash; what it would send is checked, not the text."""

from __future__ import annotations

import base64
import json
import re
import shlex
from dataclasses import replace
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from generator.cookbook import Ask, Capture, Input, Value
from generator.targets.cookbook import TARGET
from generator.targets.cookbook.build import render_reference
from generator.writer import build_context, load_inputs

from .support import SPEC, blocks, run_bash


def test_odd_inputs_reach_the_request_as_the_cookbook_wrote_them(tmp_path: Path) -> None:
    context = build_context(load_inputs(SPEC), tmp_path)
    index, flow = next((i, s) for i, s in enumerate(context.scenarios) if s.id == "password-sign-in")
    step = next(s for s in flow.steps if s.operation_id == "signIn")
    odd = (
        Input("retries", "body", "integer", Value("count")),
        Input("extra", "body", "object", Value(None, members=(("note", Value(None, "it's $HOME `x`")),))),
        Input("flag", "query", "boolean", Value(None, True)),
        Input("where", "query", "string", Value(None, "a b/c&d")),
        Input("x-kind", "header", "string", Value(None, "7")),
        Input("x-trace", "header", "string", Value("trace")),
    )
    steps = tuple(replace(s, inputs=s.inputs + odd) if s is step else s for s in flow.steps)
    scenarios = list(context.scenarios)
    scenarios[index] = replace(flow, steps=steps)
    TARGET.build(replace(context, scenarios=tuple(scenarios)))
    page = (tmp_path / "cookbook" / "password-sign-in.md").read_text(encoding="utf-8")
    (body_command,) = re.findall(r'^body="\$\(jq -n \\\n.*?\)"$', page, re.S | re.M)
    run = run_bash(f'username=u password=p count=3\n{body_command}\nprintf "%s" "$body"')
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        "username": "u",
        "password": "p",
        "retries": 3,
        "extra": {"note": "it's $HOME `x`"},
    }
    assert '/signin?client_id=$(urlencode "$clientId")&flag=true&where=a%20b%2Fc%26d"' in page
    assert '  -H "x-kind: 7" \\\n  -H "x-trace: ${trace}" \\\n' in page  # header inputs are sent


def test_optional_captures_and_asks_a_step_makes(tmp_path: Path) -> None:
    """An optional boolean field that answers `false` is captured as `false` (jq's `// empty`
    would drop it), an absent optional string as "", and a step asking for two values reads
    both, one `read` each. The real cookbook captures no optional boolean and asks for one value
    a step, so generated/cookbook cannot show either. Likewise a `verify: true` step that asks
    for a value: every client's ask code is shown (the real one asks for none); and a sign-in
    step that captures no access token renders."""
    context = build_context(load_inputs(SPEC), tmp_path)
    index, flow = next((i, s) for i, s in enumerate(context.scenarios) if s.id == "password-sign-in")
    step = next(s for s in flow.steps if s.operation_id == "signIn")
    odd = replace(
        step,
        asks=(Ask("first", "First value"), Ask("second", "Second value")),
        captures=(
            *step.captures,
            Capture("isNew", ".is_new", "boolean", False),
            Capture("note", ".note", "string", False),
        ),
    )
    scenarios = list(context.scenarios)
    scenarios[index] = replace(flow, steps=tuple(odd if s is step else s for s in flow.steps))
    at, verifying = next((i, s) for i, s in enumerate(scenarios) if s.id == "verify-caller-token")
    verify = next(s for s in verifying.steps if s.verify)
    asking = replace(verify, asks=(Ask("note", "A note"),))
    # and its sign-in step captures nothing: a page may skip the session's token (no crash)
    sign_in = next(s for s in verifying.steps if s.operation_id == "signIn")
    changed = {id(verify): asking, id(sign_in): replace(sign_in, captures=())}
    scenarios[at] = replace(verifying, steps=tuple(changed.get(id(s), s) for s in verifying.steps))
    TARGET.build(replace(context, scenarios=tuple(scenarios)))
    verify_page = tmp_path / "cookbook" / "verify-caller-token.md"
    for client in context.clients():
        assert client.asks(asking).strip() in [b.strip() for b in blocks(verify_page, client.fence)], (
            client.slug
        )
    page = (tmp_path / "cookbook" / "password-sign-in.md").read_text(encoding="utf-8")
    captures = re.findall(r'^(?:isNew|note)="\$\(jq -r .*<<<"\$response"\)"$', page, re.M)
    assert len(captures) == 2, page
    response = json.dumps({"access_token": "a", "refresh_token": "r", "is_new": False})
    run = run_bash(
        f"response={shlex.quote(response)}\n" + "\n".join(captures) + '\nprintf "%s|%s" "$isNew" "$note"'
    )
    assert (run.returncode, run.stdout) == (0, "false|"), run.stderr
    (asks,) = re.findall(r"feeds its lines to `read`\):\n\n```bash\n(.*?)\n```", page, re.S)
    typed = iter(["one", "two"])
    run = run_bash(asks + '\nprintf "%s|%s" "$first" "$second"', answers=lambda: list(typed))
    assert (run.returncode, run.stdout) == (0, "one|two"), run.stderr


def test_a_ticket_step_with_literal_inputs_signs_for_them(tmp_path: Path) -> None:
    """`create_ticket` with a literal key file and uid (the cookbook allows literals; the real
    one uses variables): the rendered recipe reads that file and signs that uid, and the
    signature verifies with the file's key. The step also asks for a value (the real cookbook's
    ticket and PKCE steps ask for none): its `read` block and every client's ask code are shown."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    key_file = tmp_path / "key file.json"
    key_file.write_text(json.dumps({"private_key_id": "kid-1", "private_key": pem, "env_id": "e1"}), "utf-8")
    context = build_context(load_inputs(SPEC), tmp_path / "out")
    index, flow = next((i, s) for i, s in enumerate(context.scenarios) if s.id == "custom-login")
    step = next(s for s in flow.steps if s.kind == "create_ticket")
    literal = replace(
        step,
        asks=(Ask("note", "A note"),),
        inputs=tuple(
            replace(i, value=Value(None, str(key_file) if i.name == "credentials" else "user-lit"))
            for i in step.inputs
        ),
    )
    scenarios = list(context.scenarios)
    scenarios[index] = replace(flow, steps=tuple(literal if s is step else s for s in flow.steps))
    TARGET.build(replace(context, scenarios=tuple(scenarios)))
    page = tmp_path / "out" / "cookbook" / "custom-login.md"
    for client in context.clients():
        assert client.asks(literal).strip() in [b.strip() for b in blocks(page, client.fence)], client.slug
    (asks,) = re.findall(
        r"feeds its lines to `read`\):\n\n```bash\n(.*?)\n```", page.read_text("utf-8"), re.S
    )
    typed = iter(["typed in"])
    run = run_bash(asks + '\nprintf "%s" "$note"', answers=lambda: list(typed))
    assert (run.returncode, run.stdout) == (0, "typed in"), run.stderr
    (recipe,) = [b for b in blocks(page, "bash") if "openssl dgst" in b]
    target = step.captures[0].variable
    run = run_bash(f"env=e1\n{recipe}\nprintf '%s' \"${target}\"")
    assert run.returncode == 0, run.stderr
    kid, jwt = run.stdout.split("/@@/")
    header, claims, signature = jwt.split(".")

    def decoded(part: str) -> bytes:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))

    assert kid == "kid-1"
    assert json.loads(decoded(claims))["uid"] == "user-lit"
    key.public_key().verify(
        decoded(signature), f"{header}.{claims}".encode(), padding.PKCS1v15(), hashes.SHA256()
    )


def test_a_reference_call_sends_the_example_fields_it_can(tmp_path: Path) -> None:
    """operations.md calls each operation with its first request example's scalar fields (and
    objects of scalars): a key the body does not declare, a list and an object holding an object
    are left out, and the fields after them (or after an object of scalars) are still sent. The
    real spec's examples have none of those, so generated/cookbook cannot show it. Without a
    TC3-signed operation, the page sets up no API key pair."""
    context = build_context(load_inputs(SPEC), tmp_path)
    op = context.api.operation("grantProviderToken")
    example = {
        "not_a_field": 1,
        "provider_id": ["github"],
        "provider_params": {"nested": {"a": 1}},
        "provider_code": "c1",
        "provider_redirect_uri": "https://app.example.com/cb",
    }
    odd = replace(op, request_examples=(replace(op.request_examples[0], value=example),))
    # and an object of scalars before a scalar: both sent
    patch = context.api.operation("patchProviderToken")
    patched = {"provider_params": {"code": "x1"}, "provider_token": "pt", "provider_id": "github"}
    odd_patch = replace(patch, request_examples=(replace(patch.request_examples[0], value=patched),))
    changed = {id(op): odd, id(patch): odd_patch}
    api = replace(context.api, operations=tuple(changed.get(id(o), o) for o in context.api.operations))
    reference = render_reference(api, context.clients())

    def sent(operation: object) -> object:
        (shell,) = [shell for entry, shell, _code in reference.entries if entry is operation]
        (body_command,) = re.findall(r'^body="\$\(jq -n .*?\)"$', shell, re.S | re.M)  # one line or more
        run = run_bash(f'{body_command}\nprintf "%s" "$body"')
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout)

    assert sent(odd) == {"provider_code": "c1", "provider_redirect_uri": "https://app.example.com/cb"}
    assert sent(odd_patch) == patched
    # the API key pair is set up only for a spec with a TC3-signed operation
    assert "secretKey=" in reference.setup_shell
    unsigned = replace(api, operations=tuple(o for o in api.operations if o.auth != "tc3"))
    assert "secretKey=" not in render_reference(unsigned, context.clients()).setup_shell
