"""Wire rules the IR decides, checked against expectations written by hand from the spec's
text and the reference (issue 28 item 11, the generator bullets), so that a bug in the IR
cannot move the client and its tests together:

- a parameter's ``x-secret`` is read where the spec puts it, on the parameter (not only on its
  schema): the client hides its value in every log line and error;
- ``client_id`` goes in the query of every call made without a Bearer token, Basic ones
  included (getAuthorizeInfo: "Basic client_id:client_secret otherwise (with ?client_id=)",
  and the spec's info: "the SDK sends it on every call that does not carry a Bearer token").
"""

from __future__ import annotations

import base64
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
import yaml

from generator.ir import build_api

from . import mini_spec
from .conftest import SPEC

# --- x-secret on parameters -------------------------------------------------------------------

#: Every parameter the spec marks x-secret on the parameter object, as (operation, name, in),
#: read off spec/auth-v1.yaml by hand.
SECRET_PARAMETERS = {
    ("signIn", "captcha_token", "query"),
    ("signIn", "x-captcha-token", "header"),
    ("sendVerification", "captcha_token", "query"),
    ("sendVerification", "x-captcha-token", "header"),
    ("deleteUserMe", "sudo_token", "query"),
    ("updatePassword", "sudo_token", "query"),
}


def test_the_ir_marks_the_parameters_the_spec_marks_secret() -> None:
    api = build_api(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    marked = {(op.operation_id, p.name, p.location) for op in api.operations for p in op.parameters if p.secret}
    assert marked == SECRET_PARAMETERS
    assert {name for _, name, _ in SECRET_PARAMETERS} <= set(api.secret_fields)


@pytest.fixture(scope="module")
def mini_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mini_spec.generate(tmp_path_factory.mktemp("mini_wire"))


def test_a_secret_parameter_named_nowhere_else_is_hidden_in_logs_and_errors(mini_package: Path) -> None:
    # `magic_word`: x-secret on the parameter, its schema a plain string, a name no built-in
    # rule knows. Its value must not reach the client's DEBUG log, httpx's INFO request line
    # or the error that echoes it.
    result = mini_spec.run_python(
        mini_package,
        """
        import io, logging, httpx, cloudbase_auth
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        for name in ("cloudbase_auth", "httpx"):
            logging.getLogger(name).addHandler(handler)
            logging.getLogger(name).setLevel(logging.DEBUG)
        def answer(request):
            word = request.url.params["magic_word"]
            return httpx.Response(400, json={"error": "spell_refused", "error_description": "bad word " + word})
        with cloudbase_auth.CloudBaseAuth("e1", transport=httpx.MockTransport(answer), max_retries=0) as c:
            try:
                c.cast_spell(magic_word="PLUGH-0123")
            except cloudbase_auth.SpellRefused as exc:
                print("error:", exc)
        print(stream.getvalue())
        """,
    )
    assert result.returncode == 0, result.stderr
    assert "error: spell_refused (HTTP 400): bad word [REDACTED]" in result.stdout
    assert "'magic_word': '[REDACTED]'" in result.stdout  # the DEBUG request line
    assert "PLUGH-0123" not in result.stdout + result.stderr


# --- client_id without a Bearer token ---------------------------------------------------------


def test_client_id_is_sent_on_every_call_without_a_bearer_token(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/signin/anonymously"):
            body = {"token_type": "Bearer", "access_token": "at-1", "refresh_token": "rt-1", "expires_in": 7200}
            return httpx.Response(200, json=body)
        return httpx.Response(200, json={})

    # The operations as the IR describes them (what the generated facade calls).
    ops = rt.operations.OPERATIONS
    client = rt.base.SyncAPIClient(
        "env-1", client_id="app-7", client_secret="app-secret", transport=httpx.MockTransport(handler)
    )
    client._call(ops["getAuthorizeInfo"], query={"scope": "openid"})  # signed out: Basic, with ?client_id=
    client._call(ops["revokeToken"], json={"token": "someone-elses-token"})  # signed out: no auth
    client._call(ops["signInAnonymously"], json={})  # no auth
    client._call(ops["getAuthorizeInfo"], query={"scope": "openid"})  # signed in: Bearer, no client_id
    client._call(ops["getUserMe"])  # Bearer: no client_id
    basic = "Basic " + base64.b64encode(b"app-7:app-secret").decode()
    wire = [
        (r.url.path.removeprefix("/auth/v1"), r.url.params.get("client_id"), r.headers.get("authorization"))
        for r in seen
    ]
    assert wire == [
        ("/user/authorize/info", "app-7", basic),
        ("/revoke", "app-7", None),
        ("/signin/anonymously", "app-7", None),
        ("/user/authorize/info", None, "Bearer at-1"),
        ("/user/me", None, "Bearer at-1"),
    ]
